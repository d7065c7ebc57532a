"""Use cases of needs collection: submit, route, confirm the address, and each step of the
workflow (accept, start, reply, record measures and result, close, transfer). Each step checks
that the acting user may handle the need, runs in one transaction, writes a NeedEvent, and raises
NeedError with a message a person can read when it cannot be done."""

from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from learning.talent import scope
from learning.talent.models import Institution, InstitutionStatus, InstitutionType, RegionLevel

from . import workdays
from .models import (
    OPEN_STATUSES,
    Need,
    NeedAttachment,
    NeedEvent,
    NeedEventKind,
    NeedReply,
    NeedStatus,
    RoutingRule,
)

VERIFY_SALT = "outreach.need.verify-email"
VERIFY_MAX_AGE = 14 * 24 * 3600
# When no rule matches: institutions of these types in the need's region, then in its province.
FALLBACK_TYPES = (
    InstitutionType.TISC,
    InstitutionType.PROTECTION_CENTRE,
    InstitutionType.BACKBONE,
    InstitutionType.RAPID_CENTRE,
    InstitutionType.INFORMATION_NODE,
)


class NeedError(Exception):
    """A workflow step that cannot be done; the message says why, for the person who tried."""


class NeedPermissionError(NeedError):
    pass


# Submission and routing ------------------------------------------------------------------------


def submit_need(*, attachments=(), actor=None, **fields):
    """Store a need with its attachments (``[(UploadedFile, content_type)]``), give it a reference
    and its first-reply due time, route it, and email the receipt. Returns the need."""
    return _store(Need(**fields), attachments=attachments, actor=actor)


def _store(need, *, attachments=(), actor=None, routed=None, verified_by=None):
    """Save a new need, its attachments, its "received" and "routed" events (``routed``: the
    institution and the reason already decided, else the routing rules decide) and the verification
    events of a contact checked by staff (``verified_by``), and email the receipt after commit."""
    with transaction.atomic():
        need.submitted_at = need.submitted_at or timezone.now()
        need.sla_due_at = workdays.due_at(need.submitted_at, settings.NEEDS_FIRST_REPLY_WORKING_DAYS)
        need.save()
        for upload, content_type in attachments:
            NeedAttachment.objects.create(
                need=need, file=upload, original_name=upload.name[:200], content_type=content_type, size=upload.size
            )
        received = NeedEvent.objects.create(
            need=need, kind=NeedEventKind.RECEIVED, to_status=NeedStatus.RECEIVED, actor=actor, at=need.submitted_at
        )
        institution, why = routed or route(need)
        if institution is not None:
            need.institution = institution
            need.save(update_fields=["institution", "updated_at"])
        NeedEvent.objects.create(need=need, kind=NeedEventKind.ROUTED, to_institution=institution, note=why)
        if verified_by is not None and need.phone_verified:
            NeedEvent.objects.create(
                need=need, kind=NeedEventKind.PHONE_VERIFIED, actor=verified_by, note=need.submitter_phone
            )
        if verified_by is not None and need.email_verified:
            NeedEvent.objects.create(
                need=need,
                kind=NeedEventKind.EMAIL_VERIFIED,
                actor=verified_by,
                note=_("Confirmed by the contact to the member of staff who recorded the need."),
            )
        _email_after_commit(received)
    return need


# How far back a member of staff may date a need they record: a call taken on a busy day, entered later.
BACKDATE_LIMIT_DAYS = 30


def _received_time(received_at, now):
    """When a recorded need reached the network: ``received_at`` (aware; not in the future, at most
    BACKDATE_LIMIT_DAYS back) or now. Its first-reply deadline counts from then."""
    if received_at is None:
        return now
    if timezone.is_naive(received_at):
        received_at = timezone.make_aware(received_at)
    if received_at > now + timedelta(minutes=1):
        raise NeedError(_("The time the need was received cannot be in the future."))
    if received_at < now - timedelta(days=BACKDATE_LIMIT_DAYS):
        raise NeedError(
            _(
                "A need received more than %(days)s days ago cannot be dated back: record it with today's time "
                "and give the date it was received in the description."
            )
            % {"days": BACKDATE_LIMIT_DAYS}
        )
    return received_at


