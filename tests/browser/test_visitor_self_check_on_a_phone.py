"""On a phone, an anonymous visitor answers a lesson's self-check with the keyboard and the touch
screen; the server checks it and the page shows right/wrong with the explanation and legal basis,
which were nowhere in the page before (real Chromium)."""

import json

import pytest
from django.apps import apps

from courses.models import CatalogPage, CoursePage, LessonPage
from learning.exams import structures
from learning.exams.models import Attempt, QuestionType
from tests.learning.exams import factories

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def lesson(site):
    structures.seed_knowledge(apps)  # an earlier transactional test may have flushed the seeded paper
    questions = [
        factories.knowledge_question(
            QuestionType.SINGLE, answer="B", chapter_code="patent", stem="<p>单选：何时公开？</p>"
        ),
        factories.knowledge_question(QuestionType.TRUE_FALSE, answer="F", stem="<p>判断：国内注册在国外也受保护。</p>"),
    ]
    quiz = factories.practice_set(questions, key="phone-check", title="自测：先申请后公开")
    course = CoursePage(title="企业知识产权入门", slug="qy-990", code="QY-990", summary="简介。", access="public")
    CatalogPage.objects.get().add_child(instance=course)
    lesson = LessonPage(
        title="先申请、后公开",
        slug="lesson-1",
        body=json.dumps(
            [
                {"type": "paragraph", "value": "<p>准备申请专利的产品，提交申请前不要公开。</p>"},
                {"type": "self_check", "value": {"practice_set": quiz.pk, "heading": ""}},
            ]
        ),
    )
    course.add_child(instance=lesson)
    return lesson, questions


def test_a_visitor_does_a_lesson_self_check_on_a_phone(phone, live_server, lesson, tmp_path):
    lesson_page, questions = lesson
    page = phone
    page.goto(f"{live_server.url}{lesson_page.url}")
    before = page.content()
    assert not any(secret in before for q in questions for secret in (q.explanation, q.legal_basis))

    # Checking with a question left open: a message, nothing revealed, the choice kept.
    page.locator(f'input[name="q{questions[0].pk}"][value="B"]').check()
    with page.expect_response(lambda r: r.request.method == "POST"):
        page.locator(".self-check button[type=submit]").click()
    alert = page.locator(".self-check .alert--error")
    alert.wait_for()  # the response has arrived; the script may not have shown it yet
    page.wait_for_function("document.activeElement && document.activeElement.matches('.self-check .alert--error')")
    assert alert.is_visible()
    assert page.locator(f'input[name="q{questions[0].pk}"][value="B"]').is_checked()
    assert questions[0].explanation not in page.content()

    # The keyboard: focus the true/false group and choose "false" with the arrow keys.
    page.locator(f'input[name="q{questions[1].pk}"][value="T"]').focus()
    page.keyboard.press("Space")
    page.keyboard.press("ArrowDown")
    assert page.locator(f'input[name="q{questions[1].pk}"][value="F"]').is_checked()
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.type") == "submit"
    with page.expect_response(lambda r: r.request.method == "POST" and r.status == 200):
        page.keyboard.press("Enter")
    summary = page.locator(".self-check__summary")
    summary.wait_for()
    assert summary.evaluate("el => el === document.activeElement")
    body = page.content()
    assert all(secret in body for q in questions for secret in (q.explanation, q.legal_basis))
    assert page.locator(".exam-review--right").count() == 2
    assert page.url.endswith(lesson_page.url), "checked in place, without leaving the lesson"
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 375, f"the lesson scrolls sideways on a phone ({width}px)"
    page.screenshot(path=tmp_path / "self-check.png", full_page=True)
    assert not Attempt.objects.exists(), "an anonymous visitor's answers are not stored"
