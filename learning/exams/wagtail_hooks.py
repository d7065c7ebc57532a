"""Exam preparation in the Wagtail admin: one menu with the bank, the syllabus, blueprints, the
spreadsheet import/export, marking of written answers and item analysis."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import ObjectList
from wagtail.admin.viewsets.base import ViewSet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from cms.admin_panels import TodoItem, TodoPanel

from . import admin_views
from .forms import QuestionAdminForm
from .models import Blueprint, Chapter, Exam, KnowledgePoint, Paper, PracticeSet, Question, QuestionStatus


class QuestionViewSet(SnippetViewSet):
    model = Question
    icon = "help"
    menu_label = _("Question bank")
    list_display = ["external_id", "stem_preview", "qtype", "chapter", "difficulty", "status", "updated_at"]
    list_filter = ["paper", "chapter", "qtype", "written_kind", "difficulty", "status"]
    search_fields = ["external_id", "stem", "legal_basis"]
    list_per_page = 50
    ordering = ["paper__position", "chapter__position", "external_id"]
    edit_handler = ObjectList(Question.panels, base_form_class=QuestionAdminForm)

    def get_queryset(self, request):
        return Question.objects.select_related("chapter__paper", "paper")


class BlueprintViewSet(SnippetViewSet):
    model = Blueprint
    icon = "clipboard-list"
    menu_label = _("Blueprints")
    list_display = ["name", "exam", "paper", "time_limit_minutes", "pass_score", "is_active"]
    list_filter = ["exam", "paper", "is_active"]


class PracticeSetViewSet(SnippetViewSet):
    """Practice sets (self-checks) that editors place in lessons or name as a course's final quiz."""

    model = PracticeSet
    icon = "tasks"
    menu_label = _("Practice sets")
    list_display = ["title", "key", "pass_percent", "updated_at"]
    search_fields = ["title", "key"]


class ExamViewSet(SnippetViewSet):
    model = Exam
    icon = "trophy"
    menu_label = _("Exams")
    list_display = ["name", "title_awarded", "validity_years"]


class PaperViewSet(SnippetViewSet):
    model = Paper
    icon = "doc-full"
    menu_label = _("Papers")
    list_display = ["name", "code", "kind"]
    list_filter = ["kind"]


class ChapterViewSet(SnippetViewSet):
    model = Chapter
    icon = "list-ul"
    menu_label = _("Syllabus chapters")
    list_display = ["title", "paper", "only_for", "position"]
    list_filter = ["paper"]


class KnowledgePointViewSet(SnippetViewSet):
    model = KnowledgePoint
    icon = "tag"
    menu_label = _("Knowledge points")
    list_display = ["title", "chapter"]
    list_filter = ["chapter__paper", "chapter"]


class PermissionMenuItem(MenuItem):
    permission = None

    def is_shown(self, request):
        return request.user.has_perm(self.permission)


class ToolViewSet(ViewSet):
    """A few admin pages that are not a model's list (import/export, marking, item analysis)."""

    permission = ""
    views = ()

    @property
    def menu_item_class(self):
        return type(f"{self.__class__.__name__}MenuItem", (PermissionMenuItem,), {"permission": self.permission})

    def get_urlpatterns(self):
        return [path(route, admin_views.require(self.permission, view), name=name) for route, view, name in self.views]


class ImportViewSet(ToolViewSet):
    name = "exams_import"
    icon = "upload"
    menu_label = _("Import / export")
    permission = "exams.add_question"
    views = (
        ("", admin_views.import_questions, "index"),
        ("export/", admin_views.export_questions, "export"),
        ("template/", admin_views.download_template, "template"),
    )


class CoverageViewSet(ToolViewSet):
    """Which blueprints the live bank can fill, and what is missing for the others."""

    name = "exams_coverage"
    icon = "list-ul"
    menu_label = _("Bank coverage")
    permission = "exams.add_question"
    views = (("", admin_views.bank_coverage, "index"),)


class MarkingViewSet(ToolViewSet):
    name = "exams_marking"
    icon = "edit"
    menu_label = _("Marking")
    permission = "exams.publish_question"
    views = (
        ("", admin_views.marking_queue, "index"),
        ("<int:item_id>/", admin_views.mark_item, "mark"),
    )


class AnalysisViewSet(ToolViewSet):
    name = "exams_analysis"
    icon = "table"
    menu_label = _("Item analysis")
    permission = "exams.publish_question"
    views = (("", admin_views.item_analysis, "index"),)


class CohortMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.is_cohort_viewer(request.user)


class CohortViewSet(ViewSet):
    """Results by institution and region, within the administrator's scope (learning.talent.scope)."""

    name = "exams_cohorts"
    icon = "group"
    menu_label = _("Results by institution")
    menu_item_class = CohortMenuItem

    def get_urlpatterns(self):
        return [path("", admin_views.cohort_results, name="index")]


class ExamsGroup(SnippetViewSetGroup):
    menu_label = _("Exam preparation")
    menu_icon = "help"
    menu_order = 250
    items = (
        QuestionViewSet,
        PracticeSetViewSet,
        BlueprintViewSet,
        ExamViewSet,
        PaperViewSet,
        ChapterViewSet,
        KnowledgePointViewSet,
        ImportViewSet,
        CoverageViewSet,
        MarkingViewSet,
        AnalysisViewSet,
        CohortViewSet,
    )


@hooks.register("register_admin_viewset")
def register_exams():
    return ExamsGroup()


@hooks.register("construct_homepage_panels")
def exam_work_waiting(request, panels):
    """For reviewers: questions waiting for review and written answers waiting for marking."""
    if not request.user.has_perm("exams.publish_question"):
        return
    in_review = Question.objects.filter(status=QuestionStatus.IN_REVIEW).count()
    to_mark = admin_views.awaiting_marking().count()
    questions = reverse("wagtailsnippets_exams_question:list")
    panels.append(
        TodoPanel(
            name="exam-work-waiting",
            heading=_("Exam preparation: waiting for a reviewer"),
            order=42,
            items=[
                TodoItem(_("questions in review"), in_review, f"{questions}?status={QuestionStatus.IN_REVIEW}"),
                TodoItem(_("written answers to mark"), to_mark, reverse("exams_marking:index")),
            ],
        )
    )
