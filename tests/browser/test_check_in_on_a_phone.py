"""On a phone, a learner who scans the day's check-in code sees the course, session and day with one
large button, taps it once and sees they are checked in with the button gone; the page fits the
375 px screen (real Chromium)."""

import pytest
from django.utils import timezone

from learning.enrolment import services
from learning.enrolment.models import Attendance, AttendanceMethod
from tests.factories import UserFactory
from tests.learning.enrolment import factories

from .test_enrol_on_a_phone import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_learner_checks_in_with_one_tap_on_a_phone(phone, live_server, site, tmp_path):
    today = timezone.localdate()
    course = factories.course(title="专利导航项目实务")
    session = factories.session(course, capacity=30, starts_on=today, ends_on=today)
    learner = UserFactory(kind="staff")
    services.enrol(learner, session)
    sign_in(phone.context, live_server, learner)

    phone.goto(f"{live_server.url}/enrolment/check-in/{services.checkin_token(session, today)}/")
    page = phone.content()
    assert "专利导航项目实务" in page and session.title in page and today.isoformat() in page
    button = phone.get_by_role("button", name="签到", exact=True)
    assert button.is_visible() and button.bounding_box()["height"] >= 60
    assert not Attendance.objects.exists()
    phone.screenshot(path=str(tmp_path / "confirm.png"), full_page=True)

    button.click()
    phone.wait_for_load_state()
    phone.screenshot(path=str(tmp_path / "checked-in.png"), full_page=True)

    assert "您已完成《专利导航项目实务》" in phone.content()
    assert phone.get_by_role("button", name="签到", exact=True).count() == 0
    assert phone.evaluate("document.documentElement.scrollWidth") <= 375
    attendance = Attendance.objects.get()
    assert attendance.day == today and attendance.method == AttendanceMethod.QR
