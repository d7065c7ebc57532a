"""Import courses and their lessons from .json or .xlsx (format: docs/import-courses.md).

The whole file is read and validated first; if any row is wrong nothing is written and every
problem is reported with its row and column. Courses are matched by code, so importing the same
file twice updates rather than duplicates. Imported changes are saved as drafts unless published."""

import json
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

from django.db import transaction
from django.utils.html import escape
from django.utils.text import slugify

from .models import (
    Access,
    Audience,
    CatalogPage,
    CourseLanguage,
    CoursePage,
    DeliveryMode,
    Instructor,
    LessonPage,
    Level,
    Topic,
)

COURSE_COLUMNS = [
    "code",
    "title",
    "summary",
    "outcomes",
    "audience",
    "level",
    "delivery_mode",
    "hours_professional",
    "hours_general",
    "access",
    "language",
    "topics",
    "instructors",
    "prerequisites",
]
LESSON_COLUMNS = ["course_code", "order", "title", "minutes", "required", "body"]
BLOCK_TYPES = {"paragraph", "heading", "callout", "key_points", "self_check"}
CALLOUT_KINDS = {"tip", "legal", "warning"}
MAX_HOURS = Decimal("999.9")


class CourseImportError(Exception):
    """The file cannot be read at all (wrong type, broken JSON, missing sheet)."""


@dataclass
class Problem:
    sheet: str
    row: int
    column: str
    message: str

    def __str__(self):
        return f"{self.sheet} row {self.row}, {self.column}: {self.message}"


@dataclass
class ImportReport:
    created: list = field(default_factory=list)
    updated: list = field(default_factory=list)
    problems: list = field(default_factory=list)
    published: bool = False
    dry_run: bool = False

    @property
    def ok(self):
        return not self.problems


# Reading -------------------------------------------------------------------------------------


