import pytest
from django.urls import reverse

from learning.exams.models import Attempt, AttemptStatus, QuestionType, ReviewCard

from . import factories

pytestmark = pytest.mark.django_db


def test_chapter_practice_gives_feedback_after_each_answer_and_never_before(client, learner):
    questions = [factories.question(QuestionType.SINGLE, answer="A", chapter_code="copyright") for _ in range(3)]
    factories.question(QuestionType.SINGLE, chapter_code="patent")  # another chapter: not drawn
    chapter = factories.chapter("copyright")
    response = client.post(reverse("exams:start_practice", args=["ip-practice"]), {"chapter": chapter.pk})
    attempt = Attempt.objects.get(user=learner)
    assert response["Location"] == reverse("exams:attempt", args=[attempt.pk])
    assert attempt.items.count() == 3
    secrets = [q.explanation for q in questions] + [q.legal_basis for q in questions]
    for position in (1, 2, 3):
        page = client.get(reverse("exams:attempt", args=[attempt.pk])).content.decode()
        assert not any(secret in page for secret in secrets)
        item = attempt.items.select_related("version").get(position=position)
        response = "A" if position != 2 else "B"
        feedback = client.post(
            reverse("exams:answer_practice", args=[attempt.pk]), {"position": position, "response": response}
        ).content.decode()
        assert item.version.explanation in feedback and item.version.legal_basis in feedback
        others = [s for s in secrets if s not in (item.version.explanation, item.version.legal_basis)]
        assert not any(secret in feedback for secret in others)
    attempt.refresh_from_db()
    assert attempt.status == AttemptStatus.GRADED and attempt.score == 2
    assert client.get(reverse("exams:attempt", args=[attempt.pk]))["Location"] == reverse(
        "exams:result", args=[attempt.pk]
    )
    missed = attempt.items.get(position=2).question
    assert ReviewCard.objects.get(user=learner, in_wrong_book=True).question == missed


def test_answering_the_same_practice_question_twice_keeps_the_first_answer(client, learner):
    factories.question(QuestionType.SINGLE, answer="A", chapter_code="copyright")
    factories.question(QuestionType.SINGLE, answer="A", chapter_code="copyright")
    client.post(reverse("exams:start_practice", args=["ip-practice"]), {"chapter": factories.chapter("copyright").pk})
    attempt = Attempt.objects.get(user=learner)
    url = reverse("exams:answer_practice", args=[attempt.pk])
    client.post(url, {"position": 1, "response": "B"})
    client.post(url, {"position": 1, "response": "A"})
    assert attempt.items.get(position=1).response == "B"


def test_practice_without_an_answer_asks_for_one(client, learner):
    factories.question(QuestionType.SINGLE, chapter_code="copyright")
    client.post(reverse("exams:start_practice", args=["ip-practice"]), {"chapter": factories.chapter("copyright").pk})
    attempt = Attempt.objects.get(user=learner)
    response = client.post(reverse("exams:answer_practice", args=[attempt.pk]), {"position": 1}, follow=True)
    assert attempt.items.get(position=1).answered_at is None
    assert response.status_code == 200 and "alert--error" in response.content.decode()


def test_an_empty_chapter_says_so(client, learner):
    response = client.post(
        reverse("exams:start_practice", args=["ip-practice"]),
        {"chapter": factories.chapter("plant-variety").pk},
        follow=True,
    )
    assert "alert--error" in response.content.decode()
    assert not Attempt.objects.exists()


def test_the_learner_pages_render(client, learner):
    factories.question(QuestionType.SINGLE)
    for name in ("exams:dashboard", "exams:wrong_book", "exams:readiness", "exams:plan"):
        assert client.get(reverse(name)).status_code == 200
    assert client.get(reverse("exams:paper", args=["ip-practice"])).status_code == 200


def test_pages_need_a_signed_in_learner(client):
    response = client.get(reverse("exams:dashboard"))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
