import json
from decimal import Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Q
from django.shortcuts import render
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from . import public_cache
from .blocks import LessonStreamBlock, QuestionGroupBlock
from .forms import InstructorForm


class Audience(models.TextChoices):
    STAFF = "staff", _("Public-service staff")
    SME = "sme", _("SMEs")
    EXAM = "exam", _("Title-exam candidates")
    ALL = "all", _("Everyone")


class Level(models.TextChoices):
    INTRO = "intro", _("Introductory")
    INTERMEDIATE = "intermediate", _("Intermediate")
    ADVANCED = "advanced", _("Advanced")


class DeliveryMode(models.TextChoices):
    SELF_PACED = "self_paced", _("Online, self-paced")
    LIVE = "live", _("Live online")
    IN_PERSON = "in_person", _("In person")
    BLENDED = "blended", _("Blended")


class Access(models.TextChoices):
    PUBLIC = "public", _("Public: anyone, no sign-in")
    REGISTERED = "registered", _("Registered users")
    STAFF = "staff", _("Verified public-service staff only")


class CourseLanguage(models.TextChoices):
    ZH_HANS = "zh-hans", _("Chinese")
    EN = "en", _("English")


def access_levels_for(user):
    """The course access levels a visitor may open (the one rule every listing and search uses)."""
    if user is None or not user.is_authenticated:
        return [Access.PUBLIC]
    # Editors and reviewers (anyone admitted to the Wagtail admin) must be able to preview every course.
    if user.is_superuser or _is_verified_staff(user) or user.has_perm("wagtailadmin.access_admin"):
        return [Access.PUBLIC, Access.REGISTERED, Access.STAFF]
    return [Access.PUBLIC, Access.REGISTERED]


def _is_verified_staff(user):
    cached = getattr(user, "_verified_staff", None)
    if cached is None:
        from learning.accounts.models import UserKind

        cached = user.kind == UserKind.STAFF and user.has_verified_email()
        user._verified_staff = cached
    return cached


@register_snippet
class Topic(index.Indexed, models.Model):
    """Two-level subject taxonomy: 专利 → 专利检索."""

    name = models.CharField(_("name"), max_length=60)
    name_en = models.CharField(_("name (English)"), max_length=80, blank=True)
    slug = models.SlugField(_("slug"), max_length=60, unique=True, allow_unicode=False)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent topic"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
        limit_choices_to={"parent__isnull": True},
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("name_en"),
        FieldPanel("slug"),
        FieldPanel("parent"),
        FieldPanel("sort_order"),
    ]
    search_fields = [index.SearchField("name"), index.SearchField("name_en"), index.AutocompleteField("name")]

    class Meta:
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["sort_order", "name"]

    def __str__(self):
        return f"{self.parent.name} → {self.name}" if self.parent_id else self.name

    def clean(self):
        if self.parent_id and self.parent.parent_id:
            raise ValidationError({"parent": _("Topics have two levels: choose a top-level topic as the parent.")})
        if self.parent_id and self.pk and self.parent_id == self.pk:
            raise ValidationError({"parent": _("A topic cannot be its own parent.")})

    def display_name(self, language):
        return self.name_en if language.startswith("en") and self.name_en else self.name


class InstructorQuerySet(models.QuerySet):
    def with_lecturer_pages(self):
        """Annotate ``lecturer_page_id``: the talent person whose public lecturer page this instructor
        links to, when the link exists and the person is a lecturer who opted in (no extra query)."""
        return self.annotate(
            lecturer_page_id=models.Case(
                models.When(Q(person__is_lecturer=True, person__public_profile=True), then=models.F("person_id")),
                default=None,
            )
        )


