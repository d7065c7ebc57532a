"""manage.py import_courses: JSON and .xlsx, whole-file validation, dry runs, drafts, re-import."""

import io
import json

import pytest
from django.core.management import CommandError, call_command
from openpyxl import Workbook

from courses.importers import COURSE_COLUMNS, import_courses
from courses.models import CoursePage, Instructor, LessonPage

pytestmark = pytest.mark.django_db


def _course(code="ZL-901", **changes):
    course = {
        "code": code,
        "title": "专利检索报告的阅读与使用",
        "summary": "读懂检索报告。",
        "outcomes": ["说明X、Y、A类文件的含义"],
        "audience": "staff",
        "level": "intermediate",
        "hours_professional": "2.0",
        "access": "registered",
        "topics": ["patent-search"],
        "instructors": ["li-na"],
        "lessons": [
            {"title": "检索报告的结构", "minutes": 20, "blocks": [{"type": "paragraph", "value": "<p>对比文件。</p>"}]},
            {
                "title": "向企业解释结论",
                "minutes": 15,
                "required": False,
                "blocks": [{"type": "key_points", "items": ["先看结论"]}],
            },
        ],
    }
    course.update(changes)
    return course


@pytest.fixture
def instructor(db):
    return Instructor.objects.create(name="李娜", key="li-na", institution="某省知识产权保护中心")


@pytest.fixture
def write_json(tmp_path):
    def write(courses):
        path = tmp_path / "courses.json"
        path.write_text(json.dumps({"courses": courses}, ensure_ascii=False), encoding="utf-8")
        return path

    return write


def test_the_documented_example_file_imports(catalog, topics):
    report = import_courses(path="docs/examples/courses.json", dry_run=True)

    assert report.ok, report.problems
    assert report.created == ["ZL-901"]


def test_a_clean_file_creates_draft_courses_and_lessons(catalog, topics, instructor, write_json):
    call_command("import_courses", str(write_json([_course()])), stdout=io.StringIO())

    course = CoursePage.objects.get(code="ZL-901")
    assert not course.live and course.has_unpublished_changes
    revision = course.latest_revision.as_object()
    assert revision.title == "专利检索报告的阅读与使用"
    assert [t.slug for t in revision.topics.all()] == ["patent-search"]
    lessons = LessonPage.objects.child_of(course).order_by("path")
    assert [lesson.latest_revision.as_object().title for lesson in lessons] == ["检索报告的结构", "向企业解释结论"]
    assert [lesson.slug for lesson in lessons] == ["lesson-1", "lesson-2"]


def test_publish_makes_courses_live_with_their_lessons_and_hours(catalog, topics, instructor, write_json):
    import_courses(path=write_json([_course()]), publish=True)

    course = CoursePage.objects.get(code="ZL-901")
    assert course.live and str(course.hours_total) == "2.0"
    assert [lesson.title for lesson in course.lessons] == ["检索报告的结构", "向企业解释结论"]
    assert course.lessons[1].is_required is False
    assert list(course.instructors.values_list("key", flat=True)) == ["li-na"]


def test_importing_the_same_file_twice_updates_rather_than_duplicates(catalog, topics, instructor, write_json):
    path = write_json([_course()])
    import_courses(path=path, publish=True)
    changed = write_json([_course(title="检索报告解读（修订）")])

    report = import_courses(path=changed, publish=True)

    assert report.updated == ["ZL-901"] and report.created == []
    assert CoursePage.objects.filter(code="ZL-901").count() == 1
    assert CoursePage.objects.get(code="ZL-901").title == "检索报告解读（修订）"
    assert LessonPage.objects.count() == 2


def test_a_dry_run_writes_nothing(catalog, topics, instructor, write_json):
    out = call_command("import_courses", str(write_json([_course()])), "--dry-run", stdout=io.StringIO())

    assert out is None
    assert not CoursePage.objects.exists()


