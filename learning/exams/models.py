"""Question bank, exam blueprints, attempts, review scheduling and exam plans.

Exams, papers, blueprints and the syllabus tree are data that administrators edit in the Wagtail
admin (the real structures are seeded by ``demo.py``); nothing about a particular exam is a constant in
code. A question's learner-visible content is frozen into a ``QuestionVersion`` each time it changes, and
an attempt points at the versions it showed, so editing a live question never rewrites a past attempt.
"""

import hashlib
import json
from datetime import date
from decimal import Decimal

from django.conf import settings
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, PreviewableMixin
from wagtail.search import index

OPTION_KEYS = "ABCDEFGH"
TRUE, FALSE = "T", "F"


class QuestionType(models.TextChoices):
    SINGLE = "single", _("Single choice")
    MULTIPLE = "multiple", _("Multiple choice")
    TRUE_FALSE = "true_false", _("True / false")
    INDEFINITE = "indefinite", _("Indefinite choice")
    CASE = "case", _("Case analysis")
    WRITTEN = "written", _("Written answer")


class WrittenKind(models.TextChoices):
    """What a written answer (主观题) asks for, so a blueprint section can ask for one kind: the senior
    paper is three case analyses and one essay, the patent attorney practice paper drafting tasks."""

    CASE_ANALYSIS = "case_analysis", _("Case analysis (written)")
    ESSAY = "essay", _("Essay")
    DRAFTING = "drafting", _("Drafting task")


CHOICE_TYPES = {QuestionType.SINGLE, QuestionType.MULTIPLE, QuestionType.INDEFINITE}
SET_TYPES = {QuestionType.MULTIPLE, QuestionType.INDEFINITE}
AUTO_GRADED_TYPES = CHOICE_TYPES | {QuestionType.TRUE_FALSE}


class QuestionStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    IN_REVIEW = "in_review", _("In review")
    LIVE = "live", _("Live")
    RETIRED = "retired", _("Retired")


class Difficulty(models.IntegerChoices):
    VERY_EASY = 1, _("Very easy")
    EASY = 2, _("Easy")
    MEDIUM = 3, _("Medium")
    HARD = 4, _("Hard")
    VERY_HARD = 5, _("Very hard")


class Exam(models.Model):
    """A qualification exam at one level, e.g. 知识产权师 (intermediate economic title, IP specialty)."""

    code = models.SlugField(_("code"), max_length=40, unique=True)
    name = models.CharField(_("name"), max_length=120)
    title_awarded = models.CharField(_("title awarded"), max_length=120, blank=True)
    description = models.TextField(_("description"), blank=True)
    validity_years = models.PositiveSmallIntegerField(
        _("passed papers stay valid for (years)"),
        default=2,
        validators=[MinValueValidator(1), MaxValueValidator(10)],
        help_text=_("Consecutive exam years in which a passed paper counts towards the title."),
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("code"),
        FieldPanel("title_awarded"),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("validity_years"), FieldPanel("position")]),
    ]

    class Meta:
        ordering = ["position", "name"]
        verbose_name = _("exam")
        verbose_name_plural = _("exams")

    def __str__(self):
        return self.name


class PaperKind(models.TextChoices):
    EXAM = "exam", _("Exam paper")
    KNOWLEDGE = "knowledge", _("Knowledge module (plain-language self-checks, not an exam)")


class PaperQuerySet(models.QuerySet):
    def for_exams(self):
        """Papers that an exam sits (the exam-preparation pages list only these)."""
        return self.filter(kind=PaperKind.EXAM)


