"""Question bank spreadsheets (.xlsx) in the layout Chinese question banks are usually kept in.

The format is documented in docs/import-questions.md. ``validate`` reads the whole workbook into a list
of row errors (row, column, reason) and a list of clean rows; ``import_rows`` writes clean rows in one
transaction, updating questions by external id; ``export`` writes the same layout, so a bank
round-trips without loss."""

import html
import io
import re
from dataclasses import dataclass, field

from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext as _
from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from .models import (
    FALSE,
    OPTION_KEYS,
    TRUE,
    Chapter,
    KnowledgePoint,
    Paper,
    Question,
    QuestionStatus,
    QuestionType,
    WrittenKind,
    answer_problems,
    normalise_answer,
)
from .structures import KNOWLEDGE_CHAPTERS, KNOWLEDGE_PAPER

ID = "题号"
TYPE = "题型"
STEM = "题干"
OPTIONS = [f"选项{key}" for key in OPTION_KEYS]
ANSWER = "答案"
EXPLANATION = "解析"
PAPER = "试卷"
CHAPTER = "章节"
KNOWLEDGE_POINT = "知识点"
DIFFICULTY = "难度"
LEGAL_BASIS = "法条依据"
SOURCE = "来源"
YEAR = "年份"
STATUS = "状态"
CASE = "所属案例"
RUBRIC = "评分要点"
WRITTEN_KIND = "主观题类型"
COLUMNS = [
    ID,
    TYPE,
    STEM,
    *OPTIONS,
    ANSWER,
    EXPLANATION,
    PAPER,
    CHAPTER,
    KNOWLEDGE_POINT,
    DIFFICULTY,
    LEGAL_BASIS,
    SOURCE,
    YEAR,
    STATUS,
    CASE,
    RUBRIC,
    WRITTEN_KIND,
]
REQUIRED = [ID, TYPE, STEM, ANSWER, PAPER, CHAPTER]

TYPE_NAMES = {
    QuestionType.SINGLE: ["单选题", "单项选择题", "单选"],
    QuestionType.MULTIPLE: ["多选题", "多项选择题", "多选"],
    QuestionType.TRUE_FALSE: ["判断题", "判断"],
    QuestionType.INDEFINITE: ["不定项选择题", "不定项", "不定项选择"],
    QuestionType.CASE: ["案例分析题", "案例分析", "案例"],
    QuestionType.WRITTEN: ["主观题", "简答题", "论述题", "实务题"],
}
TYPE_BY_NAME = {name: qtype for qtype, names in TYPE_NAMES.items() for name in names}
WRITTEN_KIND_NAMES = {
    WrittenKind.CASE_ANALYSIS: ["案例分析", "案例分析题"],
    WrittenKind.ESSAY: ["论述", "论述题"],
    WrittenKind.DRAFTING: ["撰写", "撰写题", "实务撰写"],
}
WRITTEN_KIND_BY_NAME = {name: kind for kind, names in WRITTEN_KIND_NAMES.items() for name in names}
# A file without the 主观题类型 column still says "essay" when its 题型 is 论述题.
WRITTEN_KIND_BY_TYPE_NAME = {"论述题": WrittenKind.ESSAY}
STATUS_NAMES = {
    QuestionStatus.DRAFT: "草稿",
    QuestionStatus.IN_REVIEW: "待审核",
    QuestionStatus.LIVE: "已上线",
    QuestionStatus.RETIRED: "已停用",
}
STATUS_BY_NAME = {name: status for status, name in STATUS_NAMES.items()}
DIFFICULTY_NAMES = {"易": 1, "较易": 2, "中": 3, "中等": 3, "较难": 4, "难": 5}
MAX_ROWS = 20000


@dataclass
class RowError:
    row: int
    column: str
    message: str


@dataclass
class ImportResult:
    errors: list = field(default_factory=list)
    rows: list = field(default_factory=list)
    created: int = 0
    updated: int = 0
    unchanged: int = 0

    @property
    def ok(self):
        return not self.errors


