"""The learner's side: enrol and withdraw from the course page (POST, then back to the page), and
the check-in link behind an attendance QR code. Thin: each calls a service and reports the outcome."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import Page

from . import services
from .errors import EnrolmentError
from .models import Enrolment, EnrolmentStatus, Session


def _course_of(session):
    """The session's course page with only what the messages and the redirect need."""
    return Page.objects.only("id", "title", "url_path", "locale_id").get(pk=session.course_id)


def _back_to_course(session, course=None):
    return redirect(((course or _course_of(session)).get_url() or "/") + "#sessions")


@require_POST
@login_required
def enrol(request, pk):
    try:
        enrolment = services.enrol(request.user, pk)
    except Session.DoesNotExist:
        raise Http404 from None
    except EnrolmentError as error:
        # A double click's second request finds the learner already in: the page shows their state.
        if not Enrolment.objects.filter(session_id=pk, user=request.user, status__in=services.ACTIVE).exists():
            messages.error(request, error.message)
        return _back_to_course(get_object_or_404(Session.objects.only("id", "course_id"), pk=pk))
    session = enrolment.session
    course = _course_of(session)
    title = course.title
    if enrolment.status == EnrolmentStatus.ENROLLED:
        messages.success(request, _("You are enrolled in %(course)s.") % {"course": title})
    elif enrolment.status == EnrolmentStatus.REQUESTED:
        messages.success(
            request, _("Your request for %(course)s was sent. We will email you the decision.") % {"course": title}
        )
    else:
        messages.info(
            request,
            _("%(course)s is full: you are on the waiting list. We will email you when a seat is yours.")
            % {"course": title},
        )
    return _back_to_course(session, course)


@require_POST
@login_required
def withdraw(request, pk):
    enrolment = get_object_or_404(Enrolment.objects.select_related("session__course"), pk=pk, user=request.user)
    try:
        services.withdraw(enrolment, by=request.user)
    except EnrolmentError as error:
        if enrolment.status != EnrolmentStatus.ENROLLED:  # a second click: already withdrawn
            messages.error(request, error.message)
    else:
        messages.success(request, _("You withdrew from %(course)s.") % {"course": enrolment.session.course.title})
    return _back_to_course(enrolment.session, enrolment.session.course)


@login_required
def check_in(request, token):
    """The page behind an attendance QR code. GET shows the course, session and day with one big
    "Check in" button (or why the code does not work) and records nothing; POST records the presence
    and comes back to the page (Post/Redirect/Get), so a double tap or a reload records it once."""
    if request.method not in ("GET", "POST"):
        return HttpResponseNotAllowed(["GET", "POST"])
    try:
        if request.method == "POST":
            services.check_in(user=request.user, token=token)
            return redirect(request.path)
        target = services.checkin_target(user=request.user, token=token)
    except EnrolmentError as error:
        return render(request, "enrolment/check_in.html", {"ok": False, "message": error.message}, status=400)
    return render(
        request,
        "enrolment/check_in.html",
        {
            "ok": True,
            "session": target.enrolment.session,
            "course": target.enrolment.session.course,
            "day": target.day,
            "attendance": target.attendance(),
        },
    )