class Paper(models.Model):
    """A paper (科目) that one or more exams sit; the question bank is kept per paper. A paper of kind
    "knowledge" holds plain-language self-check questions for public knowledge modules (e.g. SME
    courses): no exam sits it, so it has no blueprints and is left out of readiness and practice."""

    code = models.SlugField(_("code"), max_length=40, unique=True)
    name = models.CharField(_("name"), max_length=120)
    kind = models.CharField(_("kind"), max_length=12, choices=PaperKind.choices, default=PaperKind.EXAM)
    exams = models.ManyToManyField(Exam, related_name="papers", verbose_name=_("exams"), blank=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    objects = PaperQuerySet.as_manager()

    panels = [
        FieldPanel("name"),
        FieldPanel("code"),
        FieldPanel("kind"),
        FieldPanel("exams"),
        FieldPanel("position"),
    ]

    class Meta:
        ordering = ["position", "name"]
        verbose_name = _("paper")
        verbose_name_plural = _("papers")

    def __str__(self):
        return self.name

    @property
    def is_knowledge(self):
        return self.kind == PaperKind.KNOWLEDGE


class Chapter(models.Model):
    """First level of a paper's syllabus tree."""

    paper = models.ForeignKey(Paper, on_delete=models.CASCADE, related_name="chapters", verbose_name=_("paper"))
    code = models.CharField(_("code"), max_length=40)
    title = models.CharField(_("title"), max_length=120)
    only_for = models.ForeignKey(
        Exam,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("only examined at"),
        help_text=_("Leave empty when every exam that sits this paper covers the chapter."),
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    panels = [
        FieldPanel("paper"),
        FieldPanel("title"),
        FieldPanel("code"),
        FieldPanel("only_for"),
        FieldPanel("position"),
    ]

    class Meta:
        ordering = ["paper__position", "position", "title"]
        verbose_name = _("chapter")
        verbose_name_plural = _("chapters")
        constraints = [
            models.UniqueConstraint(fields=["paper", "code"], name="exams_chapter_code_unique"),
            models.UniqueConstraint(fields=["paper", "title"], name="exams_chapter_title_unique"),
        ]

    def __str__(self):
        return f"{self.paper} · {self.title}"


class KnowledgePoint(models.Model):
    """Second level of the syllabus tree (知识点)."""

    chapter = models.ForeignKey(
        Chapter, on_delete=models.CASCADE, related_name="knowledge_points", verbose_name=_("chapter")
    )
    title = models.CharField(_("title"), max_length=160)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    panels = [FieldPanel("chapter"), FieldPanel("title"), FieldPanel("position")]

    class Meta:
        ordering = ["chapter__position", "position", "title"]
        verbose_name = _("knowledge point")
        verbose_name_plural = _("knowledge points")
        constraints = [models.UniqueConstraint(fields=["chapter", "title"], name="exams_kp_title_unique")]

    def __str__(self):
        return f"{self.chapter.title} · {self.title}"


class QuestionQuerySet(models.QuerySet):
    def live(self):
        return self.filter(status=QuestionStatus.LIVE)

    def standalone(self):
        """Questions that stand on their own (not a sub-question of a case)."""
        return self.filter(parent__isnull=True)


def answer_problems(qtype, answer, options):
    """What is wrong with an answer key for a question type and its option texts (dict key -> text).

    Returns a list of readable messages; empty when the key is consistent. Used by the admin form and
    by the spreadsheet import, so both reject the same mistakes with the same words."""
    problems = []
    answer = (answer or "").strip().upper()
    filled = [key for key in OPTION_KEYS if (options.get(key) or "").strip()]
    if qtype in CHOICE_TYPES:
        if len(filled) < 2:
            problems.append(_("A choice question needs at least two options."))
        gaps = [key for key in OPTION_KEYS[: OPTION_KEYS.index(filled[-1]) + 1] if key not in filled] if filled else []
        if gaps:
            problems.append(
                _("Options must be filled in order without gaps; %(keys)s is empty.") % {"keys": ", ".join(gaps)}
            )
        if not answer:
            problems.append(_("The answer is missing."))
        letters = list(answer)
        for letter in letters:
            if letter not in OPTION_KEYS:
                problems.append(_("The answer %(letter)s is not an option letter A–H.") % {"letter": letter})
            elif letter not in filled:
                problems.append(_("The answer %(letter)s names an option that has no text.") % {"letter": letter})
        if len(set(letters)) != len(letters):
            problems.append(_("The answer repeats a letter."))
        if qtype == QuestionType.SINGLE and len(letters) > 1:
            problems.append(
                _("A single-choice question has exactly one answer, not %(count)s.") % {"count": len(letters)}
            )
        if qtype == QuestionType.MULTIPLE and len(letters) == 1:
            problems.append(_("A multiple-choice question needs at least two right answers."))
    elif qtype == QuestionType.TRUE_FALSE:
        if answer not in (TRUE, FALSE):
            problems.append(_("A true/false question's answer is 对 (true) or 错 (false)."))
    elif qtype in (QuestionType.CASE, QuestionType.WRITTEN) and answer:
        problems.append(
            _("Case texts and written questions have no answer letters; put the model answer in the rubric.")
        )
    return problems


def normalise_answer(qtype, answer):
    answer = (answer or "").strip().upper()
    if qtype == QuestionType.TRUE_FALSE:
        return {
            "对": TRUE,
            "√": TRUE,
            "正确": TRUE,
            "TRUE": TRUE,
            "错": FALSE,
            "×": FALSE,
            "错误": FALSE,
            "FALSE": FALSE,
        }.get(answer, answer)
    if qtype in CHOICE_TYPES:
        letters = [c for c in answer if c not in " ,，、;；"]
        return "".join(sorted(letters))
    return answer


class Question(PreviewableMixin, index.Indexed, models.Model):
    """One item of the bank. A case analysis is a question of type "case" holding the shared case text;
    its sub-questions are questions whose ``parent`` is the case."""

    external_id = models.CharField(
        _("external id"),
        max_length=64,
        unique=True,
        help_text=_("Stable id used by spreadsheet imports; re-importing a row with the same id updates it."),
    )
    paper = models.ForeignKey(Paper, on_delete=models.PROTECT, related_name="questions", verbose_name=_("paper"))
    chapter = models.ForeignKey(Chapter, on_delete=models.PROTECT, related_name="questions", verbose_name=_("chapter"))
    knowledge_point = models.ForeignKey(
        KnowledgePoint,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="questions",
        verbose_name=_("knowledge point"),
    )
    qtype = models.CharField(_("type"), max_length=12, choices=QuestionType.choices, db_index=True)
    parent = models.ForeignKey(
        "self",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="sub_questions",
        limit_choices_to={"qtype": QuestionType.CASE},
        verbose_name=_("case"),
        help_text=_("For a sub-question of a case analysis: the case it belongs to."),
    )
    position = models.PositiveSmallIntegerField(_("position in case"), default=0)
    written_kind = models.CharField(
        _("kind of written answer"),
        max_length=16,
        choices=WrittenKind.choices,
        blank=True,
        db_index=True,
        help_text=_(
            "Written answers only: a case analysis, an essay or a drafting task (claims, a response to an "
            "office action, a request for invalidation). Blueprint sections can ask for one kind."
        ),
    )
    stem = RichTextField(_("stem"), features=["bold", "italic", "ol", "ul", "image", "superscript", "subscript"])
    option_a = models.TextField(_("option A"), blank=True)
    option_b = models.TextField(_("option B"), blank=True)
    option_c = models.TextField(_("option C"), blank=True)
    option_d = models.TextField(_("option D"), blank=True)
    option_e = models.TextField(_("option E"), blank=True)
    option_f = models.TextField(_("option F"), blank=True)
    option_g = models.TextField(_("option G"), blank=True)
    option_h = models.TextField(_("option H"), blank=True)
    answer = models.CharField(
        _("answer"),
        max_length=8,
        blank=True,
        help_text=_(
            "Option letters such as A or ACD; T or F for true/false; empty for case texts and written answers."
        ),
    )
    explanation = models.TextField(_("explanation (解析)"), blank=True)
    legal_basis = models.CharField(_("legal basis (法条依据)"), max_length=255, blank=True)
    rubric = models.TextField(
        _("marking rubric"), blank=True, help_text=_("Written answers: the model answer and how points are given.")
    )
    difficulty = models.PositiveSmallIntegerField(
        _("difficulty"), choices=Difficulty.choices, default=Difficulty.MEDIUM, db_index=True
    )
    source = models.CharField(_("source"), max_length=120, blank=True)
    year = models.PositiveSmallIntegerField(_("year"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=QuestionStatus.choices, default=QuestionStatus.DRAFT, db_index=True
    )
    current_version = models.ForeignKey(
        "QuestionVersion", on_delete=models.SET_NULL, null=True, blank=True, editable=False, related_name="+"
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = QuestionQuerySet.as_manager()

    search_fields = [
        index.SearchField("stem"),
        index.SearchField("external_id"),
        index.SearchField("legal_basis"),
        index.AutocompleteField("external_id"),
        index.FilterField("qtype"),
        index.FilterField("written_kind"),
        index.FilterField("status"),
        index.FilterField("paper_id"),
        index.FilterField("chapter_id"),
        index.FilterField("difficulty"),
    ]

    panels = [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("external_id"), FieldPanel("qtype"), FieldPanel("status")]),
                FieldPanel("written_kind"),
                FieldRowPanel([FieldPanel("paper"), FieldPanel("chapter"), FieldPanel("knowledge_point")]),
                FieldRowPanel([FieldPanel("parent"), FieldPanel("position")]),
            ],
            heading=_("Place in the bank"),
        ),
        FieldPanel("stem"),
        MultiFieldPanel(
            [FieldPanel(f"option_{key.lower()}") for key in OPTION_KEYS],
            heading=_("Options"),
        ),
        FieldPanel("answer"),
        FieldPanel("explanation"),
        FieldPanel("legal_basis"),
        FieldPanel("rubric"),
        FieldRowPanel([FieldPanel("difficulty"), FieldPanel("source"), FieldPanel("year")]),
    ]

    class Meta:
        ordering = ["paper__position", "chapter__position", "external_id"]
        verbose_name = _("question")
        verbose_name_plural = _("questions")
        permissions = [("publish_question", _("Can review questions and make them live"))]
        indexes = [models.Index(fields=["paper", "status", "qtype"], name="exams_q_draw_idx")]
        constraints = [
            models.CheckConstraint(condition=Q(difficulty__gte=1, difficulty__lte=5), name="exams_q_difficulty_range"),
        ]

    def __str__(self):
        return f"{self.external_id} · {self._plain_stem()[:40]}"

    def _plain_stem(self):
        return strip_tags(self.stem or "").strip()

    @admin.display(description=_("stem"))
    def stem_preview(self):
        """The start of the stem as plain text, for the bank's listing (whose first column is the id)."""
        text = self._plain_stem()
        return text if len(text) <= 60 else f"{text[:60]}…"

    # Content ------------------------------------------------------------------------------------
    def options(self):
        """Filled options as a list of (letter, text)."""
        return [
            (key, getattr(self, f"option_{key.lower()}"))
            for key in OPTION_KEYS
            if getattr(self, f"option_{key.lower()}")
        ]

    def option_dict(self):
        return {key: getattr(self, f"option_{key.lower()}") for key in OPTION_KEYS}

    def content(self):
        return {
            "qtype": self.qtype,
            "stem": self.stem,
            "options": self.options(),
            "answer": self.answer,
            "explanation": self.explanation,
            "legal_basis": self.legal_basis,
            "rubric": self.rubric,
        }

    def content_hash(self):
        return hashlib.sha256(json.dumps(self.content(), ensure_ascii=False, sort_keys=True).encode()).hexdigest()

    def clean(self):
        super().clean()
        self.answer = normalise_answer(self.qtype, self.answer)
        errors = {}
        problems = answer_problems(self.qtype, self.answer, self.option_dict())
        if problems:
            errors["answer"] = problems
        if self.chapter_id and self.paper_id and self.chapter.paper_id != self.paper_id:
            errors["chapter"] = _("The chapter belongs to another paper.")
        if self.knowledge_point_id and self.chapter_id and self.knowledge_point.chapter_id != self.chapter_id:
            errors["knowledge_point"] = _("The knowledge point belongs to another chapter.")
        if self.written_kind and self.qtype != QuestionType.WRITTEN:
            errors["written_kind"] = _("Only written answers have a kind; leave it empty for this type.")
        if self.parent_id:
            if self.qtype in (QuestionType.CASE, QuestionType.WRITTEN):
                errors["parent"] = _("A case holds only choice or true/false sub-questions.")
            elif self.parent.paper_id != self.paper_id:
                errors["parent"] = _("The case belongs to another paper.")
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):  # noqa: DJ012 (kept beside clean() and snapshot(), which it calls)
        if self.qtype:
            self.answer = normalise_answer(self.qtype, self.answer)
        with transaction.atomic():  # the draw banks are rebuilt once the new version is in place
            super().save(*args, **kwargs)
            self.snapshot()

    def snapshot(self):
        """Freeze the current content as a new version when it differs from the latest one."""
        digest = self.content_hash()
        latest = self.current_version
        if latest is not None and latest.content_hash == digest:
            return latest
        number = (self.versions.aggregate(models.Max("number"))["number__max"] or 0) + 1
        version = QuestionVersion.objects.create(
            question=self,
            number=number,
            qtype=self.qtype,
            stem=self.stem,
            options=[list(option) for option in self.options()],
            answer=self.answer,
            explanation=self.explanation,
            legal_basis=self.legal_basis,
            rubric=self.rubric,
            content_hash=digest,
        )
        Question.objects.filter(pk=self.pk).update(current_version=version)
        self.current_version = version
        return version

    # Preview as the learner sees it ---------------------------------------------------------------
    def get_preview_template(self, request, mode_name, **kwargs):
        return "exams/question_preview.html"

    def get_preview_context(self, request, mode_name, **kwargs):
        context = super().get_preview_context(request, mode_name, **kwargs)
        context["version"] = QuestionVersion(
            question=self,
            qtype=self.qtype,
            stem=self.stem,
            options=[list(option) for option in self.options()],
            answer=normalise_answer(self.qtype, self.answer),
            explanation=self.explanation,
            legal_basis=self.legal_basis,
            rubric=self.rubric,
        )
        context["case_text"] = self.parent.stem if self.parent_id else ""
        return context


