"""Approvers see only the requests in their reach and decide them in bulk, with a reason."""

import pytest
from django.contrib.auth.models import Group
from django.core import mail

from learning.enrolment import services
from learning.enrolment.models import Enrolment, EnrolmentStatus
from tests.factories import UserFactory
from tests.learning.talent.conftest import build_network, loaded_regions, region_file  # noqa: F401

from . import factories

pytestmark = pytest.mark.django_db
URL = "/admin/enrolment/requests/"


@pytest.fixture
def network(loaded_regions):  # noqa: F811
    return build_network(loaded_regions)


@pytest.fixture
def approver(db):
    user = UserFactory(kind="staff")
    user.groups.add(Group.objects.get(name=services.APPROVERS_GROUP))
    return user


def request_for(person, session):
    """A request by the user account linked to a talent ``person``."""
    user = UserFactory(kind="staff", display_name=person.name)
    person.user = user
    person.save(update_fields=["user"])
    return services.enrol(user, session)


def test_institution_and_provincial_administrators_see_only_learners_in_their_reach(network):
    session = factories.session(requires_approval=True)
    requests = {key: request_for(network.people[key], session) for key in ("nj_node", "wx_tisc", "hz_tisc")}
    requests["outsider"] = services.enrol(UserFactory(), session)
    seen = {
        name: {e.pk for e in services.pending_requests(network.users[name])}
        for name in ("national", "jiangsu", "zhejiang", "nanjing_centre", "learner")
    }
    ids = {key: e.pk for key, e in requests.items()}
    assert seen["national"] == set(ids.values())
    assert seen["jiangsu"] == {ids["nj_node"], ids["wx_tisc"]}
    assert seen["zhejiang"] == {ids["hz_tisc"]}
    assert seen["nanjing_centre"] == {ids["nj_node"]}
    assert seen["learner"] == set()


def test_approval_needed_goes_to_the_group_and_the_learners_administrators(
    network, approver, django_capture_on_commit_callbacks
):
    session = factories.session(requires_approval=True)
    with django_capture_on_commit_callbacks(execute=True):
        request_for(network.people["nj_node"], session)
    recipients = sorted(m.to[0] for m in mail.outbox)
    assert recipients == sorted([approver.email, "jiangsu@example.cn", "nanjing_centre@example.cn"])
    assert all("/admin/enrolment/requests/" in m.body for m in mail.outbox)


def test_an_administrator_cannot_decide_a_request_outside_their_reach(client, network):
    session = factories.session(requires_approval=True)
    far = request_for(network.people["hz_tisc"], session)
    client.force_login(network.users["jiangsu"])
    response = client.post(URL, {"enrolments": [far.pk], "action": "approve"})
    assert "Select at least one request." in response.content.decode()
    far.refresh_from_db()
    assert far.status == EnrolmentStatus.REQUESTED


def test_bulk_approve_and_reject_from_the_admin_list(client, approver):
    session = factories.session(requires_approval=True, capacity=5)
    pending = [services.enrol(UserFactory(), session) for _ in range(3)]
    client.force_login(approver)
    page = client.get(URL)
    assert page.status_code == 200 and pending[0].user.email in page.content.decode()

    response = client.post(URL, {"enrolments": [pending[0].pk, pending[1].pk], "action": "approve"}, follow=True)
    assert "2 requests approved." in response.content.decode()
    missing_reason = client.post(URL, {"enrolments": [pending[2].pk], "action": "reject", "reason": ""}, follow=True)
    assert "Give a reason" in missing_reason.content.decode()
    client.post(URL, {"enrolments": [pending[2].pk], "action": "reject", "reason": "名额已分配给本省学员"})
    statuses = dict(Enrolment.objects.values_list("pk", "status"))
    assert [statuses[e.pk] for e in pending] == ["enrolled", "enrolled", "rejected"]
    assert Enrolment.objects.get(pk=pending[2].pk).reason == "名额已分配给本省学员"


def test_a_user_who_is_not_an_approver_is_refused(client):
    user = UserFactory(is_staff=True, is_superuser=False)
    from django.contrib.auth.models import Permission

    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    response = client.get(URL)  # the Wagtail admin answers PermissionDenied with a redirect home
    assert response.status_code == 302 and response.url == "/admin/"


def test_the_requests_list_runs_a_fixed_number_of_queries(client, approver, django_assert_max_num_queries):
    client.force_login(approver)
    for n in range(3):
        session = factories.session(title=f"第{n}期", requires_approval=True)
        for _ in range(8):
            services.enrol(UserFactory(), session)
    with django_assert_max_num_queries(30) as few:
        client.get(URL)
    for _ in range(20):
        services.enrol(UserFactory(), session)
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert client.get(URL).status_code == 200
