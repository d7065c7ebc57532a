"""Who may see what: the one place that decides it.

``viewer(user)`` reads the user's roles once per request; ``institutions()``, ``people()``,
``qualifications()`` and ``by_person()`` filter a queryset down to what that viewer may see. Every
list, detail page, search, filter choice, chart, export and API of personal data goes through these
functions; no view writes its own filter by province or institution.

- national administrator (or superuser): everything;
- provincial administrator: institutions whose region lies in the province, and their people;
- institution administrator: the institution, its child institutions (at any depth), and their people;
- every other role: no personal data of others (an empty queryset).
"""

from dataclasses import dataclass, field

from .models import Institution, Person, Qualification, Region, Role, RoleAssignment

ADMIN_ROLES = frozenset({Role.NATIONAL_ADMIN, Role.PROVINCIAL_ADMIN, Role.INSTITUTION_ADMIN})
_CACHE_ATTRIBUTE = "_talent_viewer"
_MAX_DEPTH = 20


@dataclass(frozen=True)
class Viewer:
    user_id: int | None
    roles: frozenset = field(default_factory=frozenset)
    national: bool = False
    province_ids: frozenset = field(default_factory=frozenset)
    institution_ids: frozenset = field(default_factory=frozenset)
    # Every institution in reach (None for a national administrator: all of them). People are
    # filtered by ``institution_id IN (...)``, which needs no join and lets the database walk the
    # (institution, name) index in order.
    reach: frozenset | None = field(default_factory=frozenset)

    @property
    def is_administrator(self):
        """May open the talent administration (national, provincial or institution administrator)."""
        return self.national or bool(self.province_ids) or bool(self.institution_ids)

    @property
    def sees_nothing(self):
        return not self.is_administrator


def viewer(user, *, refresh=False):
    """The roles and reach of ``user``, computed once and kept on the user object for the request."""
    if user is None or not getattr(user, "is_authenticated", False) or not user.is_active:
        return Viewer(user_id=None)
    cached = getattr(user, _CACHE_ATTRIBUTE, None)
    if cached is not None and not refresh:
        return cached
    assignments = list(RoleAssignment.objects.filter(user=user).values_list("role", "province_id", "institution_id"))
    roles = frozenset(role for role, _, _ in assignments)
    national = user.is_superuser or Role.NATIONAL_ADMIN in roles
    province_ids = frozenset(p for role, p, _ in assignments if role == Role.PROVINCIAL_ADMIN and p)
    own = {i for role, _, i in assignments if role == Role.INSTITUTION_ADMIN and i}
    institution_ids = frozenset(_with_descendants(own)) if own else frozenset()
    if national:
        reach = None
    else:
        in_provinces = Institution.objects.filter(province_id__in=province_ids).values_list("id", flat=True)
        reach = institution_ids | frozenset(in_provinces if province_ids else ())
    result = Viewer(
        user_id=user.pk,
        roles=roles | ({Role.NATIONAL_ADMIN} if national else set()),
        national=national,
        province_ids=province_ids,
        institution_ids=institution_ids,
        reach=reach,
    )
    setattr(user, _CACHE_ATTRIBUTE, result)
    return result


def forget(user):
    """Drop the cached viewer (after the user's roles changed)."""
    if user is not None and hasattr(user, _CACHE_ATTRIBUTE):
        delattr(user, _CACHE_ATTRIBUTE)


def _with_descendants(institution_ids):
    found = set(institution_ids)
    frontier = set(institution_ids)
    for _ in range(_MAX_DEPTH):
        frontier = set(Institution.objects.filter(parent_id__in=frontier).values_list("id", flat=True)) - found
        if not frontier:
            break
        found |= frontier
    return found


def institutions(user, queryset=None):
    v = viewer(user)
    queryset = Institution.objects.all() if queryset is None else queryset
    if v.sees_nothing:
        return queryset.none()
    return queryset if v.national else queryset.filter(pk__in=sorted(v.reach))


def people(user, queryset=None):
    return by_person(user, Person.objects.all() if queryset is None else queryset, path="")


def qualifications(user, queryset=None):
    return by_person(user, Qualification.objects.all() if queryset is None else queryset, path="person")


def by_person(user, queryset, *, path="person"):
    """Filter any queryset whose rows belong to a person (enrolments, results ...) by the viewer's
    reach. ``path`` is the lookup from the queryset's model to ``Person`` ("" for Person itself)."""
    v = viewer(user)
    if v.sees_nothing:
        return queryset.none()
    if v.national:
        return queryset
    key = f"{path}__institution_id__in" if path else "institution_id__in"
    return queryset.filter(**{key: sorted(v.reach)})


def regions(user, queryset=None):
    """Regions an administrator may pick: all for national, their province's for provincial, the
    regions of their institutions for institution administrators."""
    v = viewer(user)
    queryset = Region.objects.all() if queryset is None else queryset
    if v.sees_nothing:
        return queryset.none()
    if v.national:
        return queryset
    from django.db.models import Q

    q = Q(province_id__in=sorted(v.province_ids)) | Q(pk__in=sorted(v.province_ids))
    if v.institution_ids:
        q |= Q(pk__in=Institution.objects.filter(pk__in=sorted(v.institution_ids)).values("region_id"))
    return queryset.filter(q)


def fingerprint(user):
    """A short digest of what ``user`` may see now: a file built for them (a large export) is only
    handed over while their scope is still the one it was built in."""
    import hashlib

    v = viewer(user, refresh=True)
    if v.sees_nothing:
        return ""
    reach = "national" if v.national else ",".join(str(pk) for pk in sorted(v.reach))
    return hashlib.sha256(reach.encode()).hexdigest()


