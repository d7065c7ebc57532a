"""Progress and completion: marking lessons (twice is harmless), continue where you left off, the
course's completion rule (required lessons, minimum attendance, final quiz), and what completing
does: enrolment completed, hours credited, one certificate, all once."""

import datetime
from decimal import Decimal

import pytest
from django.core import mail

from learning.enrolment import completion, progress, services
from learning.enrolment.models import (
    Attendance,
    AttendanceMethod,
    Certificate,
    CompletionRule,
    EnrolmentStatus,
    LessonProgress,
    Session,
    SessionMode,
    TrainingHoursEntry,
)
from learning.exams import signals as exam_signals


@pytest.fixture
def complete_all(complete_all, django_capture_on_commit_callbacks):
    """As the shared fixture, running the on-commit work (the certificate task) as a commit would."""

    def run(user, course):
        with django_capture_on_commit_callbacks(execute=True):
            return complete_all(user, course)

    return run


def test_completing_the_required_lessons_of_a_public_module_credits_hours_and_issues_one_certificate(
    learner, make_course, complete_all, django_capture_on_commit_callbacks
):
    course = make_course(optional=(3,))
    progress.mark_complete(learner, course.lessons[0], course)
    assert not Certificate.objects.exists()

    with django_capture_on_commit_callbacks(execute=True):
        result = progress.mark_complete(learner, course.lessons[1], course)

    assert result.met
    certificate = Certificate.objects.get()
    assert certificate.holder_name == "张三伟" and certificate.hours == Decimal("8.0") and certificate.pdf
    entry = TrainingHoursEntry.objects.get()
    assert (entry.professional_hours, entry.general_hours, entry.year) == (
        Decimal("6.0"),
        Decimal("2.0"),
        datetime.date.today().year,
    )
    complete_all(learner, course)  # pressing again, and the optional lesson
    assert Certificate.objects.count() == 1 and TrainingHoursEntry.objects.count() == 1
    assert len(mail.outbox) == 1


def test_a_course_for_registered_users_needs_an_enrolment_and_completes_it(learner, make_course, complete_all):
    course = make_course(access="registered")
    result = complete_all(learner, course)
    assert not result.met and not Certificate.objects.exists()

    session = Session.objects.get(course=course)  # the self-paced course's always-open session
    enrolment = services.enrol(learner, session)
    assert enrolment.status == EnrolmentStatus.ENROLLED
    result = progress.mark_complete(learner, course.lessons[0], course)

    assert result.met
    enrolment.refresh_from_db()
    assert enrolment.status == EnrolmentStatus.COMPLETED
    assert Certificate.objects.get().enrolment == enrolment


def test_a_minimum_attendance_holds_completion_back_until_attended(learner, make_course, complete_all):
    course = make_course(delivery_mode="in_person")
    CompletionRule.objects.create(course=course, min_attendance_percent=80)
    today = datetime.date.today()
    session = Session.objects.create(
        course=course,
        title="面授班",
        mode=SessionMode.IN_PERSON,
        starts_on=today,
        ends_on=today + datetime.timedelta(4),
    )
    enrolment = services.enrol(learner, session)

    result = complete_all(learner, course)
    assert not result.met and result.attendance == 0
    assert "80" in " ".join(result.missing)

    Attendance.objects.bulk_create(
        [
            Attendance(enrolment=enrolment, day=today + datetime.timedelta(n), method=AttendanceMethod.MANUAL)
            for n in range(4)
        ]
    )
    assert completion.complete_if_met(learner, course).met
    enrolment.refresh_from_db()
    assert enrolment.status == EnrolmentStatus.COMPLETED


def test_a_required_final_quiz_completes_the_course_when_its_pass_is_announced(
    learner, course, complete_all, monkeypatch, django_capture_on_commit_callbacks
):
    CompletionRule.objects.create(course=course, requires_final_quiz=True)
    passed = {"value": False}
    monkeypatch.setattr("learning.exams.services.final_quiz_passed", lambda *, user, course: passed["value"])

    result = complete_all(learner, course)
    assert not result.met and result.quiz_required and not Certificate.objects.exists()

    passed["value"] = True
    with django_capture_on_commit_callbacks(execute=True):
        exam_signals.final_quiz_passed.send(sender=None, user=learner, course=course)

    assert Certificate.objects.filter(user=learner, course=course).exists()


def test_a_required_quiz_on_a_course_without_one_does_not_block(learner, course, complete_all):
    CompletionRule.objects.create(course=course, requires_final_quiz=True)

    assert complete_all(learner, course).met


def test_the_lesson_button_posts_once_and_redirects_to_the_next_lesson(client, learner, course):
    client.force_login(learner)
    first, second = course.lessons[0], course.lessons[1]

    page = client.get(first.url).content.decode()
    assert f"/my/lessons/{first.pk}/complete/" in page
    response = client.post(f"/my/lessons/{first.pk}/complete/", {"next": second.url})
    again = client.post(f"/my/lessons/{first.pk}/complete/", {"next": "https://evil.example/"})

    assert response.status_code == 302 and response["Location"] == second.url
    assert again["Location"] == first.url
    assert LessonProgress.objects.filter(user=learner, completed_at__isnull=False).count() == 1
    assert "您已完成本课时" in client.get(first.url).content.decode()


def test_the_course_page_shows_ticks_percent_and_continue_where_you_left_off(client, learner, course):
    client.force_login(learner)
    first, second, _third = course.lessons
    client.post(f"/my/lessons/{first.pk}/complete/")
    client.get(second.url)

    page = client.get(course.url).content.decode()

    assert "33%" in page and "继续学习" in page
    assert page.count('class="progress-tick"') == 1
    assert f'href="{second.url}"' in page


def test_visitors_see_no_button_and_cannot_post(client, course):
    lesson = course.lessons[0]

    assert "/complete/" not in client.get(lesson.url).content.decode()
    assert client.post(f"/my/lessons/{lesson.pk}/complete/").status_code == 302
    assert not LessonProgress.objects.exists()


def test_lesson_and_course_pages_run_a_constant_number_of_queries(
    client, learner, make_course, django_assert_max_num_queries
):
    small = make_course(lessons=2)
    large = make_course(lessons=12)
    client.force_login(learner)
    for course in (small, large):
        for lesson in course.lessons:
            client.post(f"/my/lessons/{lesson.pk}/complete/")
    client.get(small.lessons[0].url)
    with django_assert_max_num_queries(60) as baseline:
        client.get(small.url)
        client.get(small.lessons[1].url)
    with django_assert_max_num_queries(len(baseline.captured_queries)):
        client.get(large.url)
        client.get(large.lessons[5].url)
