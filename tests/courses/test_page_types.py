"""What may be created where in the catalogue."""

import pytest

from cms.models import ContentPage, HomePage
from courses.models import CatalogPage, CoursePage, LessonPage, TrackPage

pytestmark = pytest.mark.django_db


def test_the_catalogue_sits_under_the_home_page_once():
    assert CatalogPage.can_create_at(HomePage.objects.get()) is False, "max one catalogue, installed by migration"
    assert CatalogPage.parent_page_types == ["cms.HomePage"]


def test_courses_and_tracks_live_in_the_catalogue_and_lessons_in_courses(catalog, make_course):
    course = make_course("专利检索基础")
    lesson = course.get_children().first().specific

    assert CoursePage.can_create_at(catalog)
    assert TrackPage.can_create_at(catalog)
    assert not CoursePage.can_create_at(HomePage.objects.get())
    assert LessonPage.can_create_at(course)
    assert not LessonPage.can_create_at(catalog)
    assert not CoursePage.can_create_at(course)
    assert not ContentPage.can_create_at(course)
    assert not LessonPage.can_create_at(lesson), "lessons have no children"


def test_a_course_code_is_unique(make_course):
    from django.core.exceptions import ValidationError

    make_course("A", code="ZL-201")
    with pytest.raises(ValidationError) as error:
        make_course("B", code="ZL-201")
    assert "code" in error.value.message_dict


def test_the_course_page_lists_the_syllabus_with_minutes_and_total(client, make_course):
    course = make_course("专利导航实务", lessons=3)

    html = client.get(course.url).content.decode()

    assert html.count('class="syllabus"') == 1
    for n in (1, 2, 3):
        assert f"专利导航实务 第{n}讲" in html
    assert course.total_minutes == 60
    assert "60" in html
    assert '"@type": "Course"' in html and '"courseCode": "T-001"' in html
    assert 'property="og:title"' in html


def test_a_lesson_offers_previous_and_next_inside_its_course(client, make_course):
    course = make_course("商标注册实务", lessons=3)
    second = course.get_children().get(slug="lesson-2")

    html = client.get(second.url).content.decode()

    assert 'rel="prev"' in html and "商标注册实务 第1讲" in html
    assert 'rel="next"' in html and "商标注册实务 第3讲" in html
