"""On a phone, a signed-in learner finds a session on the course page, enrols with one tap and sees
their place and the withdraw button; the sessions fit the 375 px screen (real Chromium)."""

import pytest
from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.contrib.sessions.backends.db import SessionStore

from learning.enrolment.models import Enrolment, EnrolmentStatus
from tests.factories import UserFactory
from tests.learning.enrolment import factories

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def sign_in(context, live_server, user):
    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.create()
    context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "value": session.session_key, "url": live_server.url}])


def test_a_learner_enrols_in_a_session_on_a_phone(phone, live_server, site, tmp_path):
    course = factories.course(title="专利导航项目实务")
    session = factories.session(course, capacity=30, starts_on="2026-12-20", ends_on="2026-12-21")
    factories.session(course, title="2026年第二期", capacity=1, requires_approval=True)
    learner = UserFactory(kind="staff")
    sign_in(phone.context, live_server, learner)

    phone.goto(f"{live_server.url}{course.url}#sessions")
    phone.get_by_role("button", name="报名", exact=True).click()
    phone.wait_for_load_state()
    phone.screenshot(path=str(tmp_path / "enrolled.png"), full_page=True)

    assert "您已成功报名" in phone.content()
    assert phone.get_by_role("button", name="退出报名").is_visible()
    assert phone.get_by_role("button", name="申请报名").is_visible()
    assert phone.evaluate("document.documentElement.scrollWidth") <= 375
    enrolment = Enrolment.objects.get(user=learner)
    assert enrolment.session_id == session.pk and enrolment.status == EnrolmentStatus.ENROLLED
