"""Enterprises and their members, and the needs and questions that SMEs send to the IP
public-service network: where each went, what was done and what came of it."""

import uuid
from pathlib import PurePosixPath

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from learning.talent.models import Institution, Region, private_storage

from . import references
from .validators import normalise_credit_code, validate_credit_code


class Industry(models.TextChoices):
    """GB/T 4754-2017 national industry classification, sections (门类) A–T."""

    A = "A", _("Agriculture, forestry, animal husbandry and fishery")
    B = "B", _("Mining")
    C = "C", _("Manufacturing")
    D = "D", _("Production and supply of electricity, heat, gas and water")
    E = "E", _("Construction")
    F = "F", _("Wholesale and retail trade")
    G = "G", _("Transport, storage and postal services")
    H = "H", _("Accommodation and catering")
    I = "I", _("Information transmission, software and information technology services")  # noqa: E741
    J = "J", _("Finance")
    K = "K", _("Real estate")
    L = "L", _("Leasing and business services")
    M = "M", _("Scientific research and technical services")
    N = "N", _("Water conservancy, environment and public facilities management")
    O = "O", _("Resident services, repair and other services")  # noqa: E741
    P = "P", _("Education")
    Q = "Q", _("Health and social work")
    R = "R", _("Culture, sports and entertainment")
    S = "S", _("Public administration, social security and social organisations")
    T = "T", _("International organisations")


class EnterpriseSize(models.TextChoices):
    """Enterprise size by the MIIT classification (工信部联企业〔2011〕300号)."""

    MICRO = "micro", _("Micro enterprise")
    SMALL = "small", _("Small enterprise")
    MEDIUM = "medium", _("Medium enterprise")
    LARGE = "large", _("Large enterprise")


class Enterprise(models.Model):
    name = models.CharField(_("enterprise name"), max_length=200)
    credit_code = models.CharField(
        _("unified social credit code"), max_length=18, unique=True, validators=[validate_credit_code]
    )
    region = models.ForeignKey(Region, verbose_name=_("region"), on_delete=models.PROTECT, related_name="+")
    industry = models.CharField(_("industry"), max_length=1, choices=Industry.choices)
    size = models.CharField(_("size"), max_length=8, choices=EnterpriseSize.choices)
    members = models.ManyToManyField(
        settings.AUTH_USER_MODEL, through="EnterpriseMembership", related_name="enterprises", blank=True
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("enterprise")
        verbose_name_plural = _("enterprises")
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(credit_code__regex=r"^[0-9A-HJ-NPQRTUWXY]{18}$"),
                name="outreach_enterprise_credit_code_shape",
            ),
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.credit_code = normalise_credit_code(self.credit_code)
        super().save(*args, **kwargs)


class MembershipRole(models.TextChoices):
    OWNER = "owner", _("Owner")
    MEMBER = "member", _("Member")


class EnterpriseMembership(models.Model):
    enterprise = models.ForeignKey(Enterprise, on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="enterprise_memberships")
    role = models.CharField(_("role"), max_length=8, choices=MembershipRole.choices, default=MembershipRole.MEMBER)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("enterprise member")
        verbose_name_plural = _("enterprise members")
        constraints = [
            models.UniqueConstraint(fields=["user", "enterprise"], name="outreach_membership_once"),
        ]

    def __str__(self):
        return f"{self.user} · {self.enterprise}"


class NeedCategory(models.TextChoices):
    PATENT = "patent", _("Patent search / application")
    TRADEMARK = "trademark", _("Trademark")
    COPYRIGHT = "copyright", _("Copyright")
    FINANCING = "financing", _("IP financing")
    TRANSFER = "transfer", _("Transfer and licensing")
    INFRINGEMENT = "infringement", _("Infringement and rights protection")
    OVERSEAS = "overseas", _("Overseas disputes")
    TRAINING = "training", _("Training request")
    OTHER = "other", _("Other")


class NeedSource(models.TextChoices):
    WEB = "web", _("Web form")
    HOTLINE = "hotline", _("Hotline")
    ONSITE = "onsite", _("On-site visit")
    EMAIL = "email", pgettext_lazy("need source", "Email")
    EVENT = "event", pgettext_lazy("need source", "Event")
    OTHER = "other", pgettext_lazy("need source", "Other")
    IMPORTED = "imported", _("Imported")


