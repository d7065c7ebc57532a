"""Training hours per person and year: the one lookup the directory, the compliance view and the
reminders use.

The training-hours ledger belongs to the enrolment app, which does not exist yet, so every person
has 0 hours for now. When it lands, replace the expression in ``with_training_hours`` with a
subquery summing that ledger's entries for the person and year; nothing else needs to change."""

from decimal import Decimal

from django.conf import settings
from django.db.models import DecimalField, Value

REQUIRED_HOURS_DEFAULT = Decimal("90.0")


def required_hours():
    """The yearly requirement (continuing education: 90 hours a year unless TALENT_REQUIRED_HOURS says otherwise)."""
    return Decimal(str(getattr(settings, "TALENT_REQUIRED_HOURS", REQUIRED_HOURS_DEFAULT)))


def with_training_hours(people, year):
    """Annotate a Person queryset with ``training_hours``: hours credited in ``year``."""
    del year  # used once the enrolment ledger exists
    return people.annotate(
        training_hours=Value(Decimal("0.0"), output_field=DecimalField(max_digits=7, decimal_places=1))
    )
