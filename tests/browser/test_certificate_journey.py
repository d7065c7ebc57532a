"""On a phone, a learner enrols in a course, marks its lessons complete, and downloads the
certificate from My learning, in a real Chromium."""

import io
import json
from decimal import Decimal

import pytest
from pypdf import PdfReader

from courses.models import CatalogPage, CoursePage, LessonPage
from tests.factories import DEFAULT_PASSWORD, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _course():
    course = CoursePage(
        title="专利检索入门",
        slug="zl-901",
        code="ZL-901",
        summary="专利检索的基本方法。",
        access="registered",
        hours_professional=Decimal("4.0"),
    )
    CatalogPage.objects.get().add_child(instance=course)
    for n in (1, 2):
        course.add_child(
            instance=LessonPage(
                title=f"第{n}讲",
                slug=f"lesson-{n}",
                body=json.dumps([{"type": "paragraph", "value": "<p>要点。</p>"}], ensure_ascii=False),
            )
        )
    return course


def test_enrol_complete_the_lessons_and_download_the_certificate_on_a_phone(phone, live_server, site, tmp_path):
    _course()
    UserFactory(email="wang.fang@example.cn", display_name="王芳", language="zh-hans")
    page = phone

    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_label("邮箱").fill("wang.fang@example.cn")
    page.get_by_label("密码").fill(DEFAULT_PASSWORD)
    page.get_by_role("button", name="登录").click()
    page.wait_for_url(f"{live_server.url}/")

    page.goto(f"{live_server.url}/courses/zl-901/")
    page.get_by_role("button", name="报名", exact=True).click()
    page.wait_for_load_state()
    assert page.get_by_text("已报名").first.is_visible()

    page.get_by_role("link", name="开始学习第一课时").click()
    page.get_by_role("button", name="标记为已完成").click()
    page.wait_for_url("**/lesson-2/")
    page.get_by_role("button", name="标记为已完成").click()
    page.wait_for_url("**/courses/zl-901/")
    assert page.get_by_text("您已完成《专利检索入门》").is_visible()
    assert page.get_by_text("已完成 2 / 2 课时（100%）").is_visible()

    page.get_by_role("button", name="菜单").click()
    page.get_by_role("link", name="我的学习").click()
    page.wait_for_url("**/my/")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 375, f"My learning scrolls sideways on a phone ({width}px)"
    page.screenshot(path=tmp_path / "my-learning.png", full_page=True)
    with page.expect_download() as download:
        page.get_by_role("link", name="下载证书（PDF）").click()
    content = download.value.path().read_bytes()

    text = (
        "".join(p.extract_text() for p in PdfReader(io.BytesIO(content)).pages)
        .replace("\x00", "")
        .replace(" ", "")
        .replace("\n", "")
    )
    assert "王芳" in text and "专利检索入门" in text and "4学时" in text
