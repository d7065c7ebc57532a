"""Who may open which course and lesson: anonymous visitors, signed-in users, verified staff."""

import pytest

from learning.accounts.models import UserKind
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def courses(make_course):
    return {
        "public": make_course("企业如何检索专利", access="public"),
        "registered": make_course("专利分析报告写作", access="registered"),
        "staff": make_course("TISC服务规范", access="staff"),
    }


def _lesson(course):
    return course.get_children().first()


@pytest.mark.parametrize(
    ("who", "opens"),
    [
        ("anonymous", {"public"}),
        ("sme", {"public", "registered"}),
        ("unverified staff", {"public", "registered"}),
        ("verified staff", {"public", "registered", "staff"}),
    ],
)
def test_each_visitor_opens_exactly_the_courses_and_lessons_their_access_allows(client, courses, who, opens):
    if who == "sme":
        client.force_login(UserFactory(kind=UserKind.SME))
    elif who == "unverified staff":
        client.force_login(UserFactory(kind=UserKind.STAFF, verified=False))
    elif who == "verified staff":
        client.force_login(UserFactory(kind=UserKind.STAFF))

    for level, course in courses.items():
        course_response = client.get(course.url)
        lesson_response = client.get(_lesson(course).url)
        expected = 200 if level in opens else 403
        assert (course_response.status_code, lesson_response.status_code) == (expected, expected), (who, level)
        if level not in opens:
            html = lesson_response.content.decode()
            assert "本讲讲解" not in html, "the lesson content never reaches a visitor without access"
            assert course.title in html, "the visitor sees which course it is"


def test_an_anonymous_visitor_is_offered_sign_in_with_a_return_address(client, courses):
    lesson = _lesson(courses["registered"])

    html = client.get(lesson.url).content.decode()

    assert f"/accounts/login/?next={lesson.url}" in html
    assert "/accounts/signup/" in html


def test_a_signed_in_non_staff_user_is_told_how_to_get_staff_access(client, courses):
    client.force_login(UserFactory(kind=UserKind.SME))

    html = client.get(courses["staff"].url).content.decode()

    assert "公共服务人员" in html or "public-service staff" in html
    assert "/accounts/login/" not in html


def test_the_catalogue_lists_only_courses_the_visitor_may_open(client, catalog, courses):
    anonymous = client.get(catalog.url).content.decode()
    client.force_login(UserFactory(kind=UserKind.STAFF))
    staff = client.get(catalog.url).content.decode()

    assert "企业如何检索专利" in anonymous
    assert "专利分析报告写作" not in anonymous and "TISC服务规范" not in anonymous
    assert all(title in staff for title in ("企业如何检索专利", "专利分析报告写作", "TISC服务规范"))


def test_changing_a_course_access_level_carries_over_to_its_lessons(courses):
    course = courses["public"]
    course.access = "staff"
    course.save()

    assert {lesson.specific.access for lesson in course.get_children()} == {"staff"}


def test_an_editor_of_another_user_kind_can_open_and_preview_staff_courses(client, courses):
    from django.contrib.auth.models import Group

    editor = UserFactory(kind=UserKind.OTHER)
    editor.groups.add(Group.objects.get(name="课程编辑"))
    client.force_login(editor)

    assert client.get(courses["staff"].url).status_code == 200
    preview = client.get(f"/admin/pages/{courses['staff'].pk}/view_draft/")
    assert preview.status_code == 200
    assert "TISC服务规范" in preview.content.decode()
