"""Needs that reach the network by the hotline, on site or by email, recorded in the admin by staff
on behalf of the contact: scoped, routed (or kept at the staff member's institution), the phone
verified by whom and when, then handled and reported like a need from the web form."""

from datetime import timedelta

import pytest
from django.conf import settings
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from learning.outreach import reports, services, workdays
from learning.outreach.models import Need, NeedEventKind, NeedSource, NeedStatus

from .conftest import submit
from .factories import EnterpriseFactory

pytestmark = pytest.mark.django_db


def fields(region, **extra):
    data = {
        "source": NeedSource.HOTLINE,
        "category": "patent",
        "region": region,
        "title": "专利申请费用减缴",
        "description": "来电咨询小微企业专利申请费用减缴的条件和办理方式。",
        "submitter_name": "王五",
        "submitter_phone": "13800138000",
        "submitter_email": "",
        "consent_to_contact": True,
    }
    data.update(extra)
    return data


def test_staff_keep_a_hotline_need_at_their_institution_with_the_phone_verified_by_them(queue):
    before = timezone.now()
    need = services.record_need(
        user=queue.staff,
        keep_at=queue.institutions["nj_node"],
        phone_verified=True,
        **fields(queue.regions["320102"]),
    )
    need.refresh_from_db()
    assert need.institution == queue.institutions["nj_node"]
    assert (need.source, need.status, need.recorded_by) == (NeedSource.HOTLINE, NeedStatus.RECEIVED, queue.staff)
    assert need.phone_verified and need.phone_verified_by == queue.staff and need.phone_verified_at >= before
    assert need.sla_due_at is not None and need.reference.startswith("XQ-")
    kinds = {event.kind: event for event in need.events.all()}
    assert kinds[NeedEventKind.RECEIVED].actor == queue.staff
    assert kinds[NeedEventKind.PHONE_VERIFIED].actor == queue.staff
    assert kinds[NeedEventKind.ROUTED].to_institution == queue.institutions["nj_node"]
    # the contact follows it on the status page with the phone number given on the call
    assert services.find_for_submitter(reference=need.reference, contact="138 0013 8000") == need
    # and it is in the staff member's queue, where the same workflow applies
    services.accept(need=need, user=queue.staff)
    services.reply(need=need, user=queue.staff, body="已电话告知减缴条件。")
    need.refresh_from_db()
    assert need.status == NeedStatus.ANSWERED


def test_routing_rules_decide_when_staff_do_not_keep_the_need(network):
    need = services.record_need(user=network.users["jiangsu"], **fields(network.regions["320200"]))
    assert need.institution == network.institutions["wx_tisc"]
    assert not need.phone_verified and need.phone_verified_by is None
    assert need.events.get(kind=NeedEventKind.ROUTED).note.startswith("Recorded by staff; No routing rule")


def test_a_need_routed_outside_the_staff_members_reach_is_refused_and_nothing_is_stored(queue):
    count = Need.objects.count()
    # 玄武 goes to the Nanjing protection centre by the fallback, outside the 玄武 node's queue
    with pytest.raises(services.NeedPermissionError, match="outside the needs you handle"):
        services.record_need(user=queue.staff, **fields(queue.regions["320102"]))
    with pytest.raises(services.NeedPermissionError, match="whose needs you handle"):
        services.record_need(user=queue.staff, keep_at=queue.institutions["hz_tisc"], **fields(queue.regions["330100"]))
    with pytest.raises(services.NeedPermissionError):
        services.record_need(user=queue.users["learner"], **fields(queue.regions["320100"]))
    assert Need.objects.count() == count


def test_the_web_form_source_and_an_unverifiable_contact_are_refused(network):
    user = network.users["national"]
    with pytest.raises(services.NeedError, match="how the need reached you"):
        services.record_need(user=user, **fields(network.regions["320100"], source=NeedSource.WEB))
    with pytest.raises(services.NeedError, match="phone number that was given"):
        services.record_need(
            user=user,
            phone_verified=True,
            **fields(network.regions["320100"], submitter_phone="", submitter_email="x@example.cn"),
        )
    with pytest.raises(services.NeedError, match="email address that was given"):
        services.record_need(user=user, email_verified=True, **fields(network.regions["320100"]))


