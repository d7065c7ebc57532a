import json
import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from learning.exams import services
from learning.exams.models import Attempt, AttemptStatus, QuestionType, ReviewCard
from tests.factories import UserFactory

from . import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def bank():
    singles = [factories.question(QuestionType.SINGLE, answer="B") for _ in range(4)]
    multiples = [factories.question(QuestionType.MULTIPLE, answer="ACD", chapter_code="trademark") for _ in range(2)]
    text, subs = factories.case(subs=2)
    tf = factories.question(QuestionType.TRUE_FALSE, answer="F", chapter_code="copyright")
    written = factories.question(QuestionType.WRITTEN, chapter_code="copyright")
    return {"singles": singles, "multiples": multiples, "case": text, "subs": subs, "tf": tf, "written": written}


@pytest.fixture
def blueprint(bank):
    return factories.blueprint(
        [
            (QuestionType.SINGLE, 4, 1),
            (QuestionType.MULTIPLE, 2, 2),
            (QuestionType.CASE, 2, 2),
            (QuestionType.TRUE_FALSE, 1, 1),
        ],
        minutes=20,
        pass_score=8,
    )


def _start(client, blueprint):
    response = client.post(reverse("exams:start_mock", args=[blueprint.pk]))
    attempt = Attempt.objects.latest("pk")
    assert response.status_code == 302 and response["Location"] == reverse("exams:attempt", args=[attempt.pk])
    return attempt


def _save(client, attempt, position, *values):
    return client.post(
        reverse("exams:save_answer", args=[attempt.pk]), {"position": position, "response": list(values)}
    )


def _right(item):
    return list(item.version.answer)


def test_answers_autosave_and_the_attempt_resumes_after_a_reload(client, learner, blueprint):
    attempt = _start(client, blueprint)
    items = list(attempt.items.select_related("version"))
    assert _save(client, attempt, 1, "B").json()["saved"] is True
    assert _save(client, attempt, 5, "A", "C").status_code == 200
    page = client.get(reverse("exams:attempt", args=[attempt.pk])).content.decode()
    assert re.search(r'name="q1" value="B" checked', page)
    assert re.search(r'name="q5" value="A" checked', page) and re.search(r'name="q5" value="C" checked', page)
    # Starting the same blueprint again resumes the open attempt instead of drawing a new paper.
    assert _start(client, blueprint).pk == attempt.pk
    assert items[0].question_id == attempt.items.get(position=1).question_id


def test_a_bad_answer_is_refused_with_a_message_and_changes_nothing(client, learner, blueprint):
    attempt = _start(client, blueprint)
    response = _save(client, attempt, 1, "A", "B")
    assert response.status_code == 400 and response.json()["error"]
    assert _save(client, attempt, 1, "Z").status_code == 400
    assert attempt.items.get(position=1).response == ""


def test_submitting_grades_the_paper_and_a_second_submission_changes_nothing(client, learner, blueprint):
    attempt = _start(client, blueprint)
    for item in attempt.items.select_related("version"):
        _save(client, attempt, item.position, *_right(item))
    first = client.post(reverse("exams:submit", args=[attempt.pk]), {"action": "submit"})
    assert first.status_code == 302 and first["Location"] == reverse("exams:result", args=[attempt.pk])
    attempt.refresh_from_db()
    assert (attempt.status, attempt.score, attempt.max_score, attempt.passed) == (AttemptStatus.GRADED, 13, 13, True)
    submitted_at = attempt.submitted_at
    second = client.post(reverse("exams:submit", args=[attempt.pk]), {"action": "submit", "q1": "A"})
    assert second.status_code == 302
    attempt.refresh_from_db()
    assert (attempt.score, attempt.submitted_at) == (13, submitted_at)
    assert _save(client, attempt, 1, "A").status_code == 409


def test_the_server_keeps_the_deadline_and_submits_what_was_saved(client, learner, blueprint):
    attempt = _start(client, blueprint)
    _save(client, attempt, 1, "B")
    Attempt.objects.filter(pk=attempt.pk).update(deadline=timezone.now() - timedelta(seconds=30))
    late = _save(client, attempt, 2, *_right(attempt.items.select_related("version").get(position=2)))
    assert late.status_code == 409 and late.json()["closed"] is True
    attempt.refresh_from_db()
    assert attempt.status == AttemptStatus.GRADED and attempt.auto_submitted
    assert attempt.score == 1  # only the answer saved before the deadline
    assert attempt.submitted_at <= attempt.deadline


