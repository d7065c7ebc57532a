"""The sessions section of the course page: each visitor's state and button, and enrol / withdraw
by POST then back to the page."""

from datetime import timedelta

import pytest
from django.utils import timezone

from learning.enrolment import services
from learning.enrolment.models import Enrolment, EnrolmentStatus
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def page_text(client, course):
    response = client.get(course.url)
    assert response.status_code == 200
    return response.content.decode()


def test_a_visitor_sees_each_session_and_is_asked_to_sign_in(client, course, make_session):
    make_session(capacity=30, starts_on=timezone.localdate() + timedelta(days=10))
    text = page_text(client, course)
    assert "2026年第一期" in text and "北京市海淀区" in text and "30 / 30" in text
    assert "Sign in to enrol." in text and "/enrolment/sessions/" not in text


def test_a_learner_enrols_and_sees_their_status_and_a_withdraw_button(client, course, make_session, learner):
    session = make_session(capacity=2)
    client.force_login(learner)
    assert "Enrol</button>" in page_text(client, course)
    response = client.post(f"/enrolment/sessions/{session.pk}/enrol/")
    assert response.status_code == 302 and response.url.endswith("#sessions")
    text = page_text(client, course)
    assert "You are enrolled in" in text and "Withdraw</button>" in text and "1 / 2" in text


def test_a_double_click_enrols_once_without_an_error(client, course, make_session, learner):
    session = make_session(capacity=2)
    client.force_login(learner)
    client.post(f"/enrolment/sessions/{session.pk}/enrol/")
    client.post(f"/enrolment/sessions/{session.pk}/enrol/")
    text = page_text(client, course)
    assert Enrolment.objects.filter(user=learner).count() == 1
    assert "already in this session" not in text


def test_withdrawing_from_the_page(client, course, make_session, learner):
    session = make_session(capacity=2)
    enrolment = services.enrol(learner, session)
    client.force_login(learner)
    client.post(f"/enrolment/enrolments/{enrolment.pk}/withdraw/")
    enrolment.refresh_from_db()
    assert enrolment.status == EnrolmentStatus.WITHDRAWN
    assert "Enrol</button>" in page_text(client, course)


def test_a_learner_cannot_withdraw_someone_elses_enrolment(client, make_session, learner):
    enrolment = services.enrol(UserFactory(), make_session())
    client.force_login(learner)
    assert client.post(f"/enrolment/enrolments/{enrolment.pk}/withdraw/").status_code == 404


@pytest.mark.parametrize(
    ("fields", "user_kwargs", "expected"),
    [
        ({"capacity": 1}, None, "Join the waiting list</button>"),
        ({"requires_approval": True}, {}, "Request a place</button>"),
        ({}, {"verified": False}, "Verify your email address"),
        ({"eligibility": "sme"}, {}, "for SME accounts only"),
        ({"enrolment_closes_at": timezone.now() - timedelta(days=1)}, {}, "Enrolment for this session is closed."),
    ],
)
def test_each_session_shows_the_right_button_or_reason(client, course, make_session, fields, user_kwargs, expected):
    session = make_session(**fields)
    if user_kwargs is None:  # the one seat is taken by someone else
        services.enrol(UserFactory(), session)
        user_kwargs = {}
    client.force_login(UserFactory(kind="staff", **user_kwargs))
    assert expected in page_text(client, course)


def test_an_enrolment_refused_by_the_rules_shows_the_reason(client, course, make_session):
    session = make_session(eligibility="sme")
    client.force_login(UserFactory(kind="staff"))
    response = client.post(f"/enrolment/sessions/{session.pk}/enrol/", follow=True)
    assert "for SME accounts only" in response.content.decode()
    assert not Enrolment.objects.exists()


def test_the_course_page_runs_the_same_queries_with_many_sessions(
    client, course, make_session, learner, django_assert_max_num_queries
):
    client.force_login(learner)
    services.enrol(learner, make_session())
    with django_assert_max_num_queries(60) as few:
        client.get(course.url)
    for n in range(12):
        session = make_session(title=f"第{n}期", capacity=5)
        services.enrol(learner, session)
        services.enrol(UserFactory(), session)
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert client.get(course.url).status_code == 200
