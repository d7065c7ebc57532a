"""The learner's record: sessions (班次) and enrolments, lesson progress, the training-hours ledger
(学时档案) and certificates.

Rules that the database can hold are constraints here (one enrolment per learner and session, seats
never above capacity, one course credit per learner, course and year, one certificate per learner
and course); the use cases that move records between states live in ``services.py``."""

from datetime import timedelta
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.storage import storages
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


def private_storage():
    """Evidence files and certificate PDFs: kept outside MEDIA_ROOT so no web server serves them;
    they are downloaded only through views that check who asks (``records_views``)."""
    return storages["private"]


class SessionMode(models.TextChoices):
    SELF_PACED = "self_paced", _("Online, self-paced")
    LIVE_ONLINE = "live_online", _("Live online")
    IN_PERSON = "in_person", _("In person")
    BLENDED = "blended", _("Blended")


class Eligibility(models.TextChoices):
    STAFF = "staff", _("Public-service staff only")
    SME = "sme", _("SMEs")
    EVERYONE = "everyone", _("Everyone")


class Session(models.Model):
    """One run of a course (班次): its dates, place, seats and who may enrol."""

    course = models.ForeignKey(
        "courses.CoursePage", verbose_name=_("course"), on_delete=models.CASCADE, related_name="sessions"
    )
    title = models.CharField(_("title"), max_length=120, help_text=_("e.g. 2026年第二期"))
    mode = models.CharField(_("mode"), max_length=12, choices=SessionMode.choices, default=SessionMode.SELF_PACED)
    starts_on = models.DateField(_("first day"), null=True, blank=True)
    ends_on = models.DateField(_("last day"), null=True, blank=True)
    location = models.CharField(_("location"), max_length=200, blank=True)
    meeting_url = models.URLField(_("meeting link"), blank=True)
    capacity = models.PositiveIntegerField(
        _("capacity"), null=True, blank=True, help_text=_("Leave empty for no limit.")
    )
    seats_taken = models.PositiveIntegerField(_("seats taken"), default=0, editable=False)
    enrolment_opens_at = models.DateTimeField(_("enrolment opens"), null=True, blank=True)
    enrolment_closes_at = models.DateTimeField(_("enrolment closes"), null=True, blank=True)
    eligibility = models.CharField(
        _("who may enrol"), max_length=10, choices=Eligibility.choices, default=Eligibility.EVERYONE
    )
    requires_approval = models.BooleanField(_("enrolment needs approval"), default=False)
    institution = models.ForeignKey(
        "talent.Institution",
        verbose_name=_("organising institution"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="sessions",
    )
    organiser = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("organiser"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="organised_sessions",
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("session")
        verbose_name_plural = _("sessions")
        ordering = ["course", "starts_on", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(capacity__isnull=True) | Q(seats_taken__lte=F("capacity")),
                name="session_seats_within_capacity",
            ),
            models.CheckConstraint(
                condition=Q(starts_on__isnull=True) | Q(ends_on__isnull=True) | Q(ends_on__gte=F("starts_on")),
                name="session_ends_after_start",
            ),
        ]

    def __str__(self):
        return f"{self.course.title} · {self.title}"

    def clean(self):
        super().clean()
        if self.capacity is not None and self.capacity < self.seats_taken:
            raise ValidationError(
                {
                    "capacity": _("%(taken)s seats are already taken; the capacity cannot be lower.")
                    % {"taken": self.seats_taken}
                }
            )
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": _("The last day cannot be before the first day.")})
        if self.enrolment_opens_at and self.enrolment_closes_at and self.enrolment_closes_at < self.enrolment_opens_at:
            raise ValidationError({"enrolment_closes_at": _("Enrolment cannot close before it opens.")})

    @property
    def seats_left(self):
        """Free seats, or None when the session has no limit."""
        return None if self.capacity is None else max(self.capacity - self.seats_taken, 0)

    @property
    def seats_label(self):
        """ "3 / 10", or "3" without a limit: for lists."""
        return f"{self.seats_taken} / {self.capacity}" if self.capacity is not None else str(self.seats_taken)

    @property
    def has_attendance(self):
        """In-person and blended sessions record attendance per day."""
        return self.mode in (SessionMode.IN_PERSON, SessionMode.BLENDED) and self.starts_on is not None

    @property
    def days(self):
        """The session's days, first to last (empty for sessions without dates)."""
        if self.starts_on is None:
            return []
        last = self.ends_on or self.starts_on
        return [self.starts_on + timedelta(days=n) for n in range((last - self.starts_on).days + 1)]

    def window_state(self, now=None):
        """ "open", "not_open" (enrolment opens later), or "closed" (window or session over)."""
        now = now or timezone.now()
        if self.enrolment_opens_at and now < self.enrolment_opens_at:
            return "not_open"
        if self.enrolment_closes_at and now > self.enrolment_closes_at:
            return "closed"
        last = self.ends_on or self.starts_on
        if last and last < timezone.localdate(now):
            return "closed"
        return "open"


class EnrolmentStatus(models.TextChoices):
    REQUESTED = "requested", _("Awaiting approval")
    ENROLLED = "enrolled", _("Enrolled")
    WAITLISTED = "waitlisted", _("On the waiting list")
    COMPLETED = "completed", _("Completed")
    REJECTED = "rejected", _("Rejected")
    WITHDRAWN = "withdrawn", _("Withdrawn")


# The states that hold a seat in the session.
SEAT_HOLDING = (EnrolmentStatus.ENROLLED, EnrolmentStatus.COMPLETED)


class Enrolment(models.Model):
    """A learner's place in a session, from request to completion."""

    session = models.ForeignKey(Session, verbose_name=_("session"), on_delete=models.CASCADE, related_name="enrolments")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("learner"), on_delete=models.CASCADE, related_name="enrolments"
    )
    status = models.CharField(_("status"), max_length=12, choices=EnrolmentStatus.choices, db_index=True)
    requested_at = models.DateTimeField(_("requested"), default=timezone.now)
    waitlisted_at = models.DateTimeField(_("joined the waiting list"), null=True, blank=True)
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reason = models.TextField(_("reason"), blank=True, max_length=1000)
    completed_at = models.DateTimeField(_("completed"), null=True, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        ordering = ["-requested_at", "-pk"]
        constraints = [models.UniqueConstraint(fields=["session", "user"], name="one_enrolment_per_session")]
        indexes = [
            models.Index(fields=["user", "status"], name="enrolment_user_status"),
            models.Index(fields=["session", "status", "waitlisted_at"], name="enrolment_waitlist_order"),
        ]

    def __str__(self):
        return f"{self.user} · {self.session}"


class NoticeKind(models.TextChoices):
    CONFIRMED = "confirmed", _("Enrolment confirmed")
    WAITLISTED = "waitlisted", _("Put on the waiting list")
    APPROVAL_NEEDED = "approval_needed", _("Approval needed")
    APPROVED = "approved", _("Request approved")
    REJECTED = "rejected", _("Request rejected")
    PROMOTED = "promoted", _("Promoted from the waiting list")
    REMINDER = "reminder", _("Session reminder")


class Notice(models.Model):
    """One enrolment email sent to one recipient: the record that makes the notification tasks
    idempotent (a retried or repeated task finds the row and sends nothing)."""

    enrolment = models.ForeignKey(Enrolment, on_delete=models.CASCADE, related_name="notices")
    recipient = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(_("kind"), max_length=16, choices=NoticeKind.choices)
    key = models.CharField(
        max_length=40, help_text="What makes this notice unique: the request's time, or the session day."
    )
    sent_at = models.DateTimeField(_("sent"), default=timezone.now)

    class Meta:
        verbose_name = _("enrolment email")
        verbose_name_plural = _("enrolment emails")
        constraints = [
            models.UniqueConstraint(fields=["enrolment", "recipient", "kind", "key"], name="one_notice_per_event")
        ]

    def __str__(self):
        return f"{self.kind} · {self.enrolment_id} · {self.key}"


class AttendanceMethod(models.TextChoices):
    QR = "qr", _("QR check-in")
    MANUAL = "manual", _("Marked by the organiser")


class Attendance(models.Model):
    """Presence on one day of an in-person or blended session."""

    enrolment = models.ForeignKey(
        Enrolment, verbose_name=_("enrolment"), on_delete=models.CASCADE, related_name="attendance"
    )
    day = models.DateField(_("day"))
    method = models.CharField(_("how"), max_length=8, choices=AttendanceMethod.choices)
    marked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("recorded"), auto_now_add=True)

    class Meta:
        verbose_name = _("attendance")
        verbose_name_plural = _("attendance")
        constraints = [models.UniqueConstraint(fields=["enrolment", "day"], name="one_attendance_per_day")]

    def __str__(self):
        return f"{self.enrolment} · {self.day:%Y-%m-%d}"


