"""Item analysis of submitted mock exams: difficulty, point-biserial discrimination, option choices.

Classical test theory, over every graded auto-marked item of a paper's submitted mock exams:
- difficulty p = share of answers fully right;
- discrimination r_pb = (M1 − M0) / s · √(p·q), where M1 and M0 are the mean attempt totals of those
  who got the item right and wrong, s the population standard deviation of all those totals, q = 1 − p;
- option frequencies: how often each letter was part of an answer (blank answers counted apart).
A question is flagged when r_pb < 0, or when a wrong option chosen by at least a fifth of the candidates
(and two or more) was chosen by candidates with a higher mean total than those who chose the key (a
sign that the key may be wrong)."""

import math
from collections import defaultdict

from django.utils.translation import gettext as _

from .models import AttemptItem, AttemptMode, AttemptStatus, QuestionType

MIN_ANSWERS_FOR_FLAGS = 5


def item_statistics(*, paper=None, questions=None, attempts=None):
    """Figures per question id. ``attempts`` may be a queryset of attempts to restrict to (a cohort)."""
    items = AttemptItem.objects.filter(
        attempt__mode=AttemptMode.MOCK, attempt__status=AttemptStatus.GRADED, is_correct__isnull=False
    ).exclude(version__qtype=QuestionType.WRITTEN)
    if paper is not None:
        items = items.filter(attempt__paper=paper)
    if questions is not None:
        items = items.filter(question__in=questions)
    if attempts is not None:
        items = items.filter(attempt__in=attempts)
    rows = list(
        items.values_list("question_id", "attempt_id", "attempt__score", "is_correct", "response", "version__answer")
    )
    totals = {attempt: float(score or 0) for _q, attempt, score, *_rest in rows}
    by_question = defaultdict(list)
    for question_id, attempt_id, _score, correct, response, key in rows:
        by_question[question_id].append((attempt_id, correct, response, key))
    return {question_id: _figures(answers, totals) for question_id, answers in by_question.items()}


def _figures(answers, totals):
    n = len(answers)
    scores = [totals[attempt] for attempt, *_ in answers]
    right = [totals[attempt] for attempt, correct, *_ in answers if correct]
    wrong = [totals[attempt] for attempt, correct, *_ in answers if not correct]
    p = len(right) / n
    mean = sum(scores) / n
    sd = math.sqrt(sum((x - mean) ** 2 for x in scores) / n)
    if right and wrong and sd > 0:
        r_pb = (sum(right) / len(right) - sum(wrong) / len(wrong)) / sd * math.sqrt(p * (1 - p))
    else:
        r_pb = None
    options, blank = defaultdict(int), 0
    for _attempt, _correct, response, _key in answers:
        if not response:
            blank += 1
        for letter in response or "":
            options[letter] += 1
    key = answers[-1][3]
    choosers = defaultdict(list)
    for attempt, _correct, response, _key in answers:
        for letter in response or "":
            choosers[letter].append(totals[attempt])
    key_mean = sum(sum(choosers[letter]) / len(choosers[letter]) for letter in key if choosers[letter]) / max(
        1, sum(1 for letter in key if choosers[letter])
    )
    suspicious = [
        letter
        for letter, scores in choosers.items()
        if letter not in key and len(scores) >= max(2, n * 0.2) and sum(scores) / len(scores) > key_mean
    ]
    flags = []
    if n >= MIN_ANSWERS_FOR_FLAGS:
        if r_pb is not None and r_pb < 0:
            flags.append(_("negative discrimination"))
        if suspicious:
            flags.append(
                _("key may be wrong: stronger candidates chose %(letters)s")
                % {"letters": ", ".join(sorted(suspicious))}
            )
    return {
        "answers": n,
        "difficulty": p,
        "discrimination": r_pb,
        "options": dict(sorted(options.items())),
        "blank": blank,
        "key": key,
        "flags": flags,
    }


def cohort_results(*, viewer_user, paper):
    """Graded mock exams of one paper grouped by the learners' institution (and its region), limited
    to the administrator's scope through learning.talent.scope (the one place that decides it).
    Learners without a talent profile belong to no institution and are not shown to anyone but
    national administrators, who see them as one row."""
    from django.db.models import Avg, Count, Q

    from learning.talent import scope

    from .models import Attempt

    attempts = Attempt.objects.filter(paper=paper, mode=AttemptMode.MOCK, status=AttemptStatus.GRADED)
    attempts = scope.by_person(viewer_user, attempts, path="user__talent_person")
    rows = (
        attempts.values(
            "user__talent_person__institution__name",
            "user__talent_person__institution__region__name",
            "user__talent_person__institution__province__name",
        )
        .annotate(
            learners=Count("user", distinct=True),
            attempts=Count("pk"),
            passed=Count("pk", filter=Q(passed=True)),
            average=Avg("score"),
        )
        .order_by("user__talent_person__institution__province__name", "user__talent_person__institution__name")
    )
    return [
        {
            "institution": row["user__talent_person__institution__name"] or _("No institution on record"),
            "region": row["user__talent_person__institution__region__name"] or "",
            "province": row["user__talent_person__institution__province__name"] or "",
            "learners": row["learners"],
            "attempts": row["attempts"],
            "pass_rate": row["passed"] / row["attempts"] if row["attempts"] else 0,
            "average": row["average"],
        }
        for row in rows
    ]
