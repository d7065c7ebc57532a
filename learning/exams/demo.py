"""Demo content for exam preparation: the seeded exam structures, a live bank of 400+ questions
(demo_bank_*.py: Chinese IP law and practice; written case analyses, essays and drafting tasks for the
高级 and 专利代理实务 papers; questions for 专利法律知识 and 相关法律知识; and 《经济基础知识》, enough for its
full 初级 and 中级 papers), 30-minute short practice blueprints that this bank can fill (知识产权专业知识和实务,
经济基础知识, 专利法律知识, 相关法律知识), and a history for the demo learner (exam plan, a passed paper,
practice sets and mock exams over the last weeks).

Idempotent: questions are updated by external id, the learner's history is created only once."""

import random
import re
from datetime import timedelta
from decimal import Decimal

from django.apps import apps
from django.db import transaction
from django.utils import timezone

from . import importers, services, structures
from .demo_bank_copyright import TEXT as COPYRIGHT_TEXT
from .demo_bank_economics import TEXT as ECONOMICS_TEXT
from .demo_bank_marks import TEXT as MARKS_TEXT
from .demo_bank_patent import TEXT as PATENT_TEXT
from .demo_bank_patent_law import TEXT as PATENT_LAW_TEXT
from .demo_bank_related_law import TEXT as RELATED_LAW_TEXT
from .demo_bank_written import TEXT as WRITTEN_TEXT
from .models import (
    OPTION_KEYS,
    SET_TYPES,
    Attempt,
    Blueprint,
    BlueprintChapterWeight,
    BlueprintSection,
    Chapter,
    Exam,
    KnowledgePoint,
    Paper,
    QuestionStatus,
    QuestionType,
    WrittenKind,
    normalise_answer,
)

BANKS = [
    ("P", PATENT_TEXT),
    ("M", MARKS_TEXT),
    ("C", COPYRIGHT_TEXT),
    ("W", WRITTEN_TEXT),
    ("L", PATENT_LAW_TEXT),
    ("R", RELATED_LAW_TEXT),
    ("E", ECONOMICS_TEXT),
]
TYPES = {
    "S": QuestionType.SINGLE,
    "M": QuestionType.MULTIPLE,
    "T": QuestionType.TRUE_FALSE,
    "I": QuestionType.INDEFINITE,
    "K": QuestionType.CASE,
    "W": QuestionType.WRITTEN,
    "WC": QuestionType.WRITTEN,
    "WE": QuestionType.WRITTEN,
    "WD": QuestionType.WRITTEN,
}
WRITTEN_KINDS = {"WC": WrittenKind.CASE_ANALYSIS, "WE": WrittenKind.ESSAY, "WD": WrittenKind.DRAFTING}
RUBRIC_POINT_BREAK = "¶"  # a new line in a written question's rubric (one named point a line)
SOURCE = "平台示范题库"
SHORT_MOCK = "知识产权专业知识和实务 · 30分钟随堂测"
LEARNER_EMAIL = "learner@example.cn"
SENIOR_CANDIDATE_EMAIL = "lecturer@example.cn"  # the demo lecturer prepares for the senior title


NUMBERED = re.compile(r"^(\d{3,4}) (.+)$")


