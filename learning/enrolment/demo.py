"""The enrolment app's part of the demo: sessions for the demo courses and the demo learner's
enrolments. Idempotent: sessions are found by course and title, enrolments by learner and session.

``build_sessions`` (sessions, enrolments, a pending request, a waiting list, a roster with
attendance) is the sessions-and-enrolment part; progress, hours and certificates have their own
function."""

from datetime import timedelta

from allauth.account.models import EmailAddress
from django.db import transaction
from django.db.models import Count, Q
from django.utils import timezone

from courses.models import CoursePage
from learning.accounts.models import User, UserKind

from . import services
from .models import Attendance, AttendanceMethod, Enrolment, EnrolmentStatus, Session, SessionMode

LEARNER = "learner@example.cn"
PASSWORD = "ipta-demo-2026"
# Classmates who fill seats and the waiting list: email, display name.
CLASSMATES = [
    ("trainee1@example.cn", "学员 张伟"),
    ("trainee2@example.cn", "学员 王芳"),
    ("trainee3@example.cn", "学员 刘洋"),
    ("trainee4@example.cn", "学员 陈静"),
]


def build(stdout=None):
    build_sessions(stdout=stdout)
    build_records(stdout=stdout)


@transaction.atomic
def build_sessions(stdout=None):
    learner = User.objects.filter(email=LEARNER).first()
    courses = {
        c.code: c
        for c in CoursePage.objects.filter(code__in=["ZL-101", "XX-102", "YY-102", "ZL-202", "ZL-201", "BH-101"])
    }
    if learner is None or len(courses) < 6:
        return
    today = timezone.localdate()
    now = timezone.now()
    classmates = [_user(email, name) for email, name in CLASSMATES]
    for course in courses.values():
        services.ensure_self_paced_session(course)

    live = _session(
        courses["YY-102"],
        "2026年第一期（直播）",
        mode=SessionMode.LIVE_ONLINE,
        starts_on=today + timedelta(days=7),
        meeting_url="https://meeting.example.cn/j/20260001",
        capacity=200,
        enrolment_closes_at=now + timedelta(days=6),
    )
    beijing = _session(
        courses["ZL-202"],
        "2026年北京面授班",
        mode=SessionMode.IN_PERSON,
        starts_on=today - timedelta(days=1),
        ends_on=today + timedelta(days=1),
        location="北京市海淀区蓟门桥西土城路6号 培训楼301",
        capacity=30,
        eligibility="staff",
    )
    jiangsu = _session(
        courses["ZL-201"],
        "2026年江苏班（需审核）",
        mode=SessionMode.BLENDED,
        starts_on=today + timedelta(days=20),
        ends_on=today + timedelta(days=22),
        location="南京市玄武区",
        capacity=40,
        requires_approval=True,
        enrolment_closes_at=now + timedelta(days=15),
    )
    shanghai = _session(
        courses["BH-101"],
        "2026年上海面授班",
        mode=SessionMode.IN_PERSON,
        starts_on=today + timedelta(days=10),
        location="上海市浦东新区",
        capacity=2,
    )
    self_paced = [
        Session.objects.get(course=courses[code], mode=SessionMode.SELF_PACED) for code in ("ZL-101", "XX-102")
    ]

    for session in [*self_paced, live, beijing]:
        _enrol(learner, session, EnrolmentStatus.ENROLLED)
    for person in classmates[:3]:
        _enrol(person, beijing, EnrolmentStatus.ENROLLED)
    _enrol(learner, jiangsu, EnrolmentStatus.REQUESTED)
    _enrol(classmates[3], jiangsu, EnrolmentStatus.REQUESTED)
    _enrol(classmates[0], shanghai, EnrolmentStatus.ENROLLED)
    _enrol(classmates[1], shanghai, EnrolmentStatus.ENROLLED)
    _enrol(classmates[2], shanghai, EnrolmentStatus.WAITLISTED, at=now - timedelta(hours=2))
    _enrol(learner, shanghai, EnrolmentStatus.WAITLISTED, at=now - timedelta(hours=1))

    # The Beijing roster: yesterday's attendance, partly by QR and partly by hand.
    yesterday = today - timedelta(days=1)
    for enrolment, method in zip(
        Enrolment.objects.filter(session=beijing).order_by("pk")[:3],
        (AttendanceMethod.QR, AttendanceMethod.QR, AttendanceMethod.MANUAL),
        strict=False,
    ):
        Attendance.objects.get_or_create(enrolment=enrolment, day=yesterday, defaults={"method": method})

    # Seat counters from the enrolments themselves, then the catalogue's popularity.
    for session in Session.objects.annotate(
        held=Count("enrolments", filter=Q(enrolments__status__in=[s.value for s in services.SEAT_HOLDING]))
    ):
        if session.seats_taken != session.held:
            Session.objects.filter(pk=session.pk).update(seats_taken=session.held)
    services.recount_popularity()
    if stdout:
        stdout.write(
            "Demo sessions and enrolments ready (Beijing in-person roster, a pending request, a waiting list)."
        )


