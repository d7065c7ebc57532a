"""The talent network: regions, institutions, people and their qualifications, who administers what,
and the records kept about changes, imports and reminders."""

import datetime
import uuid
from pathlib import PurePath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.storage import storages
from django.core.validators import FileExtensionValidator
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel

from . import crypto


def private_storage():
    """Where personal files live: scanned certificates, uploaded and exported personnel workbooks.
    ``STORAGES["private"]`` lies outside MEDIA_ROOT and is never served by the web server; the
    talent views check the viewer's scope (and log the access) before sending a file from it."""
    return storages["private"]


def _private_name(folder, filename):
    """A random file name that tells nothing about the person and cannot be guessed."""
    return f"talent/{folder}/{uuid.uuid4().hex}{PurePath(filename).suffix.lower()[:10]}"


def scan_upload_to(instance, filename):
    return _private_name("scans", filename)


def import_upload_to(instance, filename):
    return _private_name("imports", filename)


def export_upload_to(instance, filename):
    return _private_name("exports", filename)


SCAN_EXTENSIONS = ["pdf", "jpg", "jpeg", "png"]
SCAN_MAX_BYTES = 10 * 1024 * 1024


def validate_scan_size(file):
    if file.size > SCAN_MAX_BYTES:
        raise ValidationError(
            _("The scan is larger than %(limit)d MB; scan it at a lower resolution.") % {"limit": SCAN_MAX_BYTES >> 20}
        )


class RegionLevel(models.IntegerChoices):
    PROVINCE = 1, _("Province")
    PREFECTURE = 2, _("Prefecture")
    COUNTY = 3, _("County")


