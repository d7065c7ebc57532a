"""Exam preparation: drawing a paper from a 10,000-question bank, grading a 100-question attempt,
the autosave endpoint and the results page, single process, through services and Django's test client.

The bank is built with bulk inserts (questions and their first versions) in the benchmark's own
database; a learner sits the full 100-question 《知识产权专业知识和实务》 blueprint."""

import random
import statistics
import time

from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext

BANK_SIZE = 10_000
RUNS = 30


def _timings(fn, runs):
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        timings.append((time.perf_counter() - started) * 1000)
    timings.sort()
    return timings


def _row(name, timings, queries):
    return {
        "name": name,
        "requests": len(timings),
        "median_ms": statistics.median(timings),
        "p95_ms": timings[max(0, int(len(timings) * 0.95) - 1)],
        "queries": queries,
    }


@transaction.atomic
def build_bank(size=BANK_SIZE, seed=7):
    """Add ``size`` live questions to 《知识产权专业知识和实务》: 60 % single, 20 % multiple, 10 % true/false,
    10 % in cases of four indefinite-choice sub-questions."""
    from learning.exams import services
    from learning.exams.models import Chapter, Paper, Question, QuestionStatus, QuestionType, QuestionVersion

    rng = random.Random(seed)
    paper = Paper.objects.get(code="ip-practice")
    chapters = list(Chapter.objects.filter(paper=paper, only_for__isnull=True))
    questions = []
    cases = size // 50
    for n in range(size - cases * 4):
        kind = rng.random()
        qtype = (
            QuestionType.SINGLE if kind < 0.67 else QuestionType.MULTIPLE if kind < 0.89 else QuestionType.TRUE_FALSE
        )
        answer = {
            "single": rng.choice("ABCD"),
            "multiple": "".join(sorted(rng.sample("ABCDE", rng.randint(2, 4)))),
            "true_false": rng.choice("TF"),
        }[qtype]
        options = (
            {}
            if qtype == QuestionType.TRUE_FALSE
            else {f"option_{k}": f"选项{k.upper()}{n}" for k in "abcde"[: 5 if qtype == QuestionType.MULTIPLE else 4]}
        )
        questions.append(
            Question(
                external_id=f"BENCH-{n:05d}",
                paper=paper,
                chapter=rng.choice(chapters),
                qtype=qtype,
                stem=f"<p>基准测试题 {n}</p>",
                answer=answer,
                explanation=f"解析 {n}",
                legal_basis="专利法第二十二条",
                status=QuestionStatus.LIVE,
                **options,
            )
        )
    case_texts = [
        Question(
            external_id=f"BENCH-CASE-{n:04d}",
            paper=paper,
            chapter=rng.choice(chapters),
            qtype=QuestionType.CASE,
            stem=f"<p>案例 {n}</p>",
            status=QuestionStatus.LIVE,
        )
        for n in range(cases)
    ]
    Question.objects.bulk_create(questions + case_texts, batch_size=1000)
    subs = []
    for case in Question.objects.filter(external_id__startswith="BENCH-CASE-"):
        for position in range(1, 5):
            subs.append(
                Question(
                    external_id=f"{case.external_id}-{position}",
                    paper=paper,
                    chapter=case.chapter,
                    qtype=QuestionType.INDEFINITE,
                    parent=case,
                    position=position,
                    stem="<p>小题</p>",
                    option_a="甲",
                    option_b="乙",
                    option_c="丙",
                    option_d="丁",
                    answer="AB",
                    status=QuestionStatus.LIVE,
                )
            )
    Question.objects.bulk_create(subs, batch_size=1000)
    created = list(Question.objects.filter(external_id__startswith="BENCH-"))
    versions = [
        QuestionVersion(
            question=q,
            number=1,
            qtype=q.qtype,
            stem=q.stem,
            options=[list(o) for o in q.options()],
            answer=q.answer,
            explanation=q.explanation,
            legal_basis=q.legal_basis,
            content_hash=q.content_hash(),
        )
        for q in created
    ]
    QuestionVersion.objects.bulk_create(versions, batch_size=1000)
    by_question = dict(
        QuestionVersion.objects.filter(question__external_id__startswith="BENCH-").values_list("question_id", "pk")
    )
    for q in created:
        q.current_version_id = by_question[q.pk]
    Question.objects.bulk_update(created, ["current_version"], batch_size=1000)
    services.bank_changed()  # bulk writes send no signals: start a new bank generation by hand
    return len(created)


