import pytest
from django.core import mail

from learning.outreach import services
from learning.outreach.models import NeedEvent, NeedEventKind, NeedOutcome, NeedReply, NeedStatus

pytestmark = pytest.mark.django_db


def _verified(need):
    need.email_verified = True
    need.save()
    return need


def test_accept_start_reply_measures_close_each_leave_an_event(queue, django_capture_on_commit_callbacks):
    need, user = _verified(queue.needs["nj_node"]), queue.staff
    services.accept(need=need, user=user)
    services.start(need=need, user=user)
    with django_capture_on_commit_callbacks(execute=True):
        services.reply(need=need, user=user, body="可以先在专利检索系统中检索。")
    services.record_measures(
        need=need, user=user, measures="电话指导检索", outcome=NeedOutcome.RESOLVED, satisfaction=5
    )
    with django_capture_on_commit_callbacks(execute=True):
        services.close(need=need, user=user, note="感谢咨询")
    need.refresh_from_db()
    assert need.status == NeedStatus.CLOSED
    assert need.first_replied_at and need.answered_at and need.closed_at
    kinds = list(need.events.values_list("kind", "from_status", "to_status"))
    assert kinds[2:] == [
        ("assigned", "received", "assigned"),
        ("started", "assigned", "in_progress"),
        ("replied", "in_progress", "answered"),
        ("measures", "answered", "answered"),
        ("closed", "answered", "closed"),
    ]
    assert all(e.actor == user for e in need.events.all()[2:])
    assert [m.to for m in mail.outbox] == [[need.submitter_email], [need.submitter_email]]


def test_someone_outside_the_scope_is_refused_every_step(queue):
    need, outsider = queue.needs["nj_node"], queue.users["zhejiang"]
    other = queue.institutions["hz_tisc"]
    steps = [
        lambda: services.accept(need=need, user=outsider),
        lambda: services.start(need=need, user=outsider),
        lambda: services.reply(need=need, user=outsider, body="x"),
        lambda: services.record_measures(need=need, user=outsider, measures="x", outcome="resolved"),
        lambda: services.close(need=need, user=outsider),
        lambda: services.transfer(need=need, user=outsider, institution=other, reason="x"),
    ]
    for step in steps:
        with pytest.raises(services.NeedPermissionError, match="not in your queue"):
            step()
    for user in (queue.users["learner"], queue.staff):  # staff of 玄武 does not see 南京 centre's queue
        with pytest.raises(services.NeedPermissionError):
            services.accept(need=queue.needs["nj_centre"], user=user)
    assert NeedEvent.objects.filter(need=need).count() == 2  # received, routed


def test_steps_out_of_order_are_refused_with_the_reason(queue):
    need, user = queue.needs["nj_centre"], queue.users["nanjing_centre"]
    services.start(need=need, user=user)
    with pytest.raises(services.NeedError, match="Only a received need can be accepted"):
        services.accept(need=need, user=user)
    with pytest.raises(services.NeedError, match="Record the measures taken and the result"):
        services.close(need=need, user=user)
    with pytest.raises(services.NeedError, match="Write the reply first"):
        services.reply(need=need, user=user, body="  ")
    with pytest.raises(services.NeedError, match="Describe the measures"):
        services.record_measures(need=need, user=user, measures="", outcome="")
    services.record_measures(need=need, user=user, measures="转介律师", outcome=NeedOutcome.REFERRED)
    services.close(need=need, user=user)
    with pytest.raises(services.NeedError, match="already"):
        services.close(need=need, user=user)
    with pytest.raises(services.NeedError, match="no more replies"):
        services.reply(need=need, user=user, body="再补充一点")
    with pytest.raises(services.NeedError, match="Only an open need can be transferred"):
        services.transfer(need=need, user=user, institution=queue.institutions["wx_tisc"], reason="x")


def test_a_reply_that_does_not_answer_keeps_the_need_in_progress_and_is_not_emailed_unverified(queue):
    need, user = queue.needs["nj_node"], queue.staff
    reply = services.reply(need=need, user=user, body="我们正在检索，稍后答复。", answers=False)
    need.refresh_from_db()
    assert need.status == NeedStatus.IN_PROGRESS and need.first_replied_at and need.answered_at is None
    assert reply.emailed_at is None and mail.outbox == []


def test_transfer_needs_a_reason_moves_the_need_out_of_the_queue_and_keeps_its_due_time(
    queue, django_capture_on_commit_callbacks
):
    need, user = _verified(queue.needs["nj_node"]), queue.users["nanjing_centre"]
    due = need.sla_due_at
    services.accept(need=need, user=user)
    target = queue.institutions["hz_tisc"]
    with pytest.raises(services.NeedError, match="reason"):
        services.transfer(need=need, user=user, institution=target, reason=" ")
    with pytest.raises(services.NeedError, match="already with"):
        services.transfer(need=need, user=user, institution=queue.institutions["nj_node"], reason="x")
    with django_capture_on_commit_callbacks(execute=True):
        services.transfer(need=need, user=user, institution=target, reason="涉及杭州企业的商标纠纷")
    need.refresh_from_db()
    assert (need.institution, need.status, need.sla_due_at) == (target, NeedStatus.RECEIVED, due)
    event = need.events.get(kind=NeedEventKind.TRANSFERRED)
    assert (event.from_institution, event.to_institution, event.note) == (
        queue.institutions["nj_node"],
        target,
        "涉及杭州企业的商标纠纷",
    )
    assert len(mail.outbox) == 1
    with pytest.raises(services.NeedPermissionError):  # no longer in 南京's reach
        services.start(need=need, user=user)
    services.accept(need=need, user=queue.users["zhejiang"])


def test_confirming_the_address_sends_the_replies_that_waited(queue, django_capture_on_commit_callbacks):
    need = queue.needs["wx_tisc"]
    services.reply(need=need, user=queue.users["jiangsu"], body="请携带营业执照前来。")
    assert mail.outbox == []
    with django_capture_on_commit_callbacks(execute=True):
        services.confirm_email(token=services.verification_token(need))
    need.refresh_from_db()
    assert need.email_verified
    assert len(mail.outbox) == 1 and "请携带营业执照前来。" in mail.outbox[0].body
    assert NeedReply.objects.get(need=need).emailed_at is not None
    with django_capture_on_commit_callbacks(execute=True):
        services.confirm_email(token=services.verification_token(need))
    assert len(mail.outbox) == 1
    with pytest.raises(services.NeedError, match="not valid"):
        services.confirm_email(token="garbage")
