"""Selectors for the catalogue and search: what a visitor sees, filtered, counted and sorted.

Every listing goes through ``visible_courses(user)``, so a course the visitor may not open never
appears in a list, a facet count or a search result. The number of queries is fixed: it does not
grow with the number of courses, topics or facet values."""

from dataclasses import dataclass, field

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import Count, Q, Value
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from .models import (
    Audience,
    CourseLanguage,
    CoursePage,
    DeliveryMode,
    LessonPage,
    Level,
    Topic,
    TrackPage,
    access_levels_for,
)
from .search import RankedSearch, highlight, query_terms

PAGE_SIZE = 20

HOURS_RANGES = {
    "lt4": (_("Under 4 hours"), Q(hours_total__lt=4)),
    "4to8": (_("4 to 8 hours"), Q(hours_total__gte=4, hours_total__lt=8)),
    "8to16": (_("8 to 16 hours"), Q(hours_total__gte=8, hours_total__lt=16)),
    "gte16": (_("16 hours or more"), Q(hours_total__gte=16)),
}
CREDIT_CATEGORIES = {
    "professional": (_("Professional subjects (专业科目)"), Q(hours_professional__gt=0)),
    "general": (_("General subjects (公需科目)"), Q(hours_general__gt=0)),
}
SORTS = {
    "newest": (_("Newest"), ["-first_published_at", "-id"]),
    "title": (_("Title"), ["title", "id"]),
    "hours": (_("Most hours"), ["-hours_total", "title"]),
    "popular": (_("Most popular"), ["-popularity", "title"]),
}
SIMPLE_FACETS = {
    # URL parameter: (label, model field, choices)
    "audience": (_("Audience"), "audience", Audience),
    "level": (_("Level"), "level", Level),
    "delivery": (_("Delivery"), "delivery_mode", DeliveryMode),
    "language": (_("Language"), "language", CourseLanguage),
}


def visible_courses(user, *, private=None):
    """Live, public (not privacy-restricted) courses whose access level this visitor has. ``private``
    is Wagtail's condition for the privacy-restricted sections when the caller has it already."""
    courses = CoursePage.objects.live()
    courses = courses.public() if private is None else courses.exclude(private)
    return courses.filter(access__in=access_levels_for(user))


# What a course card (templates/courses/includes/course_card.html) shows, and what its link needs.
CARD_FIELDS = (
    "id",
    "title",
    "slug",
    "url_path",
    "path",
    "depth",
    "code",
    "summary",
    "audience",
    "level",
    "delivery_mode",
    "hours_professional",
    "hours_general",
    "hours_total",
    "access",
    "language",
    "first_published_at",
)


def courses_taught(user, *, person_id):
    """The courses taught by the instructor linked to the talent person ``person_id`` that this visitor
    may open, by title: one query (plus Wagtail's privacy-restriction lookup) however many there are."""
    return list(
        visible_courses(user).filter(instructors__person_id=person_id).order_by("title", "id").only(*CARD_FIELDS)
    )


@dataclass
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool
    children: list = field(default_factory=list)


@dataclass
class Facet:
    param: str
    label: str
    values: list


@dataclass
class CatalogResult:
    query: str
    terms: list
    message: str
    facets: list
    sort: str
    sorts: list
    page: object
    paginator: object
    total: int
    active_filters: list
    courses: list


def _selected(params, name, allowed):
    return [v for v in params.getlist(name) if v in allowed]


def _facet_filters(params, topics_by_slug):
    """One Q per facet from the URL; several values of one facet mean any of them. No condition
    joins another table, so a count never needs DISTINCT."""
    filters = {}
    topic_slugs = set(_selected(params, "topic", topics_by_slug))
    if topic_slugs:
        # A top-level topic also means its children: a semi-join on the course ↔ topic table.
        topic_ids = [
            t.pk
            for t in topics_by_slug.values()
            if t.slug in topic_slugs or (t.parent and t.parent.slug in topic_slugs)
        ]
        tagged = CoursePage.topics.through.objects.filter(topic_id__in=topic_ids).values("coursepage_id")
        filters["topic"] = Q(id__in=tagged)
    for param, (_label, field_name, choices) in SIMPLE_FACETS.items():
        values = _selected(params, param, choices.values)
        if values:
            filters[param] = Q(**{f"{field_name}__in": values})
    for param, options in (("credit", CREDIT_CATEGORIES), ("hours", HOURS_RANGES)):
        values = _selected(params, param, options)
        if values:
            combined = Q()
            for value in values:
                combined |= options[value][1]
            filters[param] = combined
    return filters


def _apply(queryset, filters, skip=None):
    for name, condition in filters.items():
        if name != skip:
            queryset = queryset.filter(condition)
    return queryset