def text_to_stem(text):
    """Cell text to the stem's rich text: HTML is kept as it is, plain lines become paragraphs."""
    text = (text or "").strip()
    if text.startswith("<"):
        return text
    return "".join(f"<p>{html.escape(line)}</p>" for line in text.splitlines() if line.strip())


_PLAIN_PARAGRAPHS = re.compile(r"^(<p>[^<>]*</p>)+$")


def stem_to_text(stem):
    """The reverse of ``text_to_stem``: plain paragraphs become lines; other rich text stays HTML."""
    stem = stem or ""
    if _PLAIN_PARAGRAPHS.match(stem):
        return "\n".join(html.unescape(part) for part in re.findall(r"<p>([^<>]*)</p>", stem))
    return stem


def _cell(value):
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def validate(file, *, user=None):
    """Check a whole workbook. Returns an ImportResult whose ``errors`` list every problem and whose
    ``rows`` hold the cleaned data when there is none."""
    result = ImportResult()
    try:
        workbook = load_workbook(file, read_only=True, data_only=True)
    except Exception:  # openpyxl raises many kinds for a file that is not a workbook
        result.errors.append(RowError(0, "", _("The file could not be read as an .xlsx workbook.")))
        return result
    sheet = workbook.worksheets[0]
    rows = sheet.iter_rows(values_only=True)
    header = [_cell(value) for value in next(rows, ())]
    missing = [name for name in REQUIRED if name not in header]
    if missing:
        result.errors.append(
            RowError(
                1,
                ", ".join(missing),
                _("The header row lacks the required columns: %(columns)s.") % {"columns": "、".join(missing)},
            )
        )
        return result
    index = {name: header.index(name) for name in COLUMNS if name in header}

    papers = {}
    for paper in Paper.objects.all():
        papers[paper.name] = paper
        papers[paper.code] = paper
    chapters = {(c.paper_id, c.title): c for c in Chapter.objects.all()}
    points = {(k.chapter_id, k.title): k for k in KnowledgePoint.objects.all()}
    existing_cases = {
        q.external_id: q for q in Question.objects.filter(qtype=QuestionType.CASE).only("pk", "external_id", "paper_id")
    }
    may_publish = user is None or user.has_perm("exams.publish_question")
    seen_ids, file_cases = {}, {}

    for number, values in enumerate(rows, start=2):
        if number > MAX_ROWS + 1:
            result.errors.append(
                RowError(number, "", _("The file has more than %(max)s rows; split it.") % {"max": MAX_ROWS})
            )
            break
        get = {name: _cell(values[i]) if i < len(values) else "" for name, i in index.items()}
        if not any(get.values()):
            continue
        errors = []

        def error(column, message, errors=errors, number=number):
            errors.append(RowError(number, column, message))

        for name in REQUIRED:
            if name != ANSWER and not get.get(name):
                error(name, _("This column is required."))
        external_id = get.get(ID, "")
        if len(external_id) > 64:
            error(ID, _("At most 64 characters."))
        if external_id in seen_ids:
            error(
                ID,
                _("The id %(id)s is used again here; it was first used in row %(row)s.")
                % {"id": external_id, "row": seen_ids[external_id]},
            )
        seen_ids.setdefault(external_id, number)
        qtype = TYPE_BY_NAME.get(get.get(TYPE, ""))
        if get.get(TYPE) and qtype is None:
            error(
                TYPE,
                _("Unknown question type “%(value)s”; use one of %(names)s.")
                % {"value": get[TYPE], "names": "、".join(n[0] for n in TYPE_NAMES.values())},
            )
        paper = papers.get(get.get(PAPER, ""))
        if get.get(PAPER) and paper is None:
            error(PAPER, _("There is no paper called “%(value)s”.") % {"value": get[PAPER]})
        chapter = chapters.get((paper.pk, get.get(CHAPTER, ""))) if paper else None
        if paper and get.get(CHAPTER) and chapter is None:
            error(
                CHAPTER, _("The paper %(paper)s has no chapter “%(value)s”.") % {"paper": paper, "value": get[CHAPTER]}
            )
        knowledge_point = None
        if get.get(KNOWLEDGE_POINT) and chapter:
            knowledge_point = points.get((chapter.pk, get[KNOWLEDGE_POINT]))
            if knowledge_point is None:
                error(
                    KNOWLEDGE_POINT,
                    _("The chapter %(chapter)s has no knowledge point “%(value)s”.")
                    % {"chapter": chapter.title, "value": get[KNOWLEDGE_POINT]},
                )
        options = {key: get.get(f"选项{key}", "") for key in OPTION_KEYS}
        answer = normalise_answer(qtype, get.get(ANSWER, "")) if qtype else ""
        if qtype:
            if qtype not in (QuestionType.CASE, QuestionType.WRITTEN) and not answer:
                error(ANSWER, _("The answer is missing."))
            else:
                for problem in answer_problems(qtype, answer, options):
                    error(ANSWER, problem)
            if qtype == QuestionType.TRUE_FALSE and any(options.values()):
                error(OPTIONS[0], _("A true/false question has no options; its answer is 对 or 错."))
        difficulty = 3
        if get.get(DIFFICULTY):
            value = get[DIFFICULTY]
            difficulty = DIFFICULTY_NAMES.get(value) or (int(value) if value.isdigit() else None)
            if difficulty not in (1, 2, 3, 4, 5):
                error(
                    DIFFICULTY,
                    _("Difficulty is 1 to 5 (or 易、较易、中、较难、难), not “%(value)s”.") % {"value": value},
                )
        year = None
        if get.get(YEAR):
            if not get[YEAR].isdigit() or not 1980 <= int(get[YEAR]) <= 2100:
                error(YEAR, _("The year is a four-digit year such as 2024."))
            else:
                year = int(get[YEAR])
        status = QuestionStatus.DRAFT
        if get.get(STATUS):
            status = STATUS_BY_NAME.get(get[STATUS])
            if status is None:
                error(
                    STATUS,
                    _("Unknown status “%(value)s”; use one of %(names)s.")
                    % {"value": get[STATUS], "names": "、".join(STATUS_NAMES.values())},
                )
            elif status == QuestionStatus.LIVE and not may_publish:
                error(STATUS, _("Only a reviewer may import questions as live; use 待审核."))
        case_id = get.get(CASE, "")
        if case_id:
            if qtype in (QuestionType.CASE, QuestionType.WRITTEN):
                error(CASE, _("Only choice and true/false questions can belong to a case."))
            case = file_cases.get(case_id) or existing_cases.get(case_id)
            if case is None:
                error(
                    CASE,
                    _("There is no case analysis with the id %(id)s above this row or in the bank.") % {"id": case_id},
                )
            else:
                case_paper = case["paper_id"] if isinstance(case, dict) else case.paper_id
                if paper and case_paper != paper.pk:
                    error(CASE, _("The case %(id)s belongs to another paper.") % {"id": case_id})
        if qtype == QuestionType.CASE and external_id:
            file_cases[external_id] = {"paper_id": paper.pk if paper else None}
        written_kind = get.get(WRITTEN_KIND, "")
        if written_kind:
            if written_kind not in WRITTEN_KIND_BY_NAME:
                error(
                    WRITTEN_KIND,
                    _("Unknown kind of written answer “%(value)s”; use one of %(names)s.")
                    % {"value": written_kind, "names": "、".join(n[0] for n in WRITTEN_KIND_NAMES.values())},
                )
            elif qtype and qtype != QuestionType.WRITTEN:
                error(WRITTEN_KIND, _("Only a written answer (主观题) has a kind; leave this column empty."))
            written_kind = WRITTEN_KIND_BY_NAME.get(written_kind, "")
        else:
            written_kind = WRITTEN_KIND_BY_TYPE_NAME.get(get.get(TYPE, ""), "")
        if len(get.get(LEGAL_BASIS, "")) > 255:
            error(LEGAL_BASIS, _("At most 255 characters."))
        result.errors.extend(errors)
        if not errors:
            result.rows.append(
                {
                    "external_id": external_id,
                    "qtype": qtype,
                    "stem": text_to_stem(get[STEM]),
                    **{f"option_{key.lower()}": options[key] for key in OPTION_KEYS},
                    "answer": answer,
                    "explanation": get.get(EXPLANATION, ""),
                    "legal_basis": get.get(LEGAL_BASIS, ""),
                    "rubric": get.get(RUBRIC, ""),
                    "paper": paper,
                    "chapter": chapter,
                    "knowledge_point": knowledge_point,
                    "difficulty": difficulty,
                    "source": get.get(SOURCE, "")[:120],
                    "year": year,
                    "status": status,
                    "case_id": case_id,
                    "row": number,
                    # without the column (older files) a question keeps its kind, unless 题型 says 论述题
                    **({"written_kind": written_kind} if WRITTEN_KIND in index or written_kind else {}),
                }
            )
    workbook.close()
    if not result.rows and not result.errors:
        result.errors.append(RowError(2, "", _("The file has no questions below the header row.")))
    if result.errors:
        result.rows = []
    return result


