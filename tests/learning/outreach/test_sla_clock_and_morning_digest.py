"""The first-reply clock counts Chinese working days; the morning task lists overdue needs to each
institution's administrators once a day, in their language."""

import datetime

import pytest
from django.core import mail
from django.test import override_settings
from django.utils import timezone

from learning.outreach import notifications, tasks, workdays
from learning.outreach.models import Need, SlaDigest

from .conftest import submit

pytestmark = pytest.mark.django_db


def at(*args):
    return timezone.make_aware(datetime.datetime(*args))


def test_weekends_do_not_count():
    assert workdays.due_at(at(2026, 11, 26, 10), 5) == at(2026, 12, 3, 23, 59, 59)  # Thu → next Thu
    assert workdays.due_at(at(2026, 11, 28, 10), 1) == at(2026, 11, 30, 23, 59, 59)  # Sat → Mon


def test_national_day_holidays_do_not_count_and_the_adjusted_saturday_does():
    # 2025: 1–8 October off, Sunday 28 September and Saturday 11 October are working days.
    assert workdays.due_at(at(2025, 9, 30, 9), 5) == at(2025, 10, 14, 23, 59, 59)
    assert workdays.due_at(at(2025, 9, 26, 9), 5) == at(2025, 10, 10, 23, 59, 59)
    assert not workdays.is_working_day(datetime.date(2026, 10, 5))
    assert workdays.is_working_day(datetime.date(2026, 10, 10))  # a Saturday worked
    assert not workdays.is_working_day(datetime.date(2026, 2, 17))  # Spring Festival
    assert not workdays.is_working_day(datetime.date(2027, 10, 1))


@override_settings(NEEDS_FIRST_REPLY_WORKING_DAYS=3)
def test_a_need_gets_its_due_time_from_the_setting(network):
    need = submit(network.regions["320100"], submitted_at=at(2026, 9, 30, 16))
    # 1–7 October off; 8 and 9 October are days 1 and 2, Saturday 10 October (worked) is day 3.
    assert need.sla_due_at == at(2026, 10, 10, 23, 59, 59)
    assert workdays.working_days_left(need.sla_due_at, now=at(2026, 10, 8, 9)) == 2
    assert workdays.working_days_left(need.sla_due_at, now=at(2026, 10, 13, 9)) == -2


def _late(need, days_ago=3):
    Need.objects.filter(pk=need.pk).update(sla_due_at=timezone.now() - datetime.timedelta(days=days_ago))


def test_the_morning_task_sends_each_administrator_their_list_once_a_day(queue):
    admin = queue.users["nanjing_centre"]
    admin.language = "en"
    admin.save()
    node = queue.institutions["nj_node"]
    node.contact_email = "node@example.cn"
    node.save()
    _late(queue.needs["nj_centre"])
    _late(queue.needs["nj_node"])
    Need.objects.filter(pk=queue.needs["hz_tisc"].pk).update(sla_due_at=timezone.now() + datetime.timedelta(hours=1))
    Need.objects.filter(pk=queue.needs["wx_tisc"].pk).update(
        first_replied_at=timezone.now(), sla_due_at="2020-01-01T00:00:00Z"
    )
    monday = datetime.date(2026, 11, 30)
    assert notifications.send_sla_digests(today=monday) == 2  # 杭州 TISC has no admin and no address
    by_recipient = {m.to[0]: m for m in mail.outbox}
    english = by_recipient["nanjing_centre@example.cn"]
    assert english.subject == "中国（南京）知识产权保护中心: 1 overdue need"
    assert queue.needs["nj_centre"].reference in english.body and "/admin/needs/" in english.body
    assert queue.needs["nj_node"].reference not in english.body  # the node's list goes to the node
    chinese = by_recipient["node@example.cn"]
    assert "逾期" in chinese.subject and queue.needs["nj_node"].reference in chinese.body
    assert notifications.send_sla_digests(today=monday) == 0  # a retried task sends nothing more
    tasks.send_sla_digests.delay()  # today's run (whatever day it is) leaves Monday's records alone
    assert SlaDigest.objects.filter(day=monday).count() == 2
    assert notifications.send_sla_digests(today=datetime.date(2026, 10, 3)) == 0  # a holiday


def test_the_morning_task_lists_needs_due_by_the_next_working_day(queue):
    Need.objects.filter(pk=queue.needs["hz_tisc"].pk).update(sla_due_at=timezone.now() + datetime.timedelta(hours=1))
    queue.institutions["hz_tisc"].contact_email = "hz@example.cn"
    queue.institutions["hz_tisc"].save()
    assert notifications.send_sla_digests(today=datetime.date(2026, 12, 1)) == 1
    assert queue.needs["hz_tisc"].reference in mail.outbox[0].body
    assert SlaDigest.objects.get().due_soon == 1
