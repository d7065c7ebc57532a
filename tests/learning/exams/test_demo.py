import random
import re

import pytest
from django.urls import reverse

from learning.accounts import demo as accounts_demo
from learning.exams import demo, services, structures
from learning.exams.errors import ExamError
from learning.exams.models import (
    Attempt,
    AttemptStatus,
    Blueprint,
    ExamPlan,
    PaperPass,
    Question,
    QuestionStatus,
    QuestionType,
    ReadinessSnapshot,
    ReviewCard,
    WrittenKind,
    answer_problems,
)
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_the_demo_bank_is_large_consistent_and_explained():
    rows = demo.bank_rows()
    questions = [row for row in rows if row["qtype"] != QuestionType.CASE]
    assert len(questions) >= 200
    assert len({row["external_id"] for row in rows}) == len(rows)
    for row in rows:
        options = {key: row[f"option_{key.lower()}"] for key in "ABCDEFGH"}
        assert answer_problems(row["qtype"], row["answer"], options) == [], row["external_id"]
        if row["qtype"] != QuestionType.CASE:
            assert row["legal_basis"], row["external_id"]
            assert row["explanation"] or row["rubric"], row["external_id"]
    laws = " ".join(row["legal_basis"] for row in rows)
    for law in ("专利法", "商标法", "著作权法", "反不正当竞争法"):
        assert laws.count(law) >= 5, law
    assert sum("检索" in row["stem"] or "导航" in row["stem"] or "分类" in row["stem"] for row in rows) >= 5


def test_the_demo_is_idempotent_and_gives_the_learner_a_history():
    accounts_demo.build()
    demo.build()
    count = Question.objects.count()
    learner_attempts = Attempt.objects.filter(user__email=demo.LEARNER_EMAIL).count()
    demo.build()
    assert Question.objects.count() == count >= 205
    assert Attempt.objects.filter(user__email=demo.LEARNER_EMAIL).count() == learner_attempts == 9
    assert Question.objects.filter(status=QuestionStatus.LIVE).count() == count
    assert Attempt.objects.filter(user__email=demo.LEARNER_EMAIL, mode="mock", status=AttemptStatus.GRADED).count() == 3
    assert ReviewCard.objects.filter(user__email=demo.LEARNER_EMAIL, in_wrong_book=True).exists()
    assert ReadinessSnapshot.objects.filter(user__email=demo.LEARNER_EMAIL).count() >= 5
    assert ExamPlan.objects.filter(user__email=demo.LEARNER_EMAIL).exists() and PaperPass.objects.exists()
    from learning.accounts.models import User

    editor = User.objects.get(email="editor@example.cn")
    assert editor.has_perm("exams.change_question") and not editor.has_perm("exams.publish_question")


def test_the_full_ip_paper_can_be_drawn_from_the_demo_bank():
    accounts_demo.build()
    demo.build()
    blueprint = Blueprint.objects.get(name="知识产权专业知识和实务（初级）")
    picked = services.draw_paper(blueprint=blueprint)
    assert len(picked) == 100 and len({pk for _s, pk, _c in picked}) == 100


def test_the_economics_paper_has_a_bank_in_every_chapter_with_explanations_and_sources():
    rows = [row for row in demo.bank_rows() if row["paper_code"] == "economics-basics"]
    singles = [row for row in rows if row["qtype"] == QuestionType.SINGLE]
    multiples = [row for row in rows if row["qtype"] == QuestionType.MULTIPLE]
    assert len(singles) >= 75 and len(multiples) >= 38 and len(singles) + len(multiples) == len(rows)
    chapters = {code for code, *_rest in structures.CHAPTERS["economics-basics"]}
    assert {row["chapter_code"] for row in singles} == {row["chapter_code"] for row in multiples} == chapters
    share = {code: sum(row["chapter_code"] == code for row in rows) / len(rows) for code in chapters}
    assert 0.2 <= share["economics"] <= 0.3 and all(0.1 <= share[code] <= 0.2 for code in chapters - {"economics"})
    for row in rows:
        options = [row[f"option_{key}"] for key in "abcdefgh" if row[f"option_{key}"]]
        assert row["point"] and row["explanation"] and row["legal_basis"], row["external_id"]
        assert 4 <= len(options) <= 5 and row["difficulty"] in (1, 2, 3), row["external_id"]
        if row["qtype"] == QuestionType.MULTIPLE:
            assert 2 <= len(row["answer"]) <= 4, row["external_id"]
        if row["chapter_code"] == "law":
            assert row["legal_basis"].startswith(("民法典第", "公司法第")), row["external_id"]
        if row["chapter_code"] == "accounting" and not row["legal_basis"].startswith("会计学"):
            assert row["legal_basis"].startswith("企业会计准则——基本准则第"), row["external_id"]


