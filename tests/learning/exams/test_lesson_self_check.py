"""Self-check quizzes in lessons (StreamField block "self_check") and a course's final quiz: anonymous
visitors answer and the server checks; keys never reach the page first; signed-in results are kept."""

import json
import re
from decimal import Decimal

import pytest
from django.urls import reverse

from courses.models import CatalogPage, CoursePage, LessonPage
from learning.exams import services, signals
from learning.exams.errors import ExamError
from learning.exams.models import Attempt, AttemptMode, Blueprint, Paper, QuestionType, ReviewCard
from tests.factories import UserFactory

from . import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def questions():
    return [
        factories.knowledge_question(QuestionType.SINGLE, answer="B", chapter_code="patent"),
        factories.knowledge_question(QuestionType.MULTIPLE, answer="AC"),
        factories.knowledge_question(QuestionType.TRUE_FALSE, answer="F", chapter_code="trademark"),
    ]


@pytest.fixture
def quiz(questions):
    return factories.practice_set(questions, key="qy-check", title="自测：你会查专利了吗？", pass_percent=60)


def _course(quiz, *, access="public", final_quiz=None, code="QY-901"):
    catalog = CatalogPage.objects.get()
    course = CoursePage(
        title="企业专利自助检索", slug=code.lower(), code=code, summary="简介。", access=access, final_quiz=final_quiz
    )
    catalog.add_child(instance=course)
    lesson = LessonPage(
        title="五步自助检索",
        slug="lesson-1",
        body=json.dumps(
            [
                {"type": "paragraph", "value": "<p>先查再研发。</p>"},
                {"type": "self_check", "value": {"practice_set": quiz.pk, "heading": ""}},
            ]
        ),
    )
    course.add_child(instance=lesson)
    return course, lesson


@pytest.fixture
def lesson(quiz):
    return _course(quiz)[1]


def _secrets(questions):
    return [s for q in questions for s in (q.explanation, q.legal_basis)]


def _right_answers(questions):
    return {f"q{q.pk}": list(q.answer) for q in questions}


# Through the services ---------------------------------------------------------------------------
def test_an_anonymous_check_grades_every_answer_and_stores_nothing(quiz, questions):
    attempt, items = services.check_practice_set(
        practice_set=quiz, answers={questions[0].pk: "B", questions[1].pk: ["A"], questions[2].pk: "T"}
    )
    assert attempt is None and not Attempt.objects.exists()
    assert [(item.is_correct, item.score) for item in items] == [(True, 1), (False, Decimal("0.5")), (False, 0)]


def test_a_check_with_an_unanswered_question_names_it_and_reveals_nothing(quiz, questions):
    with pytest.raises(ExamError) as error:
        services.check_practice_set(practice_set=quiz, answers={questions[0].pk: "B"})
    assert "2, 3" in error.value.message


def test_a_signed_in_check_is_stored_once_per_token_and_feeds_the_wrong_answer_book(quiz, questions):
    user = UserFactory()
    answers = {questions[0].pk: "A", questions[1].pk: "AC", questions[2].pk: "F"}
    attempt, items = services.check_practice_set(practice_set=quiz, answers=answers, user=user, token="t1")
    again, _items = services.check_practice_set(practice_set=quiz, answers={}, user=user, token="t1")
    assert again.pk == attempt.pk and Attempt.objects.count() == 1
    assert attempt.mode == AttemptMode.PRACTICE and attempt.practice_set == quiz
    assert (attempt.score, attempt.max_score, attempt.passed) == (3, 4, True)  # 3 of 4 points, pass mark 60 %
    assert ReviewCard.objects.get(user=user, in_wrong_book=True).question == questions[0]
    assert services.latest_self_check(user=user, practice_set=quiz) == attempt


def test_only_live_questions_are_asked(quiz, questions):
    questions[2].status = "retired"
    questions[2].save()
    _attempt, items = services.check_practice_set(
        practice_set=quiz, answers={questions[0].pk: "B", questions[1].pk: "AC"}
    )
    assert [item.question for item in items] == questions[:2]