def record_need(
    *,
    user,
    source,
    keep_at=None,
    received_at=None,
    phone_verified=False,
    email_verified=False,
    attachments=(),
    **fields,
):
    """A need that reached the network by phone (the 12330 hotline), on site, by email or otherwise,
    entered in the admin by a member of staff on behalf of the contact. It is routed by the routing
    rules, or kept at ``keep_at`` (an institution whose needs the user handles); either way it must
    land in the user's reach (``scope.may_hold_need``). A phone the member of staff spoke to is
    recorded as verified by them, with the time; an email address the contact confirmed to them is
    marked confirmed, so replies are emailed without the confirmation link. ``received_at`` dates a
    need taken earlier (a call entered later): it is received, and its first reply is due, from then.
    Then it follows the same workflow as a need from the web form."""
    from .models import STAFF_SOURCES

    if not scope.handles_needs(user):
        raise NeedPermissionError(_("You do not handle needs, so you cannot record one."))
    if source not in STAFF_SOURCES:
        raise NeedError(_("Choose how the need reached you (hotline, on site, email, event or other)."))
    if not fields.get("submitter_email") and not fields.get("submitter_phone"):
        raise NeedError(_("Give the contact's email address or phone number."))
    if phone_verified and not fields.get("submitter_phone"):
        raise NeedError(_("Only a phone number that was given can be marked verified."))
    if email_verified and not fields.get("submitter_email"):
        raise NeedError(_("Only an email address that was given can be marked confirmed."))
    now = timezone.now()
    need = Need(source=source, recorded_by=user, submitted_at=_received_time(received_at, now), **fields)
    if phone_verified:
        need.phone_verified, need.phone_verified_by, need.phone_verified_at = True, user, now
    need.email_verified = bool(email_verified)
    if keep_at is not None:
        if (
            keep_at.status != InstitutionStatus.ACTIVE
            or not scope.need_institutions(user).filter(pk=keep_at.pk).exists()
        ):
            raise NeedPermissionError(_("You can keep a need only at an active institution whose needs you handle."))
        routed = (keep_at, _("Recorded by staff and kept at their institution."))
    else:
        routed = route(need)
        if not scope.may_hold_need(user, routed[0], need.region):
            raise NeedPermissionError(
                _(
                    "The routing rules send this need to %(institution)s, outside the needs you handle. Keep it at "
                    "your institution instead, and transfer it with a reason if another institution should answer."
                )
                % {"institution": routed[0].name if routed[0] else _("no institution")}
            )
        routed = (routed[0], _("Recorded by staff; %(reason)s") % {"reason": routed[1]})
    return _store(need, attachments=attachments, actor=user, routed=routed, verified_by=user)


def route(need):
    """The institution a new need goes to and why: the most specific active routing rule for its
    region and category (a prefecture's rules before its province's, then the higher priority),
    else an active service institution in the prefecture, then in the province, else the
    provincial IP administration."""
    region = need.region
    chain = [region]
    if region.level == RegionLevel.COUNTY and region.parent_id and region.parent.level == RegionLevel.PREFECTURE:
        chain.append(region.parent)
    if region.province_id and region.province_id != region.pk:
        chain.append(region.province)
    active = Q(institution__status=InstitutionStatus.ACTIVE)
    rules = list(
        RoutingRule.objects.filter(active, active=True, region__in=chain).select_related("institution", "region")
    )
    rank = {r.pk: i for i, r in enumerate(chain)}
    rules = sorted(
        (r for r in rules if r.covers(need.category)),
        key=lambda r: (rank[r.region_id], bool(not r.categories), -r.priority, r.pk),
    )
    if rules:
        rule = rules[0]
        return rule.institution, _("Routing rule for %(region)s.") % {"region": rule.region.name}
    candidates = Institution.objects.filter(status=InstitutionStatus.ACTIVE)
    local = [r for r in chain if r.level != RegionLevel.PROVINCE]
    for where in (Q(region__in=local) if local else None, Q(province_id=region.province_id)):
        if where is None:
            continue
        found = sorted(
            candidates.filter(where, type__in=FALLBACK_TYPES),
            key=lambda i: (FALLBACK_TYPES.index(i.type), i.name),
        )
        if found:
            return found[0], _("No routing rule; a service institution of the region.")
    office = (
        candidates.filter(type=InstitutionType.PROVINCIAL_ADMINISTRATION, province_id=region.province_id)
        .order_by("name")
        .first()
    )
    if office:
        return office, _("No routing rule or service institution; the provincial IP administration.")
    return None, _("No institution serves this region yet; national administrators will assign it.")


