"""Two tabs (or a double click and the timer) submitting the same paper at the same moment."""

import threading

import pytest
from django.db import connection

from learning.exams import services
from learning.exams.models import Attempt, AttemptStatus, QuestionType, ReviewCard
from tests.factories import UserFactory

from . import factories

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def test_simultaneous_submissions_grade_the_attempt_once():
    from django.apps import apps

    from learning.exams import structures

    structures.seed(apps)
    for _ in range(6):
        factories.question(QuestionType.SINGLE, answer="A")
    blueprint = factories.blueprint([(QuestionType.SINGLE, 6, 1)], pass_score=3)
    attempt = services.start_mock_exam(user=UserFactory(), blueprint=blueprint)
    services.save_answer(attempt=attempt, position=1, response="A")
    services.save_answer(attempt=attempt, position=2, response="B")

    barrier, results, errors = threading.Barrier(4), [], []

    def submit():
        try:
            barrier.wait()
            results.append(services.submit_attempt(attempt_id=attempt.pk).submitted_at)
        except Exception as error:  # noqa: BLE001 - collected and asserted below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=submit) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len(set(results)) == 1
    attempt.refresh_from_db()
    assert attempt.status == AttemptStatus.GRADED and attempt.score == 1
    assert ReviewCard.objects.filter(user=attempt.user).count() == 5
    assert Attempt.objects.count() == 1


def test_a_self_check_sent_twice_at_the_same_moment_is_stored_once():
    from django.apps import apps

    from learning.exams import structures

    structures.seed_knowledge(apps)  # an earlier transactional test may have flushed the seeded paper
    questions = [factories.knowledge_question(QuestionType.SINGLE, answer="B") for _ in range(3)]
    quiz = factories.practice_set(questions, pass_percent=60)
    user = UserFactory()
    answers = {questions[0].pk: "A", questions[1].pk: "B", questions[2].pk: "B"}
    barrier, results, errors = threading.Barrier(4), [], []

    def check():
        try:
            barrier.wait()
            attempt, _items = services.check_practice_set(practice_set=quiz, answers=answers, user=user, token="tab")
            results.append(attempt.pk)
        except Exception as error:  # noqa: BLE001 - collected and asserted below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=check) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len(set(results)) == 1 and Attempt.objects.filter(user=user).count() == 1
    assert ReviewCard.objects.get(user=user).question == questions[0]