# The sources a member of staff picks when recording a need in the admin (the web form and
# imports record their own).
STAFF_SOURCES = (NeedSource.HOTLINE, NeedSource.ONSITE, NeedSource.EMAIL, NeedSource.EVENT, NeedSource.OTHER)


class NeedStatus(models.TextChoices):
    RECEIVED = "received", _("Received")
    ASSIGNED = "assigned", _("Assigned")
    IN_PROGRESS = "in_progress", _("In progress")
    ANSWERED = "answered", _("Answered")
    CLOSED = "closed", _("Closed")


OPEN_STATUSES = (NeedStatus.RECEIVED, NeedStatus.ASSIGNED, NeedStatus.IN_PROGRESS)


class NeedOutcome(models.TextChoices):
    RESOLVED = "resolved", _("Resolved")
    PARTLY_RESOLVED = "partly", _("Partly resolved")
    REFERRED = "referred", _("Referred elsewhere")
    NOT_RESOLVABLE = "not_resolvable", _("Could not be resolved")


class NeedQuerySet(models.QuerySet):
    def open(self):
        return self.filter(status__in=OPEN_STATUSES)

    def overdue(self, at=None):
        """Still waiting for a first reply after its service-level due time."""
        return self.filter(overdue_condition(at))


def overdue_condition(at=None):
    """The filter of ``NeedQuerySet.overdue``, for counting overdue needs beside others in one query."""
    return Q(first_replied_at__isnull=True, sla_due_at__lt=at or timezone.now()) & ~Q(status=NeedStatus.CLOSED)


