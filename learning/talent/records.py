"""A person's training record as their profile in the talent admin shows it: training hours per
year against the requirement, course certificates, submitted mock exams and passed exam papers.

The records belong to the person's user account (a person without one has none). Each list is read
through the scope of the viewer (``scope.by_person`` via the enrolment app's ``managed_*`` selectors),
so a record is shown only to an administrator whose reach holds its owner, even if a caller forgot
to check the person first. A fixed number of queries (six), however long the record."""

from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Count, DecimalField, Q, Sum, Value
from django.db.models.functions import Coalesce
from django.utils import timezone

from learning.enrolment import certificates as certificate_records
from learning.enrolment import hours as ledger
from learning.enrolment.models import Certificate, HoursStatus, TrainingHoursEntry
from learning.exams.models import Attempt, AttemptMode, AttemptStatus, PaperPass

from . import scope

_HOURS = DecimalField(max_digits=7, decimal_places=1)
YEARS_SHOWN = 5  # this year and the four before it
ATTEMPTS_SHOWN = 50  # the latest submitted mock exams


@dataclass
class ExamPass:
    """A paper passed in the real exam and the exam years in which it counts."""

    paper_pass: PaperPass
    first_year: int
    last_year: int
    valid: bool


@dataclass
class TrainingRecord:
    has_account: bool
    years: list = field(default_factory=list)  # ledger.YearStanding, newest first
    certificates: list = field(default_factory=list)
    attempts: list = field(default_factory=list)  # submitted mock exams, newest first
    passes: list = field(default_factory=list)  # ExamPass, newest first

    @property
    def more_attempts(self):
        """More mock exams were submitted than the list shows (the list is cut at ATTEMPTS_SHOWN)."""
        return len(self.attempts) > ATTEMPTS_SHOWN

    @property
    def attempts_shown(self):
        return self.attempts[:ATTEMPTS_SHOWN]


def for_person(person, *, viewer, today=None):
    """The training record of ``person`` as ``viewer`` may see it."""
    if not person.user_id:
        return TrainingRecord(has_account=False)
    today = today or timezone.localdate()
    owner = {"user_id": person.user_id}
    return TrainingRecord(
        has_account=True,
        years=_years(viewer, owner, today.year),
        certificates=list(
            certificate_records.managed_certificates(viewer, Certificate.objects.filter(**owner)).order_by(
                "-issued_on", "-pk"
            )
        ),
        attempts=list(
            scope.by_person(
                viewer,
                Attempt.objects.filter(mode=AttemptMode.MOCK, submitted_at__isnull=False, **owner)
                .exclude(status=AttemptStatus.IN_PROGRESS)
                .select_related("paper")
                .order_by("-submitted_at", "-pk"),
                path="user__talent_person",
            )[: ATTEMPTS_SHOWN + 1]
        ),
        passes=[
            ExamPass(p, p.year, p.last_valid_year, p.is_valid(today))
            for p in scope.by_person(
                viewer,
                PaperPass.objects.filter(**owner).select_related("exam", "paper").order_by("-year", "paper__position"),
                path="user__talent_person",
            )
        ],
    )


def _years(viewer, owner, this_year):
    """Approved professional and general hours and pending claims per year, for this year and the
    years before it that have entries (one grouped query), against the yearly requirement."""
    required = ledger.requirement()
    zero = Value(Decimal("0.0"))
    rows = (
        ledger.managed_entries(viewer, TrainingHoursEntry.objects.filter(year__gt=this_year - YEARS_SHOWN, **owner))
        .order_by()
        .values("year")
        .annotate(
            professional=Coalesce(
                Sum("professional_hours", filter=Q(status=HoursStatus.APPROVED)), zero, output_field=_HOURS
            ),
            general=Coalesce(Sum("general_hours", filter=Q(status=HoursStatus.APPROVED)), zero, output_field=_HOURS),
            pending=Count("pk", filter=Q(status=HoursStatus.PENDING)),
        )
    )
    by_year = {row["year"]: row for row in rows}
    by_year.setdefault(this_year, {"professional": Decimal("0.0"), "general": Decimal("0.0"), "pending": 0})
    return [
        ledger.YearStanding(
            year=year,
            professional=row["professional"],
            general=row["general"],
            requirement=required,
            pending=row["pending"],
        )
        for year, row in sorted(by_year.items(), reverse=True)
        if year <= this_year
    ]
