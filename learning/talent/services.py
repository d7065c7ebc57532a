"""Use cases of the talent network that reach beyond one object: roles, national ID reveals,
invitations and linking a person record to a user account."""

import datetime

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.core.files.base import ContentFile
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Q
from django.http import QueryDict
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from . import audit, scope
from .models import AuditAction, ExportJob, ExportStatus, Person, RoleAssignment

ADMIN_GROUP = "人才网络管理员"  # renamed from "Talent administrators" by talent.0008


class TalentError(Exception):
    """A use case refused, with a message a user can read."""


def _admin_group():
    return admin_access_group(ADMIN_GROUP)


def admin_access_group(name):
    """The group called ``name``, which opens the Wagtail admin (and grants nothing else)."""
    group, _created = Group.objects.get_or_create(name=name)
    access = Permission.objects.filter(content_type__app_label="wagtailadmin", codename="access_admin").first()
    if access is not None and not group.permissions.filter(pk=access.pk).exists():
        group.permissions.add(access)
    return group


@transaction.atomic
def assign_role(*, user, role, province=None, institution=None):
    """Give ``user`` a role; administrators also get into the Wagtail admin."""
    assignment = RoleAssignment(user=user, role=role, province=province, institution=institution)
    assignment.full_clean(validate_unique=False, validate_constraints=False)
    assignment, _created = RoleAssignment.objects.get_or_create(
        user=user, role=role, province=province, institution=institution
    )
    sync_admin_access(user)
    return assignment


def sync_admin_access(user):
    """Administrators of the talent network are in the group that opens the Wagtail admin."""
    scope.forget(user)
    group = _admin_group()
    if scope.viewer(user, refresh=True).is_administrator:
        user.groups.add(group)
    else:
        user.groups.remove(group)


@transaction.atomic
def set_national_id(*, person, value, user=None):
    from .normalise import national_id

    value = national_id(value)
    person.set_national_id(value)
    with audit.acting_as(user):
        person.save()
    return person


def reveal_national_id(*, person, user):
    """The clear ID number, for national administrators only; every reveal is logged."""
    if not scope.can_reveal_national_id(user):
        raise TalentError(_("Only national administrators may see a full national ID number."))
    if not scope.people(user).filter(pk=person.pk).exists():
        raise TalentError(_("This person is outside your scope."))
    audit.record(person, AuditAction.REVEAL, user=user)
    return person.national_id


def open_scan(*, qualification, user):
    """The stored scan of a qualification, opened for an administrator whose scope covers the
    person. Every opening is logged in the person's history, like an ID reveal."""
    if not scope.qualifications(user).filter(pk=qualification.pk).exists():
        raise TalentError(_("This person is outside your scope."))
    if not qualification.scan:
        raise TalentError(_("This qualification has no scanned document."))
    handle = qualification.scan.open("rb")  # FileNotFoundError when the file is gone: nothing logged
    audit.record(qualification.person, AuditAction.VIEW_SCAN, user=user, note=str(qualification)[:200])
    return handle


def link_person_to_user(*, user, email):
    """Link the person record whose email is ``email`` to ``user`` (the address was just verified).
    Returns the person, or None when no unlinked record has that address."""
    if not email or email.lower() != user.email.lower():
        return None
    with transaction.atomic():
        person = (
            Person.objects.select_for_update().filter(email__iexact=email, user__isnull=True).first()
            if not Person.objects.filter(user=user).exists()
            else None
        )
        if person is None:
            return None
        person.user = user
        person.save(update_fields=["user", "updated_at"])
        audit.record(person, AuditAction.LINK, user=user, changes={"user": [None, user.email]})
    return person


def send_invitation(*, person_id, invited_by_id=None, language=None):
    """Email a person without an account an invitation to sign up with their address. Sends once:
    a retried task finds ``invited_at`` already set."""
    claimed = Person.objects.filter(pk=person_id, invited_at__isnull=True, user__isnull=True).exclude(email="")
    if not claimed.update(invited_at=timezone.now()):
        return False
    person = Person.objects.select_related("institution").get(pk=person_id)
    with translation.override(language or settings.LANGUAGE_CODE):
        context = {
            "person": person,
            "signup_url": settings.WAGTAILADMIN_BASE_URL + reverse("account_signup"),
            "site_url": settings.WAGTAILADMIN_BASE_URL,
        }
        subject = render_to_string("talent/email/invitation_subject.txt", context).strip()
        body = render_to_string("talent/email/invitation_message.txt", context)
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [person.email])
    from learning.accounts.models import User

    audit.record(person, AuditAction.INVITE, user=User.objects.filter(pk=invited_by_id).first())
    return True


def queue_invitation(*, person, user):
    """Check the person may be invited by ``user`` and queue the email."""
    if not scope.people(user).filter(pk=person.pk).exists():
        raise TalentError(_("This person is outside your scope."))
    if person.user_id:
        raise TalentError(_("This person already has an account."))
    if not person.email:
        raise TalentError(_("This person has no email address."))
    if person.invited_at:
        raise TalentError(_("An invitation was already sent."))
    from .tasks import send_invitation as task

    language = translation.get_language()
    transaction.on_commit(lambda: task.delay(person.pk, user.pk, language))


def roles_of(user):
    return scope.viewer(user).roles