class Need(models.Model):
    """A question or need sent by an enterprise or innovator."""

    reference = models.CharField(_("reference number"), max_length=20, unique=True, editable=False)
    category = models.CharField(_("category"), max_length=16, choices=NeedCategory.choices)
    region = models.ForeignKey(Region, verbose_name=_("region"), on_delete=models.PROTECT, related_name="+")
    title = models.CharField(_("subject"), max_length=120)
    description = models.TextField(_("description"))
    submitter_name = models.CharField(_("contact name"), max_length=80)
    submitter_email = models.EmailField(_("email"), blank=True)
    submitter_phone = models.CharField(_("phone"), max_length=20, blank=True)
    email_verified = models.BooleanField(_("email verified"), default=False)
    phone_verified = models.BooleanField(_("phone verified"), default=False)
    phone_verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("phone verified by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    phone_verified_at = models.DateTimeField(_("phone verified at"), null=True, blank=True)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES, default="zh-hans")
    organisation = models.CharField(
        _("organisation"), max_length=200, blank=True, help_text=_("As typed by the submitter.")
    )
    enterprise = models.ForeignKey(
        Enterprise, verbose_name=_("enterprise"), null=True, blank=True, on_delete=models.SET_NULL, related_name="needs"
    )
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("submitted by account"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    source = models.CharField(_("source"), max_length=10, choices=NeedSource.choices, default=NeedSource.WEB)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recorded by staff"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The member of staff who entered a need received by phone, on site or otherwise."),
    )
    consent_to_contact = models.BooleanField(_("consents to be contacted"), default=False)
    status = models.CharField(_("status"), max_length=12, choices=NeedStatus.choices, default=NeedStatus.RECEIVED)
    institution = models.ForeignKey(
        Institution,
        verbose_name=_("institution"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="needs",
    )
    submitted_at = models.DateTimeField(_("submitted at"), default=timezone.now)
    first_replied_at = models.DateTimeField(_("first reply at"), null=True, blank=True)
    answered_at = models.DateTimeField(_("answered at"), null=True, blank=True)
    closed_at = models.DateTimeField(_("closed at"), null=True, blank=True)
    sla_due_at = models.DateTimeField(_("first reply due"), null=True, blank=True)
    measures_taken = models.TextField(_("measures taken"), blank=True)
    outcome = models.CharField(_("result"), max_length=16, choices=NeedOutcome.choices, blank=True)
    satisfaction = models.PositiveSmallIntegerField(
        _("satisfaction (1–5)"), null=True, blank=True, validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = NeedQuerySet.as_manager()

    class Meta:
        verbose_name = _("need")
        verbose_name_plural = _("needs")
        ordering = ["-submitted_at", "-id"]
        indexes = [
            models.Index(fields=["submitted_at"], name="outreach_need_submitted"),
            models.Index(fields=["institution", "status"], name="outreach_need_queue"),
            models.Index(fields=["region", "submitted_at"], name="outreach_need_region"),
            models.Index(fields=["category", "submitted_at"], name="outreach_need_category"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(submitter_email="") | ~models.Q(submitter_phone=""),
                name="outreach_need_has_contact",
            ),
            models.CheckConstraint(
                condition=models.Q(satisfaction__isnull=True) | models.Q(satisfaction__gte=1, satisfaction__lte=5),
                name="outreach_need_satisfaction_range",
            ),
            models.CheckConstraint(
                condition=~models.Q(status="closed") | models.Q(closed_at__isnull=False),
                name="outreach_need_closed_has_time",
            ),
        ]

    def __str__(self):
        return f"{self.reference} {self.title}"

    def save(self, *args, **kwargs):
        if not self.reference:
            self.reference = references.generate(timezone.localtime(self.submitted_at).year)
        super().save(*args, **kwargs)

    @property
    def is_open(self):
        return self.status in OPEN_STATUSES

    def is_overdue(self, at=None):
        return (
            self.first_replied_at is None
            and self.status != NeedStatus.CLOSED
            and self.sla_due_at is not None
            and self.sla_due_at < (at or timezone.now())
        )

    @property
    def contact(self):
        return self.submitter_email or self.submitter_phone


def attachment_path(instance, filename):
    """A random file name in the private storage (never served by the web server): attachments are
    sent only by the scoped queue view."""
    suffix = PurePosixPath(filename).suffix.lower()[:10]
    return f"outreach/needs/{timezone.now():%Y/%m}/{uuid.uuid4().hex}{suffix}"


class NeedAttachment(models.Model):
    need = models.ForeignKey(Need, on_delete=models.CASCADE, related_name="attachments")
    file = models.FileField(_("file"), upload_to=attachment_path, storage=private_storage, max_length=200)
    original_name = models.CharField(_("file name"), max_length=200)
    content_type = models.CharField(_("type"), max_length=100)
    size = models.PositiveIntegerField(_("size (bytes)"))
    uploaded_at = models.DateTimeField(_("uploaded at"), default=timezone.now)

    class Meta:
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")
        ordering = ["uploaded_at", "id"]

    def __str__(self):
        return self.original_name


class NeedEventKind(models.TextChoices):
    RECEIVED = "received", _("Received")
    ROUTED = "routed", _("Routed")
    EMAIL_VERIFIED = "email_verified", _("Email address confirmed")
    PHONE_VERIFIED = "phone_verified", _("Phone number verified by staff")
    ASSIGNED = "assigned", _("Accepted")
    STARTED = "started", _("Work started")
    REPLIED = "replied", _("Replied")
    MEASURES = "measures", _("Measures and result recorded")
    CLOSED = "closed", _("Closed")
    TRANSFERRED = "transferred", _("Transferred")


# What the public status page shows (the rest is internal).
PUBLIC_EVENT_KINDS = (
    NeedEventKind.RECEIVED,
    NeedEventKind.ROUTED,
    NeedEventKind.ASSIGNED,
    NeedEventKind.STARTED,
    NeedEventKind.REPLIED,
    NeedEventKind.CLOSED,
    NeedEventKind.TRANSFERRED,
)


class NeedEvent(models.Model):
    """One line of a need's audit trail: every transition, reply and transfer, by whom and when."""

    need = models.ForeignKey(Need, on_delete=models.CASCADE, related_name="events")
    kind = models.CharField(_("event"), max_length=16, choices=NeedEventKind.choices)
    from_status = models.CharField(_("from status"), max_length=12, choices=NeedStatus.choices, blank=True)
    to_status = models.CharField(_("to status"), max_length=12, choices=NeedStatus.choices, blank=True)
    from_institution = models.ForeignKey(
        Institution,
        verbose_name=_("from institution"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    to_institution = models.ForeignKey(
        Institution,
        verbose_name=_("to institution"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    note = models.TextField(_("note / reason"), blank=True)
    at = models.DateTimeField(_("at"), default=timezone.now)
    emailed_at = models.DateTimeField(_("submitter emailed at"), null=True, blank=True)

    class Meta:
        verbose_name = _("need event")
        verbose_name_plural = _("need events")
        ordering = ["at", "id"]
        indexes = [models.Index(fields=["need", "at"], name="outreach_event_need")]

    def __str__(self):
        return f"{self.need_id} {self.kind}"

    @property
    def is_public(self):
        return self.kind in PUBLIC_EVENT_KINDS


class NeedReply(models.Model):
    """A reply from staff to the submitter; emailed when the address is verified."""

    need = models.ForeignKey(Need, on_delete=models.CASCADE, related_name="replies")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    institution = models.ForeignKey(
        Institution, verbose_name=_("institution"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    body = models.TextField(_("reply"))
    sent_at = models.DateTimeField(_("sent at"), default=timezone.now)
    emailed_at = models.DateTimeField(_("emailed at"), null=True, blank=True)

    class Meta:
        verbose_name = _("reply")
        verbose_name_plural = _("replies")
        ordering = ["sent_at", "id"]

    def __str__(self):
        return f"{self.need_id} {self.sent_at:%Y-%m-%d}"


class RoutingRule(models.Model):
    """Send needs from a region (a province or a prefecture) in some categories to an institution.
    The most specific rule wins: a prefecture's before its province's, then the higher priority."""

    region = models.ForeignKey(
        Region,
        verbose_name=_("region"),
        on_delete=models.PROTECT,
        related_name="+",
        limit_choices_to={"level__in": (1, 2)},
        help_text=_("A province or a prefecture-level city."),
    )
    categories = models.JSONField(
        _("categories"), default=list, blank=True, help_text=_("Leave empty for every category.")
    )
    institution = models.ForeignKey(
        Institution, verbose_name=_("institution"), on_delete=models.CASCADE, related_name="routing_rules"
    )
    priority = models.SmallIntegerField(
        _("priority"), default=0, help_text=_("Higher wins among equally specific rules.")
    )
    active = models.BooleanField(_("active"), default=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("routing rule")
        verbose_name_plural = _("routing rules")
        ordering = ["region__code", "-priority", "id"]
        indexes = [models.Index(fields=["region", "active"], name="outreach_rule_region")]

    def __str__(self):
        return f"{self.region} → {self.institution}"

    def covers(self, category):
        return not self.categories or category in self.categories

    def category_labels(self):
        if not self.categories:
            return [str(_("All categories"))]
        return [str(NeedCategory(c).label) for c in self.categories if c in NeedCategory.values]


class SlaDigest(models.Model):
    """A morning list of overdue needs already sent to one administrator, so a retried task sends it once."""

    institution = models.ForeignKey(Institution, on_delete=models.CASCADE, related_name="+")
    recipient = models.EmailField()
    day = models.DateField()
    overdue = models.PositiveIntegerField(default=0)
    due_soon = models.PositiveIntegerField(default=0)
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["institution", "recipient", "day"], name="outreach_digest_once_a_day"),
        ]

    def __str__(self):
        return f"{self.institution_id} {self.recipient} {self.day}"


class Report(models.Model):
    """A stored periodic report on collected needs: its figures and its .xlsx and PDF files. The
    quarterly job keeps one per quarter and scope (``scope_key``: ``nation``, ``province:<code>`` or
    ``institution:<id>``); producing it again replaces the figures and files, never adds a copy."""

    period_start = models.DateField(_("first day"))
    period_end = models.DateField(_("day after the last day"))
    scope_key = models.CharField(_("scope"), max_length=40)
    scope_label = models.CharField(_("scope name"), max_length=200)
    figures = models.JSONField(_("figures"), default=dict)
    xlsx = models.FileField(_("spreadsheet"), upload_to="outreach/reports/", max_length=200, blank=True)
    pdf = models.FileField(_("PDF"), upload_to="outreach/reports/", max_length=200, blank=True)
    automatic = models.BooleanField(_("produced by the quarterly job"), default=False)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("needs report")
        verbose_name_plural = _("needs reports")
        ordering = ["-period_start", "scope_key"]
        constraints = [
            models.UniqueConstraint(fields=["period_start", "period_end", "scope_key"], name="outreach_report_once"),
            models.CheckConstraint(
                condition=models.Q(period_end__gt=models.F("period_start")), name="outreach_report_period"
            ),
        ]

    def __str__(self):
        return f"{self.scope_label} {self.figures.get('period', {}).get('label', self.period_start)}"
