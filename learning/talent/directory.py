"""The talent directory: people in the viewer's scope, filtered, counted and exported. The base
queryset always comes from ``scope.people``; filters only narrow it."""

import datetime

from django.db.models import Count, Q

from . import hours, scope
from .models import Institution, Person, Qualification, QualificationKind, Region, RegionLevel


def search(user, filters, *, year=None):
    """People in ``user``'s scope matching the cleaned ``filters`` of DirectoryFilterForm, annotated
    with this year's ``training_hours``."""
    year = year or datetime.date.today().year
    people = scope.people(user)
    f = filters or {}
    if f.get("q"):
        people = people.filter(_matching(f["q"].strip()))
    # Filters on the institution become "institution_id IN (...)": the institutions table is
    # small, and a join-free filter keeps the (institution, name) index usable for the page order.
    institutions = Institution.objects.all()
    if f.get("province"):
        institutions = institutions.filter(province=f["province"])
    if f.get("region"):
        region = Region.objects.filter(code=f["region"]).first()
        institutions = institutions.filter(_in_region(region)) if region else institutions.none()
    if f.get("institution_type"):
        institutions = institutions.filter(type=f["institution_type"])
    if f.get("institution"):
        institutions = institutions.filter(pk=f["institution"].pk)
    if f.get("status"):
        institutions = institutions.filter(status=f["status"])
    if institutions.query.where:
        people = people.filter(institution_id__in=sorted(institutions.values_list("pk", flat=True)))
    # Qualifications and specialisations narrow the people to the ids of a subquery ("id IN (...)"),
    # not a correlated EXISTS per person: the counts read every match, and SQLite then walks the
    # subquery's few thousand ids instead of probing once for each of 100,000 people (PostgreSQL
    # plans both as the same hash semi-join).
    if f.get("specialisation"):
        people = people.filter(
            pk__in=Person.specialisations.through.objects.filter(specialisation_id=f["specialisation"].pk).values(
                "person_id"
            )
        )
    if f.get("title"):
        people = people.filter(
            pk__in=Qualification.objects.filter(kind=QualificationKind.TITLE, title_level=f["title"]).values(
                "person_id"
            )
        )
    if f.get("patent_attorney"):
        people = people.filter(
            pk__in=Qualification.objects.filter(kind=QualificationKind.PATENT_ATTORNEY).values("person_id")
        )
    if f.get("pool") == "lecturer":
        people = people.filter(is_lecturer=True)
    elif f.get("pool") == "investigator":
        people = people.filter(is_investigator_candidate=True)
    if f.get("hours_below") is not None:
        people = hours.below(people, year, f["hours_below"])
    if f.get("hours_at_least") is not None:
        people = hours.at_least(people, year, f["hours_at_least"])
    return hours.with_training_hours(people, year)


def _matching(q):
    """The name search. Chinese text can only be (part of) a name: a case-sensitive LIKE on the name
    alone, which a trigram index answers on PostgreSQL from three characters on (a surname alone is a
    scan of one column). Digits look for a mobile number's start or an email; anything else for a
    name or an email, whatever the case."""
    if any("\u3400" <= ch <= "\u9fff" for ch in q):
        return Q(name__contains=q)
    if q.isdigit():
        return Q(mobile__startswith=q) | Q(email__contains=q)
    return Q(name__icontains=q) | Q(email__icontains=q)


def _in_region(region):
    if region.level == RegionLevel.PROVINCE:
        return Q(province=region)
    if region.level == RegionLevel.PREFECTURE:
        return Q(region=region) | Q(region__parent=region)
    return Q(region=region)


