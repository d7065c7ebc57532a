"""What the My learning page (我的学习) shows, gathered in a fixed number of queries however long the
learner's history is."""

from dataclasses import dataclass, field

from django.db.models import Q
from django.utils import timezone

from . import hours, progress
from .models import Certificate, Enrolment, EnrolmentStatus, HoursStatus, LessonProgress, TrainingHoursEntry

CURRENT = (EnrolmentStatus.ENROLLED, EnrolmentStatus.REQUESTED, EnrolmentStatus.WAITLISTED)
YEARS_IN_CHART = 5


@dataclass
class CourseLine:
    course: object
    enrolment: object = None
    done: int = 0
    total: int = 0

    @property
    def percent(self):
        return round(100 * self.done / self.total) if self.total else 0


@dataclass
class Overview:
    current: list = field(default_factory=list)
    upcoming: list = field(default_factory=list)
    certificates: list = field(default_factory=list)
    standing: object = None
    claims: list = field(default_factory=list)
    history: list = field(default_factory=list)  # [(year, professional, general)] oldest first


def overview(user, *, today=None):
    """Current courses with progress, upcoming sessions, certificates (completed courses), this
    year's standing, recent claims, and the hours of the last years for the chart."""
    from courses.models import CoursePage

    today = today or timezone.localdate()
    result = Overview()
    result.certificates = list(
        Certificate.objects.filter(user=user).select_related("course").order_by("-issued_on", "-pk")
    )
    completed = {c.course_id for c in result.certificates}
    enrolments = list(
        Enrolment.objects.filter(user=user, status__in=CURRENT)
        .select_related("session__course")
        .order_by("-requested_at", "-pk")
    )
    by_course = {}
    for enrolment in enrolments:
        if enrolment.session.course_id not in completed:
            by_course.setdefault(enrolment.session.course_id, enrolment)
    # Courses started without an enrolment (public modules): the last 20 visited.
    started = (
        LessonProgress.objects.filter(user=user)
        .exclude(course_id__in=completed)
        .exclude(course_id__in=list(by_course))
        .order_by("course_id")
        .values_list("course_id", flat=True)
        .distinct()[:20]
    )
    course_ids = list(by_course) + [pk for pk in started]
    courses = {c.pk: c for c in CoursePage.objects.live().filter(pk__in=course_ids)}
    counts = progress.progress_for_courses(user, courses.values())
    for pk in course_ids:
        if pk in courses:
            done, total = counts.get(pk, (0, 0))
            result.current.append(CourseLine(course=courses[pk], enrolment=by_course.get(pk), done=done, total=total))
    result.upcoming = sorted(
        (
            e
            for e in enrolments
            if e.status == EnrolmentStatus.ENROLLED and e.session.starts_on and e.session.starts_on >= today
        ),
        key=lambda e: e.session.starts_on,
    )
    result.standing = hours.standing(user, today.year)
    result.claims = list(
        TrainingHoursEntry.objects.filter(user=user, created_by=user)
        .filter(Q(status=HoursStatus.PENDING) | Q(decided_at__year__gte=today.year - 1))
        .order_by("-created_at")[:10]
    )
    result.history = _history(user, today.year)
    return result


def _history(user, this_year):
    from django.db.models import Sum

    rows = (
        TrainingHoursEntry.objects.filter(
            user=user, status=HoursStatus.APPROVED, year__gt=this_year - YEARS_IN_CHART, year__lte=this_year
        )
        .values("year")
        .annotate(professional=Sum("professional_hours"), general=Sum("general_hours"))
    )
    found = {row["year"]: row for row in rows}
    return [
        (
            year,
            found.get(year, {}).get("professional") or hours.ZERO,
            found.get(year, {}).get("general") or hours.ZERO,
        )
        for year in range(this_year - YEARS_IN_CHART + 1, this_year + 1)
    ]
