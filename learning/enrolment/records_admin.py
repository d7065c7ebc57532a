"""The training records in the Wagtail admin (menu "Training records"): the hours ledger (claims to
approve or reject, hours added for training elsewhere with evidence and corrected, each entry's audit
trail), the certificates (revoke with a reason, which also revokes their hours) and the per-course
completion rules (course reviewers change them, course editors view them).

Talent-network administrators use it within their reach (``learning/talent/scope.py``: national
administrators and superusers everything; provincial and institution administrators the learners of
their institutions)."""

from functools import wraps

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.panels import FieldPanel
from wagtail.admin.viewsets.model import ModelViewSet

from . import certificates, hours
from .models import CompletionRule, HoursStatus

PAGE_SIZE = 50


def may_use(user):
    from learning.talent import scope

    return user.is_authenticated and (user.is_superuser or scope.viewer(user).is_administrator)


def may_see_completion_rules(user):
    """Superusers and the curriculum groups (课程审核 change the rules, 课程编辑 view them:
    migration ``enrolment.0006``)."""
    return user.is_authenticated and any(
        user.has_perm(f"enrolment.{action}_completionrule") for action in ("view", "change", "add")
    )


def administrators_only(view):
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not may_use(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapped


class TrainingElsewhereForm(forms.Form):
    """What an administrator records about training taken elsewhere (added or corrected)."""

    title = forms.CharField(label=gettext_lazy("Training"), max_length=200)
    provider = forms.CharField(label=gettext_lazy("Provider"), max_length=200, required=False)
    completed_on = forms.DateField(
        label=gettext_lazy("Completed on"),
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=gettext_lazy("The hours count in this date's year."),
    )
    professional_hours = forms.DecimalField(
        label=gettext_lazy("Professional hours"), max_digits=5, decimal_places=1, min_value=0, initial=0
    )
    general_hours = forms.DecimalField(
        label=gettext_lazy("General hours"), max_digits=5, decimal_places=1, min_value=0, initial=0
    )
    evidence = forms.FileField(label=gettext_lazy("Evidence"), required=False, validators=[hours.validate_evidence])
    note = forms.CharField(label=gettext_lazy("Note for the audit trail"), required=False, widget=forms.Textarea)


class ExternalHoursForm(TrainingElsewhereForm):
    learner = forms.EmailField(label=gettext_lazy("Learner's email"))
    field_order = ["learner"]

    def __init__(self, *args, admin_user, **kwargs):
        super().__init__(*args, **kwargs)
        self.admin_user = admin_user

    def clean_learner(self):
        from django.contrib.auth import get_user_model

        email = self.cleaned_data["learner"]
        user = get_user_model().objects.filter(email__iexact=email).first()
        if user is None:
            raise forms.ValidationError(_("No account has this email address."))
        if not _in_reach(self.admin_user, user):
            raise forms.ValidationError(_("This learner is not in an institution you administer."))
        return user


def _in_reach(admin_user, learner):
    from learning.talent import scope

    viewer = scope.viewer(admin_user)
    if viewer.national:
        return True
    person = getattr(learner, "talent_person", None)
    return person is not None and scope.contains(admin_user, person)


class CorrectionForm(TrainingElsewhereForm):
    evidence = forms.FileField(
        label=gettext_lazy("Replace the evidence"),
        required=False,
        validators=[hours.validate_evidence],
        help_text=gettext_lazy("Leave empty to keep the current file; a replaced file stays in the audit trail."),
    )
    note = forms.CharField(label=gettext_lazy("Why is the entry corrected?"), widget=forms.Textarea, max_length=1000)

    @classmethod
    def for_entry(cls, entry, data=None, files=None):
        initial = {
            "title": entry.title,
            "provider": entry.provider,
            "completed_on": entry.completed_on,
            "professional_hours": entry.professional_hours,
            "general_hours": entry.general_hours,
        }
        return cls(data, files, initial=initial)


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(choices=[("approve", gettext_lazy("Approve")), ("reject", gettext_lazy("Reject"))])
    reason = forms.CharField(label=gettext_lazy("Reason (the learner sees it)"), required=False, widget=forms.Textarea)


class RevokeForm(forms.Form):
    reason = forms.CharField(label=gettext_lazy("Reason (kept internal)"), widget=forms.Textarea, max_length=1000)


@administrators_only
def hours_index(request):
    status = request.GET.get("status", HoursStatus.PENDING)
    entries = hours.managed_entries(request.user).select_related("user").order_by("-created_at", "-pk")
    if status in HoursStatus.values:
        entries = entries.filter(status=status)
    q = request.GET.get("q", "").strip()
    if q:
        entries = entries.filter(
            Q(user__email__icontains=q) | Q(user__display_name__icontains=q) | Q(title__icontains=q)
        )
    page = Paginator(entries, PAGE_SIZE).get_page(request.GET.get("p"))
    return render(
        request,
        "enrolment/admin/hours_index.html",
        {"page_obj": page, "status": status, "statuses": HoursStatus.choices, "q": q, "title": _("Training hours")},
    )


@administrators_only
def hours_add(request):
    form = ExternalHoursForm(request.POST or None, request.FILES or None, admin_user=request.user)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            entry = hours.add_external(
                user=data["learner"],
                by=request.user,
                title=data["title"],
                provider=data["provider"],
                completed_on=data["completed_on"],
                professional_hours=data["professional_hours"],
                general_hours=data["general_hours"],
                evidence=data["evidence"],
                note=data["note"],
            )
        except hours.HoursError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("Hours added to %(learner)s's record.") % {"learner": entry.user})
            return redirect("records_admin:hours_detail", entry.pk)
    return render(
        request, "enrolment/admin/hours_add.html", {"form": form, "title": _("Add hours for training elsewhere")}
    )


