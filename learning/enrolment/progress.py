"""Lesson progress: visits, "mark complete", and the per-course progress that the course page, the
lesson page and My learning show. Every function runs a fixed number of queries, whatever the
learner's history."""

from dataclasses import dataclass, field

from django.db import IntegrityError, transaction
from django.db.models import Count, Q
from django.db.models.functions import Substr
from django.utils import timezone

from .models import LessonProgress


@dataclass
class CourseProgress:
    """A learner's progress on one course's live lessons."""

    done_ids: set = field(default_factory=set)
    total: int = 0
    resume_lesson: object = None  # the lesson "continue where you left off" opens, or None
    started: bool = False

    @property
    def done(self):
        return len(self.done_ids)

    @property
    def percent(self):
        return round(100 * self.done / self.total) if self.total else 0


def _signed_in(user):
    return user is not None and user.is_authenticated


# Reloading a lesson within this many seconds does not write its visit again.
VISIT_REFRESH_SECONDS = 60


def record_visit(user, lesson, course):
    """Remember that ``user`` opened ``lesson`` now (for "continue where you left off"); returns
    whether the lesson is marked complete. One query on a reload, two on the first or a later visit."""
    if not _signed_in(user):
        return False
    now = timezone.now()
    row = LessonProgress.objects.filter(user=user, lesson=lesson).values_list("pk", "completed_at", "last_visited_at")
    row = row.first()
    if row is None:
        try:
            with transaction.atomic():
                LessonProgress.objects.create(user=user, course=course, lesson=lesson, last_visited_at=now)
        except IntegrityError:  # a second tab recorded the first visit at the same instant
            pass
        return False
    pk, completed_at, last_visited_at = row
    if (now - last_visited_at).total_seconds() > VISIT_REFRESH_SECONDS:
        LessonProgress.objects.filter(pk=pk).update(last_visited_at=now)
    return completed_at is not None


def mark_complete(user, lesson, course):
    """Mark ``lesson`` complete for ``user`` (a repeated press changes nothing), then check whether
    the course is now complete. Returns the completion check (``completion.Check``)."""
    from . import completion

    now = timezone.now()
    updated = LessonProgress.objects.filter(user=user, lesson=lesson, completed_at__isnull=True).update(
        completed_at=now, last_visited_at=now
    )
    if not updated and not LessonProgress.objects.filter(user=user, lesson=lesson).exists():
        try:
            with transaction.atomic():
                LessonProgress.objects.create(
                    user=user, course=course, lesson=lesson, completed_at=now, last_visited_at=now
                )
        except IntegrityError:
            LessonProgress.objects.filter(user=user, lesson=lesson, completed_at__isnull=True).update(completed_at=now)
    return completion.complete_if_met(user, course)


def course_progress(user, course, lessons):
    """Progress of ``user`` on ``course`` whose live lessons (in order) are ``lessons``: one query."""
    progress = CourseProgress(total=len(lessons))
    if not _signed_in(user) or not lessons:
        return progress
    rows = list(
        LessonProgress.objects.filter(user=user, course=course)
        .order_by("-last_visited_at")
        .values_list("lesson_id", "completed_at")
    )
    if not rows:
        return progress
    progress.started = True
    live = {lesson.pk for lesson in lessons}
    progress.done_ids = {lesson_id for lesson_id, done in rows if done is not None and lesson_id in live}
    last_visited = next((lesson_id for lesson_id, _done in rows if lesson_id in live), None)
    progress.resume_lesson = _resume(lessons, last_visited, progress.done_ids)
    return progress


def _resume(lessons, last_visited_id, done_ids):
    """The last lesson visited, or when that one is done, the next lesson not done after it."""
    ids = [lesson.pk for lesson in lessons]
    if last_visited_id is None:
        return None
    start = ids.index(last_visited_id)
    if last_visited_id not in done_ids:
        return lessons[start]
    for lesson in lessons[start + 1 :] + lessons[:start]:
        if lesson.pk not in done_ids:
            return lesson
    return None


def progress_for_courses(user, courses):
    """{course id: (lessons done, live lessons)} for many courses in two queries. Courses all sit at
    the same depth of the page tree (children of the catalogue), so a lesson's course is the prefix
    of its tree path."""
    from courses.models import LessonPage

    courses = list(courses)
    if not courses:
        return {}
    by_path = {course.path: course.pk for course in courses}
    prefix_length = len(courses[0].path)
    counts = (
        LessonPage.objects.live()
        .annotate(course_path=Substr("path", 1, prefix_length))
        .filter(course_path__in=list(by_path), depth=courses[0].depth + 1)
        .order_by()
        .values("course_path")
        .annotate(n=Count("pk"))
    )
    totals = {by_path[row["course_path"]]: row["n"] for row in counts}
    done = dict(
        LessonProgress.objects.filter(user=user, course_id__in=list(by_path.values()), completed_at__isnull=False)
        .order_by()
        .values("course_id")
        .annotate(n=Count("pk", filter=Q(lesson__live=True)))
        .values_list("course_id", "n")
    )
    return {pk: (done.get(pk, 0), totals.get(pk, 0)) for pk in by_path.values()}
