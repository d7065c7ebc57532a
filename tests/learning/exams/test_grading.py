from decimal import Decimal

import pytest

from learning.exams.models import QuestionType
from learning.exams.services import grade_response

D = Decimal


@pytest.mark.parametrize(
    ("qtype", "key", "response", "expected", "correct"),
    [
        (QuestionType.SINGLE, "B", "B", D(1), True),
        (QuestionType.SINGLE, "B", "C", D(0), False),
        (QuestionType.SINGLE, "B", "", D(0), False),
        (QuestionType.TRUE_FALSE, "T", "T", D(1), True),
        (QuestionType.TRUE_FALSE, "T", "F", D(0), False),
    ],
)
def test_single_choice_and_true_false_score_all_or_nothing(qtype, key, response, expected, correct):
    assert grade_response(qtype=qtype, key=key, response=response, points=1) == (expected, correct)


@pytest.mark.parametrize("qtype", [QuestionType.MULTIPLE, QuestionType.INDEFINITE])
@pytest.mark.parametrize(
    ("response", "expected", "correct"),
    [
        ("ACD", D(2), True),  # all right options: full marks
        ("AC", D("1.0"), False),  # two of three right, none wrong: 0.5 each
        ("D", D("0.5"), False),  # one right option: 0.5
        ("ACB", D(0), False),  # any wrong option: 0
        ("B", D(0), False),
        ("", D(0), False),
    ],
)
def test_multiple_and_indefinite_choice_follow_the_partial_credit_rule(qtype, response, expected, correct):
    assert grade_response(
        qtype=qtype, key="ACD", response="".join(sorted(response)), points=2, partial_per_option=D("0.5")
    ) == (
        expected,
        correct,
    )


def test_partial_credit_never_exceeds_the_item_points():
    score, correct = grade_response(
        qtype=QuestionType.INDEFINITE, key="ABCDE", response="ABCD", points=1, partial_per_option=D("0.5")
    )
    assert (score, correct) == (D(1), False)


def test_the_partial_credit_per_option_is_the_blueprints_figure():
    assert grade_response(qtype=QuestionType.MULTIPLE, key="ABC", response="A", points=2, partial_per_option=D("0.25"))[
        0
    ] == D("0.25")