def test_both_economics_papers_and_the_short_practice_paper_can_be_drawn_and_sat():
    from learning.accounts.models import User

    accounts_demo.build()
    demo.build()
    learner = User.objects.get(email=demo.LEARNER_EMAIL)
    chapters = {code for code, *_rest in structures.CHAPTERS["economics-basics"]}
    blueprints = list(Blueprint.objects.filter(paper__code="economics-basics").order_by("time_limit_minutes", "name"))
    assert [(b.name, b.question_count, b.total_points) for b in blueprints] == [
        ("经济基础知识 · 30分钟随堂测", 35, 45),
        ("经济基础知识（中级）", 105, 140),
        ("经济基础知识（初级）", 105, 140),
    ]
    assert services.bank_shortfalls(blueprints=blueprints) == {b.pk: [] for b in blueprints}
    for blueprint in blueprints:
        for seed in range(5):
            picked = services.draw_paper(blueprint=blueprint, rng=random.Random(seed))
            ids = [pk for _s, pk, _c in picked]
            assert len(ids) == len(set(ids)) == blueprint.question_count
            assert set(Question.objects.filter(pk__in=ids).values_list("chapter__code", flat=True)) == chapters
        attempt = services.start_mock_exam(user=learner, blueprint=blueprint)
        items = list(attempt.items.select_related("version"))
        assert len(items) == blueprint.question_count and attempt.max_score == blueprint.total_points
        assert [item.version.qtype for item in items].count(QuestionType.MULTIPLE) == blueprint.sections.get(
            qtype=QuestionType.MULTIPLE
        ).count
        services.save_answer(attempt=attempt, position=1, response=items[0].version.answer)
        assert services.submit_attempt(attempt_id=attempt.pk).status == AttemptStatus.GRADED


def test_the_written_papers_can_be_drawn_and_sat_as_mock_exams():
    from learning.accounts.models import User

    accounts_demo.build()
    demo.build()
    learner = User.objects.get(email=demo.LEARNER_EMAIL)
    for name in ("高级经济实务（知识产权）", "专利代理实务"):
        blueprint = Blueprint.objects.get(name=name)
        attempt = services.start_mock_exam(user=learner, blueprint=blueprint)
        items = list(attempt.items.select_related("version"))
        assert len(items) == blueprint.question_count and len({i.question_id for i in items}) == len(items)
        assert all(item.version.qtype == QuestionType.WRITTEN and item.version.rubric for item in items)
        assert attempt.max_score == blueprint.total_points
        services.save_answer(attempt=attempt, position=1, text="独立权利要求：……")
        attempt = services.submit_attempt(attempt_id=attempt.pk)
        assert attempt.status == AttemptStatus.AWAITING_MARKING


def test_every_sme_module_of_the_demo_ends_a_lesson_with_a_self_check():
    from cms import demo as cms_demo
    from courses import demo as courses_demo
    from courses.models import CoursePage, LessonPage

    cms_demo.build()
    courses_demo.build()
    modules = CoursePage.objects.filter(code__startswith="QY-1", access="public")
    assert modules.count() == 14, "QY-101 … QY-114"
    for course in modules:
        blocks = [
            b for lesson in LessonPage.objects.child_of(course) for b in lesson.body if b.block_type == "self_check"
        ]
        assert len(blocks) == 1, course.code
        questions = blocks[0].value["practice_set"].live_questions()
        assert len(questions) >= 3 and all(q.paper.code == "sme-knowledge" for q in questions), course.code
        assert all(q.explanation and q.legal_basis for q in questions), course.code


RUBRIC_POINT = re.compile(r"^要点(\d+) \S[^（]*（(\d+)分）：\S")


def test_every_written_demo_question_has_a_kind_and_a_rubric_of_named_points_that_add_up():
    written = [row for row in demo.bank_rows() if row["qtype"] == QuestionType.WRITTEN]
    assert len(written) >= 12
    for row in written:
        assert row["written_kind"] in WrittenKind.values, row["external_id"]
        lines = row["rubric"].splitlines()
        points = [RUBRIC_POINT.match(line) for line in lines[:-1]]
        assert len(points) >= 3 and all(points), (row["external_id"], lines)
        assert [int(p.group(1)) for p in points] == list(range(1, len(points) + 1)), row["external_id"]
        total = re.match(r"^满分(\d+)分", lines[-1])
        assert total and sum(int(p.group(2)) for p in points) == int(total.group(1)), row["external_id"]
    kinds = [row["written_kind"] for row in written if row["paper_code"] == "ip-senior-practice"]
    assert kinds.count(WrittenKind.CASE_ANALYSIS) >= 4 and kinds.count(WrittenKind.ESSAY) >= 2
    assert {row["written_kind"] for row in written if row["paper_code"] == "patent-agency-practice"} == {
        WrittenKind.DRAFTING
    }


