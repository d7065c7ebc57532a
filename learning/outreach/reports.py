"""Periodic reports on collected needs (公共服务信息采集, guidance §15): for a period and a scope
(an institution, a province or the nation) the figures the network reports upwards.

Every figure is computed by the database with aggregates: counts grouped by category, region,
source, status and outcome; medians of the time to first reply and to close with PostgreSQL's
``percentile_cont`` (on SQLite, which has no such function, the middle rows are read with
ORDER BY … LIMIT 2 OFFSET n/2, still in the database); the share answered within the service-level
target; and the categories and questions that rose against the previous period of the same length.
No Python loop ever walks the needs themselves, so the cost grows with the database's work only.

``figures()`` returns plain JSON-serialisable data: the report page draws it with ECharts, the
exports write it to .xlsx and PDF, and the quarterly job stores it in ``Report.figures``."""

import datetime
from dataclasses import dataclass

from django.db import connection
from django.db.models import Avg, Count, DurationField, ExpressionWrapper, F, FloatField, Func, Q
from django.db.models.functions import TruncWeek
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from learning.talent.models import Institution, Region

from .models import Need, NeedCategory, NeedOutcome, NeedSource, NeedStatus

TOP_REGIONS = 15
TOP_QUESTIONS = 10


# Periods --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Period:
    """``start`` inclusive, ``end`` exclusive, both dates in the site's time zone."""

    start: datetime.date
    end: datetime.date

    @property
    def days(self):
        return (self.end - self.start).days

    @property
    def last_day(self):
        return self.end - datetime.timedelta(days=1)

    def previous(self):
        if self.is_quarter:
            return quarter_of(self.start - datetime.timedelta(days=1))
        return Period(self.start - datetime.timedelta(days=self.days), self.start)

    @property
    def is_quarter(self):
        return self.start.day == 1 and self.start.month in (1, 4, 7, 10) and self == quarter_of(self.start)

    @property
    def label(self):
        if self.is_quarter:
            return f"{self.start.year}Q{(self.start.month - 1) // 3 + 1}"
        return f"{self.start:%Y-%m-%d}–{self.last_day:%Y-%m-%d}"

    def bounds(self):
        """Aware datetimes at local midnight of ``start`` and ``end``."""
        zone = timezone.get_current_timezone()
        return (
            datetime.datetime.combine(self.start, datetime.time.min, tzinfo=zone),
            datetime.datetime.combine(self.end, datetime.time.min, tzinfo=zone),
        )


def quarter_of(day):
    first_month = (day.month - 1) // 3 * 3 + 1
    start = datetime.date(day.year, first_month, 1)
    end = datetime.date(day.year + (first_month == 10), 1 if first_month == 10 else first_month + 3, 1)
    return Period(start, end)


def last_complete_quarter(today=None):
    today = today or timezone.localdate()
    return quarter_of(quarter_of(today).start - datetime.timedelta(days=1))


# Scopes ---------------------------------------------------------------------------------------


class ScopeKind:
    NATION = "nation"
    PROVINCE = "province"
    INSTITUTION = "institution"


@dataclass(frozen=True)
class Scope:
    kind: str
    province: Region | None = None
    institution: Institution | None = None

    @property
    def key(self):
        if self.kind == ScopeKind.PROVINCE:
            return f"province:{self.province.code}"
        if self.kind == ScopeKind.INSTITUTION:
            return f"institution:{self.institution.pk}"
        return "nation"

    @property
    def label(self):
        if self.kind == ScopeKind.PROVINCE:
            return self.province.name
        if self.kind == ScopeKind.INSTITUTION:
            return self.institution.name
        return str(_("Nationwide"))

    def filter(self, queryset):
        """The needs of this scope: a province's are those submitted from its regions; an
        institution's those it holds, or its child institutions hold."""
        if self.kind == ScopeKind.PROVINCE:
            return queryset.filter(region__province_id=self.province.pk)
        if self.kind == ScopeKind.INSTITUTION:
            return queryset.filter(institution_id__in=_with_children(self.institution.pk))
        return queryset


def _with_children(institution_id):
    from learning.talent.scope import _with_descendants

    return sorted(_with_descendants({institution_id}))


def parse_scope(key):
    """The scope named by ``nation``, ``province:<code>`` or ``institution:<id>`` (None if unknown)."""
    kind, _sep, value = (key or "nation").partition(":")
    if kind == ScopeKind.NATION and not value:
        return Scope(ScopeKind.NATION)
    if kind == ScopeKind.PROVINCE and value.isdigit():
        province = Region.objects.filter(code=value, level=1).first()
        return Scope(ScopeKind.PROVINCE, province=province) if province else None
    if kind == ScopeKind.INSTITUTION and value.isdigit():
        institution = Institution.objects.filter(pk=int(value)).first()
        return Scope(ScopeKind.INSTITUTION, institution=institution) if institution else None
    return None


# Aggregates -----------------------------------------------------------------------------------


