"""Organisers create and edit sessions in the Wagtail admin; a raised capacity serves the waiting list."""

import pytest
from django.contrib.auth.models import Group

from learning.enrolment import services
from learning.enrolment.models import Enrolment, EnrolmentStatus, Session
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def organiser(db):
    user = UserFactory()
    user.groups.add(Group.objects.get(name=services.APPROVERS_GROUP))
    return user


def form_data(course, **overrides):
    data = {
        "course": course.pk,
        "title": "2026年第三期",
        "mode": "in_person",
        "starts_on": "2026-12-20",
        "ends_on": "2026-12-21",
        "location": "北京市海淀区",
        "meeting_url": "",
        "capacity": "1",
        "enrolment_opens_at": "",
        "enrolment_closes_at": "",
        "eligibility": "everyone",
        "institution": "",
    }
    data.update(overrides)
    return data


def test_an_organiser_creates_a_session_and_becomes_its_organiser(client, course, organiser):
    client.force_login(organiser)
    assert client.get("/admin/enrolment_sessions/").status_code == 200
    response = client.post("/admin/enrolment_sessions/new/", form_data(course))
    assert response.status_code == 302, response.content.decode()[:2000]
    session = Session.objects.get(title="2026年第三期")
    assert session.organiser == organiser and session.capacity == 1 and session.seats_taken == 0


def test_raising_the_capacity_in_the_admin_promotes_the_waiting_list_and_keeps_the_count(
    client, course, make_session, organiser
):
    session = make_session(capacity=1)
    services.enrol(UserFactory(), session)
    waiting = services.enrol(UserFactory(), session)
    client.force_login(organiser)
    response = client.post(f"/admin/enrolment_sessions/edit/{session.pk}/", form_data(course, capacity="2"))
    assert response.status_code == 302
    session.refresh_from_db()
    assert session.capacity == 2 and session.seats_taken == 2
    assert Enrolment.objects.get(pk=waiting.pk).status == EnrolmentStatus.ENROLLED


def test_the_admin_refuses_a_capacity_below_the_seats_taken(client, course, make_session, organiser):
    session = make_session(capacity=2)
    services.enrol(UserFactory(), session)
    services.enrol(UserFactory(), session)
    client.force_login(organiser)
    response = client.post(f"/admin/enrolment_sessions/edit/{session.pk}/", form_data(course, capacity="1"))
    assert response.status_code == 200 and "2 seats are already taken" in response.content.decode()
    assert Session.objects.get(pk=session.pk).capacity == 2
