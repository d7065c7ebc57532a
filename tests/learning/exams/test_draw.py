import random

import pytest

from learning.exams import services
from learning.exams.errors import ExamError
from learning.exams.models import BlueprintChapterWeight, DrawMode, QuestionStatus, QuestionType
from tests.factories import UserFactory

from . import factories

pytestmark = pytest.mark.django_db


def test_a_draw_has_the_blueprints_counts_no_repeats_and_follows_the_chapter_spread():
    for _ in range(12):
        factories.question(QuestionType.SINGLE, chapter_code="patent")
    for _ in range(12):
        factories.question(QuestionType.SINGLE, chapter_code="trademark")
    for _ in range(5):
        factories.question(QuestionType.MULTIPLE, chapter_code="copyright")
    factories.case(subs=3)
    factories.case(subs=3)
    factories.question(QuestionType.SINGLE, chapter_code="patent", status=QuestionStatus.DRAFT)
    bp = factories.blueprint([(QuestionType.SINGLE, 10, 1), (QuestionType.MULTIPLE, 4, 2), (QuestionType.CASE, 5, 2)])
    BlueprintChapterWeight.objects.create(blueprint=bp, chapter=factories.chapter("patent"), weight=70)
    BlueprintChapterWeight.objects.create(blueprint=bp, chapter=factories.chapter("trademark"), weight=30)

    picked = services.draw_paper(blueprint=bp, rng=random.Random(3))
    ids = [pk for _s, pk, _c in picked]
    assert len(ids) == len(set(ids)) == 19
    singles = [pk for s, pk, _c in picked if s.qtype == QuestionType.SINGLE]
    from learning.exams.models import Question

    chapters = list(Question.objects.filter(pk__in=singles).values_list("chapter__code", flat=True))
    assert chapters.count("patent") == 7 and chapters.count("trademark") == 3
    assert Question.objects.filter(pk__in=ids, status=QuestionStatus.LIVE).count() == 19
    cases = [c for s, _pk, c in picked if s.qtype == QuestionType.CASE]
    assert len(cases) == 5 and len(set(cases)) == 2  # two whole cases, the second trimmed


def test_a_bank_too_small_for_the_blueprint_is_named_in_the_error():
    factories.question(QuestionType.SINGLE)
    bp = factories.blueprint([(QuestionType.SINGLE, 5, 1)])
    with pytest.raises(ExamError, match="holds 1 live questions"):
        services.start_mock_exam(user=UserFactory(), blueprint=bp)


def test_a_fixed_paper_is_the_same_for_every_learner():
    for _ in range(20):
        factories.question(QuestionType.SINGLE)
    bp = factories.blueprint([(QuestionType.SINGLE, 5, 1)], draw_mode=DrawMode.FIXED)
    first = services.start_mock_exam(user=UserFactory(), blueprint=bp)
    second = services.start_mock_exam(user=UserFactory(), blueprint=bp)
    assert list(first.items.values_list("question_id", flat=True)) == list(
        second.items.values_list("question_id", flat=True)
    )


def test_the_next_start_follows_a_question_retired_or_edited_after_a_draw():
    """Each process keeps the blueprint's draw bank: any change to the bank starts a new one."""
    kept = factories.question(QuestionType.SINGLE, answer="A")
    retired = factories.question(QuestionType.SINGLE, answer="A")
    bp = factories.blueprint([(QuestionType.SINGLE, 1, 1)], pass_score=1)
    services.draw_paper(blueprint=bp)  # the bank is now kept

    retired.status = QuestionStatus.RETIRED
    retired.save()
    for seed in range(10):
        assert [pk for _s, pk, _c in services.draw_paper(blueprint=bp, rng=random.Random(seed))] == [kept.pk]

    kept.stem = "<p>改写后的题干</p>"
    kept.save()
    attempt = services.start_mock_exam(user=UserFactory(), blueprint=bp)
    assert attempt.items.get().version == kept.current_version and kept.current_version.number == 2


def test_a_changed_blueprint_section_applies_to_the_next_draw():
    for _ in range(4):
        factories.question(QuestionType.SINGLE)
    bp = factories.blueprint([(QuestionType.SINGLE, 1, 1)])
    assert len(services.draw_paper(blueprint=bp)) == 1
    section = bp.sections.get()
    section.count = 3
    section.save()
    assert len(services.draw_paper(blueprint=bp)) == 3