class QuestionVersion(models.Model):
    """The learner-visible content of a question as it was at one time. Never edited."""

    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField()
    qtype = models.CharField(max_length=12, choices=QuestionType.choices)
    stem = models.TextField()
    options = models.JSONField(default=list)
    answer = models.CharField(max_length=8, blank=True)
    explanation = models.TextField(blank=True)
    legal_basis = models.CharField(max_length=255, blank=True)
    rubric = models.TextField(blank=True)
    content_hash = models.CharField(max_length=64)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["question", "number"]
        verbose_name = _("question version")
        verbose_name_plural = _("question versions")
        constraints = [models.UniqueConstraint(fields=["question", "number"], name="exams_version_number_unique")]

    def __str__(self):
        return f"{self.question_id} v{self.number}"

    @property
    def is_set_type(self):
        return self.qtype in SET_TYPES

    def display_options(self):
        if self.qtype == QuestionType.TRUE_FALSE:
            return [(TRUE, _("True")), (FALSE, _("False"))]
        return [tuple(option) for option in self.options]

    def answer_display(self):
        if self.qtype == QuestionType.TRUE_FALSE:
            return {TRUE: _("True"), FALSE: _("False")}.get(self.answer, "")
        return self.answer


class DrawMode(models.TextChoices):
    RANDOM = "random", _("Each learner draws their own paper")
    FIXED = "fixed", _("Every learner gets the same fixed paper")


