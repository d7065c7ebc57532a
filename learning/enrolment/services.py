"""Enrolment use cases: enrol, withdraw, approve, reject, waitlist promotion, completion and attendance.

Every function that changes state runs in one transaction and locks the session row first
(``select_for_update``), so two learners pressing "enrol" for the last seat are served one after the
other; the ``seats_taken`` counter is additionally held by the ``session_seats_within_capacity``
check constraint. Refusals raise ``EnrolmentError`` with a message for the person who tried, and
change nothing. Emails are queued with ``transaction.on_commit`` so they never announce a change
that was rolled back.
"""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal

from django.contrib.auth.models import Group
from django.core import signing
from django.db import transaction
from django.db.models import Count, F, IntegerField, OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext as _

from .errors import EnrolmentError
from .models import (
    SEAT_HOLDING,
    Attendance,
    AttendanceMethod,
    Eligibility,
    Enrolment,
    EnrolmentStatus,
    NoticeKind,
    Session,
    SessionMode,
)

APPROVERS_GROUP = "报名审核"
# States in which a learner is "in" a session: enrolling again is refused.
ACTIVE = (
    EnrolmentStatus.REQUESTED,
    EnrolmentStatus.ENROLLED,
    EnrolmentStatus.WAITLISTED,
    EnrolmentStatus.COMPLETED,
)
CHECKIN_SALT = "learning.enrolment.checkin"


# --- eligibility ---------------------------------------------------------------------------------


def eligibility_problem(user, session, *, verified=None, now=None):
    """Why ``user`` may not enrol in ``session`` now (a message), or None when they may.

    ``verified`` is the user's email verification when the caller already knows it (the course page
    asks once for all its sessions)."""
    if user is None or not user.is_authenticated:
        return _("Sign in to enrol.")
    if verified is None:
        verified = user.has_verified_email()
    if not verified:
        return _("Verify your email address before enrolling: open the link in the email we sent you.")
    if session is None:
        return None
    if session.eligibility == Eligibility.STAFF and user.kind != "staff":
        return _("This session is for public-service staff only.")
    if session.eligibility == Eligibility.SME and user.kind != "sme":
        return _("This session is for SME accounts only.")
    state = session.window_state(now)
    if state == "not_open":
        opens = timezone.localtime(session.enrolment_opens_at)
        return _("Enrolment opens on %(when)s.") % {"when": opens.strftime("%Y-%m-%d %H:%M")}
    if state == "closed":
        return _("Enrolment for this session is closed.")
    return None


# --- enrolment ---------------------------------------------------------------------------------


def enrol(user, session):
    """Enrol ``user`` in ``session`` (a Session or its id): enrolled when a seat is free, requested
    when the session needs approval, waitlisted when it is full. Returns the enrolment.

    The email check runs before the lock; the session's rules are checked on the locked row, which
    is read alone (not with its course page: that join is the costliest part of the statement and
    would lengthen the time every other learner of the session waits for the lock)."""
    verified = user is not None and user.is_authenticated and user.has_verified_email()
    if not verified:
        raise EnrolmentError(eligibility_problem(user, None, verified=False))
    session_id = session.pk if isinstance(session, Session) else session
    with transaction.atomic():
        session = Session.objects.select_for_update().get(pk=session_id)
        problem = eligibility_problem(user, session, verified=True)
        if problem:
            raise EnrolmentError(problem)
        enrolment = Enrolment.objects.filter(session=session, user=user).first()
        if enrolment is not None and enrolment.status in ACTIVE:
            raise EnrolmentError(
                _("You are already in this session (%(status)s).") % {"status": enrolment.get_status_display()}
            )
        if enrolment is not None and enrolment.status == EnrolmentStatus.REJECTED:
            raise EnrolmentError(
                _("Your request for this session was rejected. Contact the organiser if you think this is a mistake.")
            )
        now = timezone.now()
        if enrolment is None:
            enrolment = Enrolment(session=session, user=user)
        enrolment.requested_at = now
        enrolment.decided_at = enrolment.decided_by = enrolment.completed_at = None
        enrolment.reason = ""
        enrolment.waitlisted_at = None
        if session.requires_approval:
            enrolment.status = EnrolmentStatus.REQUESTED
            kind = NoticeKind.APPROVAL_NEEDED
        elif _take_seat(session):
            enrolment.status = EnrolmentStatus.ENROLLED
            kind = NoticeKind.CONFIRMED
        else:
            enrolment.status = EnrolmentStatus.WAITLISTED
            enrolment.waitlisted_at = now
            kind = NoticeKind.WAITLISTED
        enrolment.save()
        _notify(enrolment, kind)
    return enrolment


