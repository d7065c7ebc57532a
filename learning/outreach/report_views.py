"""The periodic needs report in the Wagtail admin: choose a period and a scope, see the charts,
download .xlsx or PDF; stored quarterly reports listed below. Who may choose which scope, and which
needs count, is decided by learning.talent.scope (through reports.allowed_scopes/reachable_needs)."""

import datetime

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from django.views.decorators.http import require_POST

from . import content_loop, report_files, reports
from .models import Report

MAX_DAYS = 3 * 366


def _recent_quarters(count=8):
    period = reports.quarter_of(timezone.localdate())
    quarters = []
    for _n in range(count):
        quarters.append(period)
        period = period.previous()
    return quarters


class ReportForm(forms.Form):
    period = forms.ChoiceField(label=_("Period"))
    start = forms.DateField(
        label=pgettext_lazy("date range", "From"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    end = forms.DateField(
        label=pgettext_lazy("date range", "To"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    scope = forms.ChoiceField(label=_("Scope"))

    def __init__(self, *args, scopes, **kwargs):
        super().__init__(*args, **kwargs)
        self.quarters = {p.label: p for p in _recent_quarters()}
        self.fields["period"].choices = [(label, label) for label in self.quarters] + [("custom", _("Other dates"))]
        self.scopes = {s.key: s for s in scopes}
        self.fields["scope"].choices = [(s.key, s.label) for s in scopes]

    def clean(self):
        data = super().clean()
        if data.get("period") == "custom":
            start, end = data.get("start"), data.get("end")
            if not start or not end:
                raise forms.ValidationError(_("Give both the first and the last day of the period."))
            if end < start:
                raise forms.ValidationError(_("The last day comes before the first day."))
            if (end - start).days > MAX_DAYS:
                raise forms.ValidationError(_("A report covers at most three years."))
            data["period_value"] = reports.Period(start, end + datetime.timedelta(days=1))
        elif data.get("period"):
            data["period_value"] = self.quarters[data["period"]]
        if data.get("scope"):
            data["scope_value"] = self.scopes[data["scope"]]
        return data


def _form(request):
    scopes = reports.allowed_scopes(request.user)
    if not scopes:
        raise PermissionDenied
    default = {"period": reports.last_complete_quarter().label, "scope": scopes[0].key}
    form = ReportForm(request.GET or default, scopes=scopes)
    return form


def report_page(request):
    form = _form(request)
    figures = None
    if form.is_valid():
        scope = form.cleaned_data["scope_value"]
        needs = scope.filter(reports.reachable_needs(request.user))
        figures = reports.figures(needs=needs, period=form.cleaned_data["period_value"], scope=scope)
    keys = list(form.scopes)
    stored = Report.objects.filter(scope_key__in=keys).only(
        "id", "period_start", "period_end", "scope_label", "updated_at", "automatic", "figures"
    )[:40]
    return render(
        request,
        "outreach/admin/report.html",
        {"form": form, "figures": figures, "stored": stored, "query": request.GET.urlencode()},
    )


def report_export(request, fmt):
    if fmt not in ("xlsx", "pdf"):
        raise Http404
    form = _form(request)
    if not form.is_valid():
        raise Http404
    scope, period = form.cleaned_data["scope_value"], form.cleaned_data["period_value"]
    figures = reports.figures(needs=scope.filter(reports.reachable_needs(request.user)), period=period, scope=scope)
    name = f"needs-report-{scope.key.replace(':', '-')}-{period.label}"
    if fmt == "xlsx":
        content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        body = report_files.xlsx_bytes(figures)
    else:
        content_type, body = "application/pdf", report_files.pdf_bytes(figures)
    response = HttpResponse(body, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{name}.{fmt}"'
    return response


def stored_report_file(request, pk, fmt):
    if fmt not in ("xlsx", "pdf"):
        raise Http404
    report = get_object_or_404(Report, pk=pk)
    if report.scope_key not in {s.key for s in reports.allowed_scopes(request.user)}:
        raise PermissionDenied
    file = report.xlsx if fmt == "xlsx" else report.pdf
    if not file:
        raise Http404
    return FileResponse(file.open("rb"), as_attachment=True, filename=file.name.rsplit("/", 1)[-1])


@require_POST
def draft_content(request):
    """Turn the needs of one category (optionally with one subject) into a draft FAQ entry or a draft
    public module, and open it in the page editor."""
    if not reports.allowed_scopes(request.user):
        raise PermissionDenied
    needs = reports.reachable_needs(request.user).filter(category=request.POST.get("category", ""))
    if request.POST.get("title"):
        needs = needs.filter(title=request.POST["title"])
    back = request.POST.get("next") or reverse("needs_report:report")
    if not back.startswith("/"):
        back = reverse("needs_report:report")
    try:
        page = content_loop.draft_from_needs(needs=needs, kind=request.POST.get("kind"), user=request.user)
    except content_loop.ContentLoopError as error:
        messages.error(request, str(error))
        return redirect(back)
    messages.success(
        request,
        _("Draft “%(title)s” created: finish it and submit it for review (课程审核).") % {"title": page.title},
    )
    return redirect("wagtailadmin_pages:edit", page.pk)