# The knowledge-module paper ---------------------------------------------------------------------
def test_knowledge_questions_stay_out_of_the_exam_pages_and_blueprints(client):
    factories.knowledge_question()
    paper = Paper.objects.get(code="sme-knowledge")
    client.force_login(UserFactory())
    assert "企业知识产权知识自测" not in client.get(reverse("exams:dashboard")).content.decode()
    assert "企业知识产权知识自测" not in client.get(reverse("exams:readiness")).content.decode()
    assert client.get(reverse("exams:paper", args=[paper.code])).status_code == 404
    blueprint = Blueprint(
        name="x", exam=factories.ip_paper().exams.first(), paper=paper, time_limit_minutes=5, pass_score=1
    )
    with pytest.raises(Exception, match="knowledge module"):
        blueprint.clean()


# Through the web: anonymous visitors ------------------------------------------------------------
def test_an_anonymous_visitor_sees_the_questions_but_no_key_explanation_or_legal_basis(client, lesson, questions):
    page = client.get(lesson.url).content.decode()
    assert all(q.stem.removeprefix("<p>").removesuffix("</p>") in page for q in questions)
    assert not any(secret in page for secret in _secrets(questions))
    assert "is-key" not in page and '"answer"' not in page


def test_an_anonymous_visitor_checks_without_javascript_and_sees_right_wrong_explanation_and_basis(
    client, lesson, questions
):
    answers = _right_answers(questions) | {f"q{questions[2].pk}": "T"}
    response = client.post(lesson.url, {"self_check": lesson.self_check_sets().popitem()[0], **answers})
    body = response.content.decode()
    assert response.status_code == 200 and "五步自助检索" in body  # the lesson itself, with the result in it
    assert all(secret in body for secret in _secrets(questions))
    assert "2 of 3 right" in body and "Passed" in body
    assert "Your answers are not saved" in body
    assert not Attempt.objects.exists()


def test_the_fetch_answer_is_the_quiz_fragment_with_feedback(client, lesson, quiz, questions):
    response = client.post(
        lesson.url, {"self_check": quiz.pk, **_right_answers(questions)}, HTTP_X_REQUESTED_WITH="fetch"
    )
    body = response.content.decode()
    assert response.status_code == 200 and body.startswith('<section class="self-check"')
    assert "<html" not in body and "3 of 3 right" in body and questions[1].legal_basis in body


def test_an_incomplete_answer_is_refused_with_a_message_keeping_the_choices_and_no_key(client, lesson, quiz, questions):
    posted = {"self_check": quiz.pk, f"q{questions[1].pk}": ["A", "C"]}
    response = client.post(lesson.url, posted, HTTP_X_REQUESTED_WITH="fetch")
    body = response.content.decode()
    assert response.status_code == 400 and "still open: 1, 3" in body
    assert re.search(rf'name="q{questions[1].pk}" value="A" checked', body)
    assert not any(secret in body for secret in _secrets(questions))
    plain = client.post(lesson.url, posted).content.decode()
    assert "still open: 1, 3" in plain and "五步自助检索" in plain


def test_a_self_check_from_another_page_or_a_closed_course_is_refused(client, quiz, questions):
    _course_page, lesson = _course(quiz)
    other = factories.practice_set([questions[0]], key="other")
    assert client.post(lesson.url, {"self_check": other.pk, f"q{questions[0].pk}": "B"}).status_code == 400
    _staff_course, staff_lesson = _course(quiz, access="staff", code="ZL-990")
    response = client.post(staff_lesson.url, {"self_check": quiz.pk, **_right_answers(questions)})
    assert response.status_code == 403
    assert not any(secret in response.content.decode() for secret in _secrets(questions))


# Through the web: signed-in learners ------------------------------------------------------------
def test_a_learners_result_is_kept_survives_a_reload_and_a_double_submission(client, lesson, quiz, questions):
    user = UserFactory()
    client.force_login(user)
    form = client.get(lesson.url).content.decode()
    token = re.search(r'name="token" value="([0-9a-f]+)"', form).group(1)
    posted = {"self_check": quiz.pk, "token": token, **_right_answers(questions)}
    first = client.post(lesson.url, posted)
    assert first.status_code == 302 and first["Location"] == f"{lesson.url}#self-check-{quiz.pk}"
    client.post(lesson.url, posted)  # the same form sent twice
    assert Attempt.objects.filter(user=user).count() == 1
    reloaded = client.get(lesson.url).content.decode()
    assert "3 of 3 right" in reloaded and "Saved to your practice history" in reloaded
    retry = client.get(f"{lesson.url}?retry={quiz.pk}").content.decode()
    assert "Check my answers" in retry and not any(secret in retry for secret in _secrets(questions))
    attempt = Attempt.objects.get(user=user)
    assert client.get(reverse("exams:result", args=[attempt.pk])).status_code == 200