def withdraw(enrolment, *, by=None):
    """The learner leaves a session (requested, waitlisted or enrolled). A freed seat goes to the
    first learner on the waiting list."""
    with transaction.atomic():
        session = Session.objects.select_for_update().get(pk=enrolment.session_id)
        enrolment = Enrolment.objects.select_for_update().get(pk=enrolment.pk)
        if enrolment.status == EnrolmentStatus.COMPLETED:
            raise EnrolmentError(_("You completed this session; a completed session cannot be withdrawn from."))
        if enrolment.status not in (EnrolmentStatus.REQUESTED, EnrolmentStatus.WAITLISTED, EnrolmentStatus.ENROLLED):
            raise EnrolmentError(_("You are not enrolled in this session."))
        held_seat = enrolment.status == EnrolmentStatus.ENROLLED
        enrolment.status = EnrolmentStatus.WITHDRAWN
        enrolment.decided_at = timezone.now()
        enrolment.decided_by = by
        enrolment.save(update_fields=["status", "decided_at", "decided_by", "updated_at"])
        if held_seat:
            _free_seat(session)
            promote_waitlist(session)
    return enrolment


def approve(enrolments, *, by, reason=""):
    """Approve pending requests: each becomes enrolled, or waitlisted when its session is full.
    Requests no longer pending are skipped. Returns the enrolments that changed."""
    return _decide(enrolments, by=by, reason=reason, approve=True)


def reject(enrolments, *, by, reason):
    """Reject requests (or take back a waiting-list place or a seat) with a reason the learner sees.
    A freed seat goes to the first learner on the waiting list."""
    reason = (reason or "").strip()
    if not reason:
        raise EnrolmentError(_("Give a reason for the rejection; the learner will see it."))
    return _decide(enrolments, by=by, reason=reason, approve=False)


def _decide(enrolments, *, by, reason, approve):
    ids = sorted({e.pk if isinstance(e, Enrolment) else int(e) for e in enrolments})
    if not ids:
        raise EnrolmentError(_("Select at least one request."))
    changed = []
    with transaction.atomic():
        session_ids = sorted(set(Enrolment.objects.filter(pk__in=ids).values_list("session_id", flat=True)))
        # Lock the sessions in id order so two bulk decisions never deadlock.
        sessions = {s.pk: s for s in Session.objects.select_for_update().filter(pk__in=session_ids).order_by("pk")}
        rows = Enrolment.objects.select_for_update().filter(pk__in=ids).order_by("requested_at", "pk")
        now = timezone.now()
        freed = set()
        for enrolment in rows:
            session = sessions[enrolment.session_id]
            enrolment.session = session
            if approve:
                if enrolment.status != EnrolmentStatus.REQUESTED:
                    continue
                if _take_seat(session):
                    enrolment.status, kind = EnrolmentStatus.ENROLLED, NoticeKind.APPROVED
                else:
                    enrolment.status, kind = EnrolmentStatus.WAITLISTED, NoticeKind.APPROVED
                    enrolment.waitlisted_at = now
            else:
                if enrolment.status not in (
                    EnrolmentStatus.REQUESTED,
                    EnrolmentStatus.WAITLISTED,
                    EnrolmentStatus.ENROLLED,
                ):
                    continue
                if enrolment.status == EnrolmentStatus.ENROLLED:
                    _free_seat(session)
                    freed.add(session.pk)
                enrolment.status, kind = EnrolmentStatus.REJECTED, NoticeKind.REJECTED
            enrolment.decided_at, enrolment.decided_by, enrolment.reason = now, by, reason
            enrolment.save(
                update_fields=["status", "waitlisted_at", "decided_at", "decided_by", "reason", "updated_at"]
            )
            _notify(enrolment, kind)
            changed.append(enrolment)
        for pk in sorted(freed):
            promote_waitlist(sessions[pk])
    return changed


def change_capacity(session, capacity):
    """Set a session's capacity (None for no limit); raised capacity goes to the waiting list in order."""
    with transaction.atomic():
        session = Session.objects.select_for_update().get(pk=session.pk)
        if capacity is not None and capacity < session.seats_taken:
            raise EnrolmentError(
                _("%(taken)s seats are already taken; the capacity cannot be lower.") % {"taken": session.seats_taken}
            )
        session.capacity = capacity
        session.save(update_fields=["capacity", "updated_at"])
        promote_waitlist(session)
    return session


