import pytest

from learning.accounts import demo as accounts_demo
from learning.exams import demo, services
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
    answer_problems,
)

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
