import json
import re
from datetime import date, timedelta
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone

from learning.exams import services
from learning.exams.errors import ExamError
from learning.exams.models import Attempt, Exam, Paper, QuestionType, ReadinessSnapshot, ReviewCard
from tests.factories import UserFactory

from . import factories

pytestmark = pytest.mark.django_db


def _practise(user, question, response, now):
    attempt = services.start_practice(user=user, paper=question.paper, chapter=question.chapter, size=1)
    services.answer_practice(attempt=attempt, position=1, response=response, now=now)


def test_a_missed_question_is_scheduled_by_fsrs_and_leaves_the_book_after_three_right_in_a_row():
    user = UserFactory()
    question = factories.question(QuestionType.SINGLE, answer="A", chapter_code="geographical-indication")
    now = timezone.now()
    _practise(user, question, "B", now)
    card = ReviewCard.objects.get(user=user, question=question)
    assert card.in_wrong_book and card.times_wrong == 1
    assert card.due == now + timedelta(minutes=10)  # FSRS learning step after "Again"
    assert services.due_today_count(user=user, now=now) in (0, 1)
    assert services.due_today_count(user=user, now=now + timedelta(minutes=11)) == 1

    dues = []
    moment = now
    for _ in range(3):
        moment = max(moment, card.due) + timedelta(minutes=1)
        _practise(user, question, "A", moment)
        card.refresh_from_db()
        dues.append(card.due - moment)
    assert dues[0] < dues[1] < dues[2]  # each right answer pushes the next review further out
    assert dues[2] >= timedelta(days=1)
    assert card.correct_streak == 3 and not card.in_wrong_book
    assert card.fsrs_card["stability"] > 0


def test_a_wrong_answer_resets_the_streak():
    user = UserFactory()
    question = factories.question(QuestionType.SINGLE, answer="A", chapter_code="geographical-indication")
    now = timezone.now()
    _practise(user, question, "B", now)
    _practise(user, question, "A", now + timedelta(hours=1))
    _practise(user, question, "C", now + timedelta(hours=2))
    card = ReviewCard.objects.get()
    assert (card.correct_streak, card.times_wrong, card.in_wrong_book) == (0, 2, True)


def test_the_wrong_answer_book_shows_what_is_due_and_starts_a_review(client):
    user = UserFactory()
    client.force_login(user)
    question = factories.question(QuestionType.SINGLE, answer="A", chapter_code="geographical-indication")
    _practise(user, question, "B", timezone.now() - timedelta(hours=1))
    page = client.get(reverse("exams:wrong_book")).content.decode()
    assert "1" in page and question.current_version.stem[3:10] in page
    response = client.post(reverse("exams:start_review"))
    review = Attempt.objects.latest("pk")
    assert response["Location"] == reverse("exams:attempt", args=[review.pk])
    assert review.items.get().question == question
    with pytest.raises(ExamError):
        ReviewCard.objects.update(due=timezone.now() + timedelta(days=3))
        services.start_review(user=user)


def test_favourites_are_kept_apart_from_the_wrong_answer_book(client):
    user = UserFactory()
    client.force_login(user)
    question = factories.question(QuestionType.SINGLE)
    client.post(reverse("exams:favourite", args=[question.pk]))
    card = ReviewCard.objects.get()
    assert card.is_favourite and not card.in_wrong_book
    assert (
        question.current_version.stem[3:10]
        in client.get(reverse("exams:wrong_book") + "?show=favourites").content.decode()
    )


def test_readiness_predicts_the_score_from_chapter_mastery_and_explains_it(client):
    user = UserFactory()
    paper = Paper.objects.get(code="ip-practice")
    empty = services.readiness(user=user, paper=paper)
    assert empty["predicted_score"] == 70 and empty["evidence_points"] == 0  # 50 % prior of 140 points
    strong = [factories.question(QuestionType.SINGLE, answer="A", chapter_code="patent") for _ in range(10)]
    weak = [factories.question(QuestionType.SINGLE, answer="A", chapter_code="trademark") for _ in range(10)]
    for question in strong:
        _practise(user, question, "A", timezone.now())
    for question in weak:
        _practise(user, question, "B", timezone.now())
    figures = services.readiness(user=user, paper=paper)
    mastery = {row["chapter"].code: row["mastery"] for row in figures["chapters"]}
    assert mastery["patent"] == Decimal("12.5") / 15 and mastery["trademark"] == Decimal("2.5") / 15
    assert figures["weakest"].code == "trademark"
    expected = (
        sum(
            Decimal(w) * mastery[c]
            for c, w in {
                "ip-basics": 10,
                "patent": 30,
                "trademark": 20,
                "copyright": 15,
                "geographical-indication": 5,
                "trade-secret-ic": 10,
                "plant-variety": 5,
            }.items()
        )
        / 95
        * 140
    )
    assert abs(figures["predicted_score"] - expected) < Decimal("0.1")
    assert ReadinessSnapshot.objects.filter(user=user, paper=paper).count() == 1
    client.force_login(user)
    page = client.get(reverse("exams:readiness")).content.decode()
    assert "vendor/echarts-6.1.0/echarts.min.js" in page and "readiness-data" in page
    data = json.loads(re.search(r'<script id="readiness-data" type="application/json">(.*?)</script>', page).group(1))
    series = next(row for row in data if row["id"] == paper.pk)["points"]
    assert len(series) == 1 and series[0][2] == 84.0  # [day, predicted score, pass line]
    assert "商标" in page


