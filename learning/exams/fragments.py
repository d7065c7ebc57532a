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

from .models import FALSE, OPTION_KEYS, TRUE, QuestionVersion

TEMPLATE = "exams/includes/mock_question.html"
CASE_TEMPLATE = "exams/includes/mock_case.html"
TIMEOUT = 7 * 24 * 3600
_digests = {}


def _template_digest(name=TEMPLATE):
    if name not in _digests or settings.DEBUG:
        origin = get_template(name).origin.name
        _digests[name] = hashlib.sha256(Path(origin).read_bytes()).hexdigest()[:10]
    return _digests[name]


def _fill(html, item):
    html = html.replace("__POS__", str(item.position)).replace("__POINTS__", str(item.points))
    html = html.replace("__TEXT__", escape(item.text_response))
    for key in (*OPTION_KEYS, TRUE, FALSE):
        marker = f"__CHECKED_{key}__"
        if marker in html:
            html = html.replace(marker, " checked" if key in item.response else "")
    return mark_safe(html)  # noqa: S308 (rendered by the template engine; only escaped text is added)


def _cached(template, version_ids):
    """{version id: HTML of ``template`` for that version}, from the cache; the versions not cached
    yet are read in one query, rendered and stored."""
    prefix = f"exams:{template.rsplit('/', 1)[-1]}:{_template_digest(template)}:{get_language()}:"
    keys = {version_id: f"{prefix}{version_id}" for version_id in version_ids}
    found = cache.get_many(list(keys.values()))
    missing = [version_id for version_id, key in keys.items() if key not in found]
    if missing:
        rendered = {
            keys[version.pk]: render_to_string(template, {"version": version})
            for version in QuestionVersion.objects.filter(pk__in=missing)
        }
        cache.set_many(rendered, TIMEOUT)
        found.update(rendered)
    return {version_id: found[key] for version_id, key in keys.items()}


def question_html(items):
    """HTML of each item's question (fieldset with stem and options), in the items' order. Needs only
    the items' own columns (``version_id``, position, points, answers): the versions themselves are
    read only when their HTML is not cached yet."""
    html = _cached(TEMPLATE, {item.version_id for item in items})
    return [_fill(html[item.version_id], item) for item in items]


def case_html(items):
    """{case version id: HTML of the shared case text} for the items that belong to a case."""
    return {
        version_id: mark_safe(html)  # noqa: S308 (rendered by the template engine)
        for version_id, html in _cached(CASE_TEMPLATE, {i.case_version_id for i in items if i.case_version_id}).items()
    }


def paper_html(items):
    """The whole mock exam paper as two pieces of HTML: the question map and the questions (section
    headings, each case text once before its sub-questions, then the questions). Joined in Python:
    a hundred questions through the template engine's loop cost more than everything else on the
    page."""
    questions = question_html(items)
    cases = case_html(items)
    map_parts, body, section, case = [], [], None, None
    for item, html in zip(items, questions, strict=True):
        position = item.position
        answered = ' class="is-answered"' if item.is_answered else ""
        map_parts.append(f'<li><a href="#q-{position}" id="map-{position}"{answered}>{position}</a></li>')
        if item.section_label != section:
            section = item.section_label
            if section:
                body.append(f'<h2 class="exam-section">{escape(section)}</h2>')
        if item.case_version_id and item.case_version_id != case:
            body.append(cases[item.case_version_id])
        case = item.case_version_id
        body.append(html)
    return mark_safe("".join(map_parts)), mark_safe("".join(body))  # noqa: S308 (escaped or rendered above)