def shows_institution(user, institution_id):
    """Whether an institution named on a page (a parent, say) may be shown to ``user`` by name."""
    v = viewer(user)
    return v.national or (not v.sees_nothing and institution_id in v.reach)


def can_reveal_national_id(user):
    return viewer(user).national


def can_manage_reference_data(user):
    """Regions, the specialisation list and role assignments: national administrators only."""
    return viewer(user).national


def contains(user, instance):
    """Whether a single Institution, Person or Qualification is within the viewer's reach."""
    if isinstance(instance, Institution):
        return institutions(user).filter(pk=instance.pk).exists()
    if isinstance(instance, Person):
        return people(user).filter(pk=instance.pk).exists()
    if isinstance(instance, Qualification):
        return qualifications(user).filter(pk=instance.pk).exists()
    if instance._meta.label == "outreach.RoutingRule":
        return routing_rules(user).filter(pk=instance.pk).exists()
    if instance._meta.label == "outreach.Enterprise":
        return enterprises(user).filter(pk=instance.pk).exists()
    return can_manage_reference_data(user)


def institution_allowed(user, institution):
    """Whether an institution that is about to be saved lies within the viewer's reach: a provincial
    administrator keeps it in the province, an institution administrator under their institution."""
    v = viewer(user)
    if v.national:
        return True
    if v.sees_nothing or institution is None:
        return False
    region = institution.region if institution.region_id else None
    if region is not None and (region.province_id in v.province_ids or region.pk in v.province_ids):
        return True
    if institution.pk and institution.pk in v.institution_ids:
        return True
    return bool(institution.parent_id and institution.parent_id in v.institution_ids)


_STAFF_ATTRIBUTE = "_talent_staff_reach"


def staff_institutions(user):
    """The institutions a user works at (through their person record) and their children, at any
    depth: staff without an administrator role handle the needs sent there."""
    if user is None or not getattr(user, "is_authenticated", False) or not user.is_active:
        return frozenset()
    cached = getattr(user, _STAFF_ATTRIBUTE, None)
    if cached is None:
        own = set(Person.objects.filter(user=user).values_list("institution_id", flat=True))
        cached = frozenset(_with_descendants(own)) if own else frozenset()
        setattr(user, _STAFF_ATTRIBUTE, cached)
    return cached


def handles_needs(user):
    """May open the needs queue: an administrator of any level, or staff of an institution."""
    return viewer(user).is_administrator or bool(staff_institutions(user))


def needs(user, queryset=None):
    """Needs (learning.outreach) the user may see and handle: national administrators all of them;
    provincial administrators those of their province's institutions (and the province's needs no
    institution holds yet); institution administrators and staff those of their institution and its
    children. An institution never sees another institution's queue outside that reach."""
    from django.db.models import Q

    from learning.outreach.models import Need

    queryset = Need.objects.all() if queryset is None else queryset
    v = viewer(user)
    if v.national:
        return queryset
    reach = set(v.reach or ()) | staff_institutions(user)
    q = Q(institution_id__in=sorted(reach)) if reach else Q(pk__in=[])
    if v.province_ids:
        q |= Q(institution__isnull=True, region__province_id__in=sorted(v.province_ids))
    if not reach and not v.province_ids:
        return queryset.none()
    return queryset.filter(q)


def routing_rules(user, queryset=None):
    """Routing rules a user may edit: national administrators all, provincial administrators those
    for regions in their province; nobody else."""
    from learning.outreach.models import RoutingRule

    queryset = RoutingRule.objects.all() if queryset is None else queryset
    v = viewer(user)
    if v.national:
        return queryset
    if not v.province_ids:
        return queryset.none()
    return queryset.filter(region__province_id__in=sorted(v.province_ids))


def need_institutions(user, queryset=None):
    """Institutions whose queue ``user`` may put a need into when recording one in the admin:
    national administrators any; everyone else the institutions whose needs they handle (their
    administrative reach and, for staff, their institution and its children)."""
    queryset = Institution.objects.all() if queryset is None else queryset
    v = viewer(user)
    if v.national:
        return queryset
    reach = set(v.reach or ()) | staff_institutions(user)
    return queryset.filter(pk__in=sorted(reach)) if reach else queryset.none()


def may_hold_need(user, institution, region):
    """Whether a need recorded by ``user`` may end up with ``institution`` (None: no institution yet,
    which only the region's provincial administrators and national administrators then see)."""
    v = viewer(user)
    if v.national:
        return True
    if institution is None:
        return region is not None and (region.province_id or region.pk) in v.province_ids
    return institution.pk in (set(v.reach or ()) | staff_institutions(user))


def enterprises(user, queryset=None):
    """Enterprises (learning.outreach) an administrator may see: national administrators all,
    provincial administrators those registered in a region of their province (both may edit them);
    institution administrators, read-only, the enterprises that sent needs their institutions hold
    (``needs``); nobody else."""
    from django.db.models import Q

    from learning.outreach.models import Enterprise

    queryset = Enterprise.objects.all() if queryset is None else queryset
    v = viewer(user)
    if v.national:
        return queryset
    if v.province_ids:
        provinces = sorted(v.province_ids)
        return queryset.filter(Q(region__province_id__in=provinces) | Q(region_id__in=provinces))
    if v.is_administrator:
        return queryset.filter(pk__in=needs(user).filter(enterprise__isnull=False).values("enterprise_id"))
    return queryset.none()
