"""Who is below the yearly training-hour requirement, per province and institution, and the monthly
reminders (Celery beat) to them and a summary to their administrators."""

import datetime

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models import Count, Q
from django.template.loader import render_to_string
from django.utils import translation

from . import hours, scope
from .models import ComplianceReminder, Person, ReminderKind, Role, RoleAssignment


def below_requirement(user, *, year, province=None, institution=None):
    """People in ``user``'s scope with fewer hours than required in ``year``."""
    people = scope.people(user)
    if province is not None:
        people = people.filter(institution__province=province)
    if institution is not None:
        people = people.filter(institution=institution)
    return hours.with_training_hours(hours.below(people, year, hours.required_hours()), year)


def by_institution(user, *, year, province=None):
    """Per institution in scope: people, and how many are below the requirement."""
    people = hours.with_training_hours(scope.people(user), year)
    if province is not None:
        people = people.filter(institution__province=province)
    required = hours.required_hours()
    return (
        people.order_by()
        .values("institution_id", "institution__name", "institution__province__name")
        .annotate(total=Count("pk"), below=Count("pk", filter=Q(training_hours__lt=required)))
        .order_by("institution__province__name", "institution__name")
    )


def _claim(kind, period, *, person=None, user=None):
    try:
        with transaction.atomic():
            ComplianceReminder.objects.create(kind=kind, period=period, person=person, user=user)
    except IntegrityError:
        return False
    return True


def send_reminders(*, period=None, today=None):
    """Send this month's reminders. Each is claimed in the database before it is sent, so running
    twice (a retried task, two beat instances) sends nothing twice. Returns (people, summaries)."""
    today = today or datetime.date.today()
    period = period or f"{today:%Y-%m}"
    year = int(period[:4])
    required = hours.required_hours()
    sent_people = sent_summaries = 0
    below = hours.with_training_hours(
        hours.below(Person.objects.exclude(email=""), year, required), year
    ).select_related("institution")
    with translation.override(settings.LANGUAGE_CODE):
        for person in below.iterator(chunk_size=2000):
            if not _claim(ReminderKind.PERSON, period, person=person):
                continue
            context = {"person": person, "hours": person.training_hours, "required": required, "year": year}
            send_mail(
                render_to_string("talent/email/reminder_subject.txt", context).strip(),
                render_to_string("talent/email/reminder_message.txt", context),
                settings.DEFAULT_FROM_EMAIL,
                [person.email],
            )
            sent_people += 1
        admin_ids = (
            RoleAssignment.objects.filter(role__in=[Role.PROVINCIAL_ADMIN, Role.INSTITUTION_ADMIN, Role.NATIONAL_ADMIN])
            .values_list("user_id", flat=True)
            .distinct()
        )
        from learning.accounts.models import User

        for admin in User.objects.filter(pk__in=admin_ids, is_active=True):
            rows = [r for r in by_institution(admin, year=year) if r["below"]]
            if not rows or not _claim(ReminderKind.SUMMARY, period, user=admin):
                continue
            context = {
                "admin": admin,
                "rows": rows,
                "below": sum(r["below"] for r in rows),
                "required": required,
                "year": year,
                "site_url": settings.WAGTAILADMIN_BASE_URL,
            }
            send_mail(
                render_to_string("talent/email/summary_subject.txt", context).strip(),
                render_to_string("talent/email/summary_message.txt", context),
                settings.DEFAULT_FROM_EMAIL,
                [admin.email],
            )
            sent_summaries += 1
    return sent_people, sent_summaries