class Median(Func):
    """PostgreSQL's ordered-set aggregate ``percentile_cont(0.5) WITHIN GROUP (ORDER BY …)``."""

    template = "percentile_cont(0.5) WITHIN GROUP (ORDER BY %(expressions)s)"
    contains_aggregate = True
    window_compatible = False
    output_field = FloatField()


class EpochSeconds(Func):
    template = "EXTRACT(EPOCH FROM %(expressions)s)"
    output_field = FloatField()


def _duration(end_field, start_field="submitted_at"):
    return ExpressionWrapper(F(end_field) - F(start_field), output_field=DurationField())


def median_hours(queryset, end_field, start_field="submitted_at"):
    """Median hours from ``start_field`` to ``end_field`` over the rows where both are set."""
    rows = queryset.filter(**{f"{end_field}__isnull": False}).order_by()
    if connection.vendor == "postgresql":
        seconds = rows.aggregate(m=Median(EpochSeconds(_duration(end_field, start_field))))["m"]
        return None if seconds is None else round(seconds / 3600, 1)
    # Portable fallback: count, then the one or two middle values, both computed by the database.
    count = rows.count()
    if not count:
        return None
    middle = list(
        rows.annotate(d=_duration(end_field, start_field))
        .order_by("d")
        .values_list("d", flat=True)[(count - 1) // 2 : count // 2 + 1]
    )
    seconds = sum(value.total_seconds() for value in middle) / len(middle)
    return round(seconds / 3600, 1)


def _labelled(rows, key, choices):
    labels = dict(choices)
    return [{"key": row[key], "label": str(labels.get(row[key], row[key] or "—")), "count": row["n"]} for row in rows]


def _counts(queryset, field, choices):
    rows = queryset.values(field).annotate(n=Count("id")).order_by("-n", field)
    return _labelled(rows, field, choices)


def figures(*, needs, period, scope=None, as_of=None):
    """The report's figures for ``needs`` (a queryset already limited to the viewer's reach and the
    scope) over ``period``."""
    as_of = as_of or timezone.now()
    start, end = period.bounds()
    previous = period.previous()
    previous_start, _previous_end = previous.bounds()
    current = needs.filter(submitted_at__gte=start, submitted_at__lt=end).order_by()

    totals = current.aggregate(
        total=Count("id"),
        open=Count("id", filter=Q(status__in=(NeedStatus.RECEIVED, NeedStatus.ASSIGNED, NeedStatus.IN_PROGRESS))),
        answered=Count("id", filter=Q(status=NeedStatus.ANSWERED)),
        closed=Count("id", filter=Q(status=NeedStatus.CLOSED)),
        replied=Count("id", filter=Q(first_replied_at__isnull=False)),
        sla_due=Count(
            "id", filter=Q(sla_due_at__isnull=False) & (Q(sla_due_at__lte=as_of) | Q(first_replied_at__isnull=False))
        ),
        sla_met=Count(
            "id",
            filter=Q(first_replied_at__isnull=False, sla_due_at__isnull=False, first_replied_at__lte=F("sla_due_at")),
        ),
        with_measures=Count("id", filter=~Q(measures_taken="")),
        mean_satisfaction=Avg("satisfaction"),
        rated=Count("satisfaction"),
    )
    sla_share = round(100 * totals["sla_met"] / totals["sla_due"], 1) if totals["sla_due"] else None

    region_key = "region__province__name" if scope is None or scope.kind == ScopeKind.NATION else "region__name"
    by_region = current.values(region_key).annotate(n=Count("id")).order_by("-n", region_key)[:TOP_REGIONS]

    trend_rows = (
        needs.filter(submitted_at__gte=previous_start, submitted_at__lt=end)
        .order_by()
        .values("category")
        .annotate(
            now=Count("id", filter=Q(submitted_at__gte=start)), before=Count("id", filter=Q(submitted_at__lt=start))
        )
    )
    categories = dict(NeedCategory.choices)
    trending = sorted(
        (
            {
                "key": row["category"],
                "label": str(categories.get(row["category"], row["category"])),
                "count": row["now"],
                "previous": row["before"],
                "change": row["now"] - row["before"],
            }
            for row in trend_rows
        ),
        key=lambda row: (-row["change"], -row["count"], row["key"]),
    )
    repeated = list(
        current.values("category", "title")
        .annotate(n=Count("id"))
        .filter(n__gte=2)
        .order_by("-n", "title")[:TOP_QUESTIONS]
    )
    weekly = current.annotate(week=TruncWeek("submitted_at")).values("week").annotate(n=Count("id")).order_by("week")

    return {
        "period": {"start": period.start.isoformat(), "end": period.last_day.isoformat(), "label": period.label},
        "previous_period": {"start": previous.start.isoformat(), "end": previous.last_day.isoformat()},
        "scope": {"key": scope.key if scope else "nation", "label": scope.label if scope else str(_("Nationwide"))},
        "as_of": as_of.isoformat(timespec="minutes"),
        "totals": {
            "needs": totals["total"],
            "open": totals["open"],
            "answered": totals["answered"],
            "closed": totals["closed"],
            "replied": totals["replied"],
            "with_measures": totals["with_measures"],
            "rated": totals["rated"],
            "satisfaction": round(totals["mean_satisfaction"], 2) if totals["mean_satisfaction"] is not None else None,
        },
        "sla": {"due": totals["sla_due"], "met": totals["sla_met"], "share": sla_share},
        "median_hours": {
            "first_reply": median_hours(current, "first_replied_at"),
            "close": median_hours(current, "closed_at"),
        },
        "by_category": _counts(current, "category", NeedCategory.choices),
        "by_source": _counts(current, "source", NeedSource.choices),
        "by_status": _counts(current, "status", NeedStatus.choices),
        "by_outcome": _counts(current.exclude(outcome=""), "outcome", NeedOutcome.choices),
        "by_region": [{"label": row[region_key] or "—", "count": row["n"]} for row in by_region],
        "weekly": [{"week": row["week"].date().isoformat(), "count": row["n"]} for row in weekly],
        "trending": trending,
        "repeated_questions": [
            {
                "title": row["title"],
                "category": str(categories.get(row["category"], row["category"])),
                "count": row["n"],
            }
            for row in repeated
        ],
    }


# Who may report on what ----------------------------------------------------------------------


def reachable_needs(user):
    """The needs ``user`` may see (learning.talent.scope decides)."""
    from learning.talent import scope as talent_scope

    if hasattr(talent_scope, "needs"):
        return talent_scope.needs(user, Need.objects.all())
    viewer = talent_scope.viewer(user)
    if viewer.national:
        return Need.objects.all()
    if viewer.sees_nothing:
        return Need.objects.none()
    q = Q(institution_id__in=sorted(viewer.reach))
    if viewer.province_ids:
        q |= Q(region__province_id__in=sorted(viewer.province_ids))
    return Need.objects.filter(q)


def allowed_scopes(user):
    """The scopes ``user`` may choose: a national administrator the nation, every province and
    institution; a provincial administrator their provinces and the institutions in them; an
    institution administrator their institutions."""
    from learning.talent import scope as talent_scope

    viewer = talent_scope.viewer(user)
    if viewer.sees_nothing:
        return []
    scopes = [Scope(ScopeKind.NATION)] if viewer.national else []
    provinces = Region.objects.filter(level=1).order_by("code")
    if not viewer.national:
        provinces = provinces.filter(pk__in=sorted(viewer.province_ids))
    scopes += [Scope(ScopeKind.PROVINCE, province=p) for p in provinces]
    institutions = talent_scope.institutions(user).select_related("province").order_by("province__code", "name")
    scopes += [Scope(ScopeKind.INSTITUTION, institution=i) for i in institutions]
    return scopes


# Producing and keeping reports ---------------------------------------------------------------


def produce(*, period, scope, automatic=False, as_of=None):
    """Compute the figures for ``scope`` over ``period`` and keep them with their files. Running it
    again for the same period and scope replaces that report (one row per quarter and scope)."""
    from django.core.files.base import ContentFile
    from django.db import IntegrityError, transaction

    from . import report_files
    from .models import Report

    data = figures(needs=scope.filter(Need.objects.all()), period=period, scope=scope, as_of=as_of)
    xlsx, pdf = report_files.xlsx_bytes(data), report_files.pdf_bytes(data)
    name = f"needs-report-{scope.key.replace(':', '-')}-{period.label}"
    key = {"period_start": period.start, "period_end": period.end, "scope_key": scope.key}
    for attempt in range(2):
        try:
            with transaction.atomic():
                report = Report.objects.select_for_update().filter(**key).first() or Report(**key)
                old_files = [f.name for f in (report.xlsx, report.pdf) if f]
                report.scope_label = scope.label
                report.figures = data
                report.automatic = report.automatic or automatic
                report.xlsx.save(f"{name}.xlsx", ContentFile(xlsx), save=False)
                report.pdf.save(f"{name}.pdf", ContentFile(pdf), save=False)
                report.save()
            break
        except IntegrityError:  # another worker created it at the same moment: update theirs
            if attempt:
                raise
    storage = report.xlsx.storage
    for old in old_files:
        if old not in (report.xlsx.name, report.pdf.name):
            storage.delete(old)
    return report


def quarterly_scopes(period):
    """The nation, and each province and institution that received needs in ``period``."""
    start, end = period.bounds()
    in_period = Need.objects.filter(submitted_at__gte=start, submitted_at__lt=end).order_by()
    provinces = Region.objects.filter(pk__in=in_period.values("region__province_id")).order_by("code")
    institutions = Institution.objects.filter(pk__in=in_period.values("institution_id")).order_by("pk")
    return (
        [Scope(ScopeKind.NATION)]
        + [Scope(ScopeKind.PROVINCE, province=p) for p in provinces]
        + [Scope(ScopeKind.INSTITUTION, institution=i) for i in institutions]
    )


def produce_quarterly(*, today=None):
    """The last complete quarter's report for every scope (the Celery beat job). Idempotent."""
    period = last_complete_quarter(today)
    return [produce(period=period, scope=scope, automatic=True).pk for scope in quarterly_scopes(period)]