class Region(models.Model):
    """An administrative division with its GB/T 2260 six-digit code."""

    code = models.CharField(_("code"), max_length=6, unique=True)
    name = models.CharField(_("name"), max_length=64)
    level = models.PositiveSmallIntegerField(_("level"), choices=RegionLevel.choices, db_index=True)
    parent = models.ForeignKey(
        "self", verbose_name=_("parent"), null=True, blank=True, on_delete=models.PROTECT, related_name="children"
    )
    province = models.ForeignKey(
        "self", verbose_name=_("province"), null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    is_current = models.BooleanField(
        _("current"), default=True, help_text=_("False when the latest division file no longer lists this code.")
    )

    class Meta:
        verbose_name = _("region")
        verbose_name_plural = _("regions")
        ordering = ["code"]

    def __str__(self):
        return self.name

    @staticmethod
    def level_for_code(code):
        if code.endswith("0000"):
            return RegionLevel.PROVINCE
        if code.endswith("00"):
            return RegionLevel.PREFECTURE
        return RegionLevel.COUNTY

    @property
    def full_name(self):
        names = []
        region = self
        while region is not None:
            names.append(region.name)
            region = region.parent
        return " ".join(reversed(names))


class InstitutionType(models.TextChoices):
    PROVINCIAL_ADMINISTRATION = "provincial_admin", _("Provincial IP administration")
    MUNICIPAL_ADMINISTRATION = "municipal_admin", _("Municipal IP administration")
    BACKBONE = "backbone", _("Provincial public-service backbone institution")
    TISC = "tisc", _("Technology and innovation support centre (TISC)")
    UNIVERSITY_CENTRE = "university_centre", _("University national IP information service centre")
    INFORMATION_NODE = "information_node", _("National IP information public-service node")
    PROTECTION_CENTRE = "protection_centre", _("IP protection centre")
    RAPID_CENTRE = "rapid_centre", _("Rapid rights-protection centre")
    OVERSEAS_CENTRE = "overseas_centre", _("Overseas IP dispute-response guidance sub-centre")
    OTHER = "other", _("Other service organisation")


# The names used in the guidance and in import files, for every type.
INSTITUTION_TYPE_NAMES_ZH = {
    InstitutionType.PROVINCIAL_ADMINISTRATION: "省级知识产权管理部门",
    InstitutionType.MUNICIPAL_ADMINISTRATION: "市级知识产权管理部门",
    InstitutionType.BACKBONE: "省级知识产权公共服务骨干机构",
    InstitutionType.TISC: "技术与创新支持中心",
    InstitutionType.UNIVERSITY_CENTRE: "高校国家知识产权信息服务中心",
    InstitutionType.INFORMATION_NODE: "国家知识产权信息公共服务网点",
    InstitutionType.PROTECTION_CENTRE: "知识产权保护中心",
    InstitutionType.RAPID_CENTRE: "知识产权快速维权中心",
    InstitutionType.OVERSEAS_CENTRE: "海外知识产权纠纷应对指导分中心",
    InstitutionType.OTHER: "其他服务机构",
}


class InstitutionStatus(models.TextChoices):
    ACTIVE = "active", _("Active")
    SUSPENDED = "suspended", _("Suspended")


class Institution(models.Model):
    """A member of the IP public-service network."""

    name = models.CharField(_("name"), max_length=200, unique=True)
    type = models.CharField(_("type"), max_length=32, choices=InstitutionType.choices, db_index=True)
    region = models.ForeignKey(Region, verbose_name=_("region"), on_delete=models.PROTECT, related_name="institutions")
    province = models.ForeignKey(
        Region, verbose_name=_("province"), on_delete=models.PROTECT, related_name="+", editable=False
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent institution"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    batch = models.CharField(_("designation batch"), max_length=40, blank=True, help_text=_("For example 第三批."))
    designation_year = models.PositiveSmallIntegerField(_("designation year"), null=True, blank=True)
    contact_name = models.CharField(_("contact person"), max_length=80, blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)
    contact_email = models.EmailField(_("contact email"), blank=True)
    address = models.CharField(_("address"), max_length=200, blank=True)
    status = models.CharField(
        _("status"), max_length=16, choices=InstitutionStatus.choices, default=InstitutionStatus.ACTIVE
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("institution")
        verbose_name_plural = _("institutions")
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(designation_year__isnull=True) | models.Q(designation_year__gte=1980),
                name="talent_institution_designation_year_plausible",
            ),
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if self.region_id:
            self.province_id = self.region.province_id
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        if self.region_id and self.region.province_id is None:
            raise ValidationError({"region": _("This region has no province; reload the region data.")})
        ancestor, seen = self.parent, set()
        while ancestor is not None:
            if ancestor.pk == self.pk or ancestor.pk in seen:
                raise ValidationError({"parent": _("An institution cannot be its own ancestor.")})
            seen.add(ancestor.pk)
            ancestor = ancestor.parent


class Specialisation(models.Model):
    """One entry of the managed list of specialisations (专利检索, 专利导航 ...)."""

    name = models.CharField(_("name"), max_length=40, unique=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("specialisation")
        verbose_name_plural = _("specialisations")
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


class Gender(models.TextChoices):
    FEMALE = "F", _("Female")
    MALE = "M", _("Male")


class Education(models.TextChoices):
    COLLEGE = "college", _("College diploma")
    BACHELOR = "bachelor", _("Bachelor's degree")
    MASTER = "master", _("Master's degree")
    DOCTORATE = "doctorate", _("Doctorate")
    OTHER = "other", _("Other")


class PersonQuerySet(models.QuerySet):
    def in_scope(self, user):
        from . import scope

        return scope.people(user, self)

    def public_lecturers(self):
        """Lecturers who chose a public profile: the only people anyone outside their scope may see."""
        return self.filter(is_lecturer=True, public_profile=True)


class Person(ClusterableModel):
    """Someone who works in the network, with or without a user account."""

    name = models.CharField(pgettext_lazy("person", "name"), max_length=80)
    gender = models.CharField(_("gender"), max_length=1, choices=Gender.choices, blank=True)
    mobile = models.CharField(_("mobile"), max_length=20, blank=True)
    email = models.EmailField(_("email"), blank=True)
    institution = models.ForeignKey(
        Institution, verbose_name=_("institution"), on_delete=models.PROTECT, related_name="people"
    )
    department = models.CharField(_("department"), max_length=80, blank=True)
    position = models.CharField(_("job title"), max_length=80, blank=True)
    employment_start = models.DateField(_("employed since"), null=True, blank=True)
    education = models.CharField(_("education"), max_length=16, choices=Education.choices, blank=True)
    specialisations = models.ManyToManyField(
        Specialisation, verbose_name=_("specialisations"), blank=True, related_name="people"
    )
    languages = models.CharField(_("languages"), max_length=120, blank=True, help_text=_("For example 英语、日语."))
    is_lecturer = models.BooleanField(_("trainer / lecturer pool"), default=False, db_index=True)
    is_investigator_candidate = models.BooleanField(_("technical investigator candidate"), default=False, db_index=True)
    national_id_encrypted = models.TextField(_("national ID (encrypted)"), blank=True, editable=False)
    national_id_digest = models.CharField(max_length=64, blank=True, editable=False)
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user account"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="talent_person",
    )
    invited_at = models.DateTimeField(_("invited at"), null=True, blank=True, editable=False)
    public_profile = models.BooleanField(
        _("public lecturer profile"),
        default=False,
        help_text=_("Lecturers only: show name, institution, specialisations and courses on a public page."),
    )
    bio = models.TextField(_("short biography"), blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = PersonQuerySet.as_manager()

    class Meta:
        verbose_name = _("person")
        verbose_name_plural = _("people")
        ordering = ["name", "id"]
        indexes = [
            # The directory: counts per institution and pool, and pages by institution and name. The
            # counts index also holds the account and the name, so counting the people below an hours
            # threshold (an anti-join on the account) or matching a name reads the index, not the
            # table (on SQLite the name search is a scan either way; a narrow one is several times faster).
            models.Index(
                fields=["institution", "is_lecturer", "is_investigator_candidate", "user", "name"],
                name="talent_person_counts_v2",
            ),
            models.Index(fields=["institution", "name", "id"], name="talent_person_page"),
        ]
        constraints = [
            models.UniqueConstraint(Lower("email"), condition=~models.Q(email=""), name="talent_person_unique_email"),
            models.UniqueConstraint(
                fields=["national_id_digest"],
                condition=~models.Q(national_id_digest=""),
                name="talent_person_unique_national_id",
            ),
        ]

    def __str__(self):
        return self.name

    @property
    def national_id(self):
        return crypto.decrypt(self.national_id_encrypted)

    def set_national_id(self, value):
        self.national_id_encrypted = crypto.encrypt(value)
        self.national_id_digest = crypto.digest(value)

    @property
    def national_id_masked(self):
        return crypto.mask(self.national_id)

    @property
    def has_public_profile(self):
        return self.is_lecturer and self.public_profile


class QualificationKind(models.TextChoices):
    TITLE = "title", _("Professional title")
    PATENT_ATTORNEY = "patent_attorney", _("Patent attorney qualification")
    CERTIFICATE = "certificate", _("Other certificate")


class TitleLevel(models.TextChoices):
    ASSISTANT = "assistant", _("Assistant IP engineer")
    INTERMEDIATE = "intermediate", _("IP engineer")
    SENIOR = "senior", _("Senior IP engineer")


TITLE_LEVEL_NAMES_ZH = {
    TitleLevel.ASSISTANT: "助理知识产权师",
    TitleLevel.INTERMEDIATE: "知识产权师",
    TitleLevel.SENIOR: "高级知识产权师",
}


class Qualification(models.Model):
    person = ParentalKey(Person, on_delete=models.CASCADE, related_name="qualifications")
    kind = models.CharField(_("kind"), max_length=20, choices=QualificationKind.choices)
    title_level = models.CharField(_("title level"), max_length=16, choices=TitleLevel.choices, blank=True)
    name = models.CharField(_("certificate name"), max_length=120, blank=True)
    specialty = models.CharField(_("specialty"), max_length=80, blank=True)
    obtained_on = models.DateField(_("obtained on"), null=True, blank=True)
    number = models.CharField(_("certificate number"), max_length=60, blank=True)
    scan = models.FileField(
        _("scanned document"),
        storage=private_storage,
        upload_to=scan_upload_to,
        blank=True,
        max_length=200,
        validators=[FileExtensionValidator(SCAN_EXTENSIONS), validate_scan_size],
        help_text=_(
            "PDF, JPG or PNG, up to 10 MB. Kept private: only administrators whose scope covers this person can open it, and every opening is logged."
        ),
    )

    class Meta:
        verbose_name = _("qualification")
        verbose_name_plural = _("qualifications")
        ordering = ["person", "kind", "-obtained_on"]
        indexes = [models.Index(fields=["kind", "title_level", "person"], name="talent_qualification_lookup")]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(kind="title") | ~models.Q(title_level=""),
                name="talent_qualification_title_has_level",
            ),
        ]

    def __str__(self):
        if self.kind == QualificationKind.TITLE:
            return str(self.get_title_level_display())
        return self.name or str(self.get_kind_display())

    def clean(self):
        super().clean()
        if self.kind == QualificationKind.TITLE and not self.title_level:
            raise ValidationError({"title_level": _("Choose the level of the professional title.")})


class Role(models.TextChoices):
    NATIONAL_ADMIN = "national_admin", _("National administrator")
    PROVINCIAL_ADMIN = "provincial_admin", _("Provincial administrator")
    INSTITUTION_ADMIN = "institution_admin", _("Institution administrator")
    LECTURER = "lecturer", _("Lecturer")
    CONTENT_EDITOR = "content_editor", _("Content editor")
    REVIEWER = "reviewer", _("Reviewer")
    LEARNER = "learner", _("Learner")


class RoleAssignment(models.Model):
    """A role held by a user; administrators' roles carry the province or institution they cover."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("user"), on_delete=models.CASCADE, related_name="talent_roles"
    )
    role = models.CharField(_("role"), max_length=24, choices=Role.choices)
    province = models.ForeignKey(
        Region,
        verbose_name=_("province"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        limit_choices_to={"level": RegionLevel.PROVINCE},
    )
    institution = models.ForeignKey(
        Institution, verbose_name=_("institution"), null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("role assignment")
        verbose_name_plural = _("role assignments")
        ordering = ["user", "role"]
        constraints = [
            models.CheckConstraint(
                condition=(
                    models.Q(role="provincial_admin", province__isnull=False, institution__isnull=True)
                    | models.Q(role="institution_admin", province__isnull=True, institution__isnull=False)
                    | (
                        ~models.Q(role__in=["provincial_admin", "institution_admin"])
                        & models.Q(province__isnull=True, institution__isnull=True)
                    )
                ),
                name="talent_role_scope_matches_role",
            ),
            models.UniqueConstraint(
                fields=["user", "province"],
                condition=models.Q(role="provincial_admin"),
                name="talent_role_unique_province",
            ),
            models.UniqueConstraint(
                fields=["user", "institution"],
                condition=models.Q(role="institution_admin"),
                name="talent_role_unique_institution",
            ),
            models.UniqueConstraint(
                fields=["user", "role"],
                condition=~models.Q(role__in=["provincial_admin", "institution_admin"]),
                name="talent_role_unique_other",
            ),
        ]

    def __str__(self):
        where = self.province or self.institution
        return f"{self.get_role_display()} · {where}" if where else str(self.get_role_display())

    def clean(self):
        super().clean()
        if self.role == Role.PROVINCIAL_ADMIN and (not self.province_id or self.institution_id):
            raise ValidationError({"province": _("A provincial administrator covers exactly one province.")})
        if self.role == Role.INSTITUTION_ADMIN and (not self.institution_id or self.province_id):
            raise ValidationError({"institution": _("An institution administrator covers exactly one institution.")})
        if self.role not in (Role.PROVINCIAL_ADMIN, Role.INSTITUTION_ADMIN) and (
            self.province_id or self.institution_id
        ):
            raise ValidationError(_("Only provincial and institution administrators have a province or institution."))


class AuditAction(models.TextChoices):
    CREATE = "create", _("Created")
    UPDATE = "update", _("Changed")
    DELETE = "delete", _("Deleted")
    REVEAL = "reveal_id", _("National ID revealed")
    INVITE = "invite", _("Invitation sent")
    LINK = "link", _("Linked to a user account")
    VIEW_SCAN = "view_scan", _("Scanned document opened")


class AuditEntry(models.Model):
    """Who changed what and when, with the values before and after (national ID numbers never in clear)."""

    model = models.CharField(_("record type"), max_length=40)
    object_id = models.PositiveBigIntegerField(_("record id"))
    object_repr = models.CharField(_("record"), max_length=200)
    action = models.CharField(_("action"), max_length=16, choices=AuditAction.choices)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    at = models.DateTimeField(_("at"), default=timezone.now, db_index=True)
    changes = models.JSONField(_("changes"), default=dict, blank=True)
    note = models.CharField(_("note"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("audit entry")
        verbose_name_plural = _("audit entries")
        ordering = ["-at", "-id"]
        indexes = [models.Index(fields=["model", "object_id"])]

    def __str__(self):
        return f"{self.object_repr} · {self.get_action_display()}"


class ImportStatus(models.TextChoices):
    PENDING = "pending", _("Waiting")
    RUNNING = "running", _("Running")
    FAILED = "failed", _("Invalid rows: nothing written")
    DONE = "done", _("Done")
    DONE_WITH_ERRORS = "partial", _("Done; invalid rows skipped")


class ImportJob(models.Model):
    """One uploaded personnel/institution workbook and what became of it."""

    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    file = models.FileField(_("file"), storage=private_storage, upload_to=import_upload_to, max_length=200)
    original_name = models.CharField(max_length=200, blank=True)
    skip_invalid = models.BooleanField(_("import valid rows, skip invalid ones"), default=False)
    status = models.CharField(max_length=16, choices=ImportStatus.choices, default=ImportStatus.PENDING)
    total_rows = models.PositiveIntegerField(default=0)
    processed_rows = models.PositiveIntegerField(default=0)
    created_count = models.PositiveIntegerField(default=0)
    updated_count = models.PositiveIntegerField(default=0)
    errors = models.JSONField(default=list, blank=True)
    message = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("import")
        verbose_name_plural = _("imports")
        ordering = ["-created_at"]

    def __str__(self):
        return self.original_name or f"import {self.pk}"

    @property
    def progress_percent(self):
        if not self.total_rows:
            return 100 if self.is_finished else 0
        return min(100, round(100 * self.processed_rows / self.total_rows))

    @property
    def is_finished(self):
        return self.status in (ImportStatus.FAILED, ImportStatus.DONE, ImportStatus.DONE_WITH_ERRORS)


class ExportStatus(models.TextChoices):
    PENDING = "pending", _("Waiting")
    RUNNING = "running", _("Being built")
    DONE = "done", _("Ready")
    FAILED = "failed", _("Failed")
    EXPIRED = "expired", _("Expired")


class ExportJob(models.Model):
    """A large directory export built by a Celery task: the filters as they were asked for, the
    scope they were built in, and the private file. Only the requester may download it, only while
    their scope is still the one it was built in, and only for KEEP_DAYS days: then the daily task
    ``expire_exports`` deletes the file and marks the job expired."""

    KEEP_DAYS = 7

    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    query = models.TextField(blank=True, help_text="The directory's filters, as a query string.")
    language = models.CharField(max_length=12, blank=True)
    status = models.CharField(max_length=16, choices=ExportStatus.choices, default=ExportStatus.PENDING)
    row_count = models.PositiveIntegerField(default=0)
    scope_fingerprint = models.CharField(max_length=64, blank=True)
    file = models.FileField(storage=private_storage, upload_to=export_upload_to, max_length=200, blank=True)
    message = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    notified_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("export")
        verbose_name_plural = _("exports")
        ordering = ["-created_at"]

    def __str__(self):
        return f"export {self.pk}"

    @property
    def is_finished(self):
        return self.status in (ExportStatus.DONE, ExportStatus.FAILED, ExportStatus.EXPIRED)

    @property
    def expires_at(self):
        return (self.finished_at or self.created_at) + datetime.timedelta(days=self.KEEP_DAYS)

    @property
    def is_expired(self):
        """Expired: marked so by the cleanup task, or past its days though the task has not run yet."""
        return self.status == ExportStatus.EXPIRED or (
            self.status == ExportStatus.DONE and timezone.now() >= self.expires_at
        )


class ReminderKind(models.TextChoices):
    PERSON = "person", _("Reminder to a person")
    SUMMARY = "summary", _("Summary to an administrator")


class ComplianceReminder(models.Model):
    """A monthly training-hours reminder already sent, so that a retried task sends it once."""

    kind = models.CharField(max_length=10, choices=ReminderKind.choices)
    period = models.CharField(max_length=7, help_text="YYYY-MM")
    person = models.ForeignKey(Person, null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["kind", "period", "person"], name="talent_reminder_once_per_person"),
            models.UniqueConstraint(fields=["kind", "period", "user"], name="talent_reminder_once_per_admin"),
        ]

    def __str__(self):
        return f"{self.kind} {self.period}"


def current_year():
    return datetime.date.today().year