def _user(email, name):
    user = User.objects.filter(email=email).first()
    if user is None:
        user = User.objects.create_user(email=email, password=PASSWORD, display_name=name, kind=UserKind.STAFF)
    EmailAddress.objects.get_or_create(user=user, email=email, defaults={"verified": True, "primary": True})
    return user


def _session(course, title, **fields):
    session, _ = Session.objects.get_or_create(course=course, title=title, defaults=fields)
    return session


def _enrol(user, session, status, at=None):
    at = at or timezone.now()
    Enrolment.objects.get_or_create(
        user=user,
        session=session,
        defaults={
            "status": status,
            "requested_at": at,
            "waitlisted_at": at if status == EnrolmentStatus.WAITLISTED else None,
        },
    )


# --- progress, hours and certificates --------------------------------------------------------------
def build_records(stdout=None):
    """The demo learner's record: a public module completed last year and one this year (certificates
    with PDFs), one certificate revoked, a course in progress, hours over two years including hours
    added by an administrator with evidence and a pending claim. Not in one transaction: each
    completion commits, so its certificate task runs (eagerly without a broker) and makes the PDF."""
    import datetime

    from django.core.files.base import ContentFile

    from . import certificates, completion, hours, progress
    from .models import Certificate, HoursStatus, LessonProgress, TrainingHoursEntry

    learner = User.objects.filter(email=LEARNER).first()
    admin = User.objects.filter(is_superuser=True).order_by("pk").first()
    courses = {c.code: c for c in CoursePage.objects.live().filter(code__in=["ZL-101", "SB-101", "ZZ-101", "XX-102"])}
    if learner is None or len(courses) < 4:
        return
    today = timezone.localdate()
    last_year = datetime.date(today.year - 1, 10, 15)

    # Last year: a public module, its lessons marked then, its certificate dated then.
    old = courses["SB-101"]
    if not Certificate.objects.filter(user=learner, course=old).exists():
        done_at = timezone.make_aware(datetime.datetime.combine(last_year, datetime.time(10)))
        for lesson in old.lessons:
            LessonProgress.objects.get_or_create(
                user=learner,
                lesson=lesson,
                defaults={"course": old, "completed_at": done_at, "last_visited_at": done_at},
            )
        completion.record_completion(learner, old, on=last_year)
    # This year: every lesson of ZL-101 marked complete, as the lesson page's button does.
    for code in ("ZL-101", "ZZ-101"):
        course = courses[code]
        for lesson in course.lessons:
            progress.mark_complete(learner, lesson, course)
    revoked = Certificate.objects.filter(user=learner, course=courses["ZZ-101"], revoked_at__isnull=True).first()
    if revoked is not None:
        certificates.revoke(revoked, by=admin, reason="演示：颁发时课程学时有误，已更正后另行处理。")
    # In progress: the first lesson done, the second opened.
    started = courses["XX-102"]
    if started.lessons:
        progress.mark_complete(learner, started.lessons[0], started)
        if len(started.lessons) > 1:
            progress.record_visit(learner, started.lessons[1], started)

    def evidence(title):
        from .documents import FONT, new_pdf

        pdf = new_pdf(title=title)
        pdf.add_page()
        pdf.set_font(FONT, size=16)
        pdf.cell(0, 10, f"培训证明：{title}")
        return ContentFile(bytes(pdf.output()), name="evidence.pdf")

    def external(title, on, professional, general, *, claim=False):
        if TrainingHoursEntry.objects.filter(user=learner, title=title).exists():
            return
        if claim:
            hours.submit_claim(
                user=learner,
                title=title,
                provider="省知识产权局",
                completed_on=on,
                professional_hours=professional,
                general_hours=general,
                evidence=evidence(title),
            )
        else:
            hours.add_external(
                user=learner,
                by=admin,
                title=title,
                provider="国家知识产权局专利局专利审查协作中心",
                completed_on=on,
                professional_hours=professional,
                general_hours=general,
                evidence=evidence(title),
                note="演示数据",
            )

    from decimal import Decimal as D

    external("专利审查实务线下研修班", datetime.date(today.year - 1, 6, 20), D("40.0"), D("0.0"))
    external("公需科目：数字经济与知识产权", datetime.date(today.year - 1, 9, 3), D("0.0"), D("30.0"))
    external("知识产权公共服务能力提升班", min(today.replace(month=3, day=12), today), D("24.0"), D("6.0"))
    external("地方知识产权保护中心业务培训", today - datetime.timedelta(days=10), D("6.0"), D("0.0"), claim=True)
    if stdout:
        pending = TrainingHoursEntry.objects.filter(user=learner, status=HoursStatus.PENDING).count()
        stdout.write(
            f"Demo records ready: {Certificate.objects.filter(user=learner).count()} certificates "
            f"(one revoked), {pending} claim awaiting approval."
        )
