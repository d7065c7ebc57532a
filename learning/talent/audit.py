"""The audit history of people and institutions: every create, change and delete, with who did it and
the values before and after. Changes made through the ORM are caught by the signal receivers in
signals.py; bulk imports write their entries themselves through ``record_many``. The acting user is
set around a request or task with ``acting_as(user)``."""

import contextlib
import contextvars
import datetime

from django.db.models.fields.files import FieldFile

from cms.bulk import insert_rows

from .models import AuditEntry

_actor = contextvars.ContextVar("talent_audit_actor", default=None)

# Fields never shown in clear in the history.
SECRET_FIELDS = {"national_id_encrypted": "national_id", "national_id_digest": None}
IGNORED_FIELDS = {"created_at", "updated_at", "province"}


@contextlib.contextmanager
def acting_as(user):
    token = _actor.set(user if getattr(user, "is_authenticated", False) else None)
    try:
        yield
    finally:
        _actor.reset(token)


def current_actor():
    return _actor.get()


def value(value):
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, datetime.date | datetime.datetime):
        return value.isoformat()
    if isinstance(value, FieldFile):
        return value.name or ""
    return str(value)


def snapshot(instance):
    """The audited field values of an instance, with secrets replaced by a marker."""
    values = {}
    for field in instance._meta.concrete_fields:
        if field.primary_key or field.name in IGNORED_FIELDS:
            continue
        if field.name in SECRET_FIELDS:
            label = SECRET_FIELDS[field.name]
            if label:
                values[label] = "(set)" if getattr(instance, field.attname) else ""
            continue
        values[field.name] = value(getattr(instance, field.attname))
    return values


def diff(before, after):
    keys = sorted(set(before) | set(after))
    return {key: [before.get(key), after.get(key)] for key in keys if before.get(key) != after.get(key)}


def record(instance, action, *, changes=None, user=None, note=""):
    return AuditEntry.objects.create(
        model=instance._meta.model_name,
        object_id=instance.pk,
        object_repr=str(instance)[:200],
        action=action,
        user=user or current_actor(),
        changes=changes or {},
        note=note,
    )


def record_many(entries, *, user=None):
    """Bulk-write entries given as (model name, object id, object repr, action, changes) tuples."""
    actor = user or current_actor()
    insert_rows(
        AuditEntry,
        ["model", "object_id", "object_repr", "action", "changes", "user_id"],
        [
            (model, pk, text[:200], action, changes, actor.pk if actor else None)
            for model, pk, text, action, changes in entries
        ],
    )


def history(instance):
    return AuditEntry.objects.filter(model=instance._meta.model_name, object_id=instance.pk).select_related("user")
