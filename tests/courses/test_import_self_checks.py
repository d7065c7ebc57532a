"""Self-check quizzes and final quizzes in course imports (docs/import-courses.md, "Self-checks")."""

import json

import pytest
from openpyxl import Workbook

from courses.importers import COURSE_COLUMNS, LESSON_COLUMNS, import_courses
from courses.models import CoursePage, LessonPage
from learning.exams.models import PracticeSet, Question, QuestionStatus
from tests.learning.exams import factories

pytestmark = pytest.mark.django_db

INLINE = {
    "key": "QY-901-1",
    "type": "single",
    "stem": "企业自己开发的点子，在申请专利前发到朋友圈会怎样？",
    "options": ["没有影响", "可能破坏新颖性", "专利期限缩短", "必须改申请外观设计"],
    "answer": "B",
    "explanation": "申请日以前已经公开的技术属于现有技术，自己公开也会破坏新颖性。",
    "legal_basis": "专利法第二十二条",
    "chapter": "patent",
}


def _course(blocks, code="QY-901", **changes):
    course = {
        "code": code,
        "title": "企业专利入门",
        "summary": "简介。",
        "access": "public",
        "audience": "sme",
        "lessons": [
            {"title": "先申请后公开", "minutes": 10, "blocks": [{"type": "paragraph", "value": "<p>正文</p>"}, *blocks]}
        ],
    }
    course.update(changes)
    return course


def _block(questions, **changes):
    return {
        "type": "self_check",
        "set": "qy-901-check",
        "title": "自测：先申请后公开",
        **changes,
        "questions": questions,
    }


def _import(courses, **options):
    return import_courses(rows=[("courses", n, c) for n, c in enumerate(courses, start=1)], **options)


def test_a_self_check_with_inline_and_bank_questions_imports_into_the_lesson(catalog):
    bank = factories.knowledge_question("true_false", answer="T")
    report = _import([_course([_block([INLINE, bank.external_id], pass_percent=80)])], publish=True)
    assert report.ok, report.problems
    practice_set = PracticeSet.objects.get(key="qy-901-check")
    assert practice_set.title == "自测：先申请后公开" and practice_set.pass_percent == 80
    inline = Question.objects.get(external_id="QY-901-1")
    assert (
        inline.paper.code == "sme-knowledge"
        and inline.chapter.code == "patent"
        and inline.status == QuestionStatus.LIVE
    )
    assert [q.external_id for q in practice_set.live_questions()] == ["QY-901-1", bank.external_id]
    lesson = LessonPage.objects.get()
    assert [b.block_type for b in lesson.body] == ["paragraph", "self_check"]
    assert lesson.body[1].value["practice_set"] == practice_set


def test_a_draft_import_sends_inline_questions_to_review_and_reimport_updates_in_place(catalog):
    assert _import([_course([_block([INLINE])])]).ok
    assert Question.objects.get(external_id="QY-901-1").status == QuestionStatus.IN_REVIEW
    changed = dict(INLINE, explanation="新的解析。")
    assert _import([_course([_block([changed])])], publish=True).ok
    question = Question.objects.get(external_id="QY-901-1")
    assert question.explanation == "新的解析。" and question.status == QuestionStatus.LIVE
    assert PracticeSet.objects.count() == 1 and Question.objects.count() == 1


def test_a_block_can_reuse_a_set_defined_elsewhere_and_a_course_can_name_its_final_quiz(catalog):
    courses = [
        _course([_block([INLINE], pass_percent=60)], final_quiz="qy-901-check"),
        _course([{"type": "self_check", "set": "qy-901-check", "heading": "再练一次"}], code="QY-902"),
    ]
    report = _import(courses, publish=True)
    assert report.ok, report.problems
    first, second = CoursePage.objects.order_by("code")
    assert first.final_quiz.key == "qy-901-check" and second.final_quiz is None
    lesson = LessonPage.objects.child_of(second).get()
    assert lesson.body[1].value["heading"] == "再练一次"


