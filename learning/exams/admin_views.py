"""Wagtail admin pages of the exam area that are not a model listing: spreadsheet import/export,
marking written answers (anonymously) and item analysis."""

from functools import wraps

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from . import analysis, importers, services
from .errors import ExamError
from .forms import ImportForm, MarkingForm
from .models import AttemptItem, AttemptStatus, Blueprint, Paper, Question, QuestionType

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def require(permission, view):
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not request.user.has_perm(permission):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapped


def _xlsx(content, filename):
    response = HttpResponse(content, content_type=XLSX)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def import_questions(request):
    form = ImportForm()
    result = None
    if request.method == "POST":
        form = ImportForm(request.POST, request.FILES)
        if form.is_valid():
            result = importers.validate(form.cleaned_data["file"], user=request.user)
            if result.ok:
                counts = importers.import_rows(result.rows)
                messages.success(
                    request,
                    _("Imported: %(created)s new, %(updated)s updated, %(unchanged)s unchanged.") % counts,
                )
                return redirect("exams_import:index")
    papers = Paper.objects.all()
    return render(request, "exams/admin/import.html", {"form": form, "result": result, "papers": papers})


def export_questions(request):
    questions = Question.objects.all()
    paper = request.GET.get("paper")
    if paper:
        questions = questions.filter(paper__code=paper)
    stamp = timezone.localtime().strftime("%Y%m%d-%H%M")
    return _xlsx(importers.export(questions), f"question-bank-{paper or 'all'}-{stamp}.xlsx")


def download_template(request):
    return _xlsx(importers.template(), "question-bank-template.xlsx")


def bank_coverage(request):
    """Every blueprint and whether the live bank can fill it: for each section it cannot, how many
    questions of which type (and kind of written answer) are missing, with the chapters' holdings."""
    blueprints = list(Blueprint.objects.select_related("exam", "paper").prefetch_related("sections", "chapter_weights"))
    shortfalls = services.bank_shortfalls(blueprints=blueprints)
    rows = [(blueprint, shortfalls[blueprint.pk]) for blueprint in blueprints]
    return render(request, "exams/admin/coverage.html", {"rows": rows})


def awaiting_marking():
    """Written answers of submitted attempts that no reviewer has marked yet."""
    return AttemptItem.objects.filter(
        version__qtype=QuestionType.WRITTEN, score__isnull=True, attempt__status=AttemptStatus.AWAITING_MARKING
    )


def marking_queue(request):
    """Written answers awaiting marking, oldest first. Shows no learner's name: attempts are numbers."""
    items = (
        awaiting_marking()
        .select_related("attempt__paper", "version")
        .order_by("attempt__submitted_at", "position")[:200]
    )
    return render(request, "exams/admin/marking_queue.html", {"items": items})


def mark_item(request, item_id):
    item = get_object_or_404(
        AttemptItem.objects.select_related("attempt__paper", "version", "case_version", "question"),
        pk=item_id,
        version__qtype=QuestionType.WRITTEN,
    )
    form = MarkingForm(initial={"score": item.score, "comment": item.marker_comment})
    if request.method == "POST":
        form = MarkingForm(request.POST)
        if form.is_valid():
            try:
                services.mark_written_answer(
                    item_id=item.pk,
                    marker=request.user,
                    score=form.cleaned_data["score"],
                    comment=form.cleaned_data["comment"],
                )
            except ExamError as error:
                form.add_error("score", error.message)
            else:
                messages.success(request, _("The mark is saved."))
                return redirect("exams_marking:index")
    return render(request, "exams/admin/mark_item.html", {"item": item, "form": form})


def is_cohort_viewer(user):
    from learning.talent import scope

    return scope.viewer(user).is_administrator


def cohort_results(request):
    if not is_cohort_viewer(request.user):
        raise PermissionDenied
    papers = list(Paper.objects.all())
    paper = next((p for p in papers if p.code == request.GET.get("paper")), papers[0] if papers else None)
    rows = analysis.cohort_results(viewer_user=request.user, paper=paper) if paper else []
    return render(request, "exams/admin/cohorts.html", {"papers": papers, "paper": paper, "rows": rows})


def item_analysis(request):
    papers = list(Paper.objects.all())
    paper = next((p for p in papers if p.code == request.GET.get("paper")), papers[0] if papers else None)
    rows = []
    if paper is not None:
        stats = analysis.item_statistics(paper=paper)
        questions = Question.objects.filter(pk__in=stats.keys()).select_related("chapter")
        rows = sorted(
            ({"question": q, **stats[q.pk]} for q in questions),
            key=lambda row: (not row["flags"], row["discrimination"] if row["discrimination"] is not None else 9),
        )
    return render(request, "exams/admin/analysis.html", {"papers": papers, "paper": paper, "rows": rows})
