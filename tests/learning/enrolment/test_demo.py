import pytest

from learning.accounts import demo as accounts_demo
from learning.enrolment import demo, services
from learning.enrolment.models import Attendance, Enrolment, EnrolmentStatus, Session

from . import factories

# The demo courses the enrolment demo uses, with their delivery modes (courses/demo_content.py).
COURSES = {
    "ZL-101": "self_paced",
    "XX-102": "self_paced",
    "YY-102": "live",
    "ZL-202": "in_person",
    "ZL-201": "blended",
    "BH-101": "in_person",
}

pytestmark = pytest.mark.django_db


def test_the_demo_gives_the_learner_sessions_a_request_and_a_waiting_place_and_is_idempotent(db):
    for code, mode in COURSES.items():
        factories.course(title=f"演示课程 {code}", code=code, delivery_mode=mode)
    accounts_demo.build()
    demo.build()
    demo.build()
    mine = dict(Enrolment.objects.filter(user__email=demo.LEARNER).values_list("session__course__code", "status"))
    assert mine["ZL-101"] == mine["ZL-202"] == mine["YY-102"] == EnrolmentStatus.ENROLLED
    assert mine["ZL-201"] == EnrolmentStatus.REQUESTED and mine["BH-101"] == EnrolmentStatus.WAITLISTED
    beijing = Session.objects.get(course__code="ZL-202", title__contains="北京")
    assert beijing.has_attendance and beijing.seats_taken == 4
    assert Attendance.objects.filter(enrolment__session=beijing).count() == 3
    assert Session.objects.get(course__code="BH-101", title__contains="上海").seats_taken == 2
    # Self-paced courses have their always-open session.
    assert Session.objects.filter(course__code="XX-102", mode="self_paced", capacity__isnull=True).exists()
    assert services.current_enrolment(Enrolment.objects.filter(user__email=demo.LEARNER).first().user, beijing.course)