def test_a_form_posted_after_the_deadline_does_not_add_answers(client, learner, blueprint):
    attempt = _start(client, blueprint)
    Attempt.objects.filter(pk=attempt.pk).update(deadline=timezone.now() - timedelta(minutes=1))
    client.post(reverse("exams:submit", args=[attempt.pk]), {"action": "submit", "q1": "B"})
    attempt.refresh_from_db()
    assert attempt.score == 0 and attempt.auto_submitted


def test_overdue_attempts_are_closed_by_the_periodic_task(learner, blueprint):
    attempt = services.start_mock_exam(user=learner, blueprint=blueprint)
    services.save_answer(attempt=attempt, position=1, response="B")
    from learning.exams.tasks import submit_overdue_attempts

    assert submit_overdue_attempts.delay().get() == 0
    Attempt.objects.filter(pk=attempt.pk).update(deadline=timezone.now() - timedelta(minutes=1))
    assert submit_overdue_attempts.delay().get() == 1
    assert submit_overdue_attempts.delay().get() == 0
    attempt.refresh_from_db()
    assert attempt.status == AttemptStatus.GRADED and attempt.score == 1


def test_a_plain_form_without_javascript_saves_and_submits(client, learner, blueprint):
    attempt = _start(client, blueprint)
    client.post(reverse("exams:submit", args=[attempt.pk]), {"action": "save", "q1": "B", "q5": ["A", "C", "D"]})
    assert attempt.items.get(position=5).response == "ACD"
    client.post(reverse("exams:submit", args=[attempt.pk]), {"action": "submit", "q1": "B", "q5": ["A", "C", "D"]})
    attempt.refresh_from_db()
    assert attempt.score >= 3


def test_no_key_explanation_or_legal_basis_reaches_the_browser_before_submission(client, learner, bank, blueprint):
    responses = [client.get(reverse("exams:dashboard")), client.get(reverse("exams:paper", args=["ip-practice"]))]
    attempt = _start(client, blueprint)
    responses.append(client.get(reverse("exams:attempt", args=[attempt.pk])))
    items = list(attempt.items.select_related("version", "question"))
    for item in items:
        responses.append(_save(client, attempt, item.position, item.version.display_options()[-1][0]))
    responses.append(client.get(reverse("exams:attempt", args=[attempt.pk])))
    secrets = []
    for item in items:
        secrets += [item.version.explanation, item.version.legal_basis]
    for response in responses:
        body = response.content.decode()
        for secret in secrets:
            assert secret not in body
        assert '"answer"' not in body and "is-key" not in body
        if response["Content-Type"].startswith("application/json"):
            assert set(json.loads(body)) <= {"saved", "position", "seconds_left"}
    result = client.get(reverse("exams:result", args=[attempt.pk]))  # the page redirects until submitted
    assert result.status_code == 302
    client.post(reverse("exams:submit", args=[attempt.pk]), {"action": "submit"})
    after = client.get(reverse("exams:result", args=[attempt.pk])).content.decode()
    assert all(secret in after for secret in secrets)


def test_the_results_page_shows_the_breakdown_and_review_in_a_fixed_number_of_queries(
    client, learner, blueprint, django_assert_max_num_queries
):
    attempt = _start(client, blueprint)
    _save(client, attempt, 1, "B")
    client.post(reverse("exams:submit", args=[attempt.pk]), {"action": "submit"})
    with django_assert_max_num_queries(18):
        response = client.get(reverse("exams:result", args=[attempt.pk]))
    body = response.content.decode()
    assert "专利" in body and "商标" in body
    assert "EXPLANATION-SECRET" in body
    assert (
        ReviewCard.objects.filter(user=learner, in_wrong_book=True).count() == 8
    )  # every missed question is collected


def test_the_exam_page_needs_a_fixed_number_of_queries(client, learner, blueprint, django_assert_max_num_queries):
    attempt = _start(client, blueprint)
    with django_assert_max_num_queries(16):  # the first view also builds the cached questions and site header
        assert client.get(reverse("exams:attempt", args=[attempt.pk])).status_code == 200
    client.get(reverse("exams:attempt", args=[attempt.pk]))  # (the first view created the site settings)
    with django_assert_max_num_queries(4):  # the session, the user, the attempt and its items
        assert client.get(reverse("exams:attempt", args=[attempt.pk])).status_code == 200


def test_starting_a_mock_exam_needs_a_fixed_number_of_queries(
    client, learner, blueprint, django_assert_max_num_queries
):
    with django_assert_max_num_queries(14):
        attempt = _start(client, blueprint)
    assert attempt.items.count() == 9 and attempt.max_score == 4 * 1 + 2 * 2 + 2 * 2 + 1
    assert [item.position for item in attempt.items.all()] == list(range(1, 10))
    assert all(item.version_id == item.question.current_version_id for item in attempt.items.all())
    case_items = [item for item in attempt.items.all() if item.case_version_id]
    assert len(case_items) == 2 and {item.chapter_id for item in case_items} == {
        item.question.chapter_id for item in case_items
    }


