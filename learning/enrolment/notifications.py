"""Enrolment emails, each in its recipient's language, each sent at most once.

A ``Notice`` row (unique per enrolment, recipient, kind and key) is written before the email goes
out, in the same transaction: a retried or repeated task finds it and sends nothing; a failed send
rolls the row back so the retry sends it."""

from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from .models import SEAT_HOLDING, Enrolment, Notice, NoticeKind, Session, SessionMode

LEARNER_KINDS = {
    NoticeKind.CONFIRMED,
    NoticeKind.WAITLISTED,
    NoticeKind.APPROVED,
    NoticeKind.REJECTED,
    NoticeKind.PROMOTED,
}


def send_notice(*, enrolment_id, kind, key=None):
    """Send the ``kind`` email about one enrolment (to the learner, or to every approver for
    ``approval_needed``). Returns the number of emails sent now."""
    enrolment = Enrolment.objects.select_related("user", "session", "session__course").filter(pk=enrolment_id).first()
    if enrolment is None:
        return 0
    if kind == NoticeKind.APPROVAL_NEEDED:
        from .services import approvers_for

        recipients = list(approvers_for(enrolment))
    else:
        recipients = [enrolment.user]
    key = key or enrolment.requested_at.isoformat()[:40]
    sent = 0
    for recipient in recipients:
        sent += _send_once(enrolment, recipient, kind, key)
    return sent


def _send_once(enrolment, recipient, kind, key):
    try:
        with transaction.atomic():
            Notice.objects.create(enrolment=enrolment, recipient=recipient, kind=kind, key=key)
            with translation.override(recipient.email_language):
                context = {
                    "enrolment": enrolment,
                    "session": enrolment.session,
                    "course": enrolment.session.course,
                    "recipient": recipient,
                    "kind": kind,
                    "site_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/"),
                    "course_url": _course_url(enrolment),
                    "approvals_url": reverse("enrolment_admin:requests"),
                }
                subject = render_to_string("enrolment/email/notice_subject.txt", context).strip()
                body = render_to_string("enrolment/email/notice_message.txt", context)
            EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, [recipient.email]).send()
    except IntegrityError:
        return 0  # already sent
    return 1


def _course_url(enrolment):
    url = enrolment.session.course.get_url()
    return url or ""


def send_reminders(*, today=None):
    """Remind every seat holder of a session that has a day tomorrow (in-person, blended or live
    online). Once per enrolment and session day. Returns the number of emails sent."""
    today = today or timezone.localdate()
    tomorrow = today + timedelta(days=1)
    sessions = Session.objects.filter(starts_on__lte=tomorrow).exclude(mode=SessionMode.SELF_PACED)
    sessions = sessions.filter(ends_on__gte=tomorrow) | sessions.filter(ends_on__isnull=True, starts_on=tomorrow)
    enrolment_ids = Enrolment.objects.filter(session__in=sessions, status__in=SEAT_HOLDING).values_list("pk", flat=True)
    sent = 0
    for enrolment_id in enrolment_ids.iterator():
        sent += send_notice(enrolment_id=enrolment_id, kind=NoticeKind.REMINDER, key=tomorrow.isoformat())
    return sent