def test_the_senior_paper_draws_exactly_three_case_analyses_and_one_essay_from_the_demo_bank(client):
    accounts_demo.build()
    demo.build()
    blueprint = Blueprint.objects.get(name="高级经济实务（知识产权）")
    for seed in range(20):
        picked = services.draw_paper(blueprint=blueprint, rng=random.Random(seed))
        kinds = list(
            Question.objects.filter(pk__in=[pk for _s, pk, _c in picked]).values_list("written_kind", flat=True)
        )
        assert sorted(kinds) == sorted([WrittenKind.CASE_ANALYSIS] * 3 + [WrittenKind.ESSAY]), seed
        assert [s.written_kind for s, _pk, _c in picked] == [WrittenKind.CASE_ANALYSIS] * 3 + [WrittenKind.ESSAY]
        assert Question.objects.get(pk=picked[3][1]).written_kind == WrittenKind.ESSAY
    # the reviewer's marking screen shows the named rubric points, one a line, and no learner's name
    from learning.accounts.models import User

    learner = User.objects.get(email=demo.LEARNER_EMAIL)
    attempt = services.start_mock_exam(user=learner, blueprint=blueprint)
    services.save_answer(attempt=attempt, position=4, text="论述：……")
    services.submit_attempt(attempt_id=attempt.pk)
    item = attempt.items.get(position=4)
    client.force_login(User.objects.filter(is_superuser=True).first() or UserFactory(is_superuser=True))
    page = client.get(reverse("exams_marking:mark", args=[item.pk])).content.decode()
    assert "要点1 " in page and "<br>要点2 " in page and learner.email not in page


def test_the_patent_attorney_knowledge_papers_have_short_practice_papers_and_the_full_ones_say_what_is_missing():
    from learning.accounts.models import User

    accounts_demo.build()
    demo.build()
    learner = User.objects.get(email=demo.LEARNER_EMAIL)
    for code in ("patent-law", "related-law"):
        short = Blueprint.objects.get(paper__code=code, time_limit_minutes=30)
        full = Blueprint.objects.get(paper__code=code, exam__code="patent-attorney", time_limit_minutes__gt=30)
        picked = services.draw_paper(blueprint=short)
        assert len(picked) == short.question_count == 20 and len({pk for _s, pk, _c in picked}) == 20
        questions = Question.objects.filter(pk__in=[pk for _s, pk, _c in picked])
        assert all(q.explanation and q.legal_basis for q in questions), code
        attempt = services.start_mock_exam(user=learner, blueprint=short)
        assert attempt.max_score == short.total_points == 25
        shortfalls = services.bank_shortfalls(blueprints=[full])[full.pk]
        assert shortfalls and all(s.missing > 0 for s in shortfalls), code
        for shortfall in shortfalls:
            available = Question.objects.filter(
                paper__code=code, status=QuestionStatus.LIVE, qtype=shortfall.section.qtype, parent__isnull=True
            ).count()
            assert shortfall.available == available and shortfall.missing == shortfall.section.count - available
        with pytest.raises(ExamError, match="missing"):
            services.draw_paper(blueprint=full)


BANK_TEXT = """
## ip-practice | patent | 专利申请
001 S|第一题？|甲;乙|A|解析一。|专利法第一条|1
003 S|后来插入的一题？|甲;乙|B|解析三。|专利法第三条|1
002 S|第二题？|甲;乙|A|解析二。|专利法第二条|1
"""


def test_a_bank_questions_id_comes_from_its_number_not_its_position():
    rows = demo.parse("X", BANK_TEXT)
    assert [(r["external_id"], r["legal_basis"]) for r in rows] == [
        ("ZS-X-001", "专利法第一条"),
        ("ZS-X-003", "专利法第三条"),  # inserted above 002 without taking its id
        ("ZS-X-002", "专利法第二条"),
    ]


def test_a_bank_line_without_a_number_or_with_a_used_one_stops_the_demo_with_a_message():
    with pytest.raises(ValueError, match="starts with its number"):
        demo.parse("X", "## ip-practice | patent | 专利申请\nS|无编号？|甲;乙|A|解析。|依据|1")
    with pytest.raises(ValueError, match="002 is used twice"):
        demo.parse("X", BANK_TEXT + "002 S|重复编号？|甲;乙|A|解析。|依据|1\n")


def test_every_demo_bank_numbers_its_questions_uniquely():
    ids = [row["external_id"] for row in demo.bank_rows()]
    assert len(ids) == len(set(ids)) >= 400


def test_the_demo_leaves_a_senior_mock_in_the_reviewers_marking_queue_without_the_candidates_name(client):
    candidate = UserFactory(email=demo.SENIOR_CANDIDATE_EMAIL, display_name="讲师 周芳")
    demo.build()
    demo.build()
    attempt = Attempt.objects.get(user=candidate)
    assert attempt.status == AttemptStatus.AWAITING_MARKING and not attempt.auto_submitted
    items = list(attempt.items.select_related("version"))
    assert len(items) == 4 and all(item.version.qtype == QuestionType.WRITTEN for item in items)
    for item in items:
        assert item.text_response.startswith("（1）") and item.score is None
        points = [line for line in item.version.rubric.splitlines() if line.startswith("要点")]
        assert len(item.text_response.splitlines()) == len(points) - 1  # one point left out to mark down

    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    queue = client.get(reverse("exams_marking:index")).content.decode()
    assert queue.count(reverse("exams_marking:mark", args=[items[0].pk])) >= 1
    assert "周芳" not in queue and candidate.email not in queue