class Blueprint(ClusterableModel):
    """How a paper is put together (试卷蓝图): sections per question type, chapter spread, timing, pass line."""

    name = models.CharField(_("name"), max_length=160)
    exam = models.ForeignKey(Exam, on_delete=models.CASCADE, related_name="blueprints", verbose_name=_("exam"))
    paper = models.ForeignKey(Paper, on_delete=models.CASCADE, related_name="blueprints", verbose_name=_("paper"))
    time_limit_minutes = models.PositiveSmallIntegerField(
        _("time limit (minutes)"), validators=[MinValueValidator(1), MaxValueValidator(600)]
    )
    pass_score = models.DecimalField(_("passing score"), max_digits=6, decimal_places=1)
    partial_credit_per_option = models.DecimalField(
        _("partial credit per right option"),
        max_digits=4,
        decimal_places=2,
        default=Decimal("0.5"),
        help_text=_(
            "Multiple and indefinite choice: all right options score full marks, any wrong option scores 0, "
            "and a subset of the right options with no wrong one scores this much per option chosen."
        ),
    )
    draw_mode = models.CharField(_("paper drawing"), max_length=10, choices=DrawMode.choices, default=DrawMode.RANDOM)
    fixed_question_ids = models.JSONField(default=list, blank=True, editable=False)
    is_active = models.BooleanField(_("offered to learners"), default=True)
    notes = models.TextField(_("notes"), blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("is_active")]),
        FieldRowPanel([FieldPanel("exam"), FieldPanel("paper")]),
        FieldRowPanel(
            [FieldPanel("time_limit_minutes"), FieldPanel("pass_score"), FieldPanel("partial_credit_per_option")]
        ),
        FieldPanel("draw_mode"),
        InlinePanel("sections", heading=_("Sections"), label=_("section"), min_num=1),
        InlinePanel("chapter_weights", heading=_("Spread over chapters"), label=_("chapter")),
        FieldPanel("notes"),
    ]

    class Meta:
        ordering = ["exam__position", "paper__position", "name"]
        verbose_name = _("blueprint")
        verbose_name_plural = _("blueprints")
        constraints = [models.CheckConstraint(condition=Q(pass_score__gte=0), name="exams_blueprint_pass_nonneg")]

    def __str__(self):
        return self.name

    @property
    def total_points(self):
        return sum((section.count * section.points_each for section in self.sections.all()), Decimal("0"))

    @property
    def question_count(self):
        return sum(section.count for section in self.sections.all())

    def clean(self):
        super().clean()
        if self.paper_id and self.paper.is_knowledge:
            raise ValidationError({"paper": _("A knowledge module is not an exam paper; choose an exam paper.")})
        if self.exam_id and self.paper_id and not self.paper.exams.filter(pk=self.exam_id).exists():
            raise ValidationError({"paper": _("This exam does not sit this paper.")})


