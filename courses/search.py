"""Search that works in Chinese.

The database search backends (SQLite FTS5, PostgreSQL tsvector) split text into words at spaces and
punctuation, which Chinese does not have, so "专利" would never match a title "专利导航实务". This
backend segments text with jieba on the way into the index and segments every query the same way,
on SQLite and PostgreSQL alike. Configured in settings as WAGTAILSEARCH_BACKENDS["default"]["BACKEND"] =
"courses.search". Rebuild the index after changing the segmentation: ``manage.py update_index``.
"""

import functools
import html
import logging
import re
import unicodedata

import jieba
from django.utils.encoding import force_str
from django.utils.safestring import mark_safe
from modelsearch.backends.database import SearchBackend as vendor_backend
from modelsearch.index import AutocompleteField, SearchField

jieba.setLogLevel(logging.WARNING)

_WORD = re.compile(r"\w", re.UNICODE)


def _is_word(token):
    return bool(_WORD.search(token))


def _normalise(text):
    return unicodedata.normalize("NFKC", force_str(text or "")).lower()


def _words(text):
    """jieba's precise split (dictionary only, so a document and a query split a word alike)."""
    return [w for w in (w.strip() for w in jieba.cut(text, HMM=False)) if w and _is_word(w)]


@functools.lru_cache(maxsize=65536)
def _pieces(word):
    """The smallest dictionary words that cover ``word`` exactly (商标注册 → 商标 注册), or the word."""
    parts = {t for t in jieba.cut_for_search(word, HMM=False) if len(t) < len(word) and _is_word(t)}
    best = [[]] + [None] * len(word)
    for end in range(1, len(word) + 1):
        for part in parts:
            start = end - len(part)
            if start >= 0 and best[start] is not None and word[start:end] == part:
                candidate = best[start] + [part]
                if best[end] is None or len(candidate) > len(best[end]):
                    best[end] = candidate
    return tuple(best[-1] or [word])


def segment(text):
    """Index form of ``text``: lower-cased words separated by spaces; every word is followed by the
    smaller words inside it (专利导航 → 专利导航 专利 导航), so a query for any of them finds it."""
    tokens = []
    for word in _words(_normalise(text)):
        tokens.append(word)
        pieces = _pieces(word)
        if pieces != (word,):
            tokens.extend(pieces)
    return " ".join(tokens)


def query_terms(query):
    """The distinct smallest words of a query, in order; empty when it holds nothing searchable.
    Every term must occur, in any order and at any distance: 商标注册 (商标 注册) finds
    商标的注册流程, and 专利 finds 专利导航实务."""
    terms = []
    for word in _words(_normalise(query)):
        for term in _pieces(word):
            if term not in terms:
                terms.append(term)
    return terms


def highlight(text, terms):
    """``text`` HTML-escaped, with every occurrence of a query term wrapped in <mark>."""
    escaped = html.escape(force_str(text or ""))
    if not terms:
        return mark_safe(escaped)  # noqa: S308 - escaped above
    pattern = re.compile("|".join(re.escape(html.escape(t)) for t in sorted(terms, key=len, reverse=True)), re.I)
    return mark_safe(pattern.sub(lambda m: f"<mark>{m.group(0)}</mark>", escaped))  # noqa: S308 - escaped above


def _segment_value(value):
    if isinstance(value, str):
        return segment(value)
    if isinstance(value, list | tuple):
        return [_segment_value(item) for item in value]
    if isinstance(value, dict):
        return {key: _segment_value(item) for key, item in value.items()}
    if value is None:
        return value
    return segment(force_str(value))


class _SegmentedSearchField(SearchField):
    def get_value(self, obj):
        return _segment_value(super().get_value(obj))


class _SegmentedAutocompleteField(AutocompleteField):
    def get_value(self, obj):
        return _segment_value(super().get_value(obj))


def _segmented_field(field):
    if type(field) is SearchField:
        clone = _SegmentedSearchField(field.field_name, boost=field.boost, **field.kwargs)
    elif type(field) is AutocompleteField:
        clone = _SegmentedAutocompleteField(field.field_name, **field.kwargs)
    else:
        return field
    return clone


class _SegmentedDocument:
    """Stands in for a model instance while it is indexed: same class, same values, but its search
    fields segment the text they return."""

    def __init__(self, obj):
        object.__setattr__(self, "_obj", obj)

    @property
    def __class__(self):
        return type(self._obj)

    def __getattr__(self, name):
        return getattr(self._obj, name)

    def get_search_fields(self):
        return [_segmented_field(field) for field in self._obj.get_search_fields()]


class _SegmentingIndexMixin:
    def add_items(self, model, objs):
        return super().add_items(model, [_SegmentedDocument(obj) for obj in objs])