# --- large directory exports ------------------------------------------------------------------
STALE_RUN = datetime.timedelta(minutes=15)  # a build that started this long ago died with its worker


def request_export(*, user, query, language=None):
    """Queue a directory export of the filters in ``query`` (a query string) for ``user``."""
    job = ExportJob.objects.create(created_by=user, query=query, language=language or translation.get_language())
    from .tasks import build_export

    transaction.on_commit(lambda: build_export.delay(job.pk))
    return job


def build_export(*, job_id):
    """Build the export file of a queued job in the requester's scope as it is now, then email them a
    link. Idempotent: a finished job is left alone, and the email is sent once."""
    from . import directory
    from .forms import DirectoryFilterForm

    now = timezone.now()
    claimed = ExportJob.objects.filter(
        Q(status=ExportStatus.PENDING) | Q(status=ExportStatus.RUNNING, started_at__lt=now - STALE_RUN), pk=job_id
    ).update(status=ExportStatus.RUNNING, started_at=now)
    if not claimed:
        notify_export(job_id=job_id)  # a retry after the file was built but before the email went
        return False
    job = ExportJob.objects.select_related("created_by").get(pk=job_id)
    user = job.created_by
    form = DirectoryFilterForm(QueryDict(job.query), user=user)
    if not form.is_valid() or not scope.viewer(user, refresh=True).is_administrator:
        job.status, job.message = ExportStatus.FAILED, "filters invalid or no longer an administrator"
    else:
        people = directory.search(user, form.cleaned_data)
        job.scope_fingerprint = scope.fingerprint(user)
        with translation.override(job.language or settings.LANGUAGE_CODE):
            content = directory.export_workbook(people)
        job.row_count = people.count()
        job.file.save(f"directory-{job.pk}.xlsx", ContentFile(content), save=False)
        job.status = ExportStatus.DONE
    job.finished_at = timezone.now()
    job.save()
    notify_export(job_id=job.pk)
    return True


def expire_exports(*, now=None):
    """Delete the files of exports finished more than ``ExportJob.KEEP_DAYS`` days ago and mark the
    jobs expired; returns how many were expired. Idempotent: an expired job is not looked at again,
    and a run interrupted between deleting a file and marking its job finds the job again next time
    (deleting a file that is already gone is not an error)."""
    cutoff = (now or timezone.now()) - datetime.timedelta(days=ExportJob.KEEP_DAYS)
    expired = 0
    for job in ExportJob.objects.filter(status=ExportStatus.DONE, finished_at__lt=cutoff).only("pk", "file"):
        if job.file:
            job.file.delete(save=False)
        expired += ExportJob.objects.filter(pk=job.pk, status=ExportStatus.DONE).update(
            status=ExportStatus.EXPIRED, file=""
        )
    return expired


def notify_export(*, job_id):
    """Email the requester that their export is ready (or failed), once."""
    if not ExportJob.objects.filter(
        pk=job_id, notified_at__isnull=True, status__in=[ExportStatus.DONE, ExportStatus.FAILED]
    ).update(notified_at=timezone.now()):
        return False
    job = ExportJob.objects.select_related("created_by").get(pk=job_id)
    user = job.created_by
    with translation.override(user.email_language):
        context = {
            "job": job,
            "download_url": settings.WAGTAILADMIN_BASE_URL + reverse("talent_admin:export_download", args=[job.pk]),
            "status_url": settings.WAGTAILADMIN_BASE_URL + reverse("talent_admin:export_status", args=[job.pk]),
        }
        subject = render_to_string("talent/email/export_subject.txt", context).strip()
        body = render_to_string("talent/email/export_message.txt", context)
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [job.created_by.email])
    return True


def open_export(*, job, user):
    """The file of a finished export, for the administrator who asked for it, while their scope is
    still the one it was built in and the file has not expired."""
    if job.created_by_id != user.pk or not scope.viewer(user).is_administrator:
        raise TalentError(_("Only the administrator who asked for this export can download it."))
    if job.is_expired:
        raise TalentError(
            _("This export has expired: files are kept for %(days)d days. Run the export again.")
            % {"days": ExportJob.KEEP_DAYS}
        )
    if job.status != ExportStatus.DONE or not job.file:
        raise TalentError(_("This export is not ready."))
    if job.scope_fingerprint != scope.fingerprint(user):
        raise TalentError(_("Your scope has changed since this export was built; export the directory again."))
    return job.file.open("rb")


BIO_MAX_LENGTH = 600


@transaction.atomic
def set_lecturer_profile(*, person, public, bio, by):
    """A lecturer's own choice to show (or hide) their public profile page, with its short biography.
    Only people in the lecturer pool have one; the change is in the person's audit history as made by
    ``by``, and cached public pages that link lecturers (course pages) are rebuilt at once."""
    if not person.is_lecturer:
        raise TalentError(
            _(
                "Only trainers and lecturers of the talent network have a public profile. Your institution's administrator can add you to the pool."
            )
        )
    bio = (bio or "").strip()
    if len(bio) > BIO_MAX_LENGTH:
        raise TalentError(_("The biography is too long: at most %(max)s characters.") % {"max": BIO_MAX_LENGTH})
    person.public_profile, person.bio = bool(public), bio
    with audit.acting_as(by):
        person.save(update_fields=["public_profile", "bio", "updated_at"])  # rebuilds cached course pages
    return person