def promote_waitlist(session):
    """Give free seats to waitlisted learners, first come first served. Call with ``session``
    locked (inside the transaction that freed the seats). Returns the promoted enrolments."""
    promoted = []
    session = Session.objects.select_for_update().get(pk=session.pk)
    free = None if session.capacity is None else session.capacity - session.seats_taken
    if free is not None and free <= 0:
        return promoted
    waiting = Enrolment.objects.select_for_update().filter(session=session, status=EnrolmentStatus.WAITLISTED)
    waiting = waiting.order_by("waitlisted_at", "pk")
    for enrolment in waiting if free is None else waiting[:free]:
        enrolment.status = EnrolmentStatus.ENROLLED
        enrolment.decided_at = timezone.now()
        enrolment.save(update_fields=["status", "decided_at", "updated_at"])
        _notify(enrolment, NoticeKind.PROMOTED)
        promoted.append(enrolment)
    if promoted:
        Session.objects.filter(pk=session.pk).update(seats_taken=F("seats_taken") + len(promoted))
    return promoted


def mark_completed(enrolment):
    """enrolled → completed (called when the course's completion rule is met). Idempotent."""
    with transaction.atomic():
        enrolment = Enrolment.objects.select_for_update().get(pk=enrolment.pk)
        if enrolment.status == EnrolmentStatus.COMPLETED:
            return enrolment
        if enrolment.status != EnrolmentStatus.ENROLLED:
            raise EnrolmentError(_("Only an enrolled learner can complete a session."))
        enrolment.status = EnrolmentStatus.COMPLETED
        enrolment.completed_at = timezone.now()
        enrolment.save(update_fields=["status", "completed_at", "updated_at"])
    return enrolment


def _take_seat(session):
    """Count one more seat on the locked ``session`` if one is free; False when full."""
    if session.capacity is not None and session.seats_taken >= session.capacity:
        return False
    Session.objects.filter(pk=session.pk).update(seats_taken=F("seats_taken") + 1)
    session.seats_taken += 1
    return True


def _free_seat(session):
    Session.objects.filter(pk=session.pk, seats_taken__gt=0).update(seats_taken=F("seats_taken") - 1)
    session.seats_taken = max(session.seats_taken - 1, 0)


def _notify(enrolment, kind):
    from . import tasks

    transaction.on_commit(lambda: tasks.send_enrolment_notice.delay(enrolment.pk, kind))


# --- selectors ---------------------------------------------------------------------------------


def current_enrolment(user, course):
    """The learner's enrolment that matters on ``course``: an active one (enrolled, completed,
    requested, waitlisted; the most recent first), else None."""
    if user is None or not user.is_authenticated:
        return None
    return (
        Enrolment.objects.filter(user=user, session__course=course, status__in=ACTIVE)
        .select_related("session")
        .order_by("-requested_at", "-pk")
        .first()
    )


def course_sessions(course, user):
    """The sessions shown on a course page, each with ``my_enrolment`` (or None): two queries."""
    sessions = list(Session.objects.filter(course=course).order_by(F("starts_on").asc(nulls_last=True), "pk"))
    mine = {}
    if user is not None and user.is_authenticated and sessions:
        mine = {e.session_id: e for e in Enrolment.objects.filter(user=user, session__in=[s.pk for s in sessions])}
    for session in sessions:
        session.my_enrolment = mine.get(session.pk)
    return sessions


def may_approve(user):
    """Enrolment approvers: the 报名审核 group, superusers, and talent-network administrators."""
    from learning.talent import scope

    if user is None or not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser or scope.viewer(user).is_administrator:
        return True
    return _in_approvers_group(user)


def _in_approvers_group(user):
    cached = getattr(user, "_enrolment_approver", None)
    if cached is None:
        cached = user.groups.filter(name=APPROVERS_GROUP).exists()
        user._enrolment_approver = cached
    return cached


def approvable(user, queryset=None):
    """Enrolments ``user`` may decide on: all for the 报名审核 group and national administrators;
    for provincial and institution administrators, learners whose talent record is in their reach
    (through ``learning.talent.scope``); nothing for anyone else."""
    from learning.talent import scope

    queryset = Enrolment.objects.all() if queryset is None else queryset
    if not may_approve(user):
        return queryset.none()
    if user.is_superuser or _in_approvers_group(user):
        return queryset
    return scope.by_person(user, queryset, path="user__talent_person")


