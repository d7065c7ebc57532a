"""Question-bank builders for the exam tests. The exam structures come from data migration 0002."""

import itertools
from decimal import Decimal

from learning.exams.models import Blueprint, BlueprintSection, Chapter, Paper, Question, QuestionStatus, QuestionType

_counter = itertools.count(1)


def ip_paper():
    return Paper.objects.get(code="ip-practice")


def chapter(code="patent", paper=None):
    return Chapter.objects.get(paper=paper or ip_paper(), code=code)


def question(
    qtype=QuestionType.SINGLE,
    *,
    answer=None,
    options=4,
    chapter_code="patent",
    status=QuestionStatus.LIVE,
    parent=None,
    **extra,
):
    n = next(_counter)
    paper = extra.pop("paper", None) or (parent.paper if parent else ip_paper())
    fields = {
        "external_id": f"T-{n:05d}",
        "paper": paper,
        "chapter": extra.pop("chapter", None) or Chapter.objects.get(paper=paper, code=chapter_code),
        "qtype": qtype,
        "stem": f"<p>题干{n}：下列说法正确的是？</p>",
        "explanation": f"EXPLANATION-SECRET-{n}",
        "legal_basis": f"LEGAL-BASIS-SECRET-{n}",
        "status": status,
        "parent": parent,
    }
    if qtype in (QuestionType.SINGLE, QuestionType.MULTIPLE, QuestionType.INDEFINITE):
        for key in "ABCDEFGH"[:options]:
            fields[f"option_{key.lower()}"] = f"选项{key}{n}"
        fields["answer"] = answer or {"single": "A", "multiple": "AB", "indefinite": "AC"}[qtype]
    elif qtype == QuestionType.TRUE_FALSE:
        fields["answer"] = answer or "T"
    elif qtype == QuestionType.WRITTEN:
        fields["rubric"] = f"RUBRIC-SECRET-{n}"
    fields.update(extra)
    return Question.objects.create(**fields)


def case(subs=4, **extra):
    text = question(QuestionType.CASE, **extra)
    children = [
        question(QuestionType.INDEFINITE, parent=text, position=i + 1, chapter_code=text.chapter.code)
        for i in range(subs)
    ]
    return text, children


def blueprint(sections, *, minutes=30, pass_score=6, paper=None, exam=None, name="测试蓝图", **extra):
    paper = paper or ip_paper()
    bp = Blueprint.objects.create(
        name=name,
        exam=exam or paper.exams.order_by("position").first(),
        paper=paper,
        time_limit_minutes=minutes,
        pass_score=Decimal(pass_score),
        **extra,
    )
    for order, (qtype, count, points, *kind) in enumerate(sections):
        BlueprintSection.objects.create(
            blueprint=bp,
            sort_order=order,
            qtype=qtype,
            count=count,
            points_each=Decimal(points),
            label=kind[0] if kind else qtype,
            written_kind=kind[0] if kind else "",
        )
    return bp


def knowledge_question(qtype=QuestionType.SINGLE, *, chapter_code="general", **extra):
    """A plain-language self-check question in the knowledge-module paper (no exam sits it)."""
    paper = Paper.objects.get(code="sme-knowledge")
    return question(qtype, paper=paper, chapter=Chapter.objects.get(paper=paper, code=chapter_code), **extra)


def practice_set(questions, *, key=None, title="自测：专利基础", pass_percent=None):
    from learning.exams.models import PracticeSet, PracticeSetQuestion

    n = next(_counter)
    ps = PracticeSet.objects.create(key=key or f"set-{n}", title=title, pass_percent=pass_percent)
    for order, q in enumerate(questions):
        PracticeSetQuestion.objects.create(practice_set=ps, question=q, sort_order=order)
    return ps