def test_an_email_the_contact_confirmed_to_staff_gets_replies_without_the_confirmation_link(
    network, django_capture_on_commit_callbacks
):
    user = network.users["jiangsu"]
    with django_capture_on_commit_callbacks(execute=True):
        need = services.record_need(
            user=user,
            email_verified=True,
            **fields(network.regions["320100"], source=NeedSource.ONSITE, submitter_email="wang@example.cn"),
        )
    assert len(mail.outbox) == 1 and need.reference in mail.outbox[0].subject
    assert "/needs/confirm/" not in mail.outbox[0].body
    with django_capture_on_commit_callbacks(execute=True):
        services.reply(need=need, user=user, body="请携带营业执照到中心办理。")
    assert len(mail.outbox) == 2 and "请携带营业执照" in mail.outbox[1].body
    event = need.events.get(kind=NeedEventKind.EMAIL_VERIFIED)
    assert event.actor == user


def test_an_unconfirmed_email_still_gets_the_confirmation_link_first(network, django_capture_on_commit_callbacks):
    user = network.users["jiangsu"]
    with django_capture_on_commit_callbacks(execute=True):
        need = services.record_need(
            user=user, **fields(network.regions["320100"], source=NeedSource.EMAIL, submitter_email="zhao@example.cn")
        )
    assert "/needs/confirm/" in mail.outbox[0].body
    with django_capture_on_commit_callbacks(execute=True):
        services.reply(need=need, user=user, body="答复")
    assert len(mail.outbox) == 1  # not emailed before the address is confirmed


def test_a_call_taken_earlier_is_dated_back_and_its_first_reply_falls_due_from_then(queue):
    received = timezone.now() - timedelta(days=9)
    need = services.record_need(
        user=queue.staff, keep_at=queue.institutions["nj_node"], received_at=received, **fields(queue.regions["320102"])
    )
    need.refresh_from_db()

    assert need.submitted_at == received and need.created_at > received
    assert need.sla_due_at == workdays.due_at(received, settings.NEEDS_FIRST_REPLY_WORKING_DAYS)
    assert need.events.get(kind=NeedEventKind.RECEIVED).at == received
    assert need.sla_due_at < timezone.now()  # nine days on, the first reply is already overdue
    assert need in Need.objects.filter(sla_due_at__lt=timezone.now())


@pytest.mark.parametrize(
    ("offset", "message"),
    [(timedelta(hours=2), "cannot be in the future"), (timedelta(days=-31), "more than 30 days ago")],
)
def test_a_receipt_time_in_the_future_or_too_far_back_is_refused(queue, offset, message):
    count = Need.objects.count()
    with pytest.raises(services.NeedError, match=message):
        services.record_need(
            user=queue.staff,
            keep_at=queue.institutions["nj_node"],
            received_at=timezone.now() + offset,
            **fields(queue.regions["320102"]),
        )
    assert Need.objects.count() == count


# The admin pages ----------------------------------------------------------------------------------


def form_data(network, **overrides):
    data = {
        "source": "hotline",
        "category": "trademark",
        "province": network.regions["320000"].pk,
        "prefecture": "320100",
        "title": "商标续展",
        "description": "来电询问注册商标到期后如何续展。",
        "submitter_name": "钱六",
        "credit_code": "",
        "organisation": "",
        "phone": "025-83001234",
        "phone_verified": "on",
        "email": "",
        "language": "zh-hans",
        "consent": "on",
        "keep_at": "",
    }
    data.update(overrides)
    return data


def test_staff_record_a_need_in_the_admin_and_see_who_verified_the_phone(client, queue):
    client.force_login(queue.users["nanjing_centre"])
    page = client.get(reverse("needs_admin:record"))
    assert page.status_code == 200
    html = page.content.decode()
    assert '<optgroup label="江苏省">' in html  # the city list works without JavaScript
    assert queue.institutions["hz_tisc"].name not in html  # only institutions in reach to keep it at
    enterprise = EnterpriseFactory(name="南京某商贸有限公司")
    response = client.post(reverse("needs_admin:record"), form_data(queue, credit_code=enterprise.credit_code.lower()))
    need = Need.objects.get(title="商标续展")
    assert response.status_code == 302 and response["Location"] == reverse("needs_admin:need", args=[need.pk])
    assert need.institution == queue.institutions["nj_centre"]
    assert (need.enterprise, need.organisation) == (enterprise, "南京某商贸有限公司")
    assert need.phone_verified_by == queue.users["nanjing_centre"]
    client.force_login(queue.users["national"])  # another viewer, so the name is not the signed-in user's
    detail = client.get(response["Location"]).content.decode()
    assert str(queue.users["nanjing_centre"]) in detail
    assert need.phone_verified_at.astimezone(timezone.get_current_timezone()).strftime("%Y-%m-%d %H:%M") in detail


