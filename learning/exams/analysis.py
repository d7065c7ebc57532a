"""Item analysis of submitted mock exams: difficulty, point-biserial discrimination, option choices.

Classical test theory, over every graded auto-marked item of a paper's submitted mock exams:
- difficulty p = share of answers fully right;
- discrimination r_pb = (M1 − M0) / s · √(p·q), where M1 and M0 are the mean attempt totals of those
  who got the item right and wrong, s the population standard deviation of all those totals, q = 1 − p;
- option frequencies: how often each letter was part of an answer (blank answers counted apart).
A question is flagged when r_pb < 0, or when the stronger half of the candidates chose a wrong option
more often than the key (a sign that the key may be wrong)."""

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
    ranked = sorted(answers, key=lambda row: totals[row[0]], reverse=True)
    upper = ranked[: max(1, n // 2)]
    upper_counts = defaultdict(int)
    for _attempt, _correct, response, _key in upper:
        for letter in response or "":
            upper_counts[letter] += 1
    key_count = min((upper_counts.get(letter, 0) for letter in key), default=0)
    suspicious = [letter for letter, count in upper_counts.items() if letter not in key and count > key_count]
    flags = []
    if n >= MIN_ANSWERS_FOR_FLAGS:
        if r_pb is not None and r_pb < 0:
            flags.append(_("negative discrimination"))
        if suspicious:
            flags.append(
                _("key may be wrong: the stronger half prefer %(letters)s") % {"letters": ", ".join(sorted(suspicious))}
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
