"""Enrolment emails: each in the recipient's language, each sent once however often the task runs."""

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from learning.enrolment import notifications, services, tasks
from learning.enrolment.models import Notice, NoticeKind
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(("language", "subject"), [("zh-hans", "报名成功"), ("en", "Enrolment confirmed")])
def test_the_confirmation_is_written_in_the_learners_language(
    make_session, language, subject, django_capture_on_commit_callbacks
):
    user = UserFactory(language=language)
    with django_capture_on_commit_callbacks(execute=True):
        services.enrol(user, make_session(capacity=3))
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [user.email] and subject in mail.outbox[0].subject


def test_a_repeated_task_sends_nothing_more(make_session, learner, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        enrolment = services.enrol(learner, make_session())
    tasks.send_enrolment_notice(enrolment.pk, NoticeKind.CONFIRMED)
    tasks.send_enrolment_notice.delay(enrolment.pk, NoticeKind.CONFIRMED)
    assert len(mail.outbox) == 1 and Notice.objects.count() == 1


def test_rejection_carries_the_reason_and_promotion_tells_the_next_learner(
    make_session, django_capture_on_commit_callbacks
):
    session = make_session(capacity=1)
    holder, waiting = UserFactory(language="en"), UserFactory(language="zh-hans")
    with django_capture_on_commit_callbacks(execute=True):
        holder_enrolment = services.enrol(holder, session)
        services.enrol(waiting, session)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.reject([holder_enrolment], by=UserFactory(), reason="Duplicate registration")
    by_recipient = {m.to[0]: m for m in mail.outbox}
    assert "Request not approved" in by_recipient[holder.email].subject
    assert "Duplicate registration" in by_recipient[holder.email].body
    assert "名额" in by_recipient[waiting.email].subject


def test_approved_email_in_english(make_session, django_capture_on_commit_callbacks):
    user = UserFactory(language="en")
    enrolment = services.enrol(user, make_session(requires_approval=True))
    with django_capture_on_commit_callbacks(execute=True):
        services.approve([enrolment], by=UserFactory())
    assert [m.subject for m in mail.outbox if m.to == [user.email]] == [
        f"Request approved: {enrolment.session.course.title}"
    ]
    assert "you are enrolled" in mail.outbox[-1].body


def test_the_day_before_reminder_goes_once_per_enrolment_and_day(make_session, learner):
    today = timezone.localdate()
    session = make_session(starts_on=today + timedelta(days=1), ends_on=today + timedelta(days=2))
    services.enrol(learner, session)
    make_session(title="下个月", starts_on=today + timedelta(days=30))
    assert notifications.send_reminders(today=today) == 1
    assert notifications.send_reminders(today=today) == 0
    assert notifications.send_reminders(today=today + timedelta(days=1)) == 1
    assert len(mail.outbox) == 2 and "明天" in mail.outbox[0].subject
