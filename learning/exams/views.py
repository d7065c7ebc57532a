"""Learner pages: dashboard, practice, timed mock exams, results, wrong-answer book, readiness, plan."""

from collections import OrderedDict
from decimal import Decimal

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from . import fragments, services
from .errors import ExamError
from .forms import PaperPassForm, PlanForm
from .models import (
    Attempt,
    AttemptMode,
    AttemptStatus,
    Blueprint,
    Chapter,
    KnowledgePoint,
    Paper,
    Question,
    QuestionStatus,
    ReadinessSnapshot,
    ReviewCard,
)

BOOK_PAGE_SIZE = 20  # questions per page of the wrong-answer book and favourites


def _own_attempt(request, pk):
    return get_object_or_404(Attempt.objects.select_related("paper", "blueprint"), pk=pk, user=request.user)


@login_required
def dashboard(request):
    papers = (
        Paper.objects.for_exams()
        .annotate(live_count=Count("questions", filter=Q(questions__status=QuestionStatus.LIVE), distinct=True))
        .prefetch_related("exams")
    )
    blueprints = Blueprint.objects.filter(is_active=True).select_related("exam", "paper").prefetch_related("sections")
    open_attempts = Attempt.objects.filter(user=request.user, status=AttemptStatus.IN_PROGRESS).select_related("paper")[
        :10
    ]
    recent = (
        Attempt.objects.filter(user=request.user).exclude(status=AttemptStatus.IN_PROGRESS).select_related("paper")[:8]
    )
    return render(
        request,
        "exams/dashboard.html",
        {
            "papers": papers,
            "blueprints": blueprints,
            "open_attempts": open_attempts,
            "recent_attempts": recent,
            "due_today": services.due_today_count(user=request.user),
            "plans": services.exam_plan_status(user=request.user),
        },
    )


@login_required
def paper_detail(request, code):
    paper = get_object_or_404(Paper.objects.for_exams(), code=code)
    chapters = (
        Chapter.objects.filter(paper=paper)
        .annotate(live_count=Count("questions", filter=Q(questions__status=QuestionStatus.LIVE)))
        .prefetch_related("knowledge_points")
    )
    figures = services.readiness(user=request.user, paper=paper)
    mastery = {row["chapter"].pk: row["mastery"] for row in figures["chapters"]}
    chapters = [(chapter, mastery.get(chapter.pk)) for chapter in chapters]
    blueprints = list(
        Blueprint.objects.filter(paper=paper, is_active=True)
        .select_related("exam")
        .prefetch_related("sections", "chapter_weights")
    )
    shortfalls = services.bank_shortfalls(blueprints=blueprints)
    blueprints = [(blueprint, shortfalls[blueprint.pk]) for blueprint in blueprints]
    return render(
        request,
        "exams/paper.html",
        {"paper": paper, "chapters": chapters, "blueprints": blueprints, "readiness": figures},
    )


@login_required
@require_POST
def start_practice(request, code):
    paper = get_object_or_404(Paper.objects.for_exams(), code=code)
    chapter = knowledge_point = None
    if request.POST.get("knowledge_point"):
        knowledge_point = get_object_or_404(KnowledgePoint, pk=request.POST["knowledge_point"], chapter__paper=paper)
    elif request.POST.get("chapter"):
        chapter = get_object_or_404(Chapter, pk=request.POST["chapter"], paper=paper)
    try:
        attempt = services.start_practice(
            user=request.user, paper=paper, chapter=chapter, knowledge_point=knowledge_point
        )
    except ExamError as error:
        messages.error(request, error.message)
        return redirect("exams:paper", code=paper.code)
    return redirect("exams:attempt", pk=attempt.pk)


@login_required
@require_POST
def start_mock(request, pk):
    blueprint = get_object_or_404(Blueprint, pk=pk, is_active=True)
    try:
        attempt = services.start_mock_exam(user=request.user, blueprint=blueprint)
    except ExamError as error:
        messages.error(request, error.message)
        return redirect("exams:paper", code=blueprint.paper.code)
    return redirect("exams:attempt", pk=attempt.pk)