class BlueprintSection(Orderable):
    blueprint = ParentalKey(Blueprint, on_delete=models.CASCADE, related_name="sections")
    label = models.CharField(_("heading"), max_length=80, blank=True, help_text=_("E.g. 单项选择题"))
    qtype = models.CharField(
        _("question type"),
        max_length=12,
        choices=QuestionType.choices,
        help_text=_("Case analysis: the count is the number of sub-questions, drawn as whole cases where possible."),
    )
    written_kind = models.CharField(
        _("kind of written answer"),
        max_length=16,
        choices=WrittenKind.choices,
        blank=True,
        help_text=_("Written answers only: draw just this kind. Empty: any written answer."),
    )
    count = models.PositiveSmallIntegerField(_("number of questions"), validators=[MinValueValidator(1)])
    points_each = models.DecimalField(_("points each"), max_digits=5, decimal_places=1)

    panels = [
        FieldRowPanel([FieldPanel("label"), FieldPanel("qtype"), FieldPanel("written_kind")]),
        FieldRowPanel([FieldPanel("count"), FieldPanel("points_each")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("section")
        verbose_name_plural = _("sections")

    def __str__(self):
        return self.label or self.get_qtype_display()

    @property
    def points(self):
        return self.count * self.points_each

    def clean(self):
        super().clean()
        if self.written_kind and self.qtype != QuestionType.WRITTEN:
            raise ValidationError({"written_kind": _("Only a section of written answers can ask for a kind.")})

    def wants(self, qtype, written_kind):
        """Whether a standalone question of this type and kind may fill this section."""
        return qtype == self.qtype and (not self.written_kind or written_kind == self.written_kind)

    def describe(self):
        """The section's type as a learner reads it: the kind for written answers that ask for one."""
        if self.written_kind:
            return self.get_written_kind_display()
        return self.get_qtype_display()


class BlueprintChapterWeight(Orderable):
    blueprint = ParentalKey(Blueprint, on_delete=models.CASCADE, related_name="chapter_weights")
    chapter = models.ForeignKey(Chapter, on_delete=models.CASCADE, related_name="+", verbose_name=_("chapter"))
    weight = models.PositiveSmallIntegerField(
        _("weight"), default=10, help_text=_("Relative share of each section drawn from this chapter.")
    )

    panels = [FieldRowPanel([FieldPanel("chapter"), FieldPanel("weight")])]

    class Meta(Orderable.Meta):
        verbose_name = _("chapter weight")
        verbose_name_plural = _("chapter weights")


SELF_CHECK_TYPES = AUTO_GRADED_TYPES  # questions a practice set may hold: checked at once by the server


class PracticeSet(ClusterableModel):
    """A short set of chosen questions placed in a lesson (StreamField block "self_check") or named as a
    course's final quiz. Anyone who may open the page can answer it; the server checks the answers, and
    keeps the result only for signed-in learners."""

    key = models.SlugField(
        _("key"),
        max_length=60,
        unique=True,
        help_text=_("Stable identifier, used by course imports to place this set in a lesson."),
    )
    title = models.CharField(_("title"), max_length=160)
    intro = models.TextField(_("introduction"), blank=True, max_length=600)
    pass_percent = models.PositiveSmallIntegerField(
        _("pass mark (%)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
        help_text=_("Share of the points needed to pass; needed when a course uses this set as its final quiz."),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    panels = [
        FieldRowPanel([FieldPanel("title"), FieldPanel("key")]),
        FieldPanel("intro"),
        FieldPanel("pass_percent"),
        InlinePanel("set_questions", heading=_("Questions"), label=_("question"), min_num=1, max_num=50),
    ]

    class Meta:
        ordering = ["title"]
        verbose_name = _("practice set")
        verbose_name_plural = _("practice sets")
        constraints = [
            models.CheckConstraint(
                condition=Q(pass_percent__isnull=True) | Q(pass_percent__gte=1, pass_percent__lte=100),
                name="exams_set_pass_percent_range",
            )
        ]

    def __str__(self):
        return self.title

    def live_questions(self):
        """The set's live questions in order, with their current versions (one query)."""
        rows = (
            self.set_questions.filter(question__status=QuestionStatus.LIVE)
            .select_related("question__current_version")
            .order_by("sort_order", "pk")
        )
        return [row.question for row in rows]


class PracticeSetQuestion(Orderable):
    practice_set = ParentalKey(PracticeSet, on_delete=models.CASCADE, related_name="set_questions")
    question = models.ForeignKey(
        Question,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("question"),
        limit_choices_to={"qtype__in": sorted(t.value for t in SELF_CHECK_TYPES), "parent__isnull": True},
    )

    panels = [FieldPanel("question")]

    class Meta(Orderable.Meta):
        verbose_name = _("question in a practice set")
        verbose_name_plural = _("questions in a practice set")
        constraints = [models.UniqueConstraint(fields=["practice_set", "question"], name="exams_set_question_once")]

    def clean(self):
        super().clean()
        if self.question_id and (self.question.qtype not in SELF_CHECK_TYPES or self.question.parent_id):
            raise ValidationError(
                {
                    "question": _(
                        "A practice set holds questions the server can check at once: single, multiple, "
                        "true/false or indefinite choice, not case texts, case sub-questions or written answers."
                    )
                }
            )


class AttemptMode(models.TextChoices):
    MOCK = "mock", _("Timed mock exam")
    PRACTICE = "practice", _("Practice")


class AttemptStatus(models.TextChoices):
    IN_PROGRESS = "in_progress", _("In progress")
    AWAITING_MARKING = "awaiting_marking", _("Awaiting marking")
    GRADED = "graded", _("Graded")


class AttemptQuerySet(models.QuerySet):
    def overdue(self, now=None):
        return self.filter(status=AttemptStatus.IN_PROGRESS, mode=AttemptMode.MOCK, deadline__lte=now or timezone.now())

    def finished(self):
        return self.exclude(status=AttemptStatus.IN_PROGRESS)


class Attempt(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="exam_attempts")
    mode = models.CharField(_("mode"), max_length=10, choices=AttemptMode.choices)
    paper = models.ForeignKey(Paper, on_delete=models.PROTECT, related_name="attempts", verbose_name=_("paper"))
    blueprint = models.ForeignKey(Blueprint, on_delete=models.SET_NULL, null=True, blank=True, related_name="attempts")
    chapter = models.ForeignKey(Chapter, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    knowledge_point = models.ForeignKey(
        KnowledgePoint, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    title = models.CharField(_("title"), max_length=200)
    started_at = models.DateTimeField(_("started at"), default=timezone.now)
    deadline = models.DateTimeField(_("deadline"), null=True, blank=True)
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True)
    auto_submitted = models.BooleanField(_("submitted when time ran out"), default=False)
    status = models.CharField(
        _("status"), max_length=20, choices=AttemptStatus.choices, default=AttemptStatus.IN_PROGRESS, db_index=True
    )
    score = models.DecimalField(_("score"), max_digits=7, decimal_places=1, null=True, blank=True)
    max_score = models.DecimalField(_("maximum score"), max_digits=7, decimal_places=1, default=0)
    pass_score = models.DecimalField(_("passing score"), max_digits=7, decimal_places=1, null=True, blank=True)
    partial_credit_per_option = models.DecimalField(max_digits=4, decimal_places=2, default=Decimal("0.5"))
    passed = models.BooleanField(_("passed"), null=True)
    practice_set = models.ForeignKey(
        PracticeSet, on_delete=models.SET_NULL, null=True, blank=True, related_name="attempts"
    )
    submission_token = models.CharField(
        max_length=40, blank=True, help_text="Sent with a self-check form; the same token twice is one attempt."
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = AttemptQuerySet.as_manager()

    class Meta:
        ordering = ["-started_at"]
        verbose_name = _("attempt")
        verbose_name_plural = _("attempts")
        indexes = [
            models.Index(fields=["user", "status"], name="exams_attempt_user_status"),
            models.Index(fields=["user", "practice_set", "-started_at"], name="exams_attempt_user_set"),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "submission_token"],
                condition=~Q(submission_token=""),
                name="exams_attempt_token_once",
            )
        ]

    def __str__(self):
        return f"{self.title} #{self.pk}"

    @property
    def is_mock(self):
        return self.mode == AttemptMode.MOCK

    @property
    def is_open(self):
        return self.status == AttemptStatus.IN_PROGRESS

    def is_overdue(self, now=None):
        return self.is_mock and self.is_open and self.deadline is not None and (now or timezone.now()) >= self.deadline

    def seconds_left(self, now=None):
        if self.deadline is None:
            return None
        return max(0, int((self.deadline - (now or timezone.now())).total_seconds()))

    def time_spent(self):
        end = self.submitted_at or timezone.now()
        return end - self.started_at


def has_answer(response, text_response):
    """Whether an item holds an answer: a choice, or a written answer that is not only blanks."""
    return bool(response or text_response.strip())


class AttemptItem(models.Model):
    """One question of an attempt, pinned to the version the learner saw, with their answer and score."""

    # No index of its own: the unique (attempt, position) index serves every lookup by attempt.
    attempt = models.ForeignKey(Attempt, on_delete=models.CASCADE, related_name="items", db_index=False)
    position = models.PositiveSmallIntegerField()
    question = models.ForeignKey(Question, on_delete=models.PROTECT, related_name="attempt_items")
    version = models.ForeignKey(QuestionVersion, on_delete=models.PROTECT, related_name="attempt_items")
    case_version = models.ForeignKey(
        QuestionVersion,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="case_attempt_items",
        db_index=False,  # a partial index below: only case sub-questions have one
    )
    section_label = models.CharField(max_length=80, blank=True)
    chapter = models.ForeignKey(Chapter, on_delete=models.PROTECT, related_name="+")
    points = models.DecimalField(max_digits=5, decimal_places=1)
    response = models.CharField(max_length=8, blank=True)
    text_response = models.TextField(blank=True)
    answered_at = models.DateTimeField(null=True, blank=True)
    score = models.DecimalField(max_digits=5, decimal_places=1, null=True, blank=True)
    is_correct = models.BooleanField(null=True)
    marked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        db_index=False,  # a partial index below: only marked written answers have one
    )
    marked_at = models.DateTimeField(null=True, blank=True)
    marker_comment = models.TextField(blank=True)

    class Meta:
        ordering = ["attempt", "position"]
        constraints = [
            models.UniqueConstraint(fields=["attempt", "position"], name="exams_item_position_unique"),
            models.UniqueConstraint(fields=["attempt", "question"], name="exams_item_question_unique"),
            models.CheckConstraint(condition=Q(score__isnull=True) | Q(score__gte=0), name="exams_item_score_nonneg"),
        ]
        # Every index is written for each of the hundred items a mock exam inserts at its start;
        # columns that are empty on most items get partial indexes.
        indexes = [
            models.Index(
                fields=["case_version"], condition=Q(case_version__isnull=False), name="exams_item_case_version"
            ),
            models.Index(fields=["marked_by"], condition=Q(marked_by__isnull=False), name="exams_item_marked_by"),
        ]

    def __str__(self):
        return f"{self.attempt_id}/{self.position}"

    @property
    def is_answered(self):
        return has_answer(self.response, self.text_response)

    @property
    def awaiting_marking(self):
        return self.version.qtype == QuestionType.WRITTEN and self.score is None

    def response_display(self):
        if self.version.qtype == QuestionType.TRUE_FALSE:
            return {TRUE: _("True"), FALSE: _("False")}.get(self.response, "")
        return self.response


class ReviewCard(models.Model):
    """A question in a learner's wrong-answer book or favourites, scheduled with FSRS."""

    GRADUATE_AFTER = 3  # right answers in a row that take a question out of the wrong-answer book

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="review_cards")
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="review_cards")
    in_wrong_book = models.BooleanField(_("in the wrong-answer book"), default=False)
    is_favourite = models.BooleanField(_("favourite"), default=False)
    fsrs_card = models.JSONField(default=dict)
    due = models.DateTimeField(_("due"), default=timezone.now, db_index=True)
    correct_streak = models.PositiveSmallIntegerField(_("right in a row"), default=0)
    times_wrong = models.PositiveSmallIntegerField(_("times wrong"), default=0)
    last_reviewed_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["due"]
        constraints = [models.UniqueConstraint(fields=["user", "question"], name="exams_card_unique")]

    def __str__(self):
        return f"{self.user_id}: {self.question_id} due {self.due:%Y-%m-%d}"


class ExamPlan(models.Model):
    """Which title a learner aims for and by when."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="exam_plans")
    exam = models.ForeignKey(Exam, on_delete=models.CASCADE, related_name="plans", verbose_name=_("exam"))
    target_date = models.DateField(_("exam date"))
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["target_date"]
        constraints = [models.UniqueConstraint(fields=["user", "exam"], name="exams_plan_unique")]

    def __str__(self):
        return f"{self.exam} {self.target_date}"


class PaperPass(models.Model):
    """A paper the learner passed in the real exam, and until when it counts."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="paper_passes")
    exam = models.ForeignKey(Exam, on_delete=models.CASCADE, related_name="+", verbose_name=_("exam"))
    paper = models.ForeignKey(Paper, on_delete=models.CASCADE, related_name="+", verbose_name=_("paper"))
    year = models.PositiveSmallIntegerField(
        _("year passed"), validators=[MinValueValidator(2000), MaxValueValidator(2100)]
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-year"]
        constraints = [models.UniqueConstraint(fields=["user", "exam", "paper"], name="exams_pass_unique")]

    def __str__(self):
        return f"{self.paper} {self.year}"

    @property
    def last_valid_year(self):
        return self.year + self.exam.validity_years - 1

    def is_valid(self, today=None):
        return (today or date.today()).year <= self.last_valid_year


class ReadinessSnapshot(models.Model):
    """Mastery and predicted score for one paper on one day, for the readiness chart."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    paper = models.ForeignKey(Paper, on_delete=models.CASCADE, related_name="+")
    day = models.DateField()
    mastery = models.DecimalField(max_digits=4, decimal_places=3)
    predicted_score = models.DecimalField(max_digits=6, decimal_places=1)
    pass_score = models.DecimalField(max_digits=6, decimal_places=1)

    class Meta:
        ordering = ["day"]
        constraints = [models.UniqueConstraint(fields=["user", "paper", "day"], name="exams_snapshot_unique")]

    def __str__(self):
        return f"{self.paper} {self.day}: {self.predicted_score}"


def default_validity_until(year, exam):
    return date(year + exam.validity_years - 1, 12, 31)