@transaction.atomic
def import_rows(rows):
    """Write validated rows: cases first, then the rest; update by external id. Returns counts."""
    created = updated = unchanged = 0
    cases = {}
    ordered = sorted(rows, key=lambda row: row["qtype"] != QuestionType.CASE)
    existing = {q.external_id: q for q in Question.objects.filter(external_id__in=[r["external_id"] for r in rows])}
    positions = {}
    for row in ordered:
        data = {key: value for key, value in row.items() if key not in ("case_id", "row", "external_id")}
        parent = None
        if row["case_id"]:
            parent = cases.get(row["case_id"]) or Question.objects.get(external_id=row["case_id"])
            positions[parent.pk] = positions.get(parent.pk, 0) + 1
        data["parent"] = parent
        data["position"] = positions.get(parent.pk, 0) if parent else 0
        question = existing.get(row["external_id"])
        if question is None:
            question = Question(external_id=row["external_id"], **data)
            question.save()
            created += 1
        else:
            changed = [key for key, value in data.items() if getattr(question, key) != value]
            if changed:
                for key in changed:
                    setattr(question, key, data[key])
                question.save()
                updated += 1
            else:
                unchanged += 1
        if question.qtype == QuestionType.CASE:
            cases[question.external_id] = question
    return {"created": created, "updated": updated, "unchanged": unchanged}