def test_braces_and_marker_like_text_in_a_question_show_as_written(client, learner, bank):
    odd = factories.question(
        QuestionType.SINGLE,
        answer="A",
        stem="<p>集合 {a, b} 与 {pos} 均为题干原文</p>",
        option_a="{checked_A}",
        option_b="{{points}}",
    )
    bp = factories.blueprint([(QuestionType.SINGLE, 1, 1)], draw_mode="fixed", fixed_question_ids=[])
    bp.fixed_question_ids = []
    attempt = _start(client, bp)
    item = attempt.items.get()
    if item.question_id != odd.pk:  # the draw picked another single choice: pin the odd one
        item.question_id, item.version_id = odd.pk, odd.current_version_id
        item.save()
    for _ in range(2):  # built, then from this process's memory
        page = client.get(reverse("exams:attempt", args=[attempt.pk])).content.decode()
        assert "集合 {a, b} 与 {pos} 均为题干原文" in page, page[page.find("exam-question") :][:800]
        assert "{checked_A}" in page and "{{points}}" in page


def test_another_learners_attempt_is_not_found(client, learner, blueprint):
    attempt = services.start_mock_exam(user=UserFactory(), blueprint=blueprint)
    assert client.get(reverse("exams:attempt", args=[attempt.pk])).status_code == 404
    assert _save(client, attempt, 1, "B").status_code == 404


def test_written_answers_wait_for_marking(client, learner, bank):
    bp = factories.blueprint([(QuestionType.WRITTEN, 1, 30)], pass_score=18)
    attempt = _start(client, bp)
    client.post(reverse("exams:save_answer", args=[attempt.pk]), {"position": 1, "text": "我的论述"})
    client.post(reverse("exams:submit", args=[attempt.pk]), {"action": "submit"})
    attempt.refresh_from_db()
    assert attempt.status == AttemptStatus.AWAITING_MARKING and attempt.passed is None
    body = client.get(reverse("exams:result", args=[attempt.pk])).content.decode()
    assert "RUBRIC-SECRET" not in body


def test_an_autosave_needs_two_queries_besides_the_session_and_the_user(
    client, learner, blueprint, django_assert_max_num_queries
):
    attempt = _start(client, blueprint)
    with django_assert_max_num_queries(4):
        assert _save(client, attempt, 1, "B").status_code == 200
    assert attempt.items.get(position=1).response == "B"


def test_the_cached_question_markup_shows_each_learner_only_their_own_answers(client, learner, bank):
    bp = factories.blueprint([(QuestionType.WRITTEN, 1, 30), (QuestionType.SINGLE, 4, 1)], draw_mode="fixed")
    attempt = _start(client, bp)
    client.post(reverse("exams:save_answer", args=[attempt.pk]), {"position": 1, "text": "<b>甲的答案</b>"})
    _save(client, attempt, 2, "B")
    mine = client.get(reverse("exams:attempt", args=[attempt.pk])).content.decode()
    assert "&lt;b&gt;甲的答案&lt;/b&gt;</textarea>" in mine and re.search(r'name="q2" value="B" checked', mine)
    other = UserFactory()
    client.force_login(other)
    theirs_attempt = _start(client, bp)
    assert [i.version_id for i in theirs_attempt.items.all()] == [i.version_id for i in attempt.items.all()]
    theirs = client.get(reverse("exams:attempt", args=[theirs_attempt.pk])).content.decode()
    assert "甲的答案" not in theirs and " checked" not in theirs
    assert 'id="q-2" data-position="2"' in theirs and "__POS__" not in theirs and "__CHECKED" not in theirs


def test_the_paper_shows_section_headings_and_each_case_text_once_before_its_questions(client, learner, bank):
    bp = factories.blueprint(
        [(QuestionType.SINGLE, 2, 1), (QuestionType.CASE, 2, 2)], draw_mode="fixed"
    )  # fmt: skip
    section_labels = [str(section) for section in bp.sections.all()]
    attempt = _start(client, bp)
    _save(client, attempt, 1, "B")
    page = client.get(reverse("exams:attempt", args=[attempt.pk])).content.decode()
    case_stem = bank["case"].stem
    assert page.count(case_stem) == 1
    assert page.index(section_labels[0]) < page.index('id="q-1"') < page.index(section_labels[1])
    assert page.index(section_labels[1]) < page.index(case_stem) < page.index('id="q-3"') < page.index('id="q-4"')
    assert '<a href="#q-1" id="map-1" class="is-answered">1</a>' in page
    assert '<a href="#q-2" id="map-2">2</a>' in page and 'id="map-4"' in page
