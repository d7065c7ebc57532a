"""Kinds of written answer (case analysis / essay / drafting task) in the bank and in blueprint
sections, and blueprints the live bank cannot fill yet: every short section named with what is
missing, on the paper's page and in the admin instead of a start button that fails."""

import random

import pytest
from django.apps import apps
from django.core.exceptions import ValidationError
from django.urls import reverse

from learning.exams import services, structures
from learning.exams.errors import ExamError
from learning.exams.models import (
    Blueprint,
    BlueprintChapterWeight,
    BlueprintSection,
    Chapter,
    Paper,
    Question,
    QuestionType,
    WrittenKind,
)
from tests.factories import UserFactory

from . import factories

pytestmark = pytest.mark.django_db
CASE, ESSAY, DRAFTING = WrittenKind.CASE_ANALYSIS, WrittenKind.ESSAY, WrittenKind.DRAFTING


def senior_paper():
    return Paper.objects.get(code="ip-senior-practice")


def written(kind, chapter_code="protection", paper=None):
    paper = paper or senior_paper()
    return factories.question(
        QuestionType.WRITTEN,
        paper=paper,
        chapter=Chapter.objects.get(paper=paper, code=chapter_code),
        written_kind=kind,
    )


def test_a_written_section_that_asks_for_a_kind_draws_only_that_kind():
    cases = {written(CASE, code).pk for code in ("protection", "strategy", "creation-use", "protection", "strategy")}
    essays = {written(ESSAY, code).pk for code in ("protection", "strategy", "creation-use")}
    written(DRAFTING)
    bp = factories.blueprint(
        [
            (QuestionType.WRITTEN, 1, 20, CASE),
            (QuestionType.WRITTEN, 2, 25, CASE),
            (QuestionType.WRITTEN, 1, 30, ESSAY),
        ],
        paper=senior_paper(),
        pass_score=60,
    )
    for seed in range(25):
        picked = services.draw_paper(blueprint=bp, rng=random.Random(seed))
        ids = [pk for _s, pk, _c in picked]
        assert len(ids) == len(set(ids)) == 4
        assert set(ids[:3]) <= cases and ids[3] in essays, seed


def test_a_written_section_without_a_kind_takes_any_written_answer():
    ids = {written(CASE).pk, written(ESSAY).pk, written("").pk}
    bp = factories.blueprint([(QuestionType.WRITTEN, 3, 10)], paper=senior_paper())
    assert {pk for _s, pk, _c in services.draw_paper(blueprint=bp, rng=random.Random(1))} == ids


def test_the_seeded_senior_and_patent_practice_blueprints_ask_for_their_kinds():
    senior = Blueprint.objects.get(exam__code=structures.ECONOMIC_SENIOR, paper__code="ip-senior-practice")
    assert [(s.written_kind, s.count, s.points_each) for s in senior.sections.order_by("sort_order")] == [
        (CASE, 1, 20),
        (CASE, 2, 25),
        (ESSAY, 1, 30),
    ]
    assert senior.total_points == 100
    practice = Blueprint.objects.get(exam__code=structures.PATENT_ATTORNEY, paper__code="patent-agency-practice")
    assert [s.written_kind for s in practice.sections.all()] == [DRAFTING, DRAFTING]


def test_the_kinds_migration_step_fills_only_seeded_sections_without_a_kind():
    senior = Blueprint.objects.get(exam__code=structures.ECONOMIC_SENIOR)
    first, second, essay = senior.sections.order_by("sort_order")
    BlueprintSection.objects.filter(pk=first.pk).update(written_kind="")
    BlueprintSection.objects.filter(pk=second.pk).update(written_kind="", label="案例分析题（本地改写）")
    BlueprintSection.objects.filter(pk=essay.pk).update(written_kind=CASE)  # an administrator's choice
    structures.seed_written_kinds(apps)
    assert list(senior.sections.order_by("sort_order").values_list("written_kind", flat=True)) == [CASE, "", CASE]


def test_only_written_answers_and_written_sections_have_a_kind():
    single = factories.question(QuestionType.SINGLE)
    single.written_kind = ESSAY
    with pytest.raises(ValidationError) as error:
        single.full_clean()
    assert "written_kind" in error.value.message_dict
    section = BlueprintSection(
        blueprint=factories.blueprint([(QuestionType.SINGLE, 1, 1)]),
        qtype=QuestionType.SINGLE,
        written_kind=ESSAY,
        count=1,
        points_each=1,
    )
    with pytest.raises(ValidationError):
        section.full_clean()


