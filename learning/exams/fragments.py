"""The questions of a mock exam page as cached HTML.

A question version never changes, so the markup of its stem and options is rendered once per version
and language (templates/exams/includes/mock_question.html) and kept in the cache; each learner's page
fills in the position, the points and the saved answer by plain string replacement. This keeps the
100-question exam page cheap for the start-of-exam burst (every learner opening the paper within a
minute), where rendering each question through the template engine was most of the page's time.
The cache key carries a digest of the template, so a changed template is never served stale."""

import hashlib
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.template.loader import get_template, render_to_string
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from .models import FALSE, OPTION_KEYS, TRUE

TEMPLATE = "exams/includes/mock_question.html"
TIMEOUT = 7 * 24 * 3600
_digest = None


def _template_digest():
    global _digest
    if _digest is None or settings.DEBUG:
        origin = get_template(TEMPLATE).origin.name
        _digest = hashlib.sha256(Path(origin).read_bytes()).hexdigest()[:10]
    return _digest


def _fill(html, item):
    html = html.replace("__POS__", str(item.position)).replace("__POINTS__", str(item.points))
    html = html.replace("__TEXT__", escape(item.text_response))
    for key in (*OPTION_KEYS, TRUE, FALSE):
        marker = f"__CHECKED_{key}__"
        if marker in html:
            html = html.replace(marker, " checked" if key in item.response else "")
    return mark_safe(html)  # noqa: S308 (rendered by the template engine; only escaped text is added)


def question_html(items):
    """HTML of each item's question (fieldset with stem and options), in the items' order."""
    prefix = f"exams:mockq:{_template_digest()}:{get_language()}:"
    keys = {item.version_id: f"{prefix}{item.version_id}" for item in items}
    found = cache.get_many(list(set(keys.values())))
    missing = {}
    for item in items:
        key = keys[item.version_id]
        if key not in found and key not in missing:
            missing[key] = render_to_string(TEMPLATE, {"version": item.version})
    if missing:
        cache.set_many(missing, TIMEOUT)
        found.update(missing)
    return [_fill(found[keys[item.version_id]], item) for item in items]