def pending_requests(user):
    """Requests awaiting approval that ``user`` may decide, oldest first, ready to list."""
    queryset = Enrolment.objects.filter(status=EnrolmentStatus.REQUESTED)
    return (
        approvable(user, queryset).select_related("user", "session", "session__course").order_by("requested_at", "pk")
    )


def approvers_for(enrolment):
    """Who is told that ``enrolment`` needs approval: the 报名审核 group, and the provincial and
    institution administrators whose reach holds the learner's talent record."""
    from django.contrib.auth import get_user_model

    from learning.talent.models import Institution, Role

    User = get_user_model()
    condition = Q(groups__name=APPROVERS_GROUP)
    person = getattr(enrolment.user, "talent_person", None)
    if person is not None:
        chain, institution = [], Institution.objects.filter(pk=person.institution_id).first()
        while institution is not None and len(chain) < 20:
            chain.append(institution.pk)
            institution = institution.parent
        province_id = Institution.objects.filter(pk=person.institution_id).values_list("province_id", flat=True).first()
        condition |= Q(talent_roles__role=Role.INSTITUTION_ADMIN, talent_roles__institution_id__in=chain)
        if province_id:
            condition |= Q(talent_roles__role=Role.PROVINCIAL_ADMIN, talent_roles__province_id=province_id)
    return User.objects.filter(condition, is_active=True).distinct().order_by("pk")


def approvers_group():
    return Group.objects.filter(name=APPROVERS_GROUP).first()


# --- popularity ---------------------------------------------------------------------------------