@pytest.mark.parametrize(
    ("block", "column", "message"),
    [
        ({"type": "self_check", "set": "no-such-set"}, "blocks[2].set", "no practice set with key 'no-such-set'"),
        ({"type": "self_check", "set": "bad key!"}, "blocks[2].set", "is not a practice set key"),
        (_block([]), "blocks[2].questions", "non-empty list"),
        (_block([INLINE], title=""), "blocks[2].title", "required"),
        (_block([INLINE], pass_percent=120), "blocks[2].pass_percent", "from 1 to 100"),
        (_block(["NO-SUCH-Q"]), "blocks[2].questions[1]", "no question with key 'NO-SUCH-Q'"),
        (_block([dict(INLINE, answer="E")]), "blocks[2].questions[1].answer", "names an option that has no text"),
        (_block([dict(INLINE, answer="AB")]), "blocks[2].questions[1].answer", "exactly one answer"),
        (_block([dict(INLINE, type="essay")]), "blocks[2].questions[1].type", "'essay' is not one of"),
        (_block([dict(INLINE, stem="")]), "blocks[2].questions[1].stem", "required"),
        (_block([dict(INLINE, explanation="")]), "blocks[2].questions[1].explanation", "required"),
        (_block([dict(INLINE, chapter="finance")]), "blocks[2].questions[1].chapter", "not a knowledge-module chapter"),
        (_block([dict(INLINE, options=["只有一个"])]), "blocks[2].questions[1].options", "at least two options"),
        (
            _block([dict(INLINE, type="true_false", answer="对")]),
            "blocks[2].questions[1].options",
            "has no options",
        ),
        (_block([INLINE, INLINE]), "blocks[2].questions[2].key", "defined twice"),
        (_block([dict(INLINE, key="")]), "blocks[2].questions[1].key", "required"),
    ],
)
def test_each_bad_self_check_is_reported_with_its_row_and_column_and_nothing_is_written(
    catalog, block, column, message
):
    report = _import([_course([]), _course([block], code="QY-902")])
    assert not report.ok
    assert any(p.row == 2 and p.column == f"lessons[1].{column}" and message in p.message for p in report.problems), (
        report.problems
    )
    assert not CoursePage.objects.exists() and not PracticeSet.objects.exists()
    assert not Question.objects.filter(external_id="QY-901-1").exists()


def test_bank_questions_that_cannot_be_self_checks_are_refused(catalog):
    written = factories.question("written")
    draft = factories.knowledge_question(status="draft")
    exam_question = factories.question("single")
    report = _import(
        [_course([_block([written.external_id, draft.external_id, dict(INLINE, key=exam_question.external_id)])])]
    )
    messages = [(p.column, p.message) for p in report.problems]
    assert (
        "lessons[1].blocks[2].questions[1]",
        f"{written.external_id} is a written question; a self-check holds single, multiple, true_false or indefinite questions that stand alone",
    ) in messages
    assert any("is not live (draft)" in m for _c, m in messages)
    assert any(c.endswith("questions[3].key") and "is an exam question" in m for c, m in messages)


def test_a_final_quiz_must_exist_and_have_a_pass_mark(catalog):
    report = _import([_course([_block([INLINE])], final_quiz="qy-901-check")])
    assert [str(p) for p in report.problems] == [
        "courses row 1, final_quiz: the practice set 'qy-901-check' has no pass_percent, which a final quiz needs"
    ]


def test_a_set_defined_twice_in_one_file_is_an_error(catalog):
    report = _import([_course([_block([INLINE])]), _course([_block([dict(INLINE, key="QY-902-1")])], code="QY-902")])
    assert any("defined twice (first at courses row 1, lessons[1].blocks[2])" in p.message for p in report.problems)


def test_an_xlsx_lesson_can_place_an_existing_self_check(catalog, tmp_path):
    factories.practice_set([factories.knowledge_question()], key="qy-ready", pass_percent=50)
    workbook = Workbook()
    courses = workbook.active
    courses.title = "courses"
    courses.append([*COURSE_COLUMNS, "final_quiz"])
    courses.append(
        [
            "QY-950",
            "表格课程",
            "简介",
            "",
            "sme",
            "intro",
            "self_paced",
            "0.5",
            "0",
            "public",
            "zh-hans",
            "",
            "",
            "",
            "qy-ready",
        ]
    )
    lessons = workbook.create_sheet("lessons")
    lessons.append([*LESSON_COLUMNS, "self_check"])
    lessons.append(["QY-950", 1, "第一讲", 10, "yes", "正文", "qy-ready"])
    path = tmp_path / "courses.xlsx"
    workbook.save(path)
    report = import_courses(path=path, publish=True)
    assert report.ok, report.problems
    course = CoursePage.objects.get(code="QY-950")
    assert course.final_quiz.key == "qy-ready"
    assert LessonPage.objects.child_of(course).get().body[1].value["practice_set"].key == "qy-ready"


def test_the_documented_self_check_example_imports(catalog):
    with open("docs/examples/courses-self-check.json", encoding="utf-8") as handle:
        data = json.load(handle)
    report = import_courses(rows=[("courses", n, c) for n, c in enumerate(data["courses"], start=1)], dry_run=True)
    assert report.ok, report.problems
