"""On a phone, a visitor filters the catalogue, opens a course and reads a lesson (real Chromium)."""

from decimal import Decimal

import pytest

from courses.models import CatalogPage, CoursePage, LessonPage, Topic

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def catalogue(site):
    catalog = CatalogPage.objects.get()
    patent = Topic.objects.create(name="专利", slug="patent")
    search = Topic.objects.create(name="专利检索", slug="patent-search", parent=patent)
    trademark = Topic.objects.create(name="商标", slug="trademark")
    for code, title, topic, level in [
        ("ZL-101", "专利检索基础", search, "intro"),
        ("ZL-301", "专利检索策略进阶", search, "advanced"),
        ("SB-101", "商标注册实务", trademark, "intro"),
    ]:
        course = CoursePage(
            title=title,
            slug=code.lower(),
            code=code,
            summary=f"{title}课程简介。",
            access="public",
            level=level,
            hours_professional=Decimal("2.0"),
        )
        catalog.add_child(instance=course)
        course.topics.set([topic])
        course.save()
        course.add_child(
            instance=LessonPage(
                title=f"{title}：第一讲",
                slug="lesson-1",
                estimated_minutes=15,
                body='[{"type": "paragraph", "value": "<p>检索前先明确技术方案的关键技术特征。</p>"}]',
            )
        )
    return catalog


def test_filter_the_catalogue_and_open_a_lesson_on_a_phone(phone, live_server, catalogue, tmp_path):
    page = phone
    page.goto(f"{live_server.url}/courses/")
    assert "3" in page.locator(".catalog-results__count").inner_text()

    # The filters are folded away on a phone; open them, pick a topic and a level.
    page.locator(".catalog-filters > summary").click()
    page.get_by_label("专利检索").check()
    page.locator('input[name="level"][value="intro"]').check()
    page.locator(".facets button[type=submit]").click()
    page.wait_for_url("**/courses/?**")
    assert "topic=patent-search" in page.url and "level=intro" in page.url
    titles = page.locator(".course-card__title").all_inner_texts()
    assert titles == ["专利检索基础"]
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    page.screenshot(path=tmp_path / "catalogue-filtered.png", full_page=True)

    page.get_by_role("link", name="专利检索基础").click()
    page.get_by_role("link", name="专利检索基础：第一讲").first.click()
    assert page.get_by_role("heading", level=1).inner_text() == "专利检索基础：第一讲"
    assert page.get_by_text("检索前先明确技术方案的关键技术特征。").is_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    page.screenshot(path=tmp_path / "lesson.png", full_page=True)
