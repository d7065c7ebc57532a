"""An SME on a phone asks a question without an account, gets the reference number, confirms the
email address from the receipt, and follows the question (with its reply) on the status page."""

import re

import pytest
from django.core import mail

from learning.outreach import services
from learning.outreach.models import Need
from tests.learning.talent.conftest import build_network, loaded_regions, region_file  # noqa: F401

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_ask_a_question_confirm_the_address_and_follow_it_on_a_phone(phone, live_server, request, settings, tmp_path):
    settings.NEEDS_MIN_FILL_SECONDS = 0
    network = build_network(request.getfixturevalue("loaded_regions"))
    page = phone
    page.goto(f"{live_server.url}/needs/new/")
    page.get_by_label("问题类别").select_option(label="商标")
    page.get_by_label("省份").select_option(label="江苏省")
    assert page.locator("#id_prefecture option").count() == 3  # "—", 南京市, 无锡市: only 江苏's cities
    page.get_by_label("城市").select_option(label="南京市")
    page.get_by_label("标题").fill("新标志能否注册商标")
    page.get_by_label("您的问题或需求").fill("我们设计了新标志，想了解注册商标需要哪些材料。")
    page.get_by_label("您的姓名").fill("王五")
    page.get_by_label("邮箱").fill("wangwu@example.cn")
    page.locator("#id_consent").check()
    a, b = map(int, re.search(r"(\d+) \+ (\d+)", page.locator("label[for=id_answer]").inner_text()).groups())
    page.locator("#id_answer").fill(str(a + b))
    page.locator("main form.form button[type=submit]").click()
    page.wait_for_url("**/needs/new/sent/")
    reference = page.locator(".needs__reference").inner_text()
    page.screenshot(path=tmp_path / "1-sent.png", full_page=True)
    need = Need.objects.get(reference=reference)
    assert need.institution == network.institutions["nj_centre"]

    # The receipt carries the confirmation link; a click on "confirm" verifies the address.
    path = re.search(r"/needs/confirm/\S+/", mail.outbox[0].body).group(0)
    page.goto(live_server.url + path)
    page.get_by_role("button", name="确认").click()
    page.wait_for_url("**/needs/status/")
    services.reply(need=need, user=network.users["jiangsu"], body="请准备营业执照和商标图样。")
    assert "请准备营业执照和商标图样。" in mail.outbox[-1].body

    page.get_by_label("受理编号").fill(reference.lower())
    page.get_by_label("您提交时填写的邮箱或电话").fill("wangwu@example.cn")
    page.locator("main form.form button[type=submit]").click()
    page.wait_for_load_state()
    assert page.get_by_text("请准备营业执照和商标图样。").is_visible()
    assert page.get_by_text("已答复", exact=True).first.is_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    page.screenshot(path=tmp_path / "2-status.png", full_page=True)
