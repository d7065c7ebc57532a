"""The training-hours ledger (学时档案): course credits, external training added by administrators
or claimed by learners (with evidence, approved or rejected with a reason), the yearly requirement
from the site settings, and each learner's standing against it.

Every change writes an ``HoursEntryEvent`` (who, when, what hours, why): the audit trail."""

from dataclasses import dataclass
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Count, DecimalField, Q, Sum, Value
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .models import HoursEntryEvent, HoursEventAction, HoursSource, HoursStatus, RecordsSettings, TrainingHoursEntry

ZERO = Decimal("0.0")
EVIDENCE_MAX_BYTES = 10 * 1024 * 1024
# Accepted evidence: extension → the bytes such a file starts with.
EVIDENCE_TYPES = {
    "pdf": (b"%PDF-",),
    "jpg": (b"\xff\xd8\xff",),
    "jpeg": (b"\xff\xd8\xff",),
    "png": (b"\x89PNG\r\n\x1a\n",),
}


class HoursError(Exception):
    """A refused change to the ledger, with a message for the person who tried."""


@dataclass(frozen=True)
class Requirement:
    total: Decimal
    professional: Decimal


@dataclass(frozen=True)
class YearStanding:
    """One learner's approved hours in one year against the requirement."""

    year: int
    professional: Decimal
    general: Decimal
    requirement: Requirement
    pending: int = 0

    @property
    def total(self):
        return self.professional + self.general

    @property
    def meets_total(self):
        return self.total >= self.requirement.total

    @property
    def meets_professional(self):
        return self.professional >= self.requirement.professional

    @property
    def meets(self):
        return self.meets_total and self.meets_professional

    @property
    def total_missing(self):
        return max(self.requirement.total - self.total, ZERO)

    @property
    def professional_missing(self):
        return max(self.requirement.professional - self.professional, ZERO)


def settings_for(site=None):
    """The site's training-records settings (the default site's when none is given)."""
    from wagtail.models import Site

    site = site or Site.objects.filter(is_default_site=True).first()
    if site is None:
        return RecordsSettings()
    return RecordsSettings.for_site(site)


def requirement(site=None):
    records = settings_for(site)
    return Requirement(total=records.required_hours, professional=records.required_professional_hours)


def standing(user, year, *, required=None):
    """``user``'s approved hours in ``year`` and pending claims against the requirement (one query
    plus the settings)."""
    totals = TrainingHoursEntry.objects.filter(user=user, year=year).aggregate(
        professional=Coalesce(
            Sum("professional_hours", filter=Q(status=HoursStatus.APPROVED)),
            Value(ZERO),
            output_field=DecimalField(max_digits=7, decimal_places=1),
        ),
        general=Coalesce(
            Sum("general_hours", filter=Q(status=HoursStatus.APPROVED)),
            Value(ZERO),
            output_field=DecimalField(max_digits=7, decimal_places=1),
        ),
        pending=Count("pk", filter=Q(status=HoursStatus.PENDING)),
    )
    return YearStanding(
        year=year,
        # One decimal place whatever the database's sum returns (SQLite gives 20 for 20.0).
        professional=Decimal(totals["professional"]).quantize(ZERO),
        general=Decimal(totals["general"]).quantize(ZERO),
        requirement=required or requirement(),
        pending=totals["pending"],
    )


def approved_entries(user, year):
    return TrainingHoursEntry.objects.filter(user=user, year=year, status=HoursStatus.APPROVED).order_by(
        "completed_on", "pk"
    )


def years_with_hours(user):
    """The years in which ``user`` has ledger entries, newest first, plus the current year."""
    years = set(TrainingHoursEntry.objects.filter(user=user).values_list("year", flat=True).distinct())
    years.add(timezone.localdate().year)
    return sorted(years, reverse=True)


def _event(entry, action, actor, note=""):
    HoursEntryEvent.objects.create(
        entry=entry,
        action=action,
        actor=actor if getattr(actor, "is_authenticated", False) else None,
        professional_hours=entry.professional_hours,
        general_hours=entry.general_hours,
        note=note,
    )


