"""Completing a course: the rule (required lessons, optionally a minimum attendance and a passed final
quiz) and what completion does (the enrolment completed, the hours credited, the certificate issued).

A course's extra conditions live in ``CompletionRule`` (Wagtail admin → Training records →
Completion rules); a course without one needs its required lessons only. Courses that are not public
also need an enrolment (enrolled or completed): progress on a public module is kept without one, and
it earns its certificate without one too. ``complete_if_met`` is idempotent: run it as often as you
like, a learner completes a course once."""

from dataclasses import dataclass, field
from decimal import Decimal

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from .models import Certificate, CompletionRule, EnrolmentStatus, LessonProgress


@dataclass
class Check:
    """Whether a learner meets a course's completion rule, and what is missing when not."""

    lessons_required: int = 0
    lessons_done: int = 0
    enrolment: object = None
    needs_enrolment: bool = False
    attendance_required: Decimal | None = None  # percent
    attendance: Decimal | None = None  # percent
    quiz_required: bool = False
    quiz_passed: bool | None = None  # None: the course has no final quiz
    already_completed: bool = False
    missing: list = field(default_factory=list)

    @property
    def met(self):
        return not self.missing


def rule_for(course):
    return CompletionRule.objects.filter(course=course).first()


def _final_quiz_passed(user, course):
    """The exams app's answer (None when the course has no final quiz)."""
    from learning.exams.services import final_quiz_passed

    return final_quiz_passed(user=user, course=course)


def _current_enrolment(user, course):
    from .services import current_enrolment

    return current_enrolment(user, course)


def _attendance_percent(enrolment):
    from .services import attendance_share

    return (attendance_share(enrolment) * 100).quantize(Decimal("1"))


def check(user, course, *, lessons=None):
    """Evaluate ``course``'s completion rule for ``user``."""
    from courses.models import Access

    lessons = course.lessons if lessons is None else lessons
    required = {lesson.pk for lesson in lessons if lesson.is_required}
    done = set(
        LessonProgress.objects.filter(user=user, lesson_id__in=required, completed_at__isnull=False).values_list(
            "lesson_id", flat=True
        )
    )
    result = Check(lessons_required=len(required), lessons_done=len(done))
    if len(done) < len(required):
        result.missing.append(
            _("%(left)s of %(total)s required lessons still to mark complete.")
            % {"left": len(required) - len(done), "total": len(required)}
        )
    enrolment = _current_enrolment(user, course)
    if enrolment is not None and enrolment.status not in (EnrolmentStatus.ENROLLED, EnrolmentStatus.COMPLETED):
        enrolment = None
    result.enrolment = enrolment
    result.already_completed = enrolment is not None and enrolment.status == EnrolmentStatus.COMPLETED
    if course.access != Access.PUBLIC and enrolment is None:
        result.needs_enrolment = True
        result.missing.append(_("Enrol in a session of this course to complete it."))
    rule = rule_for(course)
    if rule is not None and rule.min_attendance_percent:
        result.attendance_required = Decimal(rule.min_attendance_percent)
        if enrolment is None:
            if not result.needs_enrolment:
                result.missing.append(_("Attendance is required: enrol in a session first."))
        else:
            result.attendance = _attendance_percent(enrolment)
            if result.attendance < result.attendance_required:
                result.missing.append(
                    _("Attendance %(attended)s%% is below the required %(required)s%%.")
                    % {"attended": result.attendance, "required": result.attendance_required}
                )
    if rule is not None and rule.requires_final_quiz:
        result.quiz_passed = _final_quiz_passed(user, course)
        result.quiz_required = result.quiz_passed is not None
        if result.quiz_passed is False:
            result.missing.append(_("Pass the course's final quiz."))
    return result


def complete_if_met(user, course):
    """Complete ``course`` for ``user`` when its rule is met; returns the ``Check``."""
    result = check(user, course)
    if result.met:
        record_completion(user, course, enrolment=result.enrolment)
    return result


def record_completion(user, course, *, enrolment=None, on=None):
    """The enrolment completed, the course hours credited to this year's ledger and the certificate
    issued (its PDF, credential and email by a Celery task). Safe to repeat."""
    from . import certificates, hours
    from .services import mark_completed

    on = on or timezone.localdate()
    with transaction.atomic():
        if enrolment is not None and enrolment.status == EnrolmentStatus.ENROLLED:
            mark_completed(enrolment)
        hours.credit_course(user=user, course=course, enrolment=enrolment, completed_on=on)
        certificate = certificates.issue(user=user, course=course, enrolment=enrolment, issued_on=on)
    return certificate


def completed_course_ids(user):
    """Courses ``user`` completed: those with a certificate (one query)."""
    return set(Certificate.objects.filter(user=user).values_list("course_id", flat=True))


def on_final_quiz_passed(sender, *, user, course, **kwargs):
    """Receiver of ``learning.exams.signals.final_quiz_passed``: passing may complete the course."""
    complete_if_met(user, course)