def parse(prefix, text):
    """Rows (dicts) of one bank text; see demo_bank_patent for the format. Each question line starts
    with its number, which makes its external id (ZS-<prefix>-<number>) whatever its position: a line
    can be inserted, moved or deleted without another question taking its id (and its history)."""
    rows, paper, chapter, point, case_id, number = [], None, None, "", "", 0
    seen = set()
    for line in text.strip().splitlines():
        line = line.strip()
        if not line:
            continue
        if line.startswith("## "):
            paper, chapter, point = (part.strip() for part in line[3:].split("|"))
            continue
        numbered = NUMBERED.match(line)
        if numbered is None:
            raise ValueError(f"{prefix}: a question line starts with its number: {line[:40]}")
        number, line = int(numbered.group(1)), numbered.group(2)
        if number in seen:
            raise ValueError(f"{prefix}: number {number:03d} is used twice")
        seen.add(number)
        sub = line.startswith(">")
        if sub:
            line = "S|" + line[1:]
        parts = line.split("|")
        if parts[0] == "K":
            parts += ["", "", "", "", "3"]
        if len(parts) != 7:
            raise ValueError(f"{prefix}: a line needs 7 fields: {line[:40]}")
        kind, stem, options, answer, explanation, basis, difficulty = parts
        qtype = QuestionType.INDEFINITE if sub else TYPES[kind]
        external_id = f"ZS-{prefix}-{number:03d}"
        option_texts = [text for text in options.split(";") if text] if options else []
        if len(option_texts) > len(OPTION_KEYS):
            raise ValueError(f"{external_id}: more than eight options")
        rows.append(
            {
                "external_id": external_id,
                "qtype": qtype,
                "stem": importers.text_to_stem(stem),
                **{
                    f"option_{key.lower()}": (option_texts[i] if i < len(option_texts) else "")
                    for i, key in enumerate(OPTION_KEYS)
                },
                "answer": normalise_answer(qtype, answer),
                "explanation": explanation if qtype != QuestionType.WRITTEN else "",
                "rubric": explanation.replace(RUBRIC_POINT_BREAK, "\n") if qtype == QuestionType.WRITTEN else "",
                "written_kind": WRITTEN_KINDS.get(kind, ""),
                "legal_basis": basis,
                "paper_code": paper,
                "chapter_code": chapter,
                "point": point,
                "difficulty": int(difficulty),
                "case_id": case_id if sub else "",
            }
        )
        if qtype == QuestionType.CASE:
            case_id = external_id
    return rows


def bank_rows():
    rows = []
    for prefix, text in BANKS:
        rows.extend(parse(prefix, text))
    return rows


@transaction.atomic
def build(stdout=None):
    structures.seed(apps)
    structures.seed_knowledge(apps)
    chapters = {(c.paper.code, c.code): c for c in Chapter.objects.select_related("paper")}
    points = {(k.chapter_id, k.title): k for k in KnowledgePoint.objects.all()}
    rows = []
    for row in bank_rows():
        chapter = chapters[(row.pop("paper_code"), row.pop("chapter_code"))]
        point = row.pop("point")
        knowledge_point = points.get((chapter.pk, point)) if point else None
        if point and knowledge_point is None:
            knowledge_point = KnowledgePoint.objects.create(chapter=chapter, title=point)
            points[(chapter.pk, point)] = knowledge_point
        rows.append(
            {
                **row,
                "paper": chapter.paper,
                "chapter": chapter,
                "knowledge_point": knowledge_point,
                "source": SOURCE,
                "year": 2025,
                "status": QuestionStatus.LIVE,
                "row": 0,
            }
        )
    counts = importers.import_rows(rows)
    _review_groups()
    short = _short_mocks()[SHORT_MOCK]
    history = _learner_history(short)
    senior = _senior_mock_awaiting_marking()
    if stdout is not None:
        stdout.write(
            f"Exam bank: {len(rows)} questions ({counts['created']} new, {counts['updated']} updated); "
            f"demo learner history: {'created' if history else 'kept'}; "
            f"senior mock awaiting marking: {'created' if senior else 'kept'}\n"
        )
    return counts


WRITERS, REVIEWERS = "命题人员", "试题审核人员"  # exams.0007 renamed the English names of earlier demos


def _review_groups():
    """Two Wagtail groups for the review step: writers draft questions and send them for review;
    reviewers also make them live and mark written answers. The demo editor writes; the talent demo's
    reviewer account (if present) reviews."""
    from django.contrib.auth.models import Group, Permission

    from learning.accounts.models import User

    writing = [
        "access_admin",
        "add_question",
        "change_question",
        "view_question",
        "view_blueprint",
        "view_chapter",
        "view_knowledgepoint",
    ]
    for name, codenames in [(WRITERS, writing), (REVIEWERS, [*writing, "publish_question", "change_blueprint"])]:
        group, created = Group.objects.get_or_create(name=name)
        if created:
            group.permissions.set(Permission.objects.filter(codename__in=codenames))
    for email, name in [("editor@example.cn", WRITERS), ("reviewer@example.cn", REVIEWERS)]:
        user = User.objects.filter(email=email).first()
        if user is not None:
            user.groups.add(Group.objects.get(name=name))