class LessonProgress(models.Model):
    """A learner's completion of one lesson; kept with or without an enrolment (public modules)."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="lesson_progress")
    course = models.ForeignKey("courses.CoursePage", on_delete=models.CASCADE, related_name="+")
    lesson = models.ForeignKey("courses.LessonPage", on_delete=models.CASCADE, related_name="+")
    completed_at = models.DateTimeField(_("completed"), null=True, blank=True)
    last_visited_at = models.DateTimeField(_("last visited"), default=timezone.now)

    class Meta:
        verbose_name = _("lesson progress")
        verbose_name_plural = _("lesson progress")
        constraints = [models.UniqueConstraint(fields=["user", "lesson"], name="one_progress_per_lesson")]
        indexes = [models.Index(fields=["user", "course", "last_visited_at"], name="progress_user_course")]

    def __str__(self):
        return f"{self.user} · {self.lesson_id}"


class HoursSource(models.TextChoices):
    COURSE = "course", _("Course completed on this platform")
    EXTERNAL = "external", _("Training taken elsewhere")
    ADJUSTMENT = "adjustment", _("Correction by an administrator")


class HoursStatus(models.TextChoices):
    PENDING = "pending", _("Awaiting approval")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Rejected")
    # A course credit whose certificate was revoked: kept in the ledger, counted nowhere.
    REVOKED = "revoked", _("Revoked")


class TrainingHoursEntry(models.Model):
    """One line of a learner's training-hours ledger (学时档案) for a year."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("learner"), on_delete=models.CASCADE, related_name="hours_entries"
    )
    year = models.PositiveSmallIntegerField(_("year"))
    professional_hours = models.DecimalField(
        _("professional hours (专业科目)"),
        max_digits=5,
        decimal_places=1,
        default=Decimal("0.0"),
        validators=[MinValueValidator(Decimal("0.0"))],
    )
    general_hours = models.DecimalField(
        _("general hours (公需科目)"),
        max_digits=5,
        decimal_places=1,
        default=Decimal("0.0"),
        validators=[MinValueValidator(Decimal("0.0"))],
    )
    source = models.CharField(_("source"), max_length=12, choices=HoursSource.choices)
    status = models.CharField(_("status"), max_length=10, choices=HoursStatus.choices, default=HoursStatus.APPROVED)
    course = models.ForeignKey(
        "courses.CoursePage",
        verbose_name=_("course"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    enrolment = models.ForeignKey(Enrolment, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    title = models.CharField(_("training"), max_length=200)
    provider = models.CharField(_("provider"), max_length=200, blank=True)
    completed_on = models.DateField(_("completed on"))
    evidence = models.FileField(_("evidence"), upload_to="hours-evidence/%Y/", storage=private_storage, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    decision_reason = models.TextField(_("reason"), blank=True, max_length=1000)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("training-hours entry")
        verbose_name_plural = _("training-hours entries")
        ordering = ["-completed_on", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "course", "year"],
                condition=Q(source="course"),
                name="one_course_credit_per_year",
            ),
            models.CheckConstraint(
                condition=Q(professional_hours__gte=0) & Q(general_hours__gte=0), name="hours_not_negative"
            ),
        ]
        indexes = [models.Index(fields=["user", "year", "status"], name="hours_user_year")]

    def __str__(self):
        return f"{self.user} · {self.year} · {self.title}"

    @property
    def total_hours(self):
        return (self.professional_hours or Decimal("0.0")) + (self.general_hours or Decimal("0.0"))

    @property
    def added_by_administrator(self):
        """Training elsewhere recorded by an administrator (not a learner's claim, not a course
        credit): the entries an administrator may correct."""
        return (
            self.source == HoursSource.EXTERNAL
            and self.status == HoursStatus.APPROVED
            and self.created_by_id != self.user_id
        )


STATUS_LIST_SIZE = 131_072  # positions per revocation status list (16 KB: the minimum for herd privacy)


class Certificate(models.Model):
    """A course certificate: its public number, the holder's and course's details as issued, and
    whether it was revoked. The PDF and the signed credential are generated by a Celery task."""

    number = models.CharField(_("certificate number"), max_length=40, unique=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("holder"), on_delete=models.PROTECT, related_name="certificates"
    )
    course = models.ForeignKey(
        "courses.CoursePage", verbose_name=_("course"), on_delete=models.PROTECT, related_name="+"
    )
    enrolment = models.ForeignKey(Enrolment, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    holder_name = models.CharField(_("holder's name"), max_length=80)
    course_title = models.CharField(_("course title"), max_length=255)
    course_code = models.CharField(_("course code"), max_length=20)
    hours = models.DecimalField(_("hours"), max_digits=5, decimal_places=1)
    issuer = models.CharField(_("issued by"), max_length=120)
    issued_on = models.DateField(_("issued on"))
    pdf = models.FileField(_("PDF"), upload_to="certificates/%Y/", storage=private_storage, blank=True)
    credential = models.JSONField(_("signed credential"), null=True, blank=True)
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)
    revoked_reason = models.TextField(_("reason for revocation"), blank=True, max_length=1000)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    notified_at = models.DateTimeField(_("holder notified"), null=True, blank=True, editable=False)
    # The credential's place in a revocation status list (learning/enrolment/status_lists.py).
    status_list = models.PositiveIntegerField(_("status list"), null=True, blank=True, editable=False)
    status_index = models.PositiveIntegerField(_("status list index"), null=True, blank=True, editable=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        ordering = ["-issued_on", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["user", "course"], name="one_certificate_per_course"),
            models.UniqueConstraint(fields=["status_list", "status_index"], name="one_certificate_per_status_position"),
            models.CheckConstraint(
                condition=Q(status_list__isnull=True, status_index__isnull=True)
                | Q(status_list__gte=1, status_index__isnull=False, status_index__lt=STATUS_LIST_SIZE),
                name="certificate_status_position_in_list",
            ),
        ]

    def __str__(self):
        return self.number

    @property
    def is_valid(self):
        return self.revoked_at is None


class CompletionRule(models.Model):
    """What completing a course takes beyond its required lessons (edited in the Wagtail admin).
    A course without a rule needs its required lessons only."""

    course = models.OneToOneField(
        "courses.CoursePage", verbose_name=_("course"), on_delete=models.CASCADE, related_name="completion_rule"
    )
    min_attendance_percent = models.PositiveSmallIntegerField(
        _("minimum attendance (%)"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(100)],
        help_text=_("In-person and blended sessions: the share of days a learner must attend. Leave empty for none."),
    )
    requires_final_quiz = models.BooleanField(
        _("final quiz must be passed"),
        default=False,
        help_text=_("Only applies when the course has a final quiz."),
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("completion rule")
        verbose_name_plural = _("completion rules")
        constraints = [
            models.CheckConstraint(
                condition=Q(min_attendance_percent__isnull=True) | Q(min_attendance_percent__lte=100),
                name="completion_attendance_percent_range",
            )
        ]

    def __str__(self):
        return str(self.course)


class HoursEventAction(models.TextChoices):
    CREATED = "created", _("Added")
    CLAIMED = "claimed", _("Claimed by the learner")
    CHANGED = "changed", _("Changed")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Rejected")
    REVOKED = "revoked", _("Revoked with the certificate")


class HoursEntryEvent(models.Model):
    """The audit trail of a training-hours entry: who added, changed, approved or rejected it, when,
    and with what hours."""

    entry = models.ForeignKey(TrainingHoursEntry, on_delete=models.CASCADE, related_name="events")
    action = models.CharField(_("action"), max_length=10, choices=HoursEventAction.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    at = models.DateTimeField(_("when"), default=timezone.now)
    professional_hours = models.DecimalField(max_digits=5, decimal_places=1)
    general_hours = models.DecimalField(max_digits=5, decimal_places=1)
    note = models.TextField(_("note"), blank=True, max_length=1000)

    class Meta:
        verbose_name = _("training-hours event")
        verbose_name_plural = _("training-hours events")
        ordering = ["at", "pk"]

    def __str__(self):
        return f"{self.entry_id} · {self.action}"


@register_setting(icon="doc-full")
class RecordsSettings(BaseSiteSetting):
    """The yearly training-hours requirement and the name that issues certificates."""

    required_hours = models.DecimalField(
        _("required hours a year"),
        max_digits=5,
        decimal_places=1,
        default=Decimal("90.0"),
        validators=[MinValueValidator(Decimal("0.0"))],
    )
    required_professional_hours = models.DecimalField(
        _("of which professional hours (专业科目)"),
        max_digits=5,
        decimal_places=1,
        default=Decimal("60.0"),
        validators=[MinValueValidator(Decimal("0.0"))],
        help_text=_("Continuing-education rules ask for at least two thirds professional hours: 60 of 90."),
    )
    certificate_issuer = models.CharField(
        _("certificate issuer"),
        max_length=120,
        default="知识产权公共服务人才培训平台",
        help_text=_("The organisation named on certificates and in their signed credentials."),
    )

    class Meta:
        verbose_name = _("training records")

    def clean(self):
        super().clean()
        if (
            self.required_professional_hours is not None
            and self.required_hours is not None
            and self.required_professional_hours > self.required_hours
        ):
            raise ValidationError(
                {"required_professional_hours": _("Professional hours cannot exceed the yearly total.")}
            )