def _header_sheet(workbook):
    sheet = workbook.active
    sheet.title = "题库"
    sheet.append(COLUMNS)
    for index, name in enumerate(COLUMNS, start=1):
        cell = sheet.cell(row=1, column=index)
        cell.font = Font(bold=True, color="FFFFFF" if name in REQUIRED else "000000")
        cell.fill = PatternFill("solid", fgColor="1F4E8C" if name in REQUIRED else "D9E2F3")
        sheet.column_dimensions[get_column_letter(index)].width = 48 if name in (STEM, EXPLANATION, RUBRIC) else 14
    sheet.freeze_panes = "C2"
    return sheet


def export(questions=None):
    """The bank (or the given questions) as .xlsx bytes in the import layout: cases before their
    sub-questions, so the file imports back unchanged."""
    questions = questions if questions is not None else Question.objects.all()
    questions = questions.select_related("paper", "chapter", "knowledge_point", "parent").order_by(
        "paper__position", "chapter__position", "external_id"
    )
    ordered, subs = [], {}
    for question in questions:
        if question.parent_id:
            subs.setdefault(question.parent_id, []).append(question)
        else:
            ordered.append(question)
    workbook = Workbook()
    sheet = _header_sheet(workbook)
    written = set()

    def write(question):
        answer = question.answer
        if question.qtype == QuestionType.TRUE_FALSE:
            answer = {TRUE: "对", FALSE: "错"}.get(answer, answer)
        sheet.append(
            [
                question.external_id,
                TYPE_NAMES[question.qtype][0],
                stem_to_text(question.stem),
                *[getattr(question, f"option_{key.lower()}") for key in OPTION_KEYS],
                answer,
                question.explanation,
                question.paper.name,
                question.chapter.title,
                question.knowledge_point.title if question.knowledge_point_id else "",
                question.difficulty,
                question.legal_basis,
                question.source,
                question.year or "",
                STATUS_NAMES[question.status],
                question.parent.external_id if question.parent_id else "",
                question.rubric,
                WRITTEN_KIND_NAMES[question.written_kind][0] if question.written_kind else "",
            ]
        )
        written.add(question.pk)

    for question in ordered:
        write(question)
        for sub in sorted(subs.pop(question.pk, []), key=lambda q: (q.position, q.external_id)):
            write(sub)
    for rest in subs.values():  # sub-questions whose case was not selected
        for sub in rest:
            write(sub)
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def template():
    """An empty workbook with the header, an example of each type and a sheet of instructions."""
    workbook = Workbook()
    sheet = _header_sheet(workbook)
    example = [
        [
            "示例-001",
            "单选题",
            "发明专利权的期限为多少年，自申请日起计算？",
            "10年",
            "15年",
            "20年",
            "25年",
            "",
            "",
            "",
            "",
            "C",
            "专利法第四十二条第一款：发明专利权的期限为二十年。",
            "知识产权专业知识和实务",
            "专利",
            "",
            2,
            "专利法第四十二条",
            "自编",
            2024,
            "草稿",
            "",
            "",
        ],
        [
            "示例-002",
            "多选题",
            "下列哪些属于商标法规定的商标注册申请的绝对禁用标志？",
            "同中华人民共和国的国旗相同的标志",
            "同红十字名称相同的标志",
            "带有民族歧视性的标志",
            "申请人自己的姓名",
            "",
            "",
            "",
            "",
            "ABC",
            "商标法第十条列举了不得作为商标使用的标志。",
            "知识产权专业知识和实务",
            "商标",
            "",
            3,
            "商标法第十条",
            "自编",
            2024,
            "草稿",
            "",
            "",
        ],
        [
            "示例-003",
            "判断题",
            "著作权自作品创作完成之日起产生。",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "对",
            "著作权法实施条例第六条：著作权自作品创作完成之日起产生。",
            "知识产权专业知识和实务",
            "著作权",
            "",
            1,
            "著作权法实施条例第六条",
            "自编",
            2024,
            "草稿",
            "",
            "",
        ],
        [
            "示例-004",
            "主观题",
            "论述题：结合专利法的规定，论述专利开放许可制度对中小企业获取技术的意义。",
            *[""] * len(OPTION_KEYS),
            "",
            "",
            "高级经济实务（知识产权）",
            "知识产权创造与运用",
            "",
            4,
            "专利法第五十条、第五十一条",
            "自编",
            2024,
            "草稿",
            "",
            "要点1 制度内容（10分）：……\n要点2 对中小企业的意义（10分）：……\n要点3 公共服务的作用（10分）：……",
            "论述",
        ],
    ]
    for row in example:
        sheet.append(row)
    notes = workbook.create_sheet("填写说明")
    for line in [
        ["列", "说明"],
        [ID, "必填。题目的唯一编号；再次导入相同编号会更新原题而不是新增。"],
        [TYPE, "必填。" + "、".join(names[0] for names in TYPE_NAMES.values())],
        [STEM, "必填。纯文本按行分段；以 < 开头时按 HTML 富文本保存。"],
        ["选项A–选项H", "选择题按顺序填写，不留空位；判断题、案例分析题、主观题不填。"],
        [ANSWER, "选择题填字母（如 A 或 ACD）；判断题填 对 或 错；案例分析题和主观题不填。"],
        [PAPER, "必填。试卷名称或代码，须已在后台建立。"],
        [CHAPTER, "必填。该试卷下已建立的章节名称。"],
        [KNOWLEDGE_POINT, "选填。该章节下已建立的知识点名称。"],
        [DIFFICULTY, "1–5 或 易、较易、中、较难、难；默认 3。"],
        [STATUS, "草稿、待审核、已上线、已停用；默认草稿。只有审核人可导入“已上线”。"],
        [CASE, "案例分析的小题填所属案例的题号；案例行须在小题之前或已在题库中。"],
        [RUBRIC, "主观题的参考答案和评分要点，每个要点一行，写明要点名称和分值。"],
        [
            WRITTEN_KIND,
            "选填，仅限主观题："
            + "、".join(n[0] for n in WRITTEN_KIND_NAMES.values())
            + "。试卷蓝图可按类型抽题（如高级实务 3 道案例分析 + 1 道论述）。",
        ],
    ]:
        notes.append(line)
    notes.column_dimensions["A"].width = 16
    notes.column_dimensions["B"].width = 90
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