SHORT_MOCKS = [
    # name, exam, paper, minutes, pass score, sections [(label, type, count, points)], notes, chapter weights
    (
        SHORT_MOCK,
        structures.ECONOMIC_JUNIOR,
        "ip-practice",
        30,
        20,
        [
            ("单项选择题", QuestionType.SINGLE, 15, 1),
            ("多项选择题", QuestionType.MULTIPLE, 5, 2),
            ("案例分析题", QuestionType.CASE, 4, 2),
        ],
        "随堂练习用的短卷：题型和评分规则与正式考试相同，题量约为四分之一。",
        structures.CHAPTER_WEIGHTS["ip-practice"],
    ),
    (
        "经济基础知识 · 30分钟随堂测",
        structures.ECONOMIC_JUNIOR,
        "economics-basics",
        30,
        27,
        [("单项选择题", QuestionType.SINGLE, 25, 1), ("多项选择题", QuestionType.MULTIPLE, 10, 2)],
        "随堂练习用的短卷：题型和评分规则与正式考试相同（多项选择题错选不得分，少选每个正确选项得0.5分），"
        "题量约为三分之一。",
        {},
    ),
    (
        "专利法律知识 · 30分钟练习卷",
        structures.PATENT_ATTORNEY,
        "patent-law",
        30,
        15,
        [("单项选择题", QuestionType.SINGLE, 15, 1), ("不定项选择题", QuestionType.INDEFINITE, 5, 2)],
        "练习用的短卷：题型和评分规则与正式考试相同（不定项选择题错选不得分，少选每个正确选项得0.5分），题量约为五分之一。",
        {},
    ),
    (
        "相关法律知识 · 30分钟练习卷",
        structures.PATENT_ATTORNEY,
        "related-law",
        30,
        15,
        [("单项选择题", QuestionType.SINGLE, 15, 1), ("不定项选择题", QuestionType.INDEFINITE, 5, 2)],
        "练习用的短卷：题型和评分规则与正式考试相同，题量约为四分之一。",
        {},
    ),
]


def _short_mocks():
    """The short practice blueprints that the demo bank can fill (created once; edits are kept).
    Returns them by name."""
    result = {}
    for name, exam_code, paper_code, minutes, pass_score, sections, notes, weights in SHORT_MOCKS:
        blueprint = Blueprint.objects.filter(name=name).first()
        if blueprint is None:
            exam = Exam.objects.get(code=exam_code)
            paper = Paper.objects.get(code=paper_code)
            blueprint = Blueprint.objects.create(
                name=name,
                exam=exam,
                paper=paper,
                time_limit_minutes=minutes,
                pass_score=Decimal(pass_score),
                notes=notes,
            )
            for order, (label, qtype, count, points) in enumerate(sections):
                BlueprintSection.objects.create(
                    blueprint=blueprint, sort_order=order, label=label, qtype=qtype, count=count, points_each=points
                )
            for order, (code, weight) in enumerate(weights.items()):
                chapter = Chapter.objects.get(paper=paper, code=code)
                if chapter.only_for_id in (None, exam.pk):
                    BlueprintChapterWeight.objects.create(
                        blueprint=blueprint, sort_order=order, chapter=chapter, weight=weight
                    )
        result[name] = blueprint
    return result


def _answer(version, rng, skill):
    """A plausible learner's answer: right with probability ``skill``, else a partial or wrong one."""
    options = [key for key, _text in version.display_options()]
    key = version.answer
    if rng.random() < skill:
        return key
    if version.qtype in SET_TYPES and len(key) > 1 and rng.random() < 0.5:
        return "".join(sorted(rng.sample(list(key), len(key) - 1)))
    wrong = [option for option in options if option not in key] or options
    return rng.choice(wrong)


