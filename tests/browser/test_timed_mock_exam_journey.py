"""A learner on a phone takes a short timed mock exam, reloads half-way without losing answers,
submits and reviews; and a paper whose time runs out is submitted by the page on its own.

(Named to run after test_signup_journey: a transactional test empties the database, including the
home page that the `site` fixture expects from cms's data migration.)"""

from datetime import timedelta

import pytest
from django.apps import apps
from django.conf import settings
from django.test import Client
from django.utils import timezone

from learning.exams import structures
from learning.exams.models import Attempt, AttemptStatus, QuestionType
from tests.factories import UserFactory
from tests.learning.exams import factories

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def exam(db):
    structures.seed(apps)  # a transactional test before this one may have flushed the seeded rows
    questions = [factories.question(QuestionType.SINGLE, answer="B", stem=f"<p>单选题第{i}题</p>") for i in range(3)]
    questions.append(
        factories.question(QuestionType.MULTIPLE, answer="AC", chapter_code="trademark", stem="<p>多选题</p>")
    )
    blueprint = factories.blueprint(
        [(QuestionType.SINGLE, 3, 1), (QuestionType.MULTIPLE, 1, 2)], minutes=10, pass_score=3, name="浏览器测试小卷"
    )
    return blueprint


def _signed_in(page, live_server, user):
    client = Client()
    client.force_login(user)
    page.context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": live_server.url,
            }
        ]
    )


def _start_mock(page, live_server, blueprint):
    """Sign a new learner in and start ``blueprint``'s mock exam from the paper page; returns the learner."""
    learner = UserFactory()
    _signed_in(page, live_server, learner)
    page.goto(f"{live_server.url}/exams/papers/ip-practice/")
    page.locator(f'form[action="/exams/mock/{blueprint.pk}/start/"] button').click()
    page.wait_for_url("**/exams/attempts/*/")
    return learner


def _choose(page, position, value):
    with page.expect_response(lambda response: "/save/" in response.url and response.status == 200):
        page.locator(f'#q-{position} input[value="{value}"]').check()


def test_a_timed_mock_exam_survives_a_reload_and_is_reviewed_after_submission(phone, live_server, exam, tmp_path):
    page = phone
    learner = _start_mock(page, live_server, exam)
    assert page.locator(".exam-timer__value").inner_text().startswith(("09:", "10:"))
    assert "EXPLANATION-SECRET" not in page.content()

    _choose(page, 1, "B")
    _choose(page, 2, "A")
    page.screenshot(path=tmp_path / "1-mock-exam.png", full_page=True)

    page.reload()
    assert page.locator('#q-1 input[value="B"]').is_checked()
    assert page.locator('#q-2 input[value="A"]').is_checked()
    assert page.locator("#answered-count").inner_text() == "2"

    _choose(page, 2, "B")  # change of mind
    _choose(page, 3, "B")
    _choose(page, 4, "A")  # one of the two right options: half credit per option chosen
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 375, f"the exam page scrolls sideways on a phone ({width}px)"
    page.locator("#submit-button").click()
    page.wait_for_url("**/result/")
    page.screenshot(path=tmp_path / "2-result.png", full_page=True)

    attempt = Attempt.objects.get(user=learner)
    assert (attempt.status, attempt.score, attempt.passed) == (AttemptStatus.GRADED, 3.5, True)
    body = page.content()
    assert "3.5" in body and "EXPLANATION-SECRET" in body and "LEGAL-BASIS-SECRET" in body


def test_the_page_submits_the_paper_when_the_servers_time_is_up(phone, live_server, exam):
    page = phone
    learner = _start_mock(page, live_server, exam)
    _choose(page, 1, "B")
    Attempt.objects.filter(user=learner).update(deadline=timezone.now() + timedelta(seconds=3))
    page.reload()
    page.wait_for_url("**/result/", timeout=20_000)
    attempt = Attempt.objects.get(user=learner)
    assert attempt.status == AttemptStatus.GRADED and attempt.auto_submitted and attempt.score == 1


def test_a_written_answer_typed_just_before_leaving_the_page_is_kept(phone, live_server, db, tmp_path):
    structures.seed(apps)
    factories.question(QuestionType.WRITTEN, chapter_code="copyright", stem="<p>论述题</p>")
    blueprint = factories.blueprint([(QuestionType.WRITTEN, 1, 10)], minutes=30, pass_score=6, name="浏览器测试论述")
    page = phone
    learner = _start_mock(page, live_server, blueprint)
    attempt_url = page.url

    page.locator("#q-1 textarea").fill("（1）著作权自作品创作完成之日起产生。")
    assert page.locator("#answered-count").inner_text() == "1"  # counted while typing, not on leaving the box
    page.goto(f"{live_server.url}/exams/")  # at once: the pause before the autosave never comes

    item = Attempt.objects.get(user=learner).items.get()
    for _ in range(20):  # the page's last request may land just after the next page was served
        item.refresh_from_db()
        if item.text_response:
            break
        page.wait_for_timeout(100)
    assert item.text_response == "（1）著作权自作品创作完成之日起产生。"
    page.goto(attempt_url)
    assert page.locator("#q-1 textarea").input_value() == "（1）著作权自作品创作完成之日起产生。"
