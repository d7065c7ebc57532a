import pytest
from django.core.exceptions import ValidationError

from learning.exams import services
from learning.exams.models import Blueprint, Exam, Paper, QuestionStatus, QuestionType
from tests.factories import UserFactory

from . import factories

pytestmark = pytest.mark.django_db


def test_the_real_exam_structures_are_seeded_as_editable_data():
    ip = Blueprint.objects.get(name="知识产权专业知识和实务（初级）")
    assert (ip.time_limit_minutes, ip.pass_score, ip.total_points) == (90, 84, 140)
    assert [(s.qtype, s.count, s.points_each) for s in ip.sections.all()] == [
        ("single", 60, 1),
        ("multiple", 20, 2),
        ("case", 20, 2),
    ]
    basics = Blueprint.objects.get(name="经济基础知识（中级）")
    assert (basics.total_points, basics.question_count) == (140, 105)
    senior = Blueprint.objects.get(paper__code="ip-senior-practice")
    assert (senior.time_limit_minutes, senior.total_points, senior.pass_score) == (180, 100, 60)
    assert Exam.objects.get(code="ip-intermediate").validity_years == 2
    assert Exam.objects.get(code="patent-attorney").validity_years == 3
    assert {p.name for p in Exam.objects.get(code="patent-attorney").papers.all()} == {
        "专利法律知识",
        "相关法律知识",
        "专利代理实务",
    }
    assert sum(s.points for s in Blueprint.objects.get(name="专利法律知识").sections.all()) == 150
    ip.time_limit_minutes = 100
    ip.save()
    assert Blueprint.objects.get(pk=ip.pk).time_limit_minutes == 100
    assert Paper.objects.get(code="ip-practice").chapters.filter(only_for__code="ip-intermediate").count() == 1


@pytest.mark.parametrize(
    ("qtype", "answer", "options", "fragment"),
    [
        (QuestionType.SINGLE, "AB", 4, "exactly one answer"),
        (QuestionType.SINGLE, "E", 4, "no text"),
        (QuestionType.MULTIPLE, "A", 4, "at least two right"),
        (QuestionType.SINGLE, "", 4, "missing"),
        (QuestionType.SINGLE, "A", 1, "at least two options"),
    ],
)
def test_an_inconsistent_answer_key_is_refused_with_a_reason(qtype, answer, options, fragment):
    question = factories.question(
        qtype, answer="A" if qtype != QuestionType.MULTIPLE else "AB", status=QuestionStatus.DRAFT
    )
    question.answer = answer
    for key in "ABCDEFGH"[options:]:
        setattr(question, f"option_{key.lower()}", "")
    with pytest.raises(ValidationError) as error:
        question.full_clean()
    assert fragment in str(error.value)


def test_editing_a_live_question_does_not_change_an_attempt_already_taken():
    question = factories.question(QuestionType.SINGLE, answer="A")
    bp = factories.blueprint([(QuestionType.SINGLE, 1, 1)], pass_score=1)
    user = UserFactory()
    attempt = services.start_mock_exam(user=user, blueprint=bp)
    services.save_answer(attempt=attempt, position=1, response="A")
    services.submit_attempt(attempt_id=attempt.pk)
    first_version = question.current_version

    question.stem = "<p>改写后的题干</p>"
    question.answer = "B"
    question.save()

    item = attempt.items.get()
    assert question.current_version.number == 2
    assert item.version == first_version
    assert item.version.answer == "A" and "改写" not in item.version.stem
    assert attempt.items.get().score == 1


def test_saving_without_a_content_change_keeps_the_version():
    question = factories.question()
    question.difficulty = 5
    question.save()
    assert question.versions.count() == 1