def read_file(path):
    """Rows of courses (dicts in the JSON schema) with their sheet/row positions for messages."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".json":
        try:
            data = json.loads(path.read_text(encoding="utf-8-sig"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise CourseImportError(f"{path.name}: not valid JSON ({exc})") from None
        courses = data.get("courses") if isinstance(data, dict) else data
        if not isinstance(courses, list):
            raise CourseImportError(f'{path.name}: expected a list of courses or {{"courses": [...]}}')
        return [("courses", index + 1, course) for index, course in enumerate(courses)]
    if suffix == ".xlsx":
        return _read_xlsx(path)
    raise CourseImportError(f"{path.name}: unsupported file type {suffix or '(none)'}; use .json or .xlsx")


def _read_xlsx(path):
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises several kinds of errors for broken files
        raise CourseImportError(f"{path.name}: not a readable .xlsx file ({exc})") from None
    missing = [name for name in ("courses", "lessons") if name not in workbook.sheetnames]
    if missing:
        raise CourseImportError(f"{path.name}: missing sheet(s) {', '.join(missing)}; see docs/import-courses.md")
    courses, by_code = [], {}
    for row_number, values in _sheet_rows(workbook["courses"], COURSE_COLUMNS, path.name):
        course = dict(values)
        for name in ("outcomes",):
            course[name] = [line.strip() for line in str(course.get(name) or "").splitlines() if line.strip()]
        for name in ("topics", "instructors", "prerequisites"):
            course[name] = [
                item.strip() for item in str(course.get(name) or "").replace("，", ",").split(",") if item.strip()
            ]
        if not course.get("final_quiz"):
            course.pop("final_quiz", None)
        course["lessons"] = []
        courses.append(("courses", row_number, course))
        by_code.setdefault(str(course.get("code") or "").strip().upper(), course)
    orphans = []
    for row_number, values in _sheet_rows(workbook["lessons"], LESSON_COLUMNS, path.name):
        code = str(values.get("course_code") or "").strip().upper()
        body = str(values.get("body") or "")
        lesson = {
            "title": values.get("title"),
            "minutes": values.get("minutes"),
            "required": values.get("required"),
            "order": values.get("order"),
            "blocks": [
                {
                    "type": "paragraph",
                    "value": "".join(f"<p>{escape(p.strip())}</p>" for p in body.split("\n\n") if p.strip()),
                }
            ]
            if body.strip()
            else [],
            "_row": row_number,
        }
        if str(values.get("self_check") or "").strip():
            lesson["blocks"].append({"type": "self_check", "set": str(values["self_check"]).strip()})
        if code in by_code:
            by_code[code]["lessons"].append(lesson)
        else:
            orphans.append(
                Problem("lessons", row_number, "course_code", f"no course with code {code!r} in the courses sheet")
            )
    for _sheet, _row, course in courses:
        course["lessons"].sort(key=lambda lesson: _number(lesson.get("order")) or 0)
    workbook.close()
    if orphans:
        courses.append(("lessons", 0, {"_problems": orphans}))
    return courses


def _number(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _sheet_rows(sheet, columns, filename):
    rows = sheet.iter_rows(values_only=True)
    header = [str(cell or "").strip().lower() for cell in next(rows, [])]
    missing = [column for column in columns if column not in header]
    if missing:
        raise CourseImportError(f"{filename}, sheet {sheet.title}: missing column(s) {', '.join(missing)}")
    for offset, values in enumerate(rows, start=2):
        if not any(v not in (None, "") for v in values):
            continue
        yield offset, {name: value for name, value in zip(header, values, strict=False) if name}


# Validating ----------------------------------------------------------------------------------


def validate(rows, self_checks=None):
    """All problems in the file, plus the cleaned courses when there are none. Self-check blocks and
    final quizzes are collected in ``self_checks`` (learning.exams.importers.SelfCheckImport)."""
    from learning.exams.importers import SelfCheckImport

    self_checks = self_checks if self_checks is not None else SelfCheckImport()
    problems, cleaned, seen_codes = [], [], {}
    topics = {t.slug: t for t in Topic.objects.all()}
    instructors = {i.key: i for i in Instructor.objects.all()}
    existing_codes = set(CoursePage.objects.values_list("code", flat=True))
    file_codes = {str(c.get("code") or "").strip().upper() for _s, _r, c in rows if isinstance(c, dict)}

    for sheet, row, course in rows:
        if "_problems" in course:
            problems.extend(course["_problems"])
            continue
        if not isinstance(course, dict):
            problems.append(Problem(sheet, row, "-", "each course must be an object with named fields"))
            continue

        def problem(column, message, sheet=sheet, row=row):
            problems.append(Problem(sheet, row, column, message))

        code = str(course.get("code") or "").strip().upper()
        if not code:
            problem("code", "required")
        elif len(code) > 20:
            problem("code", "at most 20 characters")
        elif code in seen_codes:
            problem("code", f"{code} appears twice (first at row {seen_codes[code]})")
        seen_codes.setdefault(code, row)
        title = str(course.get("title") or "").strip()
        if not title:
            problem("title", "required")
        elif len(title) > 255:
            problem("title", "at most 255 characters")
        summary = str(course.get("summary") or "").strip()
        if not summary:
            problem("summary", "required")
        elif len(summary) > 600:
            problem("summary", f"at most 600 characters (has {len(summary)})")
        outcomes = course.get("outcomes") or []
        if not isinstance(outcomes, list) or not all(isinstance(o, str) for o in outcomes):
            problem("outcomes", "a list of sentences")
            outcomes = []
        choices = {}
        for name, enum, default in (
            ("audience", Audience, Audience.ALL),
            ("level", Level, Level.INTRO),
            ("delivery_mode", DeliveryMode, DeliveryMode.SELF_PACED),
            ("access", Access, Access.REGISTERED),
            ("language", CourseLanguage, CourseLanguage.ZH_HANS),
        ):
            value = str(course.get(name) or default).strip()
            if value not in enum.values:
                problem(name, f"{value!r} is not one of {', '.join(enum.values)}")
            choices[name] = value
        hours = {}
        for name in ("hours_professional", "hours_general"):
            raw = course.get(name, "0")
            try:
                value = Decimal(str(raw if raw not in (None, "") else "0")).quantize(Decimal("0.1"))
            except InvalidOperation:
                problem(name, f"{raw!r} is not a number of hours")
                continue
            if value < 0 or value > MAX_HOURS:
                problem(name, f"{value} is outside 0 to {MAX_HOURS}")
            hours[name] = value
        for name, known, label in (("topics", topics, "topic slug"), ("instructors", instructors, "instructor key")):
            for item in course.get(name) or []:
                if item not in known:
                    problem(name, f"unknown {label} {item!r}")
        for prerequisite in course.get("prerequisites") or []:
            prerequisite = str(prerequisite).strip().upper()
            if prerequisite == code:
                problem("prerequisites", "a course cannot require itself")
            elif prerequisite not in existing_codes and prerequisite not in file_codes:
                problem("prerequisites", f"unknown course code {prerequisite!r}")
        final_quiz = None
        if course.get("final_quiz") not in (None, ""):
            final_quiz = self_checks.reference(course["final_quiz"], problem, "final_quiz", final_quiz=True)

        lessons = course.get("lessons") or []
        if not isinstance(lessons, list):
            problem("lessons", "a list of lessons")
            lessons = []
        cleaned_lessons = []
        for index, lesson in enumerate(lessons, start=1):
            lesson_sheet, lesson_row = ("lessons", lesson["_row"]) if "_row" in lesson else (sheet, row)
            prefix = "" if "_row" in lesson else f"lessons[{index}]."

            def lesson_problem(column, message, lesson_sheet=lesson_sheet, lesson_row=lesson_row, prefix=prefix):
                problems.append(Problem(lesson_sheet, lesson_row, prefix + column, message))

            lesson_problem.where = f"{lesson_sheet} row {lesson_row}, {prefix}"  # named in "defined twice" messages

            lesson_title = str(lesson.get("title") or "").strip()
            if not lesson_title:
                lesson_problem("title", "required")
            minutes = _number(lesson.get("minutes"))
            if minutes is None or not 1 <= minutes <= 600:
                lesson_problem("minutes", f"{lesson.get('minutes')!r} is not a whole number of minutes from 1 to 600")
            required = lesson.get("required", True)
            if isinstance(required, str):
                required = required.strip().lower() not in {"0", "false", "no", "否", "n"}
            blocks = _clean_blocks(lesson.get("blocks") or [], lesson_problem, self_checks)
            cleaned_lessons.append(
                {"title": lesson_title, "minutes": minutes, "required": bool(required), "blocks": blocks}
            )

        cleaned.append(
            {
                "code": code,
                "title": title,
                "summary": summary,
                "outcomes": outcomes,
                **choices,
                **hours,
                "topics": list(course.get("topics") or []),
                "instructors": list(course.get("instructors") or []),
                "prerequisites": [str(p).strip().upper() for p in course.get("prerequisites") or []],
                "final_quiz": final_quiz,
                "lessons": cleaned_lessons,
            }
        )
    self_checks.finish()
    return problems, cleaned


def _clean_blocks(blocks, problem, self_checks):
    cleaned = []
    for number, block in enumerate(blocks, start=1):
        kind = block.get("type") if isinstance(block, dict) else None
        column = f"blocks[{number}]"
        if kind not in BLOCK_TYPES:
            problem(column, f"unknown block type {kind!r}; use {', '.join(sorted(BLOCK_TYPES))}")
        elif kind in {"paragraph", "heading"}:
            if not str(block.get("value") or "").strip():
                problem(column, "empty text")
            else:
                cleaned.append({"type": kind, "value": str(block["value"]).strip()})
        elif kind == "callout":
            if block.get("kind") not in CALLOUT_KINDS:
                problem(column, f"callout kind must be one of {', '.join(sorted(CALLOUT_KINDS))}")
            elif not str(block.get("text") or "").strip():
                problem(column, "empty callout text")
            else:
                cleaned.append({"type": "callout", "value": {"kind": block["kind"], "text": str(block["text"])}})
        elif kind == "key_points":
            items = [str(i).strip() for i in block.get("items") or [] if str(i).strip()]
            if not items:
                problem(column, "key points need at least one item")
            else:
                cleaned.append({"type": "key_points", "value": {"heading": "", "items": items}})
        elif kind == "self_check":
            block = self_checks.clean_block(block, problem, column)
            if block is not None:
                cleaned.append(block)
    return cleaned


# Writing -------------------------------------------------------------------------------------


def import_courses(*, path=None, rows=None, publish=False, dry_run=False, user=None):
    """Validate the whole file and, when it is clean and not a dry run, write it in one transaction."""
    from learning.exams.importers import SelfCheckImport

    rows = read_file(path) if rows is None else rows
    self_checks = SelfCheckImport()
    problems, courses = validate(rows, self_checks)
    report = ImportReport(problems=problems, published=publish, dry_run=dry_run)
    if problems or dry_run:
        for course in courses:
            exists = CoursePage.objects.filter(code=course["code"]).exists()
            (report.updated if exists else report.created).append(course["code"])
        return report
    catalog = CatalogPage.objects.first()
    if catalog is None:
        raise CourseImportError(
            "There is no course catalogue page to import into; create one in the Wagtail admin first."
        )
    with transaction.atomic():
        practice_sets = self_checks.write(publish=publish)
        pages = {}
        for course in courses:
            page, created = _save_course(catalog, course, publish, user, practice_sets)
            pages[course["code"]] = page
            (report.created if created else report.updated).append(course["code"])
        for course in courses:
            page = pages[course["code"]]
            page.prerequisites.set(CoursePage.objects.filter(code__in=course["prerequisites"]))
            _save_revision(page, publish, user)
    return report


def _save_course(catalog, data, publish, user, practice_sets):
    page = CoursePage.objects.filter(code=data["code"]).first()
    created = page is None
    if created:
        page = CoursePage(code=data["code"], slug=slugify(data["code"]) or data["code"].lower(), live=publish)
    page.title = data["title"]
    page.summary = data["summary"]
    page.outcomes = (
        "<ul>" + "".join(f"<li>{escape(o)}</li>" for o in data["outcomes"]) + "</ul>" if data["outcomes"] else ""
    )
    for name in ("audience", "level", "delivery_mode", "access", "language", "hours_professional", "hours_general"):
        setattr(page, name, data[name])
    page.final_quiz = practice_sets[data["final_quiz"]] if data["final_quiz"] else None
    if created:
        catalog.add_child(instance=page)
    page.topics.set(Topic.objects.filter(slug__in=data["topics"]))
    page.instructors.set(Instructor.objects.filter(key__in=data["instructors"]))
    existing = {lesson.slug: lesson for lesson in LessonPage.objects.child_of(page)}
    for order, lesson_data in enumerate(data["lessons"], start=1):
        slug = f"lesson-{order}"
        lesson = existing.get(slug)
        lesson_created = lesson is None
        if lesson_created:
            lesson = LessonPage(slug=slug, live=publish)
        lesson.title = lesson_data["title"]
        lesson.estimated_minutes = lesson_data["minutes"]
        lesson.is_required = lesson_data["required"]
        lesson.body = json.dumps(
            [_stored_block(block, practice_sets) for block in lesson_data["blocks"]], ensure_ascii=False
        )
        if lesson_created:
            page.add_child(instance=lesson)
        _save_revision(lesson, publish, user)
    return page, created


def _stored_block(block, practice_sets):
    if block["type"] != "self_check":
        return block
    return {"type": "self_check", "value": {**block["value"], "practice_set": practice_sets[block["set_key"]].pk}}


def _save_revision(page, publish, user):
    revision = page.save_revision(user=user, log_action=True)
    if publish:
        revision.publish(user=user)