def browse_catalog(*, user, params):
    language = translation.get_language() or "zh-hans"
    query = (params.get("q") or "").strip()[:100]
    terms = query_terms(query) if query else []
    message = ""
    if query and not terms:
        message = _("Type a word to search for: punctuation and symbols alone cannot be searched.")

    topics = list(Topic.objects.select_related("parent").order_by("sort_order", "name"))
    topics_by_slug = {t.slug: t for t in topics}
    filters = _facet_filters(params, topics_by_slug)

    # Courses may only be created in the one catalogue (CoursePage.parent_page_types, max_count=1), so no
    # path filter is needed; it would cost a LIKE scan of the page tree in every facet query.
    base = visible_courses(user)
    ranked_ids = None
    if terms:
        # Every match, best first; the facet queries below keep only the visible ones.
        ranked_ids = RankedSearch(query).ids(CoursePage)
        base = base.filter(id__in=ranked_ids)

    facets, total = _facets(base, filters, params, topics, language)

    results = _apply(base, filters)
    sort = params.get("sort") if params.get("sort") in SORTS else ("relevance" if ranked_ids is not None else "newest")
    if sort == "relevance":
        matching = set(results.values_list("id", flat=True))
        ordered = [pk for pk in ranked_ids if pk in matching]
        paginator = Paginator(ordered, PAGE_SIZE)
    else:
        paginator = _CountedPaginator(results.order_by(*SORTS[sort][1]).values_list("id", flat=True), PAGE_SIZE)
        paginator.count = total  # counted with the facets, so the paginator need not count again
    page = _page(paginator, params.get("page"))
    page_ids = list(page.object_list)
    by_id = {c.pk: c for c in CoursePage.objects.filter(id__in=page_ids).only(*CARD_FIELDS)}
    courses = []
    for pk in page_ids:
        course = by_id[pk]
        course.title_html = highlight(course.title, terms)
        course.summary_html = highlight(course.summary, terms)
        courses.append(course)

    sorts = [("relevance", _("Relevance"))] if ranked_ids is not None else []
    sorts += [(key, label) for key, (label, _order) in SORTS.items()]
    return CatalogResult(
        query=query,
        terms=terms,
        message=message,
        facets=facets,
        sort=sort,
        sorts=sorts,
        page=page,
        paginator=paginator,
        total=paginator.count,
        active_filters=_active_filters(facets),
        courses=courses,
    )


class _CountedPaginator(Paginator):
    count = None  # set by the caller (Paginator's own count is a cached property that runs a query)


def _page(paginator, number):
    try:
        return paginator.page(number or 1)
    except PageNotAnInteger:
        return paginator.page(1)
    except EmptyPage:
        return paginator.page(paginator.num_pages)


def _facets(base, filters, params, topics, language):
    """Every facet value with the number of courses it would show given the other facets' filters,
    and the number of courses all of them leave: two queries whatever is selected (one over the
    course ↔ topic table, one for the rest)."""
    facets = []

    # Topics: counts per child topic and per top-level topic (a course counts once per topic), read
    # from the course ↔ topic table for the courses the other facets leave.
    tagged = CoursePage.topics.through.objects.filter(
        coursepage_id__in=_apply(base, filters, skip="topic").order_by().values("id")
    ).order_by()
    per_topic = tagged.values_list("topic_id").annotate(n=Count("*"), parent=Value(False))
    per_parent = (
        tagged.filter(topic__parent__isnull=False)
        .values_list("topic__parent_id")
        .annotate(n=Count("coursepage_id", distinct=True), parent=Value(True))
    )
    child_counts, parent_counts = {}, {}
    for topic_id, n, parent in per_topic.union(per_parent, all=True):
        (parent_counts if parent else child_counts)[topic_id] = n
    selected_topics = set(params.getlist("topic"))
    roots = []
    for topic in topics:
        if topic.parent_id is None:
            roots.append(
                FacetValue(
                    topic.slug,
                    topic.display_name(language),
                    parent_counts.get(topic.pk, 0) + child_counts.get(topic.pk, 0),
                    topic.slug in selected_topics,
                )
            )
    by_root = {root.value: root for root in roots}
    parents = {t.pk: t.slug for t in topics if t.parent_id is None}
    for topic in topics:
        if topic.parent_id is not None and topic.parent_id in parents:
            by_root[parents[topic.parent_id]].children.append(
                FacetValue(
                    topic.slug,
                    topic.display_name(language),
                    child_counts.get(topic.pk, 0),
                    topic.slug in selected_topics,
                )
            )
    facets.append(Facet("topic", _("Topic"), roots))

    # Every other facet's values in one pass over the courses the topic filter leaves: each count
    # applies the filters of the facets other than its own (FILTER (WHERE ...) per value).
    options = {
        param: [(v, lbl, Q(**{field_name: v})) for v, lbl in choices.choices]
        for param, (_label, field_name, choices) in SIMPLE_FACETS.items()
    }
    options["credit"] = [(k, lbl, condition) for k, (lbl, condition) in CREDIT_CATEGORIES.items()]
    options["hours"] = [(k, lbl, condition) for k, (lbl, condition) in HOURS_RANGES.items()]
    labels = {param: label for param, (label, _f, _c) in SIMPLE_FACETS.items()}
    labels.update(credit=_("Credit category"), hours=_("Hours"))

    scoped = base.filter(filters["topic"]) if "topic" in filters else base
    every_filter = Q()
    for name, condition in filters.items():
        if name != "topic":
            every_filter &= condition
    aggregates = {"total": Count("id", filter=every_filter)}
    for param, values in options.items():
        others = Q()
        for name, condition in filters.items():
            if name not in (param, "topic"):
                others &= condition
        for value, _lbl, condition in values:
            aggregates[f"{param}__{value}"] = Count("id", filter=others & condition)
    counts = scoped.order_by().aggregate(**aggregates)
    for param, values in options.items():
        selected = set(params.getlist(param))
        facets.append(
            Facet(
                param,
                labels[param],
                [FacetValue(v, lbl, counts[f"{param}__{v}"], v in selected) for v, lbl, _c in values],
            )
        )
    return facets, counts["total"]