# The submitter's address ------------------------------------------------------------------------


def verification_token(need):
    return signing.dumps({"n": need.pk, "e": need.submitter_email.lower()}, salt=VERIFY_SALT, compress=True)


def need_for_token(token):
    """The need a confirmation link is for, or NeedError when it is broken, expired or outdated."""
    try:
        data = signing.loads(token, salt=VERIFY_SALT, max_age=VERIFY_MAX_AGE)
    except signing.SignatureExpired:
        raise NeedError(_("This confirmation link has expired.")) from None
    except signing.BadSignature:
        raise NeedError(_("This confirmation link is not valid; copy the whole link from the email.")) from None
    need = Need.objects.filter(pk=data.get("n")).first()
    if need is None or need.submitter_email.lower() != data.get("e"):
        raise NeedError(_("This confirmation link is not valid; copy the whole link from the email."))
    return need


def confirm_email(*, token):
    """Mark the address verified, and email the replies that waited for it."""
    with transaction.atomic():
        need = need_for_token(token)
        need = Need.objects.select_for_update().get(pk=need.pk)
        if need.email_verified:
            return need
        need.email_verified = True
        need.save(update_fields=["email_verified", "updated_at"])
        NeedEvent.objects.create(need=need, kind=NeedEventKind.EMAIL_VERIFIED)
        for reply in need.replies.filter(emailed_at__isnull=True):
            _email_reply_after_commit(reply)
    return need


def find_for_submitter(*, reference, contact):
    """The need with this reference whose email or phone is ``contact``; None otherwise (the same
    answer whichever part was wrong, so a reference alone discloses nothing)."""
    from . import references

    ref = references.normalise(reference)
    contact = (contact or "").strip()
    if not ref or not contact:
        return None
    need = Need.objects.select_related("institution", "region").filter(reference=ref).first()
    if need is None:
        return None
    phone = "".join(c for c in contact if c.isdigit())
    if need.submitter_email and need.submitter_email.lower() == contact.lower():
        return need
    if need.submitter_phone and phone and "".join(c for c in need.submitter_phone if c.isdigit()) == phone:
        return need
    return None


# The workflow ----------------------------------------------------------------------------------


def _locked(need, user):
    """Reload the need under a row lock, after checking that ``user`` may handle it."""
    if not scope.needs(user, Need.objects.filter(pk=need.pk)).exists():
        raise NeedPermissionError(_("This need is not in your queue."))
    return Need.objects.select_for_update().get(pk=need.pk)


def _require_status(need, allowed, message):
    if need.status not in allowed:
        raise NeedError(message % {"status": need.get_status_display()})


def _event(need, user, kind, old_status, **extra):
    return NeedEvent.objects.create(
        need=need, kind=kind, actor=user, from_status=old_status, to_status=need.status, **extra
    )


@transaction.atomic
def accept(*, need, user):
    """The institution takes the need on (received → assigned)."""
    need = _locked(need, user)
    _require_status(need, [NeedStatus.RECEIVED], _("Only a received need can be accepted; this one is %(status)s."))
    old, need.status = need.status, NeedStatus.ASSIGNED
    need.save(update_fields=["status", "updated_at"])
    _event(need, user, NeedEventKind.ASSIGNED, old, to_institution=need.institution)
    return need


@transaction.atomic
def start(*, need, user):
    """Work begins (received or assigned → in progress)."""
    need = _locked(need, user)
    _require_status(
        need,
        [NeedStatus.RECEIVED, NeedStatus.ASSIGNED],
        _("Work can start only on a received or accepted need; this one is %(status)s."),
    )
    old, need.status = need.status, NeedStatus.IN_PROGRESS
    need.save(update_fields=["status", "updated_at"])
    _event(need, user, NeedEventKind.STARTED, old)
    return need