def test_the_exam_plan_shows_passed_papers_and_their_validity_window(client):
    user = UserFactory()
    client.force_login(user)
    exam = Exam.objects.get(code="ip-intermediate")
    today = timezone.localdate()
    response = client.post(
        reverse("exams:plan"), {"plan-exam": exam.pk, "plan-target_date": (today + timedelta(days=60)).isoformat()}
    )
    assert response.status_code == 302
    basics = Paper.objects.get(code="economics-basics")
    client.post(reverse("exams:plan"), {"pass-exam": exam.pk, "pass-paper": basics.pk, "pass-year": today.year - 1})
    status = services.exam_plan_status(user=user, today=today)
    papers = {row["paper"].code: row for row in status[0]["papers"]}
    assert papers["economics-basics"]["valid"] and papers["ip-practice"]["pass"] is None
    assert status[0]["window_closes"] == today.year  # passed last year, valid for two consecutive years
    assert not papers["economics-basics"]["pass"].is_valid(date(today.year + 1, 6, 1))
    page = client.get(reverse("exams:plan")).content.decode()
    assert str(today.year) in page


def test_a_plan_in_the_past_and_a_future_pass_are_refused():
    user = UserFactory()
    exam = Exam.objects.get(code="ip-intermediate")
    with pytest.raises(ExamError):
        services.set_exam_plan(user=user, exam=exam, target_date=timezone.localdate() - timedelta(days=1))
    with pytest.raises(ExamError):
        services.record_paper_pass(
            user=user, exam=exam, paper=Paper.objects.get(code="economics-basics"), year=timezone.localdate().year + 1
        )
    with pytest.raises(ExamError):
        services.record_paper_pass(user=user, exam=exam, paper=Paper.objects.get(code="patent-law"), year=2024)


def test_the_plan_warns_when_a_pass_stops_counting_before_the_planned_exam_and_says_when_all_are_passed(client):
    user = UserFactory()
    client.force_login(user)
    exam = Exam.objects.get(code="ip-intermediate")  # passes count for two consecutive years
    basics, practice = Paper.objects.get(code="economics-basics"), Paper.objects.get(code="ip-practice")
    today = timezone.localdate()
    services.record_paper_pass(user=user, exam=exam, paper=basics, year=today.year - 1)  # counts until this year

    services.set_exam_plan(user=user, exam=exam, target_date=date(today.year + 1, 11, 15))
    [row] = services.exam_plan_status(user=user, today=today)
    assert [r["paper"] for r in row["expiring"]] == [basics] and row["remaining"] == [practice]
    assert not row["complete"] and not row["window_open_later"]  # the window closes with this year's exam

    services.set_exam_plan(user=user, exam=exam, target_date=date(today.year, 12, 31))
    [row] = services.exam_plan_status(user=user, today=today)
    assert row["expiring"] == [] and row["window_closes"] == today.year

    services.record_paper_pass(user=user, exam=exam, paper=practice, year=today.year)
    [row] = services.exam_plan_status(user=user, today=today)
    assert row["complete"] and row["remaining"] == []

    page = client.get(reverse("exams:plan")).content.decode()
    assert "Every paper of this exam is passed" in page and "Pass the remaining papers" not in page


def test_the_plan_page_says_which_pass_would_have_to_be_sat_again(client):
    user = UserFactory()
    client.force_login(user)
    exam = Exam.objects.get(code="ip-intermediate")
    this_year = timezone.localdate().year
    basics = Paper.objects.get(code="economics-basics")
    services.record_paper_pass(user=user, exam=exam, paper=basics, year=this_year)  # counts until next year
    services.set_exam_plan(user=user, exam=exam, target_date=date(this_year + 2, 6, 1))
    page = client.get(reverse("exams:plan")).content.decode()
    assert f"counts until the {this_year + 1} exam, so for the {this_year + 2} exam you would sit it again" in page
    assert f"pass the remaining papers by the {this_year + 1} exam and plan for that one" in page


def test_the_dashboards_countdown_warns_of_a_pass_that_stops_counting_before_the_planned_exam(client):
    user = UserFactory()
    client.force_login(user)
    exam = Exam.objects.get(code="ip-intermediate")
    today = timezone.localdate()
    services.set_exam_plan(user=user, exam=exam, target_date=date(today.year + 1, 11, 15))
    assert "stops counting" not in client.get(reverse("exams:dashboard")).content.decode()
    basics = Paper.objects.get(code="economics-basics")
    services.record_paper_pass(user=user, exam=exam, paper=basics, year=today.year - 1)  # counts until this year
    page = client.get(reverse("exams:dashboard")).content.decode()
    assert "1 passed paper stops counting before then" in page and reverse("exams:plan") in page
