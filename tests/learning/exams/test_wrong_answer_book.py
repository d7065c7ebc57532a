"""The wrong-answer book and favourites: a page at a time, filtered by paper, each question opening
onto the learner's last graded answer with the key and explanation — and never onto a key the
learner has not earned (an answer still open in a mock exam, a favourite never answered)."""

import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from learning.exams import services
from learning.exams.models import Paper, Question, QuestionStatus, QuestionType, ReviewCard
from learning.exams.views import BOOK_PAGE_SIZE

from . import factories

pytestmark = pytest.mark.django_db


def _miss(user, question, response="B", now=None):
    attempt = services.start_practice(user=user, paper=question.paper, chapter=question.chapter, size=1)
    services.answer_practice(attempt=attempt, position=1, response=response, now=now or timezone.now())


def _miss_all(user, count):
    """Miss ``count`` new questions at once: a mock exam of every live question in their paper,
    submitted with wrong answers."""
    questions = [factories.question(QuestionType.SINGLE, answer="A") for _ in range(count)]
    total = Question.objects.filter(paper=questions[0].paper, status=QuestionStatus.LIVE).count()
    blueprint = factories.blueprint([(QuestionType.SINGLE, total, 1)], pass_score=1, name=f"mock of {total}")
    attempt = services.start_mock_exam(user=user, blueprint=blueprint)
    services.submit_attempt(attempt_id=attempt.pk, answers={i: "B" for i in range(1, total + 1)})
    return questions


def _book(client, query=""):
    return client.get(reverse("exams:wrong_book") + query).content.decode()


def _entries(page):
    return re.findall(r'<details id="card-(\d+)"', page)


def test_a_missed_question_opens_onto_the_learners_answer_the_key_the_explanation_and_the_basis(client, learner):
    question = factories.question(QuestionType.SINGLE, answer="A")
    _miss(learner, question, "C")
    page = _book(client)
    n = question.external_id.split("-")[1].lstrip("0")
    assert f"EXPLANATION-SECRET-{n}" in page and f"LEGAL-BASIS-SECRET-{n}" in page
    assert re.search(r'<li class="is-key">\s*<span class="exam-options__key">A\.</span>', page)
    assert re.search(r'<li class="is-wrong">\s*<span class="exam-options__key">C\.</span>', page)
    assert "wrong 1 time ·" in page and "0 right in a row" in page


def test_an_answer_still_open_in_a_mock_exam_or_a_favourite_never_answered_shows_no_key(client, learner):
    question = factories.question(QuestionType.SINGLE, answer="D")
    client.post(reverse("exams:favourite", args=[question.pk]))  # favourited before ever answering it
    blueprint = factories.blueprint([(QuestionType.SINGLE, 1, 1)], pass_score=1)
    client.post(reverse("exams:start_mock", args=[blueprint.pk]))
    attempt = learner.exam_attempts.get()
    assert (
        client.post(reverse("exams:save_answer", args=[attempt.pk]), {"position": 1, "response": "B"}).status_code
        == 200
    )

    page = _book(client, "?show=favourites")
    assert _entries(page) == [str(ReviewCard.objects.get().pk)]
    assert "EXPLANATION-SECRET" not in page and "LEGAL-BASIS-SECRET" not in page and "is-key" not in page
    assert "You have not answered this question yet" in page

    client.post(reverse("exams:submit", args=[attempt.pk]))  # once the paper is submitted, the answer is graded
    page = _book(client, "?show=favourites")
    assert "EXPLANATION-SECRET" in page and "is-key" in page


def test_the_book_pages_and_filters_by_paper_with_a_constant_number_of_queries(
    client, learner, django_assert_max_num_queries
):
    ip_questions = _miss_all(learner, BOOK_PAGE_SIZE + 5)
    other_paper = Paper.objects.exclude(pk=ip_questions[0].paper_id).filter(chapters__isnull=False).first()
    other = factories.question(QuestionType.SINGLE, answer="A", paper=other_paper, chapter=other_paper.chapters.first())
    _miss(learner, other)
    assert ReviewCard.objects.filter(user=learner, in_wrong_book=True).count() == BOOK_PAGE_SIZE + 6

    _book(client)  # the first page view of a site also creates its settings row
    with django_assert_max_num_queries(14):
        first = _book(client)
    assert len(_entries(first)) == BOOK_PAGE_SIZE and "Page 1 of 2" in first
    second = _book(client, "?page=2")
    assert len(_entries(second)) == 6
    assert set(_entries(first)).isdisjoint(_entries(second))

    only_other = _book(client, f"?paper={other_paper.code}")
    assert _entries(only_other) == [str(ReviewCard.objects.get(question=other).pk)]
    assert f'<option value="{other_paper.code}" selected>' in only_other


def test_the_query_count_does_not_grow_with_the_book(client, learner, django_assert_max_num_queries):
    _miss_all(learner, 3)
    _book(client)
    with django_assert_max_num_queries(14) as few:
        _book(client)
    _miss_all(learner, 15)
    assert ReviewCard.objects.filter(user=learner).count() == 18
    with django_assert_max_num_queries(len(few.captured_queries)):
        _book(client)


def test_a_review_draws_from_one_paper_the_filtered_one_or_else_that_of_the_most_overdue_question(client, learner):
    ip_question = factories.question(QuestionType.SINGLE, answer="A")
    other_paper = Paper.objects.exclude(pk=ip_question.paper_id).filter(chapters__isnull=False).first()
    other = factories.question(QuestionType.SINGLE, answer="A", paper=other_paper, chapter=other_paper.chapters.first())
    _miss(learner, other, now=timezone.now() - timedelta(days=2))  # the most overdue
    _miss(learner, ip_question, now=timezone.now() - timedelta(days=1))

    client.post(reverse("exams:start_review"))
    review = learner.exam_attempts.latest("pk")
    assert review.paper == other_paper and [i.question for i in review.items.all()] == [other]

    assert f'name="paper" value="{ip_question.paper.code}"' in _book(client, f"?paper={ip_question.paper.code}")
    client.post(reverse("exams:start_review"), {"paper": ip_question.paper.code})
    review = learner.exam_attempts.latest("pk")
    assert review.paper == ip_question.paper and [i.question for i in review.items.all()] == [ip_question]
