import pytest
from django.urls import reverse

from learning.exams import analysis, services
from learning.exams.models import AttemptStatus, DrawMode, QuestionType
from tests.factories import UserFactory

from . import factories

pytestmark = pytest.mark.django_db


def test_item_analysis_matches_a_hand_computed_example():
    """Five candidates, four single-choice items of 1 point (keys A, B, C, D).

    answers        Q1 Q2 Q3 Q4   total
    L1             A  B  C  A    3
    L2             A  B  D  A    2
    L3             A  C  D  D    2
    L4             B  C  C  D    2
    L5             A  C  D  D    2
    mean 2.2, population sd = √(0.8/5) = 0.4
    Q1: p = 0.8, M1 = 2.25, M0 = 2   → r = 0.25/0.4 · √(0.8·0.2) = 0.25
    Q2: p = 0.4, M1 = 2.5,  M0 = 2   → r = 0.5/0.4 · √(0.4·0.6) = 0.6124
    Q4: p = 0.6, M1 = 2,    M0 = 2.5 → r = −0.5/0.4 · √0.24 = −0.6124, and the wrong option A was
        chosen by L1 and L2 (mean total 2.5) against the key's 2: "key may be wrong".
    """
    questions = [factories.question(QuestionType.SINGLE, answer=key) for key in "ABCD"]
    bp = factories.blueprint([(QuestionType.SINGLE, 4, 1)], pass_score=3, draw_mode=DrawMode.FIXED)
    sheets = ["ABCA", "ABDA", "ACDD", "BCCD", "ACDD"]
    for sheet in sheets:
        attempt = services.start_mock_exam(user=UserFactory(), blueprint=bp)
        for item in attempt.items.all():
            services.save_answer(
                attempt=attempt, position=item.position, response=sheet[questions.index(item.question)]
            )
        services.submit_attempt(attempt_id=attempt.pk)
    stats = analysis.item_statistics(paper=bp.paper)
    q1, q2, q3, q4 = (stats[q.pk] for q in questions)
    assert q1["answers"] == 5 and q1["difficulty"] == pytest.approx(0.8)
    assert q1["discrimination"] == pytest.approx(0.25)
    assert q2["difficulty"] == pytest.approx(0.4) and q2["discrimination"] == pytest.approx(0.612372, abs=1e-6)
    assert q3["discrimination"] == pytest.approx(0.612372, abs=1e-6)
    assert q4["discrimination"] == pytest.approx(-0.612372, abs=1e-6)
    assert q4["options"] == {"A": 2, "D": 3} and q1["options"] == {"A": 4, "B": 1}
    assert any("negative" in flag for flag in q4["flags"]) and any("key may be wrong" in flag for flag in q4["flags"])
    assert q1["flags"] == [] and q2["flags"] == []


def test_the_item_analysis_page_lists_flagged_questions_first(client):
    questions = [factories.question(QuestionType.SINGLE, answer=key) for key in "ABCD"]
    bp = factories.blueprint([(QuestionType.SINGLE, 4, 1)], pass_score=3, draw_mode=DrawMode.FIXED)
    for sheet in ["ABCA", "ABDA", "ACDD", "BCCD", "ACDD"]:
        attempt = services.start_mock_exam(user=UserFactory(), blueprint=bp)
        for item in attempt.items.all():
            services.save_answer(
                attempt=attempt, position=item.position, response=sheet[questions.index(item.question)]
            )
        services.submit_attempt(attempt_id=attempt.pk)
    client.force_login(UserFactory(is_superuser=True))
    body = client.get(reverse("exams_analysis:index"), {"paper": "ip-practice"}).content.decode()
    assert body.index(questions[3].external_id) < body.index(questions[0].external_id)
    assert "-0.61" in body


def test_a_reviewer_marks_a_written_answer_without_seeing_the_learners_name(client):
    learner = UserFactory(display_name="张三丰", email="zhangsan@example.cn")
    factories.question(QuestionType.WRITTEN, chapter_code="copyright")
    bp = factories.blueprint([(QuestionType.WRITTEN, 1, 30)], pass_score=18)
    attempt = services.start_mock_exam(user=learner, blueprint=bp)
    services.save_answer(attempt=attempt, position=1, text="合理使用的判断应考虑……")
    services.submit_attempt(attempt_id=attempt.pk)
    item = attempt.items.get()

    client.force_login(UserFactory(is_superuser=True, display_name="阅卷人"))
    queue = client.get(reverse("exams_marking:index")).content.decode()
    page = client.get(reverse("exams_marking:mark", args=[item.pk])).content.decode()
    for body in (queue, page):
        assert "张三丰" not in body and "zhangsan" not in body
    assert "合理使用的判断应考虑" in page and "RUBRIC-SECRET" in page
    too_high = client.post(reverse("exams_marking:mark", args=[item.pk]), {"score": "31", "comment": ""})
    assert too_high.status_code == 200
    response = client.post(reverse("exams_marking:mark", args=[item.pk]), {"score": "21.5", "comment": "论证完整"})
    assert response.status_code == 302
    attempt.refresh_from_db()
    assert (attempt.status, attempt.score, attempt.passed) == (AttemptStatus.GRADED, 21.5, True)


def test_marking_needs_the_reviewer_permission(client):
    client.force_login(UserFactory())
    assert client.get(reverse("exams_marking:index")).status_code in (302, 403)
