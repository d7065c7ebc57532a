"""A provincial administrator signs in, filters the talent directory and exports it, in a real
Chromium on a desktop screen; the export holds only people of their province."""

import io
import re

import pytest
from openpyxl import load_workbook

from learning.talent import regions
from learning.talent.models import Region
from tests.factories import DEFAULT_PASSWORD
from tests.learning.talent.conftest import REGIONS_CSV, build_network

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _count(page):
    """The number in the result count, whatever the language."""
    return int(re.search(r"\d+", page.locator("#result-count").inner_text()).group())


@pytest.fixture
def network(transactional_db, tmp_path):
    path = tmp_path / "regions.csv"
    path.write_text(REGIONS_CSV, encoding="utf-8")
    regions.load(path)
    return build_network({r.code: r for r in Region.objects.all()})


@pytest.fixture
def desktop(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


def test_a_provincial_administrator_filters_the_directory_and_exports_it(desktop, live_server, network, tmp_path):
    page = desktop
    page.goto(f"{live_server.url}/accounts/login/?next=/admin/talent/directory/")
    page.get_by_label("邮箱").fill("jiangsu@example.cn")
    page.get_by_label("密码").fill(DEFAULT_PASSWORD)
    page.get_by_role("button", name="登录").click()
    page.wait_for_url("**/admin/talent/directory/")
    assert "杭州己" not in page.content()
    assert _count(page) == 4

    page.locator("#id_institution_type").select_option("tisc")
    page.locator("form.talent-filters button[type=submit]").click()
    page.wait_for_url("**institution_type=tisc**")
    assert _count(page) == 1
    assert page.get_by_role("link", name="无锡丁").is_visible()
    page.screenshot(path=tmp_path / "directory-filtered.png", full_page=True)

    with page.expect_download() as download_info:
        page.locator("a[href*='directory/export.xlsx']").click()
    path = tmp_path / "export.xlsx"
    download_info.value.save_as(path)
    rows = list(load_workbook(io.BytesIO(path.read_bytes())).active.iter_rows(min_row=2, values_only=True))
    assert [row[0] for row in rows] == ["无锡丁"]

    # Guessing the id of a person in 浙江 gives nothing.
    response = page.goto(f"{live_server.url}/admin/talent/people/inspect/{network.people['hz_tisc'].pk}/")
    assert response.status == 404