def test_a_learners_fetch_check_is_stored_and_misses_go_to_the_wrong_answer_book(client, lesson, quiz, questions):
    user = UserFactory()
    client.force_login(user)
    answers = _right_answers(questions) | {f"q{questions[0].pk}": "A"}
    response = client.post(
        lesson.url, {"self_check": quiz.pk, "token": "abc", **answers}, HTTP_X_REQUESTED_WITH="fetch"
    )
    assert response.status_code == 200 and "Saved to your practice history" in response.content.decode()
    assert ReviewCard.objects.get(user=user).question == questions[0]


def test_the_lesson_page_needs_a_fixed_number_of_queries(client, lesson, quiz, django_assert_max_num_queries):
    client.force_login(UserFactory())
    client.get(lesson.url)
    # the lesson, its self-check and progress, and 2 for "ask a service centre" at the end of a public module
    with django_assert_max_num_queries(30):
        client.get(lesson.url)
    for n in range(5):
        factories.practice_set([factories.knowledge_question()], key=f"more-{n}")
        quiz.set_questions.create(question=factories.knowledge_question(), sort_order=10 + n)
    with django_assert_max_num_queries(30):
        assert client.get(lesson.url).status_code == 200


# A course's final quiz ---------------------------------------------------------------------------
def test_final_quiz_passed_is_none_without_a_final_quiz_and_follows_the_pass_mark(quiz, questions):
    user = UserFactory()
    course, _lesson = _course(quiz)
    assert services.final_quiz_passed(user=user, course=course) is None
    course.final_quiz = quiz
    course.save()
    assert services.final_quiz_passed(user=user, course=course) is False
    wrong = {questions[0].pk: "A", questions[1].pk: "B", questions[2].pk: "T"}
    services.check_practice_set(practice_set=quiz, answers=wrong, user=user, token="a")
    assert services.final_quiz_passed(user=user, course=course) is False
    right = {q.pk: q.answer for q in questions}
    services.check_practice_set(practice_set=quiz, answers=right, user=user, token="b")
    assert services.final_quiz_passed(user=user, course=course) is True


def test_the_signal_is_sent_once_when_a_learner_first_passes(quiz, questions, django_capture_on_commit_callbacks):
    user = UserFactory()
    course, _lesson = _course(quiz, final_quiz=quiz)
    received = []

    def listener(sender, user, course, **kwargs):
        received.append((sender, user.pk, course.pk))

    signals.final_quiz_passed.connect(listener)
    try:
        right = {q.pk: q.answer for q in questions}
        for token in ("a", "b"):
            with django_capture_on_commit_callbacks(execute=True):
                services.check_practice_set(practice_set=quiz, answers=right, user=user, token=token)
    finally:
        signals.final_quiz_passed.disconnect(listener)
    assert received == [(None, user.pk, course.pk)]


def test_the_course_page_shows_its_final_quiz_and_checks_it(client, quiz, questions):
    course, _lesson = _course(quiz, final_quiz=quiz)
    page = client.get(course.url).content.decode()
    assert "Final quiz of this course: pass with 60%" in page
    assert not any(secret in page for secret in _secrets(questions))
    response = client.post(course.url, {"self_check": quiz.pk, **_right_answers(questions)})
    assert "3 of 3 right" in response.content.decode()


def test_a_final_quiz_needs_a_pass_mark(quiz):
    from django.core.exceptions import ValidationError

    quiz.pass_percent = None
    quiz.save()
    course, _lesson = _course(quiz)
    course.final_quiz = quiz
    with pytest.raises(ValidationError):
        course.full_clean()