@register_snippet
class Instructor(index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=60)
    title = models.CharField(
        pgettext_lazy("instructor", "title"), max_length=80, blank=True, help_text=_("e.g. 研究员, 副教授, 专利审查员")
    )
    institution = models.CharField(_("institution"), max_length=120, blank=True)
    bio = models.TextField(_("biography"), blank=True, max_length=1200)
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    key = models.SlugField(
        _("key"), max_length=60, unique=True, help_text=_("Short identifier used by course imports.")
    )
    person = models.OneToOneField(
        "talent.Person",
        verbose_name=_("lecturer in the talent network"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="instructor",
        help_text=_(
            "Links the instructor to the lecturer's public profile page, which lists the courses they teach. "
            "Only lecturers who chose a public profile can be picked, each for one instructor."
        ),
    )

    objects = InstructorQuerySet.as_manager()
    base_form_class = InstructorForm

    panels = [
        FieldPanel("name"),
        FieldPanel("key"),
        FieldPanel("title"),
        FieldPanel("institution"),
        FieldPanel("bio"),
        FieldPanel("photo"),
        FieldPanel("person"),
    ]
    search_fields = [index.SearchField("name"), index.SearchField("institution"), index.AutocompleteField("name")]

    class Meta:
        verbose_name = _("instructor")
        verbose_name_plural = _("instructors")
        ordering = ["name"]

    def __str__(self):
        return f"{self.name}（{self.institution}）" if self.institution else self.name


class CatalogPage(Page):
    """The course catalogue: published courses the visitor may open, with facets, sort and search."""

    intro = models.TextField(_("introduction"), blank=True, max_length=500)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types = ["courses.CoursePage", "courses.TrackPage"]
    parent_page_types = ["cms.HomePage"]
    max_count = 1
    template = "courses/catalog_page.html"

    class Meta:
        verbose_name = _("course catalogue")

    def get_context(self, request, *args, **kwargs):
        from .catalog import browse_catalog

        context = super().get_context(request, *args, **kwargs)
        context["catalog"] = browse_catalog(user=request.user, params=request.GET)
        context["tracks"] = TrackPage.objects.live().public().only("id", "title", "intro", "url_path", "path", "depth")
        return context


class CoursePage(Page):
    code = models.CharField(_("course code"), max_length=20, unique=True, help_text=_("e.g. ZL-201"))
    summary = models.TextField(_("summary"), max_length=600)
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    outcomes = RichTextField(_("learning outcomes"), blank=True, features=["ul", "ol", "bold", "italic"])
    audience = models.CharField(
        _("audience"), max_length=10, choices=Audience.choices, default=Audience.ALL, db_index=True
    )
    level = models.CharField(_("level"), max_length=15, choices=Level.choices, default=Level.INTRO, db_index=True)
    delivery_mode = models.CharField(
        _("delivery mode"), max_length=15, choices=DeliveryMode.choices, default=DeliveryMode.SELF_PACED, db_index=True
    )
    hours_professional = models.DecimalField(
        _("professional hours (专业科目)"),
        max_digits=5,
        decimal_places=1,
        default=Decimal("0.0"),
        validators=[MinValueValidator(0)],
    )
    hours_general = models.DecimalField(
        _("general hours (公需科目)"),
        max_digits=5,
        decimal_places=1,
        default=Decimal("0.0"),
        validators=[MinValueValidator(0)],
    )
    hours_total = models.DecimalField(
        _("total hours"), max_digits=5, decimal_places=1, default=Decimal("0.0"), editable=False, db_index=True
    )
    access = models.CharField(
        _("access"), max_length=12, choices=Access.choices, default=Access.REGISTERED, db_index=True
    )
    language = models.CharField(
        _("language"), max_length=10, choices=CourseLanguage.choices, default=CourseLanguage.ZH_HANS, db_index=True
    )
    popularity = models.PositiveIntegerField(_("enrolments"), default=0, editable=False, db_index=True)
    topics = ParentalManyToManyField(Topic, verbose_name=_("topics"), blank=True, related_name="courses")
    instructors = ParentalManyToManyField(Instructor, verbose_name=_("instructors"), blank=True, related_name="courses")
    prerequisites = ParentalManyToManyField(
        "self", verbose_name=_("prerequisites"), blank=True, symmetrical=False, related_name="required_by"
    )
    final_quiz = models.ForeignKey(
        "exams.PracticeSet",
        verbose_name=_("final quiz"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="final_quiz_of",
        help_text=_(
            "A practice set with a pass mark that learners must pass to complete the course; it is shown "
            "at the end of the course page."
        ),
    )

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [FieldPanel("code"), FieldPanel("summary"), FieldPanel("cover_image"), FieldPanel("outcomes")],
            heading=_("Course"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("audience"),
                FieldPanel("level"),
                FieldPanel("delivery_mode"),
                FieldPanel("language"),
                FieldPanel("hours_professional"),
                FieldPanel("hours_general"),
            ],
            heading=_("Audience, level and hours"),
        ),
        FieldPanel("access"),
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
        FieldPanel("instructors"),
        FieldPanel("prerequisites"),
        FieldPanel("final_quiz"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("code", boost=5),
        index.SearchField("summary", boost=2),
        index.SearchField("outcomes"),
        index.FilterField("access"),
        index.FilterField("language"),
        index.RelatedFields("topics", [index.SearchField("name"), index.SearchField("name_en")]),
        index.RelatedFields("instructors", [index.SearchField("name")]),
    ]

    parent_page_types = ["courses.CatalogPage"]
    subpage_types = ["courses.LessonPage"]
    template = "courses/course_page.html"

    class Meta:
        verbose_name = _("course")
        verbose_name_plural = _("courses")
        constraints = [
            models.CheckConstraint(
                condition=Q(hours_professional__gte=0) & Q(hours_general__gte=0), name="course_hours_not_negative"
            )
        ]

    def save(self, *args, **kwargs):
        self.hours_total = (self.hours_professional or 0) + (self.hours_general or 0)
        super().save(*args, **kwargs)
        # Lessons carry their course's access level so that search can filter them without a join.
        LessonPage.objects.child_of(self).exclude(access=self.access).update(access=self.access)

    def clean(self):
        super().clean()
        if self.code:
            self.code = self.code.strip().upper()
        if self.final_quiz_id and not self.final_quiz.pass_percent:
            raise ValidationError(
                {"final_quiz": _("Give this practice set a pass mark before using it as a final quiz.")}
            )

    def user_can_view(self, user):
        return self.access in access_levels_for(user)

    @property
    def is_sme_module(self):
        """A public knowledge module for enterprises: it ends with "ask a service centre"."""
        return self.access == Access.PUBLIC and self.audience in (Audience.SME, Audience.ALL)

    @cached_property
    def lessons(self):
        return list(LessonPage.objects.child_of(self).live().specific().order_by("path"))

    @property
    def total_minutes(self):
        return sum(lesson.estimated_minutes for lesson in self.lessons)

    def serve(self, request, *args, **kwargs):
        if not self.user_can_view(request.user):
            return access_denied(request, self)
        if request.method == "POST" and self.final_quiz_id:
            from learning.exams.self_check import handle_post

            response = handle_post(request, self, {self.final_quiz_id: (self.final_quiz, "", True)})
            if response is not None:
                return response
        return serve_public(self, request, super().serve, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if self.final_quiz_id:
            from learning.exams.self_check import block_context

            context["final_quiz"] = block_context(context, self.final_quiz, final_quiz=True)["sc"]
        context["lessons"] = self.lessons
        context["topics"] = list(self.topics.select_related("parent"))
        context["instructors"] = self.instructor_list()
        context["prerequisites"] = list(
            self.prerequisites.live().only("id", "title", "code", "url_path", "path", "depth")
        )
        context["sessions"] = self.session_offers(request.user)
        context["progress"] = self.progress_for(request.user)
        context["json_ld"] = json.dumps(self.json_ld(request, context["instructors"]), ensure_ascii=False).replace(
            "</", "<\\/"
        )
        return context

    def instructor_list(self):
        """The instructors, each with ``lecturer_page_id`` when they link to a public lecturer page (one
        query). A preview of unsaved changes holds them in memory: no links there."""
        instructors = self.instructors.all()
        if isinstance(instructors, InstructorQuerySet):
            instructors = instructors.with_lecturer_pages()
        return list(instructors)

    def session_offers(self, user):
        """The course's sessions (班次) with what the visitor may do in each: three queries at most."""
        from learning.enrolment import services as enrolment

        sessions = enrolment.course_sessions(self, user)
        verified = bool(sessions) and user.is_authenticated and user.has_verified_email()
        offers = []
        for session in sessions:
            action, reason = enrolment.session_offer(session, user, verified=verified)
            offers.append({"session": session, "action": action, "reason": reason})
        return offers

    def progress_for(self, user):
        """The visitor's progress on this course's lessons (one query; nothing for visitors)."""
        from learning.enrolment import progress

        return progress.course_progress(user, self, self.lessons)

    def json_ld(self, request, instructors):
        """schema.org Course for search engines."""
        data = {
            "@context": "https://schema.org",
            "@type": "Course",
            "name": self.title,
            "description": self.summary,
            "courseCode": self.code,
            "inLanguage": "zh-CN" if self.language == CourseLanguage.ZH_HANS else self.language,
            "url": self.get_full_url(request),
            "educationalLevel": self.get_level_display(),
            "isAccessibleForFree": True,
            "timeRequired": f"PT{int(self.hours_total * 45)}M" if self.hours_total else None,
            "provider": {"@type": "Organization", "name": str(_("IP Talent Academy"))},
        }
        if instructors:
            data["instructor"] = [{"@type": "Person", "name": i.name} for i in instructors]
        return {k: v for k, v in data.items() if v is not None}


class LessonPage(Page):
    body = StreamField(LessonStreamBlock(), verbose_name=_("body"), blank=True)
    estimated_minutes = models.PositiveSmallIntegerField(
        _("estimated minutes"), default=15, validators=[MinValueValidator(1)]
    )
    is_required = models.BooleanField(_("required for completion"), default=True)
    access = models.CharField(
        max_length=12, choices=Access.choices, default=Access.REGISTERED, editable=False, db_index=True
    )

    content_panels = Page.content_panels + [
        FieldPanel("estimated_minutes"),
        FieldPanel("is_required"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [index.SearchField("body"), index.FilterField("access")]
    parent_page_types = ["courses.CoursePage"]
    subpage_types = []
    template = "courses/lesson_page.html"

    class Meta:
        verbose_name = _("lesson")
        verbose_name_plural = _("lessons")

    @cached_property
    def course(self):
        return CoursePage.objects.get(pk=self.get_parent().pk) if self.depth > 1 else None

    def save(self, *args, **kwargs):
        parent = self.get_parent() if self.path else None
        if parent is not None and parent.specific_class is CoursePage:
            self.access = parent.specific.access
        super().save(*args, **kwargs)

    def serve(self, request, *args, **kwargs):
        if not self.course.user_can_view(request.user):
            return access_denied(request, self.course)
        if request.method == "POST":
            from learning.exams.self_check import handle_post

            response = handle_post(request, self, self.self_check_sets())
            if response is not None:
                return response
        return serve_public(self.course, request, super().serve, *args, page=self, **kwargs)

    def self_check_sets(self):
        """Practice set id -> (set, heading, is the course's final quiz) for each self-check block."""
        final_quiz_id = self.course.final_quiz_id if self.course else None
        sets = {}
        for block in self.body:
            if block.block_type == "self_check" and block.value["practice_set"] is not None:
                practice_set = block.value["practice_set"]
                sets[practice_set.pk] = (practice_set, block.value.get("heading"), practice_set.pk == final_quiz_id)
        return sets

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        lessons = self.course.lessons
        ids = [lesson.pk for lesson in lessons]
        position = ids.index(self.pk) if self.pk in ids else None
        context.update(
            course=self.course,
            lessons=lessons,
            position=(position + 1) if position is not None else None,
            previous_lesson=lessons[position - 1] if position else None,
            next_lesson=lessons[position + 1] if position is not None and position + 1 < len(lessons) else None,
            lesson_done=self.visited_by(request.user),
        )
        return context

    def visited_by(self, user):
        """Record the signed-in visitor's visit ("continue where you left off"); whether they marked
        this lesson complete."""
        from learning.enrolment import progress

        return progress.record_visit(user, self, self.course)


class TrackPage(Page):
    """A learning path (培养路径): ordered courses for one role, e.g. patent-navigation analysts."""

    intro = models.TextField(_("introduction"), max_length=800)
    audience_text = models.CharField(_("who it is for"), max_length=200, blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("audience_text"),
        InlinePanel("track_courses", label=_("Courses"), min_num=1),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    parent_page_types = ["courses.CatalogPage"]
    subpage_types = []
    template = "courses/track_page.html"

    class Meta:
        verbose_name = _("learning track")
        verbose_name_plural = _("learning tracks")

    def courses_for(self, user):
        """The track's live courses in order, each with whether this visitor may open it."""
        items = self.track_courses.select_related("course").filter(course__live=True).order_by("sort_order")
        levels = access_levels_for(user)
        return [(item.course, item.course.access in levels) for item in items]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        track_courses = self.courses_for(request.user)
        context["track_courses"] = track_courses
        context["total_hours"] = sum((course.hours_total for course, _open in track_courses), Decimal("0.0"))
        return context


class TrackCourse(Orderable):
    track = ParentalKey(TrackPage, on_delete=models.CASCADE, related_name="track_courses")
    course = models.ForeignKey(CoursePage, verbose_name=_("course"), on_delete=models.CASCADE, related_name="+")

    panels = [FieldPanel("course")]

    class Meta(Orderable.Meta):
        verbose_name = _("course in track")
        constraints = [models.UniqueConstraint(fields=["track", "course"], name="track_course_once")]


def access_denied(request, course):
    """A clear explanation, with a sign-in or request-access path, instead of the content."""
    response = render(
        request,
        "courses/access_denied.html",
        {"course": course, "page": course, "signed_in": request.user.is_authenticated},
        status=403,
    )
    return response


def serve_public(course, request, serve, *args, page=None, **kwargs):
    """Public courses and their lessons go through the anonymous page cache (with the region chosen
    for "ask a service centre"); other courses are rendered for each visitor and never cached."""
    if course.access != Access.PUBLIC:
        return public_cache.mark_private(serve(request, *args, **kwargs))
    return public_cache.serve(page or course, request, lambda: serve(request, *args, **kwargs), params=("region",))


class SmeHubPage(Page):
    """The SME knowledge hub (中小企业知识产权服务): public modules grouped by the questions an
    enterprise actually has, the answers to frequent questions (FAQ pages below it), and the way to
    ask a service centre. Public, no sign-in, served from cache to anonymous visitors."""

    intro = models.TextField(_("introduction"), max_length=600)
    sections = StreamField([("question_group", QuestionGroupBlock())], verbose_name=_("question groups"), blank=True)
    national_institutions = ParentalManyToManyField(
        "talent.Institution",
        verbose_name=_("national service nodes"),
        blank=True,
        related_name="+",
        help_text=_(
            "Institutions that serve enterprises from every region (e.g. the national overseas dispute-response "
            'centre); listed after the visitor\'s prefecture and province under "ask a service centre".'
        ),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("sections"),
        FieldPanel("national_institutions"),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("sections")]
    parent_page_types = ["cms.HomePage"]
    subpage_types = ["courses.SmeFaqPage"]
    max_count = 1
    template = "courses/sme_hub_page.html"

    class Meta:
        verbose_name = _("SME knowledge hub")

    def serve(self, request, *args, **kwargs):
        return public_cache.serve(self, request, lambda: Page.serve(self, request, *args, **kwargs))

    def get_context(self, request, *args, **kwargs):
        from .hub import faq_entries, question_groups
        from .service_centres import need_form_url

        context = super().get_context(request, *args, **kwargs)
        context["groups"] = question_groups(self)
        context["faqs"] = faq_entries(self)
        context["need_form_url"] = need_form_url()
        return context


class SmeFaqPage(Page):
    """A frequent question of enterprises with a short answer written by editors (often started from
    collected needs with the admin's "turn into a FAQ entry" action)."""

    answer = RichTextField(_("answer"), features=["bold", "italic", "ol", "ul", "link"])
    category = models.CharField(
        _("need category"),
        max_length=16,
        blank=True,
        help_text=_("The category of collected needs this entry answers (for reports and the ask link)."),
    )
    related_courses = ParentalManyToManyField(
        CoursePage, verbose_name=_("related modules"), blank=True, related_name="+"
    )

    content_panels = Page.content_panels + [
        FieldPanel("answer"),
        FieldPanel("category"),
        FieldPanel("related_courses"),
    ]
    search_fields = Page.search_fields + [index.SearchField("answer")]
    parent_page_types = ["courses.SmeHubPage"]
    subpage_types = []
    template = "courses/sme_faq_page.html"

    class Meta:
        verbose_name = _("SME FAQ entry")
        verbose_name_plural = _("SME FAQ entries")

    def serve(self, request, *args, **kwargs):
        return public_cache.serve(self, request, lambda: Page.serve(self, request, *args, **kwargs), params=("region",))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["related"] = list(
            self.related_courses.live().filter(access=Access.PUBLIC).only("id", "title", "code", "summary", "url_path")
        )
        return context
