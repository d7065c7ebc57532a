"""On a phone, a lecturer opens their own profile settings, shows their public page with a short
biography and sees it as visitors do; the page fits the 375 px screen (real Chromium)."""

import pytest

from learning.talent.models import Person
from tests.factories import UserFactory
from tests.learning.talent.conftest import loaded_regions, region_file  # noqa: F401 (fixtures)
from tests.learning.talent.factories import InstitutionFactory, PersonFactory

from .test_enrol_on_a_phone import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.usefixtures("loaded_regions")
def test_a_lecturer_shows_their_public_profile_from_a_phone(phone, live_server, site, tmp_path):
    user = UserFactory(email="wang.lecturer@example.cn")
    person = PersonFactory(
        name="王讲师",
        email=user.email,
        user=user,
        is_lecturer=True,
        institution=InstitutionFactory(name="江苏省知识产权保护中心"),
    )
    sign_in(phone.context, live_server, user)

    phone.goto(f"{live_server.url}/talent/my-lecturer-profile/")
    assert "您的公开主页未公开。" in phone.content()
    assert phone.evaluate("document.documentElement.scrollWidth") <= 375
    phone.get_by_label("公开我的讲师主页").check()
    phone.get_by_label("个人简介").fill("从事专利侵权纠纷行政裁决十年，主讲《专利行政裁决实务》。")
    phone.screenshot(path=str(tmp_path / "settings.png"), full_page=True)
    phone.get_by_role("button", name="保存").click()
    phone.wait_for_load_state()
    assert "您的公开主页已公开。" in phone.content()

    phone.get_by_role("link", name="以访客身份查看").click()
    phone.wait_for_load_state()
    phone.screenshot(path=str(tmp_path / "public.png"), full_page=True)
    assert "王讲师" in phone.content() and "主讲《专利行政裁决实务》" in phone.content()
    assert phone.evaluate("document.documentElement.scrollWidth") <= 375
    assert Person.objects.get(pk=person.pk).public_profile