def test_a_bank_too_small_is_reported_section_by_section_with_what_is_missing():
    for _ in range(3):
        factories.question(QuestionType.SINGLE, chapter_code="patent")
    factories.question(QuestionType.SINGLE, chapter_code="trademark")
    factories.question(QuestionType.MULTIPLE, chapter_code="patent")
    factories.case(subs=2)
    bp = factories.blueprint(
        [(QuestionType.SINGLE, 6, 1), (QuestionType.MULTIPLE, 1, 2), (QuestionType.CASE, 5, 2)], name="整卷"
    )
    BlueprintChapterWeight.objects.create(blueprint=bp, chapter=factories.chapter("patent"), weight=50)
    BlueprintChapterWeight.objects.create(blueprint=bp, chapter=factories.chapter("trademark"), weight=50)

    shortfalls = services.bank_shortfalls(blueprints=[bp])[bp.pk]
    assert [(s.section.qtype, s.needed, s.available, s.missing) for s in shortfalls] == [
        (QuestionType.SINGLE, 6, 4, 2),
        (QuestionType.CASE, 5, 2, 3),
    ]
    assert shortfalls[0].chapters == [("专利", 3, 3), ("商标", 1, 3)]
    with pytest.raises(ExamError) as error:
        services.start_mock_exam(user=UserFactory(), blueprint=bp)
    message = error.value.message
    assert "holds 4 live questions for “single”" in message and "needs 6, 2 missing" in message
    assert "needs 5 case sub-questions; the bank holds 2 live ones, 3 missing" in message


def test_sections_of_one_type_share_the_bank_when_counting_what_is_missing():
    for _ in range(3):
        written(CASE)
    written(ESSAY)
    bp = factories.blueprint(
        [
            (QuestionType.WRITTEN, 1, 20, CASE),
            (QuestionType.WRITTEN, 3, 25, CASE),
            (QuestionType.WRITTEN, 1, 30, ESSAY),
        ],
        paper=senior_paper(),
    )
    [shortfall] = services.bank_shortfalls(blueprints=[bp])[bp.pk]
    assert (shortfall.section.count, shortfall.available, shortfall.missing) == (3, 2, 1)
    assert "Case analysis (written)" in shortfall.message()


def test_the_shortfall_count_agrees_with_the_draw_when_the_bank_just_suffices():
    for _ in range(4):
        written(CASE)
    written(ESSAY)
    bp = factories.blueprint(
        [
            (QuestionType.WRITTEN, 1, 20, CASE),
            (QuestionType.WRITTEN, 3, 25, CASE),
            (QuestionType.WRITTEN, 1, 30, ESSAY),
        ],
        paper=senior_paper(),
    )
    assert services.bank_shortfalls(blueprints=[bp])[bp.pk] == []
    assert len(services.draw_paper(blueprint=bp)) == 5


def test_two_case_sections_never_share_a_case():
    for _ in range(3):
        factories.case(subs=2)
    bp = factories.blueprint([(QuestionType.CASE, 2, 2), (QuestionType.CASE, 4, 2)])
    for seed in range(10):
        picked = services.draw_paper(blueprint=bp, rng=random.Random(seed))
        ids = [pk for _s, pk, _c in picked]
        assert len(ids) == len(set(ids)) == 6


def test_the_paper_page_lists_what_is_missing_instead_of_a_start_button(client, django_assert_max_num_queries):
    for _ in range(3):
        factories.question(QuestionType.SINGLE)
    full = factories.blueprint([(QuestionType.SINGLE, 50, 1)], name="整卷模拟")
    short = factories.blueprint([(QuestionType.SINGLE, 2, 1)], name="短卷练习")
    client.force_login(UserFactory())
    url = reverse("exams:paper", args=["ip-practice"])
    with django_assert_max_num_queries(30):
        body = client.get(url).content.decode()
    assert "This paper cannot be drawn yet" in body and "needs 50, 47 missing" in body
    assert reverse("exams:start_mock", args=[short.pk]) in body
    assert reverse("exams:start_mock", args=[full.pk]) not in body
    for _ in range(30):
        factories.question(QuestionType.SINGLE, chapter_code="trademark")
    with django_assert_max_num_queries(30):
        assert "needs 50, 17 missing" in client.get(url).content.decode()


def test_the_admin_bank_coverage_page_shows_each_blueprint(client):
    factories.question(QuestionType.SINGLE)
    factories.blueprint([(QuestionType.SINGLE, 1, 1)], name="能抽的卷")
    client.force_login(UserFactory(is_superuser=True))
    body = client.get(reverse("exams_coverage:index")).content.decode()
    assert "能抽的卷" in body and "高级经济实务（知识产权）" in body
    # the admin speaks the administrator's language (Simplified Chinese by default)
    assert ("Essay" in body and "Drafting task" in body) or ("论述题" in body and "撰写题" in body)
    assert "This paper cannot be drawn yet" in body or "暂时无法组卷" in body  # the seeded full papers


def test_the_admin_lists_questions_by_kind_of_written_answer(client):
    essay = written(ESSAY)
    case = written(CASE)
    client.force_login(UserFactory(is_superuser=True))
    body = client.get(reverse("wagtailsnippets_exams_question:list"), {"written_kind": ESSAY}).content.decode()
    assert essay.external_id in body and case.external_id not in body
    assert Question.objects.filter(written_kind=ESSAY).count() == 1