def run():
    from learning.accounts.models import User
    from learning.exams import services
    from learning.exams.models import Attempt, Blueprint, Question

    if not Question.objects.filter(external_id__startswith="BENCH-").exists():
        build_bank()
    bank = Question.objects.exclude(qtype="case").count()
    blueprint = Blueprint.objects.get(name="知识产权专业知识和实务（初级）")
    rng = random.Random(1)
    results = []

    def cold_draw():  # a new bank generation: the process reads the bank again, as after any edit
        services.bank_changed()
        return services.draw_paper(blueprint=blueprint, rng=rng)

    timings = _timings(cold_draw, RUNS)
    with CaptureQueriesContext(connection) as queries:
        cold_draw()
    results.append(_row(f"draw a 100-question paper from a {bank:,}-question bank", timings, len(queries)))
    timings = _timings(lambda: services.draw_paper(blueprint=blueprint, rng=rng), RUNS)
    with CaptureQueriesContext(connection) as queries:
        services.draw_paper(blueprint=blueprint, rng=rng)
    results.append(_row("the same draw from the bank the process keeps (unchanged bank)", timings, len(queries)))

    user, _ = User.objects.get_or_create(email="bench-learner@example.cn", defaults={"display_name": "基准学员"})
    attempts = []
    for _ in range(RUNS):
        attempt = services.start_mock_exam(user=user, blueprint=blueprint, rng=rng)
        for item in attempt.items.select_related("version"):
            options = [key for key, _text in item.version.display_options()]
            item.response = rng.choice(options)
        attempt.items.model.objects.bulk_update(list(attempt.items.all()), ["response"])
        services.submit_attempt(attempt_id=attempt.pk)  # closes it so the next start draws a new paper
        attempts.append(attempt)
    Attempt.objects.filter(pk__in=[a.pk for a in attempts]).update(status="in_progress", score=None, submitted_at=None)

    from learning.exams.models import AttemptItem
    from learning.exams.services import _grade_items

    graded = iter(attempts)

    def grade_only():
        attempt = next(graded)
        items = list(AttemptItem.objects.filter(attempt=attempt).select_related("version"))
        _grade_items(attempt, items)

    with CaptureQueriesContext(connection) as queries:
        timings = _timings(grade_only, RUNS)
    results.append(_row("grade a 100-question attempt (load, score, save)", timings, len(queries) // RUNS))

    submitting = iter(attempts)

    def submit():
        services.submit_attempt(attempt_id=next(submitting).pk)

    with CaptureQueriesContext(connection) as queries:
        timings = _timings(submit, RUNS)
    results.append(
        _row("submit a 100-question attempt (grade, wrong-answer book, readiness)", timings, len(queries) // RUNS)
    )

    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(user)
    attempt = services.start_mock_exam(user=user, blueprint=blueprint, rng=rng)
    url = f"/exams/attempts/{attempt.pk}/save/"
    positions = list(attempt.items.filter(version__qtype="single").values_list("position", flat=True))

    def save():
        response = client.post(url, {"position": rng.choice(positions), "response": rng.choice("ABCD")})
        assert response.status_code == 200, response.content

    save()
    timings = _timings(save, 300)
    with CaptureQueriesContext(connection) as queries:
        save()
    results.append(_row("autosave one answer `POST /exams/attempts/<id>/save/`", timings, len(queries)))

    page = f"/exams/attempts/{attempt.pk}/"
    client.get(page)
    timings = _timings(lambda: client.get(page), 50)
    with CaptureQueriesContext(connection) as queries:
        client.get(page)
    results.append(_row("100-question mock exam page `GET /exams/attempts/<id>/`", timings, len(queries)))

    services.submit_attempt(attempt_id=attempt.pk)
    result = f"/exams/attempts/{attempt.pk}/result/"
    client.get(result)
    timings = _timings(lambda: client.get(result), 50)
    with CaptureQueriesContext(connection) as queries:
        client.get(result)
    results.append(_row("100-question results page `GET /exams/attempts/<id>/result/`", timings, len(queries)))
    return results