def credit_course(*, user, course, enrolment=None, completed_on):
    """Credit ``course``'s hours to ``user``'s ledger for the year of ``completed_on``; once per
    learner and course (a course completed again credits nothing). Returns the entry or None."""
    if TrainingHoursEntry.objects.filter(user=user, course=course, source=HoursSource.COURSE).exists():
        return None
    if not (course.hours_professional or course.hours_general):
        return None
    try:
        with transaction.atomic():
            entry = TrainingHoursEntry.objects.create(
                user=user,
                year=completed_on.year,
                professional_hours=course.hours_professional,
                general_hours=course.hours_general,
                source=HoursSource.COURSE,
                status=HoursStatus.APPROVED,
                course=course,
                enrolment=enrolment,
                title=course.title,
                provider=str(settings_for().certificate_issuer),
                completed_on=completed_on,
            )
            _event(entry, HoursEventAction.CREATED, None, _("Course completed"))
    except IntegrityError:  # the same completion recorded concurrently: one_course_credit_per_year
        return None
    return entry


def validate_evidence(upload):
    """Refuse evidence that is too large or not a PDF, JPEG or PNG (by name and by content)."""
    if upload is None:
        return
    if upload.size > EVIDENCE_MAX_BYTES:
        raise ValidationError(
            gettext_lazy("The evidence file is %(size)s MB; the limit is 10 MB.")
            % {"size": round(upload.size / 1024 / 1024, 1)}
        )
    extension = upload.name.rsplit(".", 1)[-1].lower() if "." in upload.name else ""
    if extension not in EVIDENCE_TYPES:
        raise ValidationError(gettext_lazy("Upload the evidence as a PDF, JPEG or PNG file."))
    head = upload.read(16)
    upload.seek(0)
    if not head.startswith(EVIDENCE_TYPES[extension]):
        raise ValidationError(
            gettext_lazy("The file's content is not a %(type)s file; upload the original document.")
            % {"type": extension.upper()}
        )


def _check_hours(professional, general):
    professional = professional or ZERO
    general = general or ZERO
    if professional < 0 or general < 0:
        raise HoursError(_("Hours cannot be negative."))
    if professional + general <= 0:
        raise HoursError(_("Enter professional or general hours (or both)."))
    return professional, general


def _check_date(completed_on):
    if completed_on > timezone.localdate():
        raise HoursError(_("The training cannot end in the future."))


def _create_external(*, user, by, title, provider, completed_on, professional_hours, general_hours, **fields):
    _check_date(completed_on)
    professional, general = _check_hours(professional_hours, general_hours)
    return TrainingHoursEntry.objects.create(
        user=user,
        year=completed_on.year,
        professional_hours=professional,
        general_hours=general,
        source=HoursSource.EXTERNAL,
        title=title,
        provider=provider,
        completed_on=completed_on,
        created_by=by,
        **fields,
    )


@transaction.atomic
def add_external(
    *, user, by, title, provider="", completed_on, professional_hours, general_hours, evidence=None, note=""
):
    """An administrator records training ``user`` took elsewhere: approved at once."""
    entry = _create_external(
        user=user,
        by=by,
        title=title,
        provider=provider,
        completed_on=completed_on,
        professional_hours=professional_hours,
        general_hours=general_hours,
        evidence=evidence or "",
        status=HoursStatus.APPROVED,
        decided_by=by,
        decided_at=timezone.now(),
    )
    _event(entry, HoursEventAction.CREATED, by, note)
    return entry


@transaction.atomic
def submit_claim(*, user, title, provider="", completed_on, professional_hours, general_hours, evidence):
    """A learner claims hours for training taken elsewhere; it counts once approved."""
    if not evidence:
        raise HoursError(_("Attach the certificate or attendance record as evidence."))
    entry = _create_external(
        user=user,
        by=user,
        title=title,
        provider=provider,
        completed_on=completed_on,
        professional_hours=professional_hours,
        general_hours=general_hours,
        evidence=evidence,
        status=HoursStatus.PENDING,
    )
    _event(entry, HoursEventAction.CLAIMED, user)
    return entry