def test_the_admin_form_names_what_is_wrong(client, queue):
    client.force_login(queue.staff)
    response = client.post(
        reverse("needs_admin:record"),
        form_data(queue, phone="", phone_verified="on", credit_code="91320100000000999X", consent=""),
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "No enterprise is registered with this code" in html or "没有以此代码登记的企业" in html
    assert not Need.objects.filter(title="商标续展").exists()
    # routed outside the staff member's queue: refused with the way out
    response = client.post(reverse("needs_admin:record"), form_data(queue, prefecture="320100"))
    assert response.status_code == 400
    assert not Need.objects.filter(title="商标续展").exists()
    response = client.post(reverse("needs_admin:record"), form_data(queue, keep_at=queue.institutions["nj_node"].pk))
    assert response.status_code == 302
    assert Need.objects.get(title="商标续展").institution == queue.institutions["nj_node"]


def test_the_admin_form_dates_a_need_back_in_local_time_and_names_a_refused_time(client, queue):
    client.force_login(queue.staff)
    keep = {"keep_at": queue.institutions["nj_node"].pk}
    earlier = timezone.localtime() - timedelta(days=2)
    assert 'type="datetime-local"' in client.get(reverse("needs_admin:record")).content.decode()

    future = (timezone.localtime() + timedelta(days=1)).strftime("%Y-%m-%dT%H:%M")
    refused = client.post(reverse("needs_admin:record"), form_data(queue, received_at=future, **keep))
    assert refused.status_code == 400
    assert "cannot be in the future" in refused.content.decode() or "不能晚于现在" in refused.content.decode()
    assert not Need.objects.filter(title="商标续展").exists()

    response = client.post(
        reverse("needs_admin:record"), form_data(queue, received_at=earlier.strftime("%Y-%m-%dT%H:%M"), **keep)
    )
    assert response.status_code == 302
    need = Need.objects.get(title="商标续展")
    assert timezone.localtime(need.submitted_at).strftime("%Y-%m-%d %H:%M") == earlier.strftime("%Y-%m-%d %H:%M")


def test_people_who_handle_no_needs_cannot_record_one(client, queue):
    client.force_login(queue.users["learner"])
    assert client.get(reverse("needs_admin:record")).status_code in (302, 403)
    assert client.post(reverse("needs_admin:record"), form_data(queue)).status_code in (302, 403)
    assert not Need.objects.filter(title="商标续展").exists()


def test_staff_mark_a_web_form_phone_verified_after_calling_back(client, queue):
    need = queue.needs["nj_node"]
    Need.objects.filter(pk=need.pk).update(submitter_phone="13900139000")
    client.force_login(queue.staff)
    html = client.get(reverse("needs_admin:need", args=[need.pk])).content.decode()
    assert reverse("needs_admin:act", args=[need.pk, "verify-phone"]) in html
    client.post(reverse("needs_admin:act", args=[need.pk, "verify-phone"]))
    need.refresh_from_db()
    assert need.phone_verified and need.phone_verified_by == queue.staff and need.phone_verified_at
    response = client.post(reverse("needs_admin:act", args=[need.pk, "verify-phone"]), follow=True)
    assert "already verified" in response.content.decode() or "电话号码已核实" in response.content.decode()
    assert need.events.filter(kind=NeedEventKind.PHONE_VERIFIED).count() == 1
    # outside the reach: 404, nothing recorded
    other = queue.needs["hz_tisc"]
    Need.objects.filter(pk=other.pk).update(submitter_phone="13900139001")
    assert client.post(reverse("needs_admin:act", args=[other.pk, "verify-phone"])).status_code == 404
    other.refresh_from_db()
    assert not other.phone_verified


def test_the_report_splits_recorded_needs_by_source(network):
    user = network.users["jiangsu"]
    submit(network.regions["320100"])
    services.record_need(user=user, **fields(network.regions["320100"]))
    services.record_need(user=user, **fields(network.regions["320200"]))
    services.record_need(user=user, **fields(network.regions["320100"], source=NeedSource.ONSITE))
    services.record_need(
        user=user, **fields(network.regions["320100"], source=NeedSource.EMAIL, submitter_email="a@example.cn")
    )
    period = reports.quarter_of(timezone.localdate())
    figures = reports.figures(needs=reports.reachable_needs(user), period=period)
    by_source = {row["key"]: row["count"] for row in figures["by_source"]}
    assert by_source == {"hotline": 2, "onsite": 1, "email": 1, "web": 1}
    labels = {row["key"]: row["label"] for row in figures["by_source"]}
    assert labels["email"] == "Email" and labels["hotline"] == "Hotline"