@login_required
def attempt_view(request, pk):
    attempt = services.close_if_overdue(attempt=_own_attempt(request, pk), now=timezone.now())
    if not attempt.is_open:
        return redirect("exams:result", pk=attempt.pk)
    if attempt.mode == AttemptMode.PRACTICE:
        return _practice_page(request, attempt)
    # The items' own columns only: the question and case texts come from the fragment cache.
    items = [
        fragments.PaperItem(*row)
        for row in attempt.items.order_by("position").values_list(*fragments.PAPER_ITEM_FIELDS)
    ]
    question_map, paper = fragments.paper_html(items)
    answered = sum(1 for item in items if item.is_answered)
    return render(
        request,
        "exams/mock_take.html",
        {
            "attempt": attempt,
            "question_count": len(items),
            "question_map": question_map,
            "paper": paper,
            "answered": answered,
            "seconds_left": attempt.seconds_left(),
            "time_left": _clock(attempt.seconds_left()),
        },
    )


def _clock(seconds):
    seconds = seconds or 0
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60:02d}:{rest % 60:02d}"


def _practice_page(request, attempt, feedback=None):
    item = feedback or services.next_practice_item(attempt)
    total = attempt.items.count()
    answered = attempt.items.filter(answered_at__isnull=False).count()
    favourite = False
    if item is not None:
        favourite = ReviewCard.objects.filter(
            user=request.user, question_id=item.question_id, is_favourite=True
        ).exists()
    return render(
        request,
        "exams/practice_take.html",
        {
            "attempt": attempt,
            "item": item,
            "feedback": feedback is not None,
            "total": total,
            "answered": answered,
            "favourite": favourite,
        },
    )


@login_required
@require_POST
def answer_practice(request, pk):
    attempt = _own_attempt(request, pk)
    try:
        position = int(request.POST.get("position", ""))
        item = services.answer_practice(attempt=attempt, position=position, response=request.POST.getlist("response"))
    except (ValueError, ExamError) as error:
        messages.error(request, getattr(error, "message", _("Choose an answer first.")))
        return redirect("exams:attempt", pk=attempt.pk)
    attempt.refresh_from_db()
    item = attempt.items.select_related("version", "case_version").get(pk=item.pk)
    return _practice_page(request, attempt, feedback=item)


def _posted_answers(request):
    answers = {}
    for key in request.POST:
        if key.startswith("q") and key[1:].isdigit():
            values = request.POST.getlist(key)
            answers[int(key[1:])] = values if len(values) != 1 else values[0]
    return answers


@login_required
@require_POST
def save_answer(request, pk):
    """Autosave of one answer (fetch from exams/attempt.js). Answers JSON; never echoes a key. The
    hottest endpoint of a mock exam: the service loads the attempt with the item (see its docstring)."""
    try:
        position = int(request.POST.get("position", ""))
    except ValueError:
        return JsonResponse({"error": _("Which question? The request named none.")}, status=400)
    try:
        item = services.save_answer(
            attempt_id=pk,
            user=request.user,
            position=position,
            response=request.POST.getlist("response"),
            text=request.POST.get("text"),
        )
    except Attempt.DoesNotExist as error:
        raise Http404 from error
    except ExamError as error:
        attempt = get_object_or_404(Attempt, pk=pk, user=request.user)
        status = 409 if not attempt.is_open else 400
        return JsonResponse(
            {
                "error": error.message,
                "closed": not attempt.is_open,
                "result_url": reverse("exams:result", args=[attempt.pk]),
            },
            status=status,
        )
    return JsonResponse({"saved": True, "position": item.position, "seconds_left": item.attempt.seconds_left()})


@login_required
@require_POST
def submit(request, pk):
    attempt = _own_attempt(request, pk)
    answers = _posted_answers(request)
    if request.POST.get("action") == "save" and attempt.is_open:
        try:
            if attempt.is_overdue():
                raise ExamError(_("Time is up: the attempt was submitted with the answers saved before the deadline."))
            services.save_answers(attempt=attempt, answers=answers)
            messages.success(request, _("Your answers are saved."))
            return redirect("exams:attempt", pk=attempt.pk)
        except ExamError as error:
            messages.error(request, error.message)
    try:
        attempt = services.submit_attempt(attempt_id=attempt.pk, answers=answers, auto=request.POST.get("auto") == "1")
    except ExamError as error:
        messages.error(request, error.message)
        return redirect("exams:attempt", pk=attempt.pk)
    return redirect("exams:result", pk=attempt.pk)


