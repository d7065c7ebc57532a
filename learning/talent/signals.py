"""Audit history for people, institutions and qualifications, and linking a person record to the
user who verifies the same email address."""

from allauth.account.signals import email_confirmed
from django.db.models.signals import m2m_changed, post_delete, post_init, post_save
from django.dispatch import receiver

from cms.cache import content_changed

from . import audit
from .models import AuditAction, Institution, Person, Qualification, RoleAssignment

AUDITED = (Institution, Person, Qualification)


def _remember(sender, instance, **kwargs):
    instance._audit_before = audit.snapshot(instance) if instance.pk else None


def _saved(sender, instance, created, raw=False, **kwargs):
    if raw:
        return
    after = audit.snapshot(instance)
    before = None if created else getattr(instance, "_audit_before", None)
    target, note = _target(instance)
    if created or before is None:
        audit.record(
            target,
            AuditAction.CREATE if target is instance else AuditAction.UPDATE,
            changes=audit.diff({}, after),
            note=note,
        )
    else:
        changes = audit.diff(before, after)
        if changes:
            audit.record(target, AuditAction.UPDATE, changes=changes, note=note)
    instance._audit_before = after


def _deleted(sender, instance, **kwargs):
    target, note = _target(instance)
    if target is instance:
        audit.record(instance, AuditAction.DELETE, changes=audit.diff(audit.snapshot(instance), {}))
    elif Person.objects.filter(pk=target.pk).exists():
        audit.record(target, AuditAction.UPDATE, changes=audit.diff(audit.snapshot(instance), {}), note=note)


def _target(instance):
    """Qualifications are recorded in their person's history."""
    if isinstance(instance, Qualification):
        return instance.person, f"qualification: {instance}"
    return instance, ""


for _model in AUDITED:
    post_init.connect(_remember, sender=_model, dispatch_uid=f"talent_audit_init_{_model.__name__}")
    post_save.connect(_saved, sender=_model, dispatch_uid=f"talent_audit_save_{_model.__name__}")
    post_delete.connect(_deleted, sender=_model, dispatch_uid=f"talent_audit_delete_{_model.__name__}")


@receiver(m2m_changed, sender=Person.specialisations.through, dispatch_uid="talent_audit_specialisations")
def _specialisations_changed(sender, instance, action, pk_set, reverse, **kwargs):
    if reverse or action not in ("post_add", "post_remove", "post_clear") or not isinstance(instance, Person):
        return
    from .models import Specialisation

    names = sorted(Specialisation.objects.filter(pk__in=pk_set or []).values_list("name", flat=True))
    verb = {"post_add": "added", "post_remove": "removed", "post_clear": "cleared"}[action]
    audit.record(instance, AuditAction.UPDATE, changes={"specialisations": [verb, names]})


@receiver(email_confirmed, dispatch_uid="talent_link_person_on_email_confirmed")
def link_person_on_email_confirmed(sender, request, email_address, **kwargs):
    """When a user confirms an address, the person record with that email becomes theirs."""
    from . import services

    services.link_person_to_user(user=email_address.user, email=email_address.email)


@receiver(post_save, sender=RoleAssignment, dispatch_uid="talent_role_saved")
@receiver(post_delete, sender=RoleAssignment, dispatch_uid="talent_role_deleted")
def _role_changed(sender, instance, **kwargs):
    """Administrators of the talent network may open the Wagtail admin; others lose that with their role."""
    from . import services

    services.sync_admin_access(instance.user)


@receiver(post_save, sender=Person, dispatch_uid="talent_lecturer_pages")
def _lecturer_saved(sender, instance, raw=False, **kwargs):
    """Course pages served from the public page cache link their lecturers' profiles: a change to a
    lecturer (or to a person who had a public profile) rebuilds them at once."""
    if not raw and (instance.is_lecturer or instance.public_profile):
        content_changed()