class _SegmentingBackendMixin:
    def search(self, query, model_or_queryset, *args, **kwargs):
        return super().search(self._segment_query(query), model_or_queryset, *args, **kwargs)

    def autocomplete(self, query, model_or_queryset, *args, **kwargs):
        return super().autocomplete(self._segment_query(query), model_or_queryset, *args, **kwargs)

    @staticmethod
    def _segment_query(query):
        return " ".join(query_terms(query)) if isinstance(query, str) else query


@functools.cache
def _segmenting_class(vendor_class):
    index_class = type(
        f"Segmenting{vendor_class.index_class.__name__}", (_SegmentingIndexMixin, vendor_class.index_class), {}
    )
    return type(
        f"Segmenting{vendor_class.__name__}", (_SegmentingBackendMixin, vendor_class), {"index_class": index_class}
    )


def SearchBackend(params):  # noqa: N802 - the name Wagtail looks up in a backend module
    backend = vendor_backend(params)
    segmenting = _segmenting_class(type(backend))
    return segmenting(params)


# Ranked lookups for the public search ---------------------------------------------------------
#
# Wagtail's database backends rank results with a correlated subquery that re-runs the full-text
# match for every candidate row, which takes seconds once there are tens of thousands of lessons.
# The public catalogue and site search instead ask the same index (the tables the backend above
# fills, with the same segmentation) for the best-ranked ids in one query, then let the ORM apply
# access rules to those ids.

TITLE_WEIGHT = 10.0


def ranked_ids(model, query, *, limit=None):
    """Primary keys of ``model`` objects matching every word of ``query``, best first."""
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection
    from modelsearch.utils import get_descendants_content_types_pks

    terms = query_terms(query)
    if not terms:
        return []
    content_types = list(get_descendants_content_types_pks(model)) or [ContentType.objects.get_for_model(model).pk]
    placeholders = ", ".join(["%s"] * len(content_types))
    limit_sql = " LIMIT %s" if limit else ""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:  # words the text-search configuration drops (stop words) are ignored
            cursor.execute("SELECT t FROM unnest(%s::text[]) AS t WHERE numnode(plainto_tsquery(t)) > 0", [terms])
            kept = {row[0] for row in cursor.fetchall()}
        terms = [term for term in terms if term in kept]
        if not terms:
            return []
        # Each word must occur in the title or the body, which the GIN indexes on both can answer.
        tsquery = " && ".join(["plainto_tsquery(%s)"] * len(terms))
        each_word = " AND ".join(["(ie.title @@ plainto_tsquery(%s) OR ie.body @@ plainto_tsquery(%s))"] * len(terms))
        # Only placeholders and constants are interpolated into the SQL; every value is a parameter.
        sql = (
            f"SELECT ie.object_id FROM wagtailsearch_indexentry ie, (SELECT {tsquery} AS query) AS q "  # noqa: S608
            f"WHERE ie.content_type_id IN ({placeholders}) AND {each_word} "
            f"ORDER BY ts_rank(ie.title, q.query) * {TITLE_WEIGHT} + ts_rank(ie.body, q.query) DESC, ie.id{limit_sql}"
        )
        params = [*terms, *content_types, *[term for term in terms for _ in range(2)]]
    elif connection.vendor == "sqlite":
        match = "{title body} : (" + " AND ".join('"' + term.replace('"', '""') + '"' for term in terms) + ")"
        sql = (
            "SELECT ie.object_id FROM wagtailsearch_indexentry_fts fts "  # noqa: S608
            "JOIN wagtailsearch_indexentry ie ON ie.id = fts.rowid "
            # FTS5's own rank column sorts far faster than calling bm25() in ORDER BY; columns are
            # (autocomplete, body, title).
            f"WHERE wagtailsearch_indexentry_fts MATCH %s AND fts.rank MATCH 'bm25(0.0, 1.0, {TITLE_WEIGHT})' "
            f"AND ie.content_type_id IN ({placeholders}) ORDER BY fts.rank, ie.id{limit_sql}"
        )
        params = [match, *content_types]
    else:  # pragma: no cover - other databases use the backend's own ranking
        return [obj.pk for obj in model.objects.search(query, operator="and")[: limit or None]]
    if limit:
        params.append(limit)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return [int(row[0]) for row in cursor.fetchall()]


def filter_ranked(queryset, ids):
    """The ``ids`` that ``queryset`` holds, in the order given."""
    allowed = set(queryset.filter(pk__in=ids).values_list("pk", flat=True))
    return [pk for pk in ids if pk in allowed]


def warm_up():
    """Load jieba's dictionary now (about a second) rather than on the first search request."""
    jieba.initialize()
