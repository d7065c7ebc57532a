"""Enrolment pages inside the Wagtail admin: pending requests (bulk approve / reject), and for each
in-person or blended session its check-in QR code, roster and roster export. Thin: each parses the
request, asks a selector or a service, and renders."""

import datetime

import segno
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from learning.talent import spreadsheets

from . import services
from .errors import EnrolmentError
from .forms import DecisionForm
from .models import Session

PAGE_SIZE = 50


def requests_page(request):
    if not services.may_approve(request.user):
        raise PermissionDenied
    pending = services.pending_requests(request.user)
    if request.method == "POST":
        form = DecisionForm(request.POST)
        if form.is_valid():
            chosen = services.approvable(request.user).filter(pk__in=form.cleaned_data["enrolments"])
            try:
                if form.cleaned_data["action"] == "approve":
                    changed = services.approve(list(chosen), by=request.user, reason=form.cleaned_data["reason"])
                    text = ngettext("%(n)s request approved.", "%(n)s requests approved.", len(changed))
                else:
                    changed = services.reject(list(chosen), by=request.user, reason=form.cleaned_data["reason"])
                    text = ngettext("%(n)s request rejected.", "%(n)s requests rejected.", len(changed))
            except EnrolmentError as error:
                messages.error(request, error.message)
            else:
                messages.success(request, text % {"n": len(changed)})
                return redirect("enrolment_admin:requests")
        else:
            for errors in form.errors.values():
                for error in errors:
                    messages.error(request, error)
    else:
        form = DecisionForm()
    page = Paginator(pending, PAGE_SIZE).get_page(request.GET.get("p"))
    return render(
        request,
        "enrolment/admin/requests.html",
        {"title": _("Enrolment requests"), "page_obj": page, "form": form},
    )


def _managed_session(request, pk):
    session = get_object_or_404(Session.objects.select_related("course"), pk=pk)
    if not services.may_manage_session(request.user, session):
        raise PermissionDenied
    return session


def _day(request, session):
    days = session.days
    try:
        day = datetime.date.fromisoformat(request.GET.get("day", ""))
    except ValueError:
        day = timezone.localdate()
    if days and day not in days:
        day = timezone.localdate() if timezone.localdate() in days else days[0]
    return day


def checkin_page(request, pk):
    session = _managed_session(request, pk)
    if not session.has_attendance:
        messages.error(request, _("Only in-person and blended sessions with dates record attendance."))
        return redirect("enrolment_sessions:index")
    day = _day(request, session)
    url = request.build_absolute_uri(reverse("enrolment:check_in", args=[services.checkin_token(session, day)]))
    qr = segno.make(url, error="m").svg_inline(scale=6, dark="#1a1a1a", title=_("Check-in code"))
    return render(
        request,
        "enrolment/admin/checkin.html",
        {
            "title": _("Check-in code"),
            "session": session,
            "day": day,
            "days": session.days,
            "qr_svg": qr,
            "checkin_url": url,
            "expires_at": services.checkin_expires_at(day),
        },
    )


def roster_page(request, pk):
    session = _managed_session(request, pk)
    days = session.days
    rows = services.roster(session)
    if request.method == "POST":
        marks = {}
        for enrolment, _attended in rows:
            for day in days:
                marks[(enrolment.pk, day)] = f"a-{enrolment.pk}-{day.isoformat()}" in request.POST
        try:
            added, removed = services.set_attendance(session=session, marks=marks, by=request.user)
        except EnrolmentError as error:
            messages.error(request, error.message)
        else:
            messages.success(
                request,
                _("Attendance saved: %(added)s marked, %(removed)s cleared.") % {"added": added, "removed": removed},
            )
        return redirect("enrolment_admin:roster", pk=session.pk)
    table = [(enrolment, [(day, day in attended) for day in days]) for enrolment, attended in rows]
    return render(
        request,
        "enrolment/admin/roster.html",
        {"title": _("Roster"), "session": session, "days": days, "table": table},
    )


def roster_export(request, pk):
    session = _managed_session(request, pk)
    days = session.days
    header = [_("Learner"), _("Email"), _("Phone"), _("Status")] + [d.isoformat() for d in days] + [_("Days attended")]
    rows = [
        [e.user.get_full_name(), e.user.email, e.user.phone, str(e.get_status_display())]
        + [("✓" if d in attended else "") for d in days]
        + [len(attended & set(days))]
        for e, attended in services.roster(session)
    ]
    content = spreadsheets.workbook_bytes([(_("Roster"), header, rows)])
    response = HttpResponse(content, content_type=spreadsheets.XLSX_CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="roster-{session.course.code}-{session.pk}.xlsx"'
    return response
