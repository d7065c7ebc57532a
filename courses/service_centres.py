""" "Ask a service centre": the institutions of the public-service network nearest to a visitor.

The region comes from the chooser on the page (``?region=<code>``), else from the signed-in user's
enterprise, else none. Institutions are ranked: those in the visitor's prefecture (or its counties),
then those of the province, then the national nodes chosen on the hub page. Only service bodies are
listed (TISCs, protection and rapid rights-protection centres, university centres, information
nodes, the provincial backbone and the overseas dispute-response centres), never administrations.
Three queries at most, whatever the number of institutions."""

from dataclasses import dataclass, field

from django.apps import apps
from django.db.models import Case, IntegerField, Q, Value, When
from django.urls import NoReverseMatch, reverse

from learning.talent.models import Institution, InstitutionStatus, InstitutionType, Region, RegionLevel

SERVICE_TYPES = [
    InstitutionType.TISC,
    InstitutionType.PROTECTION_CENTRE,
    InstitutionType.UNIVERSITY_CENTRE,
    InstitutionType.INFORMATION_NODE,
    InstitutionType.BACKBONE,
    InstitutionType.RAPID_CENTRE,
    InstitutionType.OVERSEAS_CENTRE,
]
LIMIT = 6
NATIONAL = 3  # rank of the national nodes


@dataclass
class Nearest:
    region: Region | None
    region_source: str  # "chosen", "enterprise" or ""
    institutions: list = field(default_factory=list)
    choices: list = field(default_factory=list)


def region_choices():
    """Provinces and prefectures where at least one service body sits (for the chooser)."""
    served = Institution.objects.filter(status=InstitutionStatus.ACTIVE, type__in=SERVICE_TYPES)
    return list(
        Region.objects.filter(
            Q(pk__in=served.values("region_id"))
            | Q(pk__in=served.values("province_id"))
            | Q(pk__in=served.filter(region__level=RegionLevel.COUNTY).values("region__parent_id"))
        )
        .filter(level__in=(RegionLevel.PROVINCE, RegionLevel.PREFECTURE))
        .order_by("code")
        .only("id", "code", "name", "level")
    )


def enterprise_region(user):
    """The region of the signed-in user's enterprise, if they belong to one."""
    if user is None or not user.is_authenticated or not apps.is_installed("learning.outreach"):
        return None
    from learning.outreach.models import EnterpriseMembership

    membership = (
        EnterpriseMembership.objects.filter(user=user)
        .select_related("enterprise__region")
        .order_by("created_at")
        .first()
    )
    return membership.enterprise.region if membership else None


def nearest(*, region_code="", user=None, national_ids=(), limit=LIMIT):
    region, source = None, ""
    if region_code and region_code.isdigit() and len(region_code) == 6:
        region = Region.objects.filter(code=region_code).first()
        source = "chosen" if region else ""
    if region is None:
        region = enterprise_region(user)
        source = "enterprise" if region else ""
    return Nearest(region, source, institutions_near(region, national_ids, limit), region_choices())


def institutions_near(region, national_ids=(), limit=LIMIT):
    """Up to ``limit`` service bodies near ``region`` (its prefecture, then bodies of the province
    itself, then the rest of the province), followed by every national node. One query."""
    national_ids = list(national_ids)
    if region is None and not national_ids:
        return []
    ranks, match = [], Q(pk__in=national_ids)
    if region is not None:
        province_id = region.pk if region.level == RegionLevel.PROVINCE else region.province_id
        prefecture_id = None
        if region.level == RegionLevel.PREFECTURE:
            prefecture_id = region.pk
        elif region.level == RegionLevel.COUNTY and region.parent_id != province_id:
            prefecture_id = region.parent_id
        if prefecture_id:
            local = Q(region_id=prefecture_id) | Q(region__parent_id=prefecture_id)
            ranks.append(When(local, then=Value(0)))
            match |= local
        ranks.append(When(region_id=province_id, then=Value(1)))
        ranks.append(When(province_id=province_id, then=Value(2)))
        match |= Q(province_id=province_id)
    national_first = [When(pk__in=national_ids, then=Value(NATIONAL))] if national_ids else []
    type_order = Case(*(When(type=t, then=Value(n)) for n, t in enumerate(SERVICE_TYPES)), output_field=IntegerField())
    found = list(
        Institution.objects.filter(match, status=InstitutionStatus.ACTIVE, type__in=SERVICE_TYPES)
        .annotate(
            rank=Case(*national_first, *ranks, default=Value(NATIONAL), output_field=IntegerField()),
            type_rank=type_order,
        )
        .select_related("region")
        .order_by("rank", "type_rank", "name")[: limit + len(national_ids)]
    )
    nearby = [institution for institution in found if institution.rank != NATIONAL][:limit]
    return nearby + [institution for institution in found if institution.rank == NATIONAL]


# Until the needs form is on main its address is the documented one (docs/sme-hub.md).
NEED_FORM_URL_NAMES = ("needs:new",)
NEED_FORM_FALLBACK = "/needs/new/"


def need_form_url():
    for name in NEED_FORM_URL_NAMES:
        try:
            return reverse(name)
        except NoReverseMatch:
            continue
    return NEED_FORM_FALLBACK