@login_required
def result(request, pk):
    attempt = services.close_if_overdue(attempt=_own_attempt(request, pk), now=timezone.now())
    if attempt.is_open:
        return redirect("exams:attempt", pk=attempt.pk)
    items = list(attempt.items.select_related("version", "case_version", "chapter"))
    chapters = OrderedDict()
    for item in sorted(items, key=lambda i: (i.chapter.position, i.chapter_id)):
        row = chapters.setdefault(
            item.chapter_id,
            {"chapter": item.chapter, "score": Decimal(0), "points": Decimal(0), "count": 0, "right": 0},
        )
        row["points"] += item.points
        row["score"] += item.score or 0
        row["count"] += 1
        row["right"] += 1 if item.is_correct else 0
    for row in chapters.values():
        row["percent"] = int(row["score"] * 100 / row["points"]) if row["points"] else 0
    favourites = set(
        ReviewCard.objects.filter(
            user=request.user, is_favourite=True, question_id__in=[i.question_id for i in items]
        ).values_list("question_id", flat=True)
    )
    for item in items:
        item.is_favourite = item.question_id in favourites
    return render(
        request,
        "exams/result.html",
        {
            "attempt": attempt,
            "items": items,
            "chapters": chapters.values(),
            "time_spent_minutes": max(1, round(attempt.time_spent().total_seconds() / 60)),
        },
    )


@login_required
@require_POST
def toggle_favourite(request, pk):
    question = get_object_or_404(Question, pk=pk)
    card = services.toggle_favourite(user=request.user, question=question)
    if request.headers.get("X-Requested-With") == "fetch":
        return JsonResponse({"favourite": card.is_favourite})
    messages.success(request, _("Added to favourites.") if card.is_favourite else _("Removed from favourites."))
    return redirect(request.POST.get("next") or "exams:wrong_book")


@login_required
def wrong_book(request):
    """The wrong-answer book or the favourites, a page at a time, each question opening onto the
    learner's last graded answer with the key, explanation and legal basis."""
    show = services.BOOK_FAVOURITES if request.GET.get("show") == services.BOOK_FAVOURITES else services.BOOK_WRONG
    counts, papers = services.review_book_counts(user=request.user)
    paper = next((p for p in papers if p.code == request.GET.get("paper")), None)
    page = Paginator(services.review_book(user=request.user, show=show, paper=paper), BOOK_PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    page.object_list = services.attach_last_answers(list(page.object_list))
    return render(
        request,
        "exams/wrong_book.html",
        {
            "page": page,
            "show": show,
            "counts": counts,
            "papers": papers,
            "paper": paper,
            "due_today": services.due_today_count(user=request.user, paper=paper),
            "now": timezone.now(),
        },
    )


@login_required
@require_POST
def start_review(request):
    try:
        paper = Paper.objects.filter(code=request.POST.get("paper") or None).first()
        attempt = services.start_review(user=request.user, paper=paper)
    except ExamError as error:
        messages.info(request, error.message)
        return redirect("exams:wrong_book")
    return redirect("exams:attempt", pk=attempt.pk)


@login_required
def readiness(request):
    papers = list(Paper.objects.for_exams())
    figures = [services.readiness(user=request.user, paper=paper) for paper in papers]
    snapshots = ReadinessSnapshot.objects.filter(user=request.user).order_by("day")
    series = {}
    for snap in snapshots:
        series.setdefault(snap.paper_id, []).append(
            [snap.day.isoformat(), float(snap.predicted_score), float(snap.pass_score)]
        )
    chart = [{"paper": str(f["paper"]), "id": f["paper"].pk, "points": series.get(f["paper"].pk, [])} for f in figures]
    return render(
        request,
        "exams/readiness.html",
        {
            "figures": figures,
            "chart_data": chart,
            "labels": {"predicted": _("Predicted score"), "pass": _("Pass line")},
        },
    )


@login_required
def plan(request):
    plan_form = PlanForm(prefix="plan")
    pass_form = PaperPassForm(prefix="pass")
    if request.method == "POST":
        try:
            if "plan-exam" in request.POST:
                plan_form = PlanForm(request.POST, prefix="plan")
                if plan_form.is_valid():
                    services.set_exam_plan(user=request.user, **plan_form.cleaned_data)
                    messages.success(request, _("Your exam plan is saved."))
                    return redirect("exams:plan")
            else:
                pass_form = PaperPassForm(request.POST, prefix="pass")
                if pass_form.is_valid():
                    services.record_paper_pass(user=request.user, **pass_form.cleaned_data)
                    messages.success(request, _("The passed paper is recorded."))
                    return redirect("exams:plan")
        except ExamError as error:
            messages.error(request, error.message)
    return render(
        request,
        "exams/plan.html",
        {"plan_form": plan_form, "pass_form": pass_form, "plans": services.exam_plan_status(user=request.user)},
    )