def counts(people):
    """Result counts: in total, per talent pool and per institution type, from one grouped query
    (grouped by institution, which the index on institution and the pool flags answers)."""
    rows = (
        people.order_by()
        .values("institution_id")
        .annotate(
            # Counting columns of the index talent_person_counts_v2 (not the id) lets it answer alone.
            n=Count("*"),
            lecturers=Count("is_lecturer", filter=Q(is_lecturer=True)),
            investigators=Count("is_investigator_candidate", filter=Q(is_investigator_candidate=True)),
        )
        .values_list("institution_id", "n", "lecturers", "investigators")
    )
    rows = list(rows)
    types = dict(Institution.objects.filter(pk__in=[r[0] for r in rows]).values_list("pk", "type"))
    by_type = {}
    for institution_id, n, _lecturers, _investigators in rows:
        by_type[types[institution_id]] = by_type.get(types[institution_id], 0) + n
    labels = dict(Institution._meta.get_field("type").choices)
    return {
        "total": sum(r[1] for r in rows),
        "lecturers": sum(r[2] for r in rows),
        "investigators": sum(r[3] for r in rows),
        "by_type": [(labels[key], by_type[key]) for key in labels if by_type.get(key)],
    }


PAGE_FIELDS = ("pk", "name", "position", "is_lecturer", "training_hours", "institution_id")


def page_rows(people):
    """The directory's rows as plain values, grouped by institution, by name within it. The query
    stays on the person table so the database walks the index talent_person_page in order and stops
    after one page instead of sorting every match; ``with_institutions`` adds the page's
    institutions afterwards."""
    return people.order_by("institution_id", "name", "id").values(*PAGE_FIELDS)


def with_institutions(rows):
    """Put each row's institution name and province name on it, in one query for the page."""
    rows = list(rows)
    names = {
        pk: (name, province)
        for pk, name, province in Institution.objects.filter(pk__in={r["institution_id"] for r in rows}).values_list(
            "pk", "name", "province__name"
        )
    }
    for row in rows:
        row["institution_name"], row["province_name"] = names.get(row["institution_id"], ("", ""))
    return rows


# Exports of more people than this are built by a Celery task and the requester gets a link by email;
# smaller ones are answered at once.
EXPORT_INLINE_LIMIT = 5000

EXPORT_COLUMNS = [
    "name",
    "gender",
    "institution",
    "institution type",
    "province",
    "department",
    "position",
    "email",
    "mobile",
    "national ID",
    "titles",
    "specialisations",
    "lecturer",
    "investigator candidate",
    "training hours",
]


def export_workbook(people):
    """The .xlsx bytes of an export, with headers in the active language."""
    from django.utils.translation import gettext as _

    from . import spreadsheets

    return spreadsheets.workbook_bytes([(_("Talent directory"), [_(c) for c in EXPORT_COLUMNS], export_rows(people))])


def export_rows(people):
    """Rows for the spreadsheet export, in a fixed number of queries whatever the size. National ID
    numbers are always masked in exports."""
    from . import crypto
    from .models import Gender, InstitutionType, TitleLevel

    people = people.order_by("name", "id")
    ids = list(people.values_list("pk", flat=True))
    titles, specs = {}, {}
    for chunk_start in range(0, len(ids), 5000):
        chunk = ids[chunk_start : chunk_start + 5000]
        for person_id, level in Qualification.objects.filter(
            person_id__in=chunk, kind=QualificationKind.TITLE
        ).values_list("person_id", "title_level"):
            titles.setdefault(person_id, []).append(str(TitleLevel(level).label))
        for person_id, name in Person.specialisations.through.objects.filter(person_id__in=chunk).values_list(
            "person_id", "specialisation__name"
        ):
            specs.setdefault(person_id, []).append(name)
    genders = dict(Gender.choices)
    types = dict(InstitutionType.choices)
    for row in people.values(
        "pk",
        "name",
        "gender",
        "institution__name",
        "institution__type",
        "institution__province__name",
        "department",
        "position",
        "email",
        "mobile",
        "national_id_encrypted",
        "is_lecturer",
        "is_investigator_candidate",
        "training_hours",
    ).iterator(chunk_size=5000):
        yield [
            row["name"],
            str(genders.get(row["gender"], "")),
            row["institution__name"],
            str(types.get(row["institution__type"], "")),
            row["institution__province__name"],
            row["department"],
            row["position"],
            row["email"],
            row["mobile"],
            crypto.mask(crypto.decrypt(row["national_id_encrypted"])) if row["national_id_encrypted"] else "",
            "、".join(titles.get(row["pk"], [])),
            "、".join(specs.get(row["pk"], [])),
            "是" if row["is_lecturer"] else "否",
            "是" if row["is_investigator_candidate"] else "否",
            float(row["training_hours"]),
        ]
