"""Attendance: the per-day check-in QR code (a confirmation page, then one press records it; valid /
expired / forged / not enrolled / pressed twice), the organiser's roster, the .xlsx export, and the
attendance share used by completion rules."""

import io
from datetime import datetime, timedelta
from decimal import Decimal

import pytest
from django.contrib.auth.models import Group
from django.core import signing
from django.utils import timezone
from openpyxl import load_workbook

from learning.enrolment import services
from learning.enrolment.errors import EnrolmentError
from learning.enrolment.models import Attendance, AttendanceMethod
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def today():
    return timezone.localdate()


@pytest.fixture
def session(make_session, today):
    return make_session(capacity=10, starts_on=today, ends_on=today + timedelta(days=2))


@pytest.fixture
def organiser(db):
    user = UserFactory()
    user.groups.add(Group.objects.get(name=services.APPROVERS_GROUP))
    return user


def test_scanning_opens_a_confirmation_page_and_only_the_button_records_the_check_in(client, session, learner, today):
    services.enrol(learner, session)
    url = f"/enrolment/check-in/{services.checkin_token(session, today)}/"
    client.force_login(learner)

    page = client.get(url)
    text = page.content.decode()
    assert page.status_code == 200
    assert session.course.title in text and session.title in text and today.isoformat() in text
    assert 'method="post"' in text and "Check in</button>" in text
    assert not Attendance.objects.exists()  # opening the link (or a link preview) records nothing

    pressed = client.post(url)
    assert pressed.status_code == 302 and pressed.url == url
    attendance = Attendance.objects.get()
    assert attendance.day == today and attendance.method == AttendanceMethod.QR and attendance.marked_by == learner

    after = client.get(url).content.decode()
    assert "You are checked in to" in after and "Check in</button>" not in after


def test_a_double_tap_or_a_resent_form_records_the_check_in_once(client, session, learner, today):
    services.enrol(learner, session)
    url = f"/enrolment/check-in/{services.checkin_token(session, today)}/"
    client.force_login(learner)

    responses = [client.post(url) for _ in range(3)]

    assert [r.status_code for r in responses] == [302, 302, 302]
    assert Attendance.objects.count() == 1
    attendance, created = services.check_in(user=learner, token=services.checkin_token(session, today))
    assert not created and Attendance.objects.count() == 1


def test_the_check_in_page_takes_only_get_and_post(client, session, learner, today):
    services.enrol(learner, session)
    client.force_login(learner)
    response = client.put(f"/enrolment/check-in/{services.checkin_token(session, today)}/")
    assert response.status_code == 405 and not Attendance.objects.exists()


def test_scanning_signed_out_asks_to_sign_in_first(client, session, today):
    token = services.checkin_token(session, today)
    response = client.get(f"/enrolment/check-in/{token}/")
    assert response.status_code == 302 and "/accounts/login/" in response.url


def test_yesterdays_code_has_expired_and_tomorrows_is_not_yet_valid(session, learner, today):
    services.enrol(learner, session)
    token = services.checkin_token(session, today)
    tomorrow_noon = timezone.make_aware(datetime.combine(today + timedelta(days=1), datetime.min.time())) + timedelta(
        hours=12
    )
    with pytest.raises(EnrolmentError, match="expired"):
        services.check_in(user=learner, token=token, now=tomorrow_noon)
    with pytest.raises(EnrolmentError, match="come back on that day"):
        services.check_in(user=learner, token=services.checkin_token(session, today + timedelta(days=1)))
    assert services.checkin_expires_at(today) == timezone.make_aware(
        datetime.combine(today + timedelta(days=1), datetime.min.time())
    )
    assert not Attendance.objects.exists()


