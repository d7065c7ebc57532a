"""Chinese working days: weekends and public holidays are rest days, and the weekend days the State
Council moves into the working week (调休) are working days. The table is
``data/cn-working-calendar.csv`` (or the file named by the NEEDS_WORKING_CALENDAR_FILE setting)."""

import csv
import datetime
from functools import lru_cache
from pathlib import Path

from django.conf import settings
from django.utils import timezone

DEFAULT_FILE = Path(__file__).resolve().parent / "data" / "cn-working-calendar.csv"


@lru_cache(maxsize=4)
def _table(path):
    holidays, workdays = set(), set()
    with open(path, encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(line for line in handle if line.strip() and not line.startswith("#"))
        for row in rows:
            day = datetime.date.fromisoformat(row["date"].strip())
            (workdays if row["kind"].strip() == "workday" else holidays).add(day)
    return frozenset(holidays), frozenset(workdays)


def table():
    return _table(str(getattr(settings, "NEEDS_WORKING_CALENDAR_FILE", "") or DEFAULT_FILE))


def is_working_day(day):
    holidays, workdays = table()
    if day in workdays:
        return True
    if day in holidays:
        return False
    return day.weekday() < 5


def add_working_days(day, count):
    """The ``count``-th working day after ``day`` (``day`` itself does not count)."""
    while count > 0:
        day += datetime.timedelta(days=1)
        if is_working_day(day):
            count -= 1
    return day


def due_at(start, working_days):
    """The end (23:59:59 local time) of the ``working_days``-th working day after the day of ``start``."""
    local = timezone.localtime(start)
    last_day = add_working_days(local.date(), working_days)
    return timezone.make_aware(datetime.datetime.combine(last_day, datetime.time(23, 59, 59)))


def working_days_left(due, now=None):
    """Working days from today up to the due day: 0 when due today, negative when overdue."""
    today = timezone.localtime(now or timezone.now()).date()
    due_day = timezone.localtime(due).date()
    if due_day >= today:
        return sum(1 for n in range((due_day - today).days) if is_working_day(today + datetime.timedelta(days=n + 1)))
    return -sum(1 for n in range((today - due_day).days) if is_working_day(due_day + datetime.timedelta(days=n + 1)))
