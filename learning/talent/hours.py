"""Training hours per person and year: the one lookup the directory, the compliance view and the
reminders use. The hours are the approved entries of the enrolment app's ledger (学时档案) for the
person's user account; a person without an account has none. The requirement is the site setting
(Wagtail admin → Settings → Training records)."""

from decimal import Decimal

from django.db.models import DecimalField, OuterRef, Subquery, Sum, Value
from django.db.models.functions import Coalesce

from learning.enrolment import hours as ledger
from learning.enrolment.models import HoursStatus, TrainingHoursEntry

_HOURS = DecimalField(max_digits=7, decimal_places=1)


def required_hours():
    """The yearly requirement in hours (default 90), from the default site's training-records settings."""
    return ledger.requirement().total


def with_training_hours(people, year):
    """Annotate a Person queryset with ``training_hours``: approved hours credited in ``year``."""
    credited = (
        TrainingHoursEntry.objects.filter(user_id=OuterRef("user_id"), year=year, status=HoursStatus.APPROVED)
        .order_by()
        .values("user_id")
        .annotate(total=Sum("professional_hours") + Sum("general_hours"))
        .values("total")
    )
    return people.annotate(
        training_hours=Coalesce(Subquery(credited, output_field=_HOURS), Value(Decimal("0.0")), output_field=_HOURS)
    )