def decide(entry, *, by, approve, reason=""):
    """Approve or reject a pending claim (a reason is required to reject; the learner sees it)."""
    reason = (reason or "").strip()
    if not approve and not reason:
        raise HoursError(_("Give the learner a reason for the rejection."))
    with transaction.atomic():
        entry = TrainingHoursEntry.objects.select_for_update().get(pk=entry.pk)
        if entry.status != HoursStatus.PENDING:
            raise HoursError(_("This claim was already decided."))
        entry.status = HoursStatus.APPROVED if approve else HoursStatus.REJECTED
        entry.decided_by = by
        entry.decided_at = timezone.now()
        entry.decision_reason = reason
        entry.save(update_fields=["status", "decided_by", "decided_at", "decision_reason", "updated_at"])
        _event(entry, HoursEventAction.APPROVED if approve else HoursEventAction.REJECTED, by, reason)
    return entry


def _hours_text(value):
    return f"{value:.1f}"


def correct(entry, *, by, title, provider="", completed_on, professional_hours, general_hours, evidence=None, note):
    """An administrator corrects training elsewhere that an administrator added (the title, the
    completion date and so the year, the professional and general hours, the evidence). The audit
    trail records what changed from what, who changed it and why; a replaced evidence file is kept
    in storage and named in the trail. Returns the entry."""
    note = (note or "").strip()
    if not note:
        raise HoursError(_("Say why the entry is corrected: the note goes into the audit trail."))
    _check_date(completed_on)
    professional, general = _check_hours(professional_hours, general_hours)
    with transaction.atomic():
        entry = TrainingHoursEntry.objects.select_for_update().get(pk=entry.pk)
        if not entry.added_by_administrator:
            raise HoursError(
                _("Only approved hours for training elsewhere added by an administrator can be corrected here.")
            )
        changes = []
        for label, before, after in (
            (_("training"), entry.title, title),
            (_("provider"), entry.provider, provider or ""),
            (_("completed on"), entry.completed_on.isoformat(), completed_on.isoformat()),
            (_("year"), str(entry.year), str(completed_on.year)),
            (_("professional hours"), _hours_text(entry.professional_hours), _hours_text(professional)),
            (_("general hours"), _hours_text(entry.general_hours), _hours_text(general)),
        ):
            if before != after:
                changes.append(f"{label}: {before or '—'} → {after or '—'}")
        if evidence:
            old = entry.evidence.name.rsplit("/", 1)[-1] if entry.evidence else "—"
            changes.append(_("evidence: %(old)s → %(new)s") % {"old": old, "new": evidence.name})
        if not changes:
            raise HoursError(_("Nothing was changed."))
        entry.title = title
        entry.provider = provider or ""
        entry.completed_on = completed_on
        entry.year = completed_on.year
        entry.professional_hours = professional
        entry.general_hours = general
        if evidence:
            entry.evidence = evidence
        entry.save()
        _event(entry, HoursEventAction.CHANGED, by, "; ".join(changes) + "\n" + note)
    return entry


def revoke_course_credit(certificate, *, by, reason):
    """The hours that the completion behind ``certificate`` credited stop counting: the entry is
    marked revoked (kept in the ledger for the audit trail, excluded from every total). Called by
    ``certificates.revoke`` inside its transaction. Returns the entry, or None when the course
    credited no hours."""
    entry = (
        TrainingHoursEntry.objects.select_for_update()
        .filter(user_id=certificate.user_id, course_id=certificate.course_id, source=HoursSource.COURSE)
        .exclude(status=HoursStatus.REVOKED)
        .first()
    )
    if entry is None:
        return None
    entry.status = HoursStatus.REVOKED
    entry.decided_by = by if getattr(by, "is_authenticated", False) else None
    entry.decided_at = timezone.now()
    entry.decision_reason = _("Certificate %(number)s was revoked.") % {"number": certificate.number}
    entry.save(update_fields=["status", "decided_by", "decided_at", "decision_reason", "updated_at"])
    _event(entry, HoursEventAction.REVOKED, by, f"{entry.decision_reason} {reason}".strip())
    return entry


def managed_entries(user, queryset=None):
    """Entries an administrator may see and decide: superusers and national administrators all;
    provincial and institution administrators those of learners in their reach."""
    from learning.talent import scope

    queryset = TrainingHoursEntry.objects.all() if queryset is None else queryset
    return scope.by_person(user, queryset, path="user__talent_person")


def may_manage(user, entry):
    return managed_entries(user).filter(pk=entry.pk).exists()