def _active_filters(facets):
    active = []
    for facet in facets:
        for value in facet.values:
            if value.selected:
                active.append((facet, value))
            for child in value.children:
                if child.selected:
                    active.append((facet, child))
    return active


@dataclass
class SiteSearchResult:
    query: str
    terms: list
    message: str
    courses: list
    lessons: list
    tracks: list

    @property
    def total(self):
        return len(self.courses) + len(self.lessons) + len(self.tracks)


SITE_SEARCH_LIMIT = 20


def site_search(*, query, user):
    """Courses, lessons and tracks matching ``query``, each list best first and limited, with the
    matched words highlighted. Nothing the visitor may not open is returned."""
    query = (query or "").strip()[:100]
    terms = query_terms(query)
    if not query:
        return SiteSearchResult(
            query, [], _("Enter what you are looking for, for example 专利检索 or 商标注册."), [], [], []
        )
    if not terms:
        return SiteSearchResult(
            query, [], _("Type a word to search for: punctuation and symbols alone cannot be searched."), [], [], []
        )
    levels = access_levels_for(user)
    search = RankedSearch(query)
    private = Page.objects.all().private_q()  # the privacy-restricted sections, read once for all three lists

    courses = _first_visible(CoursePage, search, visible_courses(user, private=private), SITE_SEARCH_LIMIT)
    for course in courses:
        course.title_html = highlight(course.title, terms)
        course.summary_html = highlight(course.summary, terms)

    lessons = _first_visible(
        LessonPage,
        search,
        LessonPage.objects.live()
        .exclude(private)
        .filter(access__in=levels)
        .only("id", "title", "path", "url_path", "depth"),
        SITE_SEARCH_LIMIT,
    )
    parents = {
        p.path: p
        for p in CoursePage.objects.filter(path__in={lesson.path[:-4] for lesson in lessons}).only(
            "id", "title", "path", "url_path", "depth"
        )
    }
    for lesson in lessons:
        lesson.title_html = highlight(lesson.title, terms)
        lesson.course = parents.get(lesson.path[:-4])
    lessons = [lesson for lesson in lessons if lesson.course is not None]

    tracks = _first_visible(TrackPage, search, TrackPage.objects.live().exclude(private), SITE_SEARCH_LIMIT)
    for track in tracks:
        track.title_html = highlight(track.title, terms)
        track.intro_html = highlight(track.intro, terms)

    message = "" if (courses or lessons or tracks) else _("Nothing matches this search. Try fewer or shorter words.")
    return SiteSearchResult(query, terms, message, courses, lessons, tracks)


def _first_visible(model, search, queryset, limit):
    """The best ``limit`` matches of ``search`` among ``queryset``, fetching ranked candidates in
    growing batches so that hidden ones (drafts, restricted courses) cannot crowd out the rest.
    Which candidates are visible is asked as ids; only the ``limit`` shown are loaded as pages
    (building a hundred course pages to show twenty was a third of a broad search's time)."""
    batch = limit * 5
    while True:
        candidates = search.ids(model, limit=batch)
        allowed = set(queryset.filter(pk__in=candidates).values_list("pk", flat=True))
        visible = [pk for pk in candidates if pk in allowed]
        if len(visible) >= limit or len(candidates) < batch:
            shown = visible[:limit]
            objects = queryset.in_bulk(shown)
            return [objects[pk] for pk in shown if pk in objects]
        batch *= 4
