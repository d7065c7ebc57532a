"""Every enrolment state transition and every refusal, through the services."""

from datetime import timedelta

import pytest
from django.utils import timezone

from learning.enrolment import services
from learning.enrolment.errors import EnrolmentError
from learning.enrolment.models import Enrolment, EnrolmentStatus, Session
from tests.factories import UserFactory

S = EnrolmentStatus
pytestmark = pytest.mark.django_db


def seats(session):
    return Session.objects.get(pk=session.pk).seats_taken


def test_a_free_seat_enrols_the_learner_and_counts_the_seat(make_session, learner):
    session = make_session(capacity=2)
    enrolment = services.enrol(learner, session)
    assert enrolment.status == S.ENROLLED
    assert seats(session) == 1


def test_a_full_session_puts_the_learner_on_the_waiting_list(make_session):
    session = make_session(capacity=1)
    services.enrol(UserFactory(), session)
    waiting = services.enrol(UserFactory(), session)
    assert waiting.status == S.WAITLISTED and waiting.waitlisted_at is not None
    assert seats(session) == 1


def test_a_session_without_limit_never_waitlists(make_session):
    session = make_session(capacity=None)
    assert {services.enrol(UserFactory(), session).status for _ in range(3)} == {S.ENROLLED}


def test_enrolling_twice_is_refused_and_changes_nothing(make_session, learner):
    session = make_session(capacity=5)
    services.enrol(learner, session)
    with pytest.raises(EnrolmentError, match="already in this session"):
        services.enrol(learner, session)
    assert Enrolment.objects.count() == 1 and seats(session) == 1


@pytest.mark.parametrize(
    ("eligibility", "kind", "verified", "message"),
    [
        ("everyone", "other", False, "Verify your email"),
        ("staff", "sme", True, "public-service staff only"),
        ("staff", "staff", False, "Verify your email"),
        ("sme", "staff", True, "SME accounts only"),
    ],
)
def test_the_wrong_account_kind_or_an_unverified_email_is_refused(make_session, eligibility, kind, verified, message):
    session = make_session(eligibility=eligibility)
    user = UserFactory(kind=kind, verified=verified)
    with pytest.raises(EnrolmentError, match=message):
        services.enrol(user, session)
    assert not Enrolment.objects.exists() and seats(session) == 0


@pytest.mark.parametrize(("eligibility", "kind"), [("staff", "staff"), ("sme", "sme"), ("everyone", "other")])
def test_the_right_account_kind_with_a_verified_email_may_enrol(make_session, eligibility, kind):
    session = make_session(eligibility=eligibility)
    assert services.enrol(UserFactory(kind=kind), session).status == S.ENROLLED


def test_enrolling_before_the_window_opens_or_after_it_closes_is_refused(make_session, learner):
    now = timezone.now()
    early = make_session(enrolment_opens_at=now + timedelta(days=2))
    late = make_session(title="第二期", enrolment_closes_at=now - timedelta(minutes=1))
    over = make_session(
        title="第三期", starts_on=now.date() - timedelta(days=5), ends_on=now.date() - timedelta(days=4)
    )
    with pytest.raises(EnrolmentError, match="Enrolment opens on"):
        services.enrol(learner, early)
    for session in (late, over):
        with pytest.raises(EnrolmentError, match="closed"):
            services.enrol(learner, session)
    assert not Enrolment.objects.exists()


def test_an_anonymous_visitor_is_asked_to_sign_in(make_session):
    from django.contrib.auth.models import AnonymousUser

    with pytest.raises(EnrolmentError, match="Sign in"):
        services.enrol(AnonymousUser(), make_session())


def test_a_session_needing_approval_records_a_request_without_a_seat(make_session, learner):
    session = make_session(capacity=3, requires_approval=True)
    enrolment = services.enrol(learner, session)
    assert enrolment.status == S.REQUESTED and seats(session) == 0


def test_approval_enrols_or_waitlists_when_the_session_filled_meanwhile(make_session):
    session = make_session(capacity=1, requires_approval=True)
    approver = UserFactory()
    first, second = services.enrol(UserFactory(), session), services.enrol(UserFactory(), session)
    changed = services.approve([first, second], by=approver)
    assert [e.status for e in changed] == [S.ENROLLED, S.WAITLISTED]
    first.refresh_from_db()
    assert first.decided_by == approver and first.decided_at is not None
    assert seats(session) == 1


def test_approving_a_request_that_is_no_longer_pending_changes_nothing(make_session, learner):
    session = make_session(requires_approval=True)
    enrolment = services.enrol(learner, session)
    services.withdraw(enrolment)
    assert services.approve([enrolment], by=UserFactory()) == []
    enrolment.refresh_from_db()
    assert enrolment.status == S.WITHDRAWN


def test_rejection_needs_a_reason_that_the_learner_sees(make_session, learner):
    session = make_session(requires_approval=True)
    enrolment = services.enrol(learner, session)
    with pytest.raises(EnrolmentError, match="reason"):
        services.reject([enrolment], by=UserFactory(), reason="  ")
    services.reject([enrolment], by=UserFactory(), reason="本班次仅限江苏省学员")
    enrolment.refresh_from_db()
    assert enrolment.status == S.REJECTED and enrolment.reason == "本班次仅限江苏省学员"
    with pytest.raises(EnrolmentError, match="rejected"):
        services.enrol(learner, session)