def _learner_history(short):
    from learning.accounts.models import User

    learner = User.objects.filter(email=LEARNER_EMAIL).first()
    if learner is None or Attempt.objects.filter(user=learner).exists():
        return False
    rng = random.Random(2026)
    now = timezone.now()
    today = timezone.localdate()
    intermediate = Exam.objects.get(code=structures.ECONOMIC_INTERMEDIATE)
    exam_day = today.replace(month=11, day=15)
    if exam_day <= today + timedelta(days=30):
        exam_day = exam_day.replace(year=today.year + 1)
    services.set_exam_plan(user=learner, exam=intermediate, target_date=exam_day)
    services.record_paper_pass(
        user=learner, exam=intermediate, paper=Paper.objects.get(code="economics-basics"), year=today.year - 1
    )
    paper = short.paper
    timeline = [
        (42, "practice", "patent", 0.55),
        (38, "mock", None, 0.5),
        (31, "practice", "trademark", 0.6),
        (24, "practice", "copyright", 0.6),
        (20, "mock", None, 0.62),
        (13, "practice", "trade-secret-ic", 0.7),
        (9, "practice", "patent", 0.75),
        (6, "mock", None, 0.7),
        (2, "practice", "geographical-indication", 0.75),
    ]
    for days_ago, kind, chapter_code, skill in timeline:
        moment = now - timedelta(days=days_ago, hours=rng.randint(0, 5))
        if kind == "practice":
            chapter = Chapter.objects.get(paper=paper, code=chapter_code)
            attempt = services.start_practice(user=learner, paper=paper, chapter=chapter, rng=rng)
            Attempt.objects.filter(pk=attempt.pk).update(started_at=moment)
            for item in attempt.items.select_related("version"):
                moment += timedelta(seconds=rng.randint(30, 90))
                services.answer_practice(
                    attempt=attempt, position=item.position, response=_answer(item.version, rng, skill), now=moment
                )
        else:
            attempt = services.start_mock_exam(user=learner, blueprint=short, rng=rng, now=moment)
            for item in attempt.items.select_related("version"):
                moment += timedelta(seconds=rng.randint(20, 60))
                services.save_answer(
                    attempt=attempt, position=item.position, response=_answer(item.version, rng, skill), now=moment
                )
            services.submit_attempt(attempt_id=attempt.pk, now=moment)
    return True


def _written_answer(version, rng):
    """A candidate's plausible written answer: the rubric's points in their own numbering, one of them
    (not the first) left out, so that the reviewer has something to mark down."""
    points = []
    for line in version.rubric.splitlines():
        head, sep, body = line.partition("：")
        if sep and head.startswith("要点"):
            points.append(body.strip())
    if len(points) > 2:
        points.pop(rng.randrange(1, len(points)))
    return "\n".join(f"（{number}）{text}" for number, text in enumerate(points, start=1))


def _senior_mock_awaiting_marking():
    """The demo lecturer sat the 高级经济实务（知识产权） mock two days ago: four written answers wait
    in the reviewers' marking queue (shown without the candidate's name). Created once."""
    from learning.accounts.models import User

    candidate = User.objects.filter(email=SENIOR_CANDIDATE_EMAIL).first()
    blueprint = (
        Blueprint.objects.filter(exam__code=structures.ECONOMIC_SENIOR, paper__code="ip-senior-practice")
        .order_by("pk")
        .first()
    )
    if candidate is None or blueprint is None or Attempt.objects.filter(user=candidate, blueprint=blueprint).exists():
        return False
    rng = random.Random(2027)
    moment = timezone.now() - timedelta(days=2, hours=3)
    attempt = services.start_mock_exam(user=candidate, blueprint=blueprint, rng=rng, now=moment)
    for item in attempt.items.select_related("version"):
        moment += timedelta(minutes=rng.randint(25, 35))  # four answers well inside the 180 minutes
        services.save_answer(
            attempt=attempt, position=item.position, text=_written_answer(item.version, rng), now=moment
        )
    services.submit_attempt(attempt_id=attempt.pk, now=moment + timedelta(minutes=5))
    return True