@administrators_only
def hours_detail(request, pk):
    entry = get_object_or_404(hours.managed_entries(request.user).select_related("user"), pk=pk)
    form = DecisionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            hours.decide(
                entry,
                by=request.user,
                approve=form.cleaned_data["decision"] == "approve",
                reason=form.cleaned_data["reason"],
            )
        except hours.HoursError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("Decision recorded."))
            return redirect("records_admin:hours_index")
    return render(
        request,
        "enrolment/admin/hours_detail.html",
        {
            "entry": entry,
            "events": entry.events.select_related("actor"),
            "form": form,
            "title": entry.title,
            "evidence_url": reverse("records:hours_evidence", args=[entry.pk]) if entry.evidence else None,
        },
    )


@administrators_only
def hours_edit(request, pk):
    """Correct hours for training elsewhere that an administrator added; the audit trail says what changed."""
    entry = get_object_or_404(hours.managed_entries(request.user).select_related("user"), pk=pk)
    if not entry.added_by_administrator:
        messages.error(
            request, _("Only approved hours for training elsewhere added by an administrator can be corrected here.")
        )
        return redirect("records_admin:hours_detail", entry.pk)
    form = CorrectionForm.for_entry(entry, request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            hours.correct(entry, by=request.user, **form.cleaned_data)
        except hours.HoursError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("The entry was corrected; the audit trail records the change."))
            return redirect("records_admin:hours_detail", entry.pk)
    return render(
        request,
        "enrolment/admin/hours_edit.html",
        {"entry": entry, "form": form, "title": _("Correct: %(title)s") % {"title": entry.title}},
    )


@administrators_only
def certificate_index(request):
    found = certificates.managed_certificates(request.user).select_related("user").order_by("-issued_on", "-pk")
    q = request.GET.get("q", "").strip()
    if q:
        number = certificates.normalise(q)
        found = (
            found.filter(number=number)
            if number
            else found.filter(Q(holder_name__icontains=q) | Q(user__email__icontains=q))
        )
    page = Paginator(found, PAGE_SIZE).get_page(request.GET.get("p"))
    return render(
        request, "enrolment/admin/certificate_index.html", {"page_obj": page, "q": q, "title": _("Certificates")}
    )


@administrators_only
def certificate_revoke(request, pk):
    certificate = get_object_or_404(certificates.managed_certificates(request.user), pk=pk)
    form = RevokeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            certificates.revoke(certificate, by=request.user, reason=form.cleaned_data["reason"])
        except certificates.CertificateError as error:
            form.add_error(None, str(error))
        else:
            messages.success(
                request,
                _("Certificate %(number)s revoked; the hours it credited no longer count.")
                % {"number": certificate.number},
            )
            return redirect("records_admin:certificate_index")
    return render(
        request,
        "enrolment/admin/certificate_revoke.html",
        {
            "certificate": certificate,
            "form": form,
            "title": _("Revoke certificate %(number)s") % {"number": certificate.number},
        },
    )


urlpatterns = [
    path("hours/", hours_index, name="hours_index"),
    path("hours/add/", hours_add, name="hours_add"),
    path("hours/<int:pk>/", hours_detail, name="hours_detail"),
    path("hours/<int:pk>/correct/", hours_edit, name="hours_edit"),
    path("certificates/", certificate_index, name="certificate_index"),
    path("certificates/<int:pk>/revoke/", certificate_revoke, name="certificate_revoke"),
]


class CompletionRuleViewSet(ModelViewSet):
    model = CompletionRule
    icon = "tasks"
    menu_label = gettext_lazy("Completion rules")
    add_to_admin_menu = False
    list_display = ["course", "min_attendance_percent", "requires_final_quiz", "updated_at"]
    search_fields = ["course__title"]
    panels = [FieldPanel("course"), FieldPanel("min_attendance_percent"), FieldPanel("requires_final_quiz")]


completion_rules = CompletionRuleViewSet("completion_rules")