def recount_popularity():
    """Set every course's popularity to its number of seat-holding enrolments, in one UPDATE.

    Run periodically (Celery beat) rather than on each enrolment, so enrolling never has to lock
    or write the course row."""
    from courses.models import CoursePage

    counts = (
        Enrolment.objects.filter(session__course=OuterRef("pk"), status__in=SEAT_HOLDING)
        .order_by()
        .values("session__course")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return CoursePage.objects.update(popularity=Coalesce(Subquery(counts, output_field=IntegerField()), Value(0)))


# --- self-paced sessions ---------------------------------------------------------------------------


def ensure_self_paced_session(course):
    """A self-paced course always has an always-open session with no limit, so learners can simply enrol."""
    from courses.models import DeliveryMode

    if course.delivery_mode != DeliveryMode.SELF_PACED:
        return None
    session = Session.objects.filter(course=course, mode=SessionMode.SELF_PACED).first()
    if session is None:
        session = Session.objects.create(course=course, title="自主学习", mode=SessionMode.SELF_PACED)
    return session


# --- attendance ---------------------------------------------------------------------------------


def checkin_token(session, day):
    """The signed code behind a day's check-in QR code: bound to the session and the day."""
    return signing.dumps({"s": session.pk, "d": day.isoformat()}, salt=CHECKIN_SALT, compress=True)


def checkin_expires_at(day):
    """A day's code stops working at the end of that day (local time)."""
    return timezone.make_aware(datetime.combine(day + timedelta(days=1), time.min))


@dataclass(frozen=True)
class CheckInTarget:
    """The enrolment and day a scanned check-in code stands for."""

    enrolment: Enrolment
    day: date

    def attendance(self):
        """The day's attendance when already recorded (by a scan or by the organiser), else None."""
        return Attendance.objects.filter(enrolment=self.enrolment, day=self.day).first()


def checkin_target(*, user, token, now=None):
    """What a scanned code checks ``user`` in to (a ``CheckInTarget``). Refuses a forged or altered
    code, yesterday's or a future day's code and a learner without a seat in the session. Records
    nothing: the check-in page shows it and asks the learner to confirm."""
    try:
        data = signing.loads(token, salt=CHECKIN_SALT)
        session_id, day = int(data["s"]), date.fromisoformat(data["d"])
    except (signing.BadSignature, KeyError, TypeError, ValueError):
        raise EnrolmentError(
            _("This check-in code is not valid. Scan the code shown by the organiser again.")
        ) from None
    now = now or timezone.now()
    today = timezone.localdate(now)
    if day < today:
        raise EnrolmentError(
            _("This check-in code has expired: it was valid on %(day)s only.") % {"day": day.isoformat()}
        )
    if day > today:
        raise EnrolmentError(_("This check-in code is for %(day)s; come back on that day.") % {"day": day.isoformat()})
    enrolment = (
        Enrolment.objects.select_related("session", "session__course")
        .filter(session_id=session_id, user=user, status__in=SEAT_HOLDING)
        .first()
    )
    if enrolment is None:
        raise EnrolmentError(_("You are not enrolled in this session, so you cannot check in."))
    return CheckInTarget(enrolment=enrolment, day=day)


def check_in(*, user, token, now=None):
    """Record the learner's presence from a scanned and confirmed code. Idempotent: a second press
    (a double tap, a resent form) finds the day recorded and adds nothing. Returns
    (attendance, created)."""
    target = checkin_target(user=user, token=token, now=now)
    return Attendance.objects.get_or_create(
        enrolment=target.enrolment, day=target.day, defaults={"method": AttendanceMethod.QR, "marked_by": user}
    )


def set_attendance(*, session, marks, by):
    """The organiser's roster: ``marks`` maps (enrolment id, day) to present (True/False). Only the
    session's seat holders and days are accepted. Returns (added, removed)."""
    days = set(session.days)
    enrolment_ids = set(Enrolment.objects.filter(session=session, status__in=SEAT_HOLDING).values_list("pk", flat=True))
    added = removed = 0
    with transaction.atomic():
        existing = set(Attendance.objects.filter(enrolment__session=session).values_list("enrolment_id", "day"))
        for (enrolment_id, day), present in marks.items():
            if enrolment_id not in enrolment_ids or day not in days:
                raise EnrolmentError(_("The roster changed while you were editing it; reload the page and try again."))
            if present and (enrolment_id, day) not in existing:
                Attendance.objects.create(
                    enrolment_id=enrolment_id, day=day, method=AttendanceMethod.MANUAL, marked_by=by
                )
                added += 1
            elif not present and (enrolment_id, day) in existing:
                Attendance.objects.filter(enrolment_id=enrolment_id, day=day).delete()
                removed += 1
    return added, removed


def attendance_share(enrolment):
    """The share of the session's days the learner attended, 0.00–1.00. Sessions without
    attendance (self-paced, live online, no dates) count as fully attended."""
    session = enrolment.session
    if not session.has_attendance:
        return Decimal("1.00")
    days = session.days
    attended = Attendance.objects.filter(enrolment=enrolment, day__in=days).count()
    return (Decimal(attended) / Decimal(len(days))).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def roster(session):
    """The seat holders of a session with the days each attended: [(enrolment, {day, ...}), ...]."""
    enrolments = list(
        Enrolment.objects.filter(session=session, status__in=SEAT_HOLDING)
        .select_related("user")
        .order_by("user__display_name", "pk")
    )
    attended = {}
    for enrolment_id, day in Attendance.objects.filter(enrolment__session=session).values_list("enrolment_id", "day"):
        attended.setdefault(enrolment_id, set()).add(day)
    return [(e, attended.get(e.pk, set())) for e in enrolments]


def save_session(session):
    """Save a session edited by an organiser, keeping the live seat count (never the stale one the
    form loaded) and giving seats added by a raised capacity to the waiting list."""
    with transaction.atomic():
        if session.pk is None:
            session.seats_taken = 0
            session.save()
            return session
        locked = Session.objects.select_for_update().get(pk=session.pk)
        if session.capacity is not None and session.capacity < locked.seats_taken:
            raise EnrolmentError(
                _("%(taken)s seats are already taken; the capacity cannot be lower.") % {"taken": locked.seats_taken}
            )
        session.seats_taken = locked.seats_taken
        session.save()
        promote_waitlist(session)
    return session


def may_manage_session(user, session):
    """The session's organiser and users allowed to change sessions (the 报名审核 group, superusers)."""
    if user is None or not user.is_authenticated:
        return False
    return session.organiser_id == user.pk or user.has_perm("enrolment.change_session")


def session_offer(session, user, *, verified):
    """What the course page offers ``user`` for ``session`` (with ``my_enrolment`` set by
    ``course_sessions``): ``(action, reason)`` where action is "withdraw", "enrol", "request",
    "waitlist" or None, and reason says why nothing can be done (or is None)."""
    mine = getattr(session, "my_enrolment", None)
    if mine is not None and mine.status in (
        EnrolmentStatus.REQUESTED,
        EnrolmentStatus.ENROLLED,
        EnrolmentStatus.WAITLISTED,
    ):
        return "withdraw", None
    if mine is not None and mine.status in (EnrolmentStatus.COMPLETED, EnrolmentStatus.REJECTED):
        return None, None
    problem = eligibility_problem(user, session, verified=verified)
    if problem:
        return None, problem
    if session.requires_approval:
        return "request", None
    if session.capacity is not None and session.seats_taken >= session.capacity:
        return "waitlist", None
    return "enrol", None