def test_bulk_decisions_need_at_least_one_request():
    with pytest.raises(EnrolmentError, match="at least one"):
        services.approve([], by=None)


def test_withdrawing_frees_the_seat_for_the_first_on_the_waiting_list(make_session):
    session = make_session(capacity=1)
    holder = services.enrol(UserFactory(), session)
    first = services.enrol(UserFactory(), session)
    second = services.enrol(UserFactory(), session)
    Enrolment.objects.filter(pk=second.pk).update(waitlisted_at=first.waitlisted_at + timedelta(seconds=1))
    services.withdraw(holder)
    statuses = dict(Enrolment.objects.values_list("pk", "status"))
    assert statuses == {holder.pk: S.WITHDRAWN, first.pk: S.ENROLLED, second.pk: S.WAITLISTED}
    assert seats(session) == 1


def test_the_waiting_list_is_served_in_the_order_learners_joined_it(make_session):
    session = make_session(capacity=1)
    services.enrol(UserFactory(), session)
    waiting = [services.enrol(UserFactory(), session) for _ in range(4)]
    base = timezone.now()
    # Joined in the order 3, 1, 4, 2 (the ids say otherwise): promotion follows waitlisted_at.
    for offset, enrolment in zip((2, 4, 1, 3), waiting, strict=True):
        Enrolment.objects.filter(pk=enrolment.pk).update(waitlisted_at=base + timedelta(seconds=offset))
    services.change_capacity(session, 3)
    promoted = set(Enrolment.objects.filter(session=session, status=S.ENROLLED).values_list("pk", flat=True))
    assert promoted - {e.pk for e in waiting} and {waiting[2].pk, waiting[0].pk} <= promoted
    assert Enrolment.objects.get(pk=waiting[3].pk).status == S.WAITLISTED
    assert Enrolment.objects.get(pk=waiting[1].pk).status == S.WAITLISTED
    assert seats(session) == 3


def test_rejecting_a_seat_holder_promotes_the_next_learner(make_session):
    session = make_session(capacity=1)
    holder = services.enrol(UserFactory(), session)
    waiting = services.enrol(UserFactory(), session)
    services.reject([holder], by=UserFactory(), reason="重复报名")
    waiting.refresh_from_db()
    assert waiting.status == S.ENROLLED and seats(session) == 1


def test_capacity_cannot_drop_below_the_seats_taken(make_session):
    session = make_session(capacity=2)
    services.enrol(UserFactory(), session)
    services.enrol(UserFactory(), session)
    with pytest.raises(EnrolmentError, match="2 seats are already taken"):
        services.change_capacity(session, 1)
    assert Session.objects.get(pk=session.pk).capacity == 2


def test_a_withdrawn_learner_may_enrol_again(make_session, learner):
    session = make_session(capacity=1)
    services.withdraw(services.enrol(learner, session))
    assert seats(session) == 0
    assert services.enrol(learner, session).status == S.ENROLLED
    assert Enrolment.objects.count() == 1


def test_withdrawing_twice_or_after_completion_is_refused(make_session, learner):
    session = make_session()
    enrolment = services.enrol(learner, session)
    services.withdraw(enrolment)
    with pytest.raises(EnrolmentError, match="not enrolled"):
        services.withdraw(enrolment)
    other = services.enrol(UserFactory(), session)
    services.mark_completed(other)
    with pytest.raises(EnrolmentError, match="completed"):
        services.withdraw(other)


def test_completion_keeps_the_seat_and_is_idempotent(make_session, learner):
    session = make_session(capacity=1)
    enrolment = services.enrol(learner, session)
    done = services.mark_completed(enrolment)
    again = services.mark_completed(enrolment)
    assert done.status == again.status == S.COMPLETED and done.completed_at == again.completed_at
    assert seats(session) == 1


def test_only_an_enrolled_learner_can_complete(make_session):
    session = make_session(capacity=1)
    services.enrol(UserFactory(), session)
    waiting = services.enrol(UserFactory(), session)
    with pytest.raises(EnrolmentError, match="Only an enrolled"):
        services.mark_completed(waiting)


def test_current_enrolment_is_the_latest_active_one_on_the_course(course, make_session, learner):
    first, second = make_session(), make_session(title="第二期")
    assert services.current_enrolment(learner, course) is None
    services.withdraw(services.enrol(learner, first))
    assert services.current_enrolment(learner, course) is None
    enrolment = services.enrol(learner, second)
    assert services.current_enrolment(learner, course) == enrolment


def test_a_self_paced_course_gets_an_always_open_session(db):
    from .factories import course

    page = course(delivery_mode="self_paced")
    session = Session.objects.get(course=page)
    assert session.mode == "self_paced" and session.capacity is None and session.window_state() == "open"
    page.save()
    assert Session.objects.filter(course=page).count() == 1


def test_popularity_counts_the_seat_holding_enrolments(course, make_session):
    session = make_session(capacity=2)
    for _ in range(3):
        services.enrol(UserFactory(), session)
    services.recount_popularity()
    course.refresh_from_db()
    assert course.popularity == 2
