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
# fills, with the same segmentation) for the best-ranked ids, then let the ORM apply access rules
# to those ids.

TITLE_WEIGHT = 10.0


class RankedSearch:
    """One query's ranked lookups, for as many models as needed (the site search asks for courses,
    lessons and tracks): the query is segmented, and on PostgreSQL turned into a tsquery, once.

    Ranking: every word must occur in the title or the body; objects whose title holds every word
    come first (ranked by the title), then the rest (title weighing ten times the body). With a
    ``limit``, the second group is only looked at when the first has too few, so a common word such
    as 专利 ranks a few thousand short titles rather than every lesson that mentions it."""

    def __init__(self, query):
        self.query = query
        self.terms = query_terms(query)
        self._tsqueries = None

    def ids(self, model, *, limit=None):
        """Primary keys of ``model`` objects matching every word, best first."""
        from django.db import connection

        if not self.terms:
            return []
        if connection.vendor == "postgresql":
            return self._postgresql_ids(connection, model, limit)
        if connection.vendor == "sqlite":
            return self._sqlite_ids(connection, model, limit)
        return [obj.pk for obj in model.objects.search(self.query, operator="and")[: limit or None]]  # pragma: no cover

    def _sqlite_ids(self, connection, model, limit):
        """Titles holding every word first, then the other matches, each part in FTS5's rank order.
        A word found in most bodies (专利) then costs a ranking of the title matches only, as on
        PostgreSQL: when they fill the page the bodies are not ranked at all."""
        content_types = _content_types(model)
        words = "(" + " AND ".join('"' + term.replace('"', '""') + '"' for term in self.terms) + ")"
        sql = (
            "SELECT ie.object_id FROM wagtailsearch_indexentry_fts fts "  # noqa: S608 - placeholders only
            "JOIN wagtailsearch_indexentry ie ON ie.id = fts.rowid "
            # FTS5's own rank column sorts far faster than calling bm25() in ORDER BY; columns are
            # (autocomplete, body, title).
            f"WHERE wagtailsearch_indexentry_fts MATCH %s AND fts.rank MATCH 'bm25(0.0, 1.0, {TITLE_WEIGHT})' "
            f"AND ie.content_type_id IN ({_placeholders(content_types)}) ORDER BY fts.rank, ie.id"
            + (" LIMIT %s" if limit else "")
        )
        title_match = "{title} : " + words
        ids = _fetch_ids(connection, sql, [title_match, *content_types, *([limit] if limit else [])])
        if limit and len(ids) >= limit:
            return ids
        others = f"({{title body}} : {words}) NOT ({title_match})"
        return ids + _fetch_ids(connection, sql, [others, *content_types, *([limit - len(ids)] if limit else [])])

    def _postgresql_tsqueries(self, connection):
        """Each word as a tsquery constant (so PostgreSQL does not parse the query again for every row
        it ranks); words the text-search configuration drops (stop words such as "for") are left out."""
        if self._tsqueries is None:
            with connection.cursor() as cursor:
                cursor.execute(
                    "SELECT plainto_tsquery(t)::text FROM unnest(%s::text[]) WITH ORDINALITY AS u(t, n) ORDER BY n",
                    [self.terms],
                )
                self._tsqueries = [row[0] for row in cursor.fetchall() if row[0]]
        return self._tsqueries

    def _postgresql_ids(self, connection, model, limit):
        words = self._postgresql_tsqueries(connection)
        if not words:
            return []
        every_word = " & ".join(f"({word})" for word in words)
        content_types = _content_types(model)
        in_types = f"content_type_id IN ({_placeholders(content_types)})"
        # 1. Title holds every word: the narrow copy of the title vectors (migration 0004) answers.
        sql = (
            f"SELECT object_id FROM courses_searchtitle WHERE {in_types} AND title @@ %s::tsquery "  # noqa: S608
            "ORDER BY ts_rank(title, %s::tsquery) DESC, length(title), entry_id" + (" LIMIT %s" if limit else "")
        )
        ids = _fetch_ids(connection, sql, [*content_types, every_word, every_word, *([limit] if limit else [])])
        if limit and len(ids) >= limit:
            return ids
        # 2. The others: each word in the title or the body (the GIN indexes on both answer each word).
        each_word = " AND ".join(["(title @@ %s::tsquery OR body @@ %s::tsquery)"] * len(words))
        sql = (
            f"SELECT object_id FROM wagtailsearch_indexentry WHERE {in_types} AND {each_word} "  # noqa: S608
            "AND NOT title @@ %s::tsquery "
            f"ORDER BY ts_rank(title, %s::tsquery) * {TITLE_WEIGHT} + ts_rank(body, %s::tsquery) DESC, id"
            + (" LIMIT %s" if limit else "")
        )
        params = [*content_types, *[word for word in words for _ in range(2)], *[every_word] * 3]
        return ids + _fetch_ids(connection, sql, params + ([limit - len(ids)] if limit else []))


def ranked_ids(model, query, *, limit=None):
    """Primary keys of ``model`` objects matching every word of ``query``, best first."""
    return RankedSearch(query).ids(model, limit=limit)


def _content_types(model):
    from django.contrib.contenttypes.models import ContentType
    from modelsearch.utils import get_descendants_content_types_pks

    return list(get_descendants_content_types_pks(model)) or [ContentType.objects.get_for_model(model).pk]


def _placeholders(values):
    return ", ".join(["%s"] * len(values))


def _fetch_ids(connection, sql, params):
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return [int(row[0]) for row in cursor.fetchall()]


def warm_up():
    """Load jieba's dictionary now (about a second) rather than on the first search request."""
    jieba.initialize()
