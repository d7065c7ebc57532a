"""Emails about needs, each in its recipient's language: to the submitter (received, reply,
transferred, closed) and to institution administrators (the morning list of overdue needs)."""

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from learning.talent.models import Role, RoleAssignment

from . import workdays
from .models import Need, NeedEvent, NeedEventKind, NeedReply, SlaDigest

NOTICE_TEMPLATES = {
    NeedEventKind.RECEIVED: "received",
    NeedEventKind.TRANSFERRED: "transferred",
    NeedEventKind.CLOSED: "closed",
}


def _send(template, context, to, language):
    with translation.override(language):
        context = {"site_url": settings.SITE_URL, "status_url": settings.SITE_URL + reverse("needs:status"), **context}
        subject = " ".join(render_to_string(f"outreach/email/{template}_subject.txt", context).split())
        body = render_to_string(f"outreach/email/{template}_message.txt", context)
    send_mail(subject, body, None, [to])


def send_notice(event_id):
    """Email the submitter about a received, transferred or closed need, once per event. The receipt
    goes to the typed address (it carries the confirmation link); the others only to a verified one."""
    event = NeedEvent.objects.select_related("need", "need__institution", "to_institution").filter(pk=event_id).first()
    if event is None or event.kind not in NOTICE_TEMPLATES:
        return False
    need = event.need
    if not need.submitter_email or (event.kind != NeedEventKind.RECEIVED and not need.email_verified):
        return False
    if not NeedEvent.objects.filter(pk=event.pk, emailed_at__isnull=True).update(emailed_at=timezone.now()):
        return False  # sent already (a retried or repeated task)
    context = {"need": need, "event": event}
    if event.kind == NeedEventKind.RECEIVED and not need.email_verified:
        from .services import verification_token

        context["verify_url"] = settings.SITE_URL + reverse("needs:verify", args=[verification_token(need)])
    try:
        _send(NOTICE_TEMPLATES[event.kind], context, need.submitter_email, need.language)
    except Exception:
        NeedEvent.objects.filter(pk=event.pk).update(emailed_at=None)
        raise
    return True


def send_reply(reply_id):
    """Email a staff reply to the submitter's verified address, once."""
    answer = NeedReply.objects.select_related("need", "institution").filter(pk=reply_id).first()
    if answer is None or not answer.need.email_verified or not answer.need.submitter_email:
        return False
    if not NeedReply.objects.filter(pk=answer.pk, emailed_at__isnull=True).update(emailed_at=timezone.now()):
        return False
    try:
        _send("reply", {"need": answer.need, "reply": answer}, answer.need.submitter_email, answer.need.language)
    except Exception:
        NeedReply.objects.filter(pk=answer.pk).update(emailed_at=None)
        raise
    return True


def send_sla_digests(today=None):
    """On a working day, email each institution's administrators the needs still waiting for a first
    reply that are overdue or due by the end of the next working day; once per administrator a day.
    An institution with no administrator account gets it at its contact address. Returns the number
    of emails sent."""
    now = timezone.now()
    today = today or timezone.localdate()
    if not workdays.is_working_day(today):
        return 0
    horizon = workdays.due_at(now, 1)
    waiting = (
        Need.objects.open()
        .filter(first_replied_at__isnull=True, institution__isnull=False, sla_due_at__lte=horizon)
        .select_related("institution", "region")
        .order_by("institution_id", "sla_due_at")
    )
    by_institution = {}
    for need in waiting:
        by_institution.setdefault(need.institution, []).append(need)
    if not by_institution:
        return 0
    admins = {}
    for assignment in RoleAssignment.objects.filter(
        role=Role.INSTITUTION_ADMIN, institution__in=list(by_institution), user__is_active=True
    ).select_related("user"):
        admins.setdefault(assignment.institution_id, []).append((assignment.user.email, assignment.user.email_language))
    sent = 0
    for institution, needs in by_institution.items():
        overdue = [n for n in needs if n.sla_due_at < now]
        due_soon = [n for n in needs if n.sla_due_at >= now]
        recipients = admins.get(institution.pk) or (
            [(institution.contact_email, settings.LANGUAGE_CODE)] if institution.contact_email else []
        )
        for email, language in recipients:
            _, created = SlaDigest.objects.get_or_create(
                institution=institution,
                recipient=email.lower(),
                day=today,
                defaults={"overdue": len(overdue), "due_soon": len(due_soon)},
            )
            if not created:
                continue
            context = {
                "institution": institution,
                "overdue": overdue,
                "due_soon": due_soon,
                "queue_url": settings.SITE_URL + reverse("needs_admin:queue"),
            }
            try:
                _send("digest", context, email, language)
            except Exception:
                SlaDigest.objects.filter(institution=institution, recipient=email.lower(), day=today).delete()
                raise
            sent += 1
    return sent
