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