def test_a_forged_or_altered_code_is_refused_on_the_page_and_on_the_button(client, session, learner, today):
    services.enrol(learner, session)
    token = services.checkin_token(session, today)
    forged = signing.dumps({"s": session.pk, "d": today.isoformat()}, salt="another-salt", compress=True)
    client.force_login(learner)
    for bad in (forged, token[:-2] + ("AA" if not token.endswith("AA") else "BB"), "nonsense"):
        for response in (client.get(f"/enrolment/check-in/{bad}/"), client.post(f"/enrolment/check-in/{bad}/")):
            text = response.content.decode()
            assert response.status_code == 400 and "not valid" in text and "Check in</button>" not in text
    assert not Attendance.objects.exists()


def test_an_expired_code_and_a_learner_without_a_seat_get_a_clear_message_and_no_button(
    client, session, learner, today
):
    services.enrol(learner, session)
    client.force_login(learner)
    yesterday = services.checkin_token(session, today - timedelta(days=1))
    expired = client.get(f"/enrolment/check-in/{yesterday}/")
    assert expired.status_code == 400 and "has expired" in expired.content.decode()
    assert client.post(f"/enrolment/check-in/{yesterday}/").status_code == 400

    client.force_login(UserFactory())
    url = f"/enrolment/check-in/{services.checkin_token(session, today)}/"
    stranger = client.get(url)
    assert stranger.status_code == 400 and "not enrolled in this session" in stranger.content.decode()
    assert "Check in</button>" not in stranger.content.decode()
    assert client.post(url).status_code == 400
    assert not Attendance.objects.exists()


def test_the_organiser_sees_the_code_as_an_inline_svg(client, session, organiser, today):
    client.force_login(organiser)
    response = client.get(f"/admin/enrolment/sessions/{session.pk}/checkin/")
    text = response.content.decode()
    assert response.status_code == 200 and "<svg" in text and "/enrolment/check-in/" in text


def test_the_roster_marks_attendance_and_exports_it(client, session, organiser, today):
    learners = [UserFactory(display_name=name) for name in ("张三", "李四")]
    enrolments = [services.enrol(user, session) for user in learners]
    client.force_login(organiser)
    day2 = today + timedelta(days=1)
    response = client.post(
        f"/admin/enrolment/sessions/{session.pk}/roster/",
        {f"a-{enrolments[0].pk}-{today.isoformat()}": "on", f"a-{enrolments[0].pk}-{day2.isoformat()}": "on"},
    )
    assert response.status_code == 302
    assert set(Attendance.objects.values_list("enrolment_id", "day")) == {
        (enrolments[0].pk, today),
        (enrolments[0].pk, day2),
    }
    assert services.attendance_share(enrolments[0]) == Decimal("0.67")
    assert services.attendance_share(enrolments[1]) == Decimal("0.00")

    export = client.get(f"/admin/enrolment/sessions/{session.pk}/roster.xlsx")
    rows = list(load_workbook(io.BytesIO(export.content)).active.iter_rows(values_only=True))
    assert rows[0][4:7] == tuple(day.isoformat() for day in session.days) and len(rows) == 3
    by_name = {row[0]: row for row in rows[1:]}
    assert by_name["张三"][4:7] == ("✓", "✓", None) and by_name["张三"][-1] == 2
    assert by_name["李四"][-1] == 0


def test_unticking_a_day_clears_it(client, session, organiser, today):
    enrolment = services.enrol(UserFactory(), session)
    Attendance.objects.create(enrolment=enrolment, day=today, method=AttendanceMethod.QR)
    client.force_login(organiser)
    client.post(f"/admin/enrolment/sessions/{session.pk}/roster/", {})
    assert not Attendance.objects.exists()


def test_someone_who_may_not_manage_the_session_cannot_open_its_roster(client, session):
    client.force_login(UserFactory(is_superuser=False))
    assert client.get(f"/admin/enrolment/sessions/{session.pk}/roster/").status_code in (302, 403)


def test_sessions_without_attendance_count_as_attended(make_session, learner):
    enrolment = services.enrol(learner, make_session(mode="live_online"))
    assert services.attendance_share(enrolment) == Decimal("1.00")