@transaction.atomic
def verify_phone(*, need, user):
    """A member of staff spoke to the contact on the phone number they gave (a call back, say):
    record that it is verified, by whom and when."""
    need = _locked(need, user)
    if not need.submitter_phone:
        raise NeedError(_("This need has no phone number to verify."))
    if need.phone_verified:
        raise NeedError(_("The phone number is already verified."))
    need.phone_verified, need.phone_verified_by, need.phone_verified_at = True, user, timezone.now()
    need.save(update_fields=["phone_verified", "phone_verified_by", "phone_verified_at", "updated_at"])
    NeedEvent.objects.create(
        need=need, kind=NeedEventKind.PHONE_VERIFIED, actor=user, note=need.submitter_phone, at=need.phone_verified_at
    )
    return need


@transaction.atomic
def reply(*, need, user, body, answers=True):
    """A reply to the submitter, emailed to a verified address in their language. ``answers`` marks
    the need answered; otherwise it stays (or goes) in progress."""
    body = (body or "").strip()
    if not body:
        raise NeedError(_("Write the reply first."))
    need = _locked(need, user)
    _require_status(need, OPEN_STATUSES + (NeedStatus.ANSWERED,), _("A %(status)s need takes no more replies."))
    now = timezone.now()
    old = need.status
    need.first_replied_at = need.first_replied_at or now
    if answers:
        need.status, need.answered_at = NeedStatus.ANSWERED, need.answered_at or now
    elif need.status in (NeedStatus.RECEIVED, NeedStatus.ASSIGNED):
        need.status = NeedStatus.IN_PROGRESS
    need.save(update_fields=["status", "first_replied_at", "answered_at", "updated_at"])
    answer = NeedReply.objects.create(need=need, author=user, institution=need.institution, body=body, sent_at=now)
    _event(need, user, NeedEventKind.REPLIED, old, at=now)
    if need.email_verified:
        _email_reply_after_commit(answer)
    return answer


@transaction.atomic
def record_measures(*, need, user, measures, outcome, satisfaction=None):
    """What was done for the need and what came of it (for the periodic reports)."""
    measures = (measures or "").strip()
    if not measures or not outcome:
        raise NeedError(_("Describe the measures taken and choose the result."))
    need = _locked(need, user)
    need.measures_taken, need.outcome = measures, outcome
    if satisfaction is not None:
        need.satisfaction = satisfaction
    need.save(update_fields=["measures_taken", "outcome", "satisfaction", "updated_at"])
    _event(need, user, NeedEventKind.MEASURES, need.status, note=measures[:500])
    return need


@transaction.atomic
def close(*, need, user, note=""):
    """Close the need; its measures and result must be recorded first."""
    need = _locked(need, user)
    _require_status(need, OPEN_STATUSES + (NeedStatus.ANSWERED,), _("This need is already %(status)s."))
    if not need.measures_taken or not need.outcome:
        raise NeedError(_("Record the measures taken and the result before closing the need."))
    old, need.status, need.closed_at = need.status, NeedStatus.CLOSED, timezone.now()
    need.save(update_fields=["status", "closed_at", "updated_at"])
    event = _event(need, user, NeedEventKind.CLOSED, old, note=(note or "").strip())
    if need.email_verified:
        _email_after_commit(event)
    return need


@transaction.atomic
def transfer(*, need, user, institution, reason):
    """Hand the need to another institution, with the reason; it arrives there as received and keeps
    its first-reply due time."""
    reason = (reason or "").strip()
    if not reason:
        raise NeedError(_("Give the reason for the transfer."))
    if institution is None or institution.status != InstitutionStatus.ACTIVE:
        raise NeedError(_("Choose an active institution to transfer the need to."))
    need = _locked(need, user)
    _require_status(need, OPEN_STATUSES, _("Only an open need can be transferred; this one is %(status)s."))
    if institution.pk == need.institution_id:
        raise NeedError(_("The need is already with %(institution)s.") % {"institution": institution.name})
    old, previous = need.status, need.institution
    need.status, need.institution = NeedStatus.RECEIVED, institution
    need.save(update_fields=["status", "institution", "updated_at"])
    event = _event(
        need, user, NeedEventKind.TRANSFERRED, old, from_institution=previous, to_institution=institution, note=reason
    )
    if need.email_verified:
        _email_after_commit(event)
    return need


def _email_after_commit(event):
    from . import tasks

    transaction.on_commit(lambda: tasks.send_need_notice.delay(event.pk))


def _email_reply_after_commit(answer):
    from . import tasks

    transaction.on_commit(lambda: tasks.send_need_reply.delay(answer.pk))
