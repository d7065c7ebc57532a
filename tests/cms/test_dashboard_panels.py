"""The Wagtail dashboard shows each person what waits for them, within their reach: needs (open and
past the first-reply deadline), enrolment requests and hours claims to decide, questions to review
and written answers to mark; each count links to the list where the work is done, and the page's
query count does not grow with the data."""

import datetime
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone, translation

from learning.enrolment import hours
from learning.exams.models import QuestionStatus
from learning.outreach.models import Need
from tests.factories import UserFactory
from tests.learning.exams import factories as exam_factories
from tests.learning.outreach.conftest import submit
from tests.learning.talent.conftest import loaded_regions, network, region_file  # noqa: F401

pytestmark = pytest.mark.django_db


def dashboard(client, user):
    client.force_login(user)
    return client.get(reverse("wagtailadmin_home")).content.decode()


def count_before(html, label):
    """The number shown before ``label`` (in the admin's default language, Chinese) in a panel."""
    with translation.override("zh-hans"):
        label = translation.gettext(label)
    assert label in html, label
    head, _, _ = html.partition(label)
    return int(head.rsplit("todo-panel__count", 1)[1].split(">", 1)[1].split("<", 1)[0])


@pytest.fixture
def work(network):  # noqa: F811
    nanjing = submit(network.regions["320100"], title="南京的问题")  # held by the Nanjing centre
    hangzhou = submit(network.regions["330100"], title="杭州的问题")  # held in Zhejiang
    Need.objects.filter(pk=hangzhou.pk).update(sla_due_at=timezone.now() - datetime.timedelta(days=1))
    learner = UserFactory()
    hours.submit_claim(
        user=learner,
        title="外部培训",
        completed_on=datetime.date(2026, 3, 1),
        professional_hours=Decimal("2"),
        general_hours=Decimal("0"),
        evidence=SimpleUploadedFile("c.pdf", b"%PDF-1.4\n%%EOF\n", content_type="application/pdf"),
    )
    exam_factories.question(status=QuestionStatus.IN_REVIEW)
    return {"network": network, "nanjing": nanjing, "hangzhou": hangzhou}


def test_a_national_administrator_sees_every_kind_of_waiting_work(client, work):
    admin = UserFactory(is_superuser=True, is_staff=True)
    html = dashboard(client, admin)

    assert count_before(html, "open needs") == 2
    assert count_before(html, "past the first-reply deadline") == 1
    assert count_before(html, "training-hours claims") == 1
    assert count_before(html, "enrolment requests") == 0
    assert count_before(html, "questions in review") == 1
    assert count_before(html, "written answers to mark") == 0
    assert f"{reverse('needs_admin:queue')}?status=&amp;overdue=on" in html
    assert f"{reverse('records_admin:hours_index')}?status=pending" in html
    assert f"{reverse('wagtailsnippets_exams_question:list')}?status=in_review" in html


def test_an_institution_administrator_counts_only_their_institutions_needs(client, work):
    html = dashboard(client, work["network"].users["nanjing_centre"])

    assert count_before(html, "open needs") == 1
    assert count_before(html, "past the first-reply deadline") == 0  # the overdue one is in Zhejiang
    with translation.override("zh-hans"):
        assert translation.gettext("questions in review") not in html  # not a reviewer


def test_people_with_nothing_to_decide_get_no_panels(client, work):
    html = dashboard(client, UserFactory(is_superuser=False, is_staff=True))
    assert "todo-panel" not in html


def test_the_dashboard_costs_the_same_queries_with_more_work_waiting(client, work, django_assert_max_num_queries):
    admin = UserFactory(is_superuser=True, is_staff=True)
    dashboard(client, admin)
    with django_assert_max_num_queries(40) as before:
        client.get(reverse("wagtailadmin_home"))
    for n in range(5):
        submit(work["network"].regions["320100"], title=f"更多问题{n}")
        exam_factories.question(status=QuestionStatus.IN_REVIEW)
    with django_assert_max_num_queries(len(before.captured_queries)):
        html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert count_before(html, "open needs") == 7