# Self-checks in course imports (courses/importers.py, docs/import-courses.md) -------------------
SELF_CHECK_TYPE_CODES = {
    "single": QuestionType.SINGLE,
    "multiple": QuestionType.MULTIPLE,
    "true_false": QuestionType.TRUE_FALSE,
    "indefinite": QuestionType.INDEFINITE,
}
_SET_KEY = re.compile(r"^[-a-zA-Z0-9_]{1,60}$")
MAX_SET_QUESTIONS = 50


class SelfCheckImport:
    """The self-check blocks of one course file.

    ``clean_block`` validates one ``{"type": "self_check", ...}`` block, reporting each problem through
    the caller's ``problem(column, message)``; ``finish`` checks the references that may be defined
    later in the file; ``write`` saves the inline questions (into the knowledge-module paper) and the
    practice sets, and returns key -> PracticeSet, before the lessons that show them are saved."""

    def __init__(self):
        from .models import PracticeSet

        self.defined = {}  # set key -> {"title", "intro", "pass_percent", "questions": [external ids], "where"}
        self.inline = {}  # external id -> question fields
        self.references = []  # (set key, problem, column, final quiz?)
        self.existing_sets = dict(PracticeSet.objects.values_list("key", "pass_percent"))
        self._questions = None
        self._chapters = None

    def _bank(self):
        if self._questions is None:
            self._questions = {
                q["external_id"]: q
                for q in Question.objects.values("external_id", "qtype", "parent_id", "status", "paper__kind")
            }
            self._chapters = set(
                Chapter.objects.filter(paper__code=KNOWLEDGE_PAPER).values_list("code", flat=True)
            ) or {code for code, _title in KNOWLEDGE_CHAPTERS}
        return self._questions

    def reference(self, key, problem, column, *, final_quiz=False):
        """A practice set named by key (a block without questions, or a course's final quiz)."""
        key = str(key or "").strip()
        if not _SET_KEY.match(key):
            problem(column, f"{key!r} is not a practice set key (letters, digits, - and _, at most 60)")
            return None
        self.references.append((key, problem, column, final_quiz))
        return key

    def clean_block(self, block, problem, column):
        heading = str(block.get("heading") or "").strip()
        if len(heading) > 80:
            problem(f"{column}.heading", "at most 80 characters")
        if "questions" not in block:
            key = self.reference(block.get("set"), problem, f"{column}.set")
        else:
            key = self._define(block, problem, column)
        if key is None:
            return None
        return {"type": "self_check", "value": {"practice_set": None, "heading": heading}, "set_key": key}

    def _define(self, block, problem, column):
        key = str(block.get("set") or "").strip()
        if not _SET_KEY.match(key):
            problem(f"{column}.set", f"{key!r} is not a practice set key (letters, digits, - and _, at most 60)")
            return None
        if key in self.defined:
            problem(
                f"{column}.set", f"the practice set {key!r} is defined twice (first at {self.defined[key]['where']})"
            )
            return None
        title = str(block.get("title") or "").strip()
        if not title:
            problem(f"{column}.title", "required when the block defines its questions")
        elif len(title) > 160:
            problem(f"{column}.title", "at most 160 characters")
        intro = str(block.get("intro") or "").strip()
        if len(intro) > 600:
            problem(f"{column}.intro", "at most 600 characters")
        pass_percent = block.get("pass_percent")
        if pass_percent not in (None, ""):
            if isinstance(pass_percent, bool) or not isinstance(pass_percent, int) or not 1 <= pass_percent <= 100:
                problem(f"{column}.pass_percent", f"{pass_percent!r} is not a whole number from 1 to 100")
                pass_percent = None
        else:
            pass_percent = None
        questions = block.get("questions")
        if not isinstance(questions, list) or not questions:
            problem(f"{column}.questions", "a non-empty list of question keys or question objects")
            questions = []
        elif len(questions) > MAX_SET_QUESTIONS:
            problem(f"{column}.questions", f"at most {MAX_SET_QUESTIONS} questions")
        ids = []
        for number, entry in enumerate(questions, start=1):
            where = f"{column}.questions[{number}]"
            external_id = self._question(entry, problem, where)
            if external_id is None:
                continue
            if external_id in ids:
                problem(where, f"{external_id} is already in this set")
                continue
            ids.append(external_id)
        self.defined[key] = {
            "title": title,
            "intro": intro,
            "pass_percent": pass_percent,
            "questions": ids,
            "where": getattr(problem, "where", "") + column,
        }
        return key

    def _question(self, entry, problem, where):
        bank = self._bank()
        if isinstance(entry, str):
            external_id = entry.strip()
            if external_id in self.inline:
                return external_id
            known = bank.get(external_id)
            if known is None:
                problem(where, f"no question with key {external_id!r} in the bank (or defined earlier in this file)")
                return None
            if known["qtype"] not in SELF_CHECK_TYPE_CODES.values() or known["parent_id"]:
                problem(
                    where,
                    f"{external_id} is a {known['qtype']} question; a self-check holds single, multiple, true_false or indefinite questions that stand alone",
                )
                return None
            if known["status"] != QuestionStatus.LIVE:
                problem(where, f"{external_id} is not live ({known['status']}), so the self-check would not show it")
                return None
            return external_id
        if not isinstance(entry, dict):
            problem(where, "a question key (text) or a question object")
            return None
        external_id = str(entry.get("key") or "").strip()
        ok = True

        def bad(field, message):
            nonlocal ok
            ok = False
            problem(f"{where}.{field}", message)

        if not external_id:
            bad("key", "required: a stable key for the question, e.g. QY-101-1")
        elif len(external_id) > 64:
            bad("key", "at most 64 characters")
        elif external_id in self.inline:
            bad("key", f"{external_id} is defined twice in this file")
        elif bank.get(external_id) and bank[external_id]["paper__kind"] != "knowledge":
            bad(
                "key",
                f"{external_id} is an exam question in the bank; list it as a text key to use it, or choose another key",
            )
        qtype = SELF_CHECK_TYPE_CODES.get(str(entry.get("type") or "").strip())
        if qtype is None:
            bad("type", f"{entry.get('type')!r} is not one of {', '.join(SELF_CHECK_TYPE_CODES)}")
        stem = str(entry.get("stem") or "").strip()
        if not stem:
            bad("stem", "required")
        options = entry.get("options") or []
        if not isinstance(options, list) or not all(isinstance(o, str) and o.strip() for o in options):
            bad("options", "a list of option texts")
            options = []
        if len(options) > len(OPTION_KEYS):
            bad("options", f"at most {len(OPTION_KEYS)} options")
            options = options[: len(OPTION_KEYS)]
        if qtype == QuestionType.TRUE_FALSE and options:
            bad("options", "a true_false question has no options; its answer is true or false")
        answer = normalise_answer(qtype, str(entry.get("answer") or "")) if qtype else ""
        option_texts = {key: (options[i].strip() if i < len(options) else "") for i, key in enumerate(OPTION_KEYS)}
        if qtype:
            with translation.override("en"):  # course import messages are in English, like the rest of the file's
                for message in map(str, answer_problems(qtype, answer, option_texts)):
                    bad("answer" if "answer" in message.lower() else "options", message)
        explanation = str(entry.get("explanation") or "").strip()
        if not explanation:
            bad("explanation", "required: the explanation (解析) the visitor sees after answering")
        legal_basis = str(entry.get("legal_basis") or "").strip()
        if len(legal_basis) > 255:
            bad("legal_basis", "at most 255 characters")
        self._bank()
        chapter = str(entry.get("chapter") or "general").strip()
        if chapter not in self._chapters:
            bad("chapter", f"{chapter!r} is not a knowledge-module chapter: {', '.join(sorted(self._chapters))}")
        difficulty = entry.get("difficulty", 2)
        if isinstance(difficulty, bool) or not isinstance(difficulty, int) or not 1 <= difficulty <= 5:
            bad("difficulty", f"{difficulty!r} is not a whole number from 1 to 5")
        if not ok:
            return None
        self.inline[external_id] = {
            "external_id": external_id,
            "qtype": qtype,
            "stem": text_to_stem(stem),
            **{f"option_{key.lower()}": option_texts[key] for key in OPTION_KEYS},
            "answer": answer,
            "explanation": explanation,
            "legal_basis": legal_basis,
            "rubric": "",
            "chapter_code": chapter,
            "difficulty": difficulty,
        }
        return external_id

    def finish(self):
        for key, problem, column, final_quiz in self.references:
            if key in self.defined:
                pass_percent = self.defined[key]["pass_percent"]
            elif key in self.existing_sets:
                pass_percent = self.existing_sets[key]
            else:
                problem(column, f"no practice set with key {key!r} on the site or defined in this file")
                continue
            if final_quiz and not pass_percent:
                problem(column, f"the practice set {key!r} has no pass_percent, which a final quiz needs")

    @transaction.atomic
    def write(self, *, publish):
        """Save the inline questions and the defined sets; returns key -> PracticeSet for every key used."""
        from django.apps import apps

        from . import structures
        from .models import PracticeSet, PracticeSetQuestion

        keys = {key for key, *_rest in self.references} | set(self.defined)
        if self.inline:
            paper = structures.seed_knowledge(apps)
            chapters = {c.code: c for c in Chapter.objects.filter(paper=paper)}
            statuses = dict(Question.objects.filter(external_id__in=self.inline).values_list("external_id", "status"))
            rows = []
            for external_id, fields in self.inline.items():
                fields = dict(fields)
                chapter = chapters[fields.pop("chapter_code")]
                status = QuestionStatus.LIVE if publish else statuses.get(external_id, QuestionStatus.IN_REVIEW)
                rows.append(
                    {
                        **fields,
                        "paper": paper,
                        "chapter": chapter,
                        "knowledge_point": None,
                        "source": "课程导入",
                        "year": None,
                        "status": status,
                        "case_id": "",
                        "row": 0,
                    }
                )
            import_rows(rows)
        ids = dict(
            Question.objects.filter(
                external_id__in={qid for data in self.defined.values() for qid in data["questions"]}
            ).values_list("external_id", "pk")
        )
        for key, data in self.defined.items():
            practice_set, _created = PracticeSet.objects.update_or_create(
                key=key,
                defaults={"title": data["title"], "intro": data["intro"], "pass_percent": data["pass_percent"]},
            )
            PracticeSetQuestion.objects.filter(practice_set=practice_set).delete()
            PracticeSetQuestion.objects.bulk_create(
                PracticeSetQuestion(practice_set=practice_set, question_id=ids[qid], sort_order=order)
                for order, qid in enumerate(data["questions"])
            )
        return PracticeSet.objects.in_bulk(keys, field_name="key")