@pytest.mark.parametrize(
    ("change", "column", "message"),
    [
        ({"code": ""}, "code", "required"),
        ({"title": ""}, "title", "required"),
        ({"summary": "长" * 601}, "summary", "at most 600"),
        ({"access": "internal"}, "access", "'internal' is not one of"),
        ({"level": "expert"}, "level", "'expert' is not one of"),
        ({"hours_professional": "three"}, "hours_professional", "not a number"),
        ({"hours_general": "-1"}, "hours_general", "outside"),
        ({"topics": ["no-such-topic"]}, "topics", "unknown topic slug 'no-such-topic'"),
        ({"instructors": ["nobody"]}, "instructors", "unknown instructor key 'nobody'"),
        ({"prerequisites": ["XX-000"]}, "prerequisites", "unknown course code 'XX-000'"),
        ({"prerequisites": ["ZL-901"]}, "prerequisites", "cannot require itself"),
        ({"lessons": [{"title": "", "minutes": 10}]}, "lessons[1].title", "required"),
        ({"lessons": [{"title": "一", "minutes": 0}]}, "lessons[1].minutes", "not a whole number"),
        (
            {"lessons": [{"title": "一", "minutes": 5, "blocks": [{"type": "video"}]}]},
            "lessons[1].blocks[1]",
            "unknown block type",
        ),
        (
            {"lessons": [{"title": "一", "minutes": 5, "blocks": [{"type": "callout", "kind": "info", "text": "x"}]}]},
            "lessons[1].blocks[1]",
            "callout kind",
        ),
    ],
)
def test_each_kind_of_bad_row_is_reported_with_row_and_column_and_nothing_is_written(
    catalog, topics, instructor, write_json, change, column, message
):
    path = write_json([_course(code="ZL-900", title="正确的课程"), _course(**change)])

    report = import_courses(path=path, publish=True)

    assert not report.ok
    assert any(p.row == 2 and p.column == column and message in p.message for p in report.problems), report.problems
    assert not CoursePage.objects.exists(), "the valid first row was not written either"


def test_a_code_twice_in_one_file_is_an_error(catalog, topics, instructor, write_json):
    report = import_courses(path=write_json([_course(), _course()]))

    assert [str(p) for p in report.problems] == ["courses row 2, code: ZL-901 appears twice (first at row 1)"]


def test_the_command_lists_every_problem_and_fails(catalog, topics, write_json, capsys):
    path = write_json([_course(access="internal", instructors=["nobody"])])

    with pytest.raises(CommandError, match="2 problem"):
        call_command("import_courses", str(path))

    errors = capsys.readouterr().err
    assert "courses row 1, access:" in errors and "courses row 1, instructors:" in errors


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("courses.csv", "a,b", "unsupported file type"),
        ("courses.json", "{broken", "not valid JSON"),
        ("courses.xlsx", "zip?", "not a readable"),
    ],
)
def test_an_unreadable_file_gets_a_clear_message(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_text(content)

    with pytest.raises(CommandError, match=message):
        call_command("import_courses", str(path))


def _workbook(tmp_path, courses, lessons):
    book = Workbook()
    sheet = book.active
    sheet.title = "courses"
    for row in courses:
        sheet.append(row)
    lesson_sheet = book.create_sheet("lessons")
    for row in lessons:
        lesson_sheet.append(row)
    path = tmp_path / "courses.xlsx"
    book.save(path)
    return path


def test_an_xlsx_workbook_imports_courses_and_lessons(catalog, topics, instructor, tmp_path):
    path = _workbook(
        tmp_path,
        [
            COURSE_COLUMNS,
            [
                "sb-301",
                "商标注册实务",
                "从查询到申请。",
                "查询近似商标\n选择类别",
                "sme",
                "intro",
                "self_paced",
                1.5,
                0,
                "public",
                "zh-hans",
                "trademark-registration",
                "li-na",
                "",
            ],
        ],
        [
            ["course_code", "order", "title", "minutes", "required", "body"],
            ["SB-301", 2, "提交申请", 15, "否", "网上申请。\n\n缴费。"],
            ["SB-301", 1, "近似查询", 20, "是", "先查询。"],
        ],
    )

    report = import_courses(path=path, publish=True)

    assert report.ok, report.problems
    course = CoursePage.objects.get(code="SB-301")
    assert [(lesson.title, lesson.is_required) for lesson in course.lessons] == [
        ("近似查询", True),
        ("提交申请", False),
    ]
    assert "<p>缴费。</p>" in str(course.lessons[1].body)
    assert "<li>选择类别</li>" in course.outcomes


def test_an_xlsx_lesson_for_an_unknown_course_is_reported(catalog, topics, tmp_path):
    path = _workbook(
        tmp_path,
        [COURSE_COLUMNS],
        [["course_code", "order", "title", "minutes", "required", "body"], ["NO-1", 1, "孤儿课", 10, "是", "x"]],
    )

    report = import_courses(path=path)

    assert [str(p) for p in report.problems] == [
        "lessons row 2, course_code: no course with code 'NO-1' in the courses sheet"
    ]
