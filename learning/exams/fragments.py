"""The questions of a mock exam page as cached HTML.

A question version never changes, so the markup of its stem and options is rendered once per version
and language (templates/exams/includes/mock_question.html) and kept in the cache; each learner's page
fills in the position, the points and the saved answer by plain string replacement. This keeps the
100-question exam page cheap for the start-of-exam burst (every learner opening the paper within a
minute), where rendering each question through the template engine was most of the page's time.
The cache key carries a digest of the template, so a changed template is never served stale.

Each web process also keeps the pieces it has used in memory (at most ``LOCAL_LIMIT``), already
turned into format strings: a version's markup never changes, so it is safe to keep, and reading a
hundred pieces from Redis and unpickling them was a good part of the page's time."""

import hashlib
from pathlib import Path
from typing import NamedTuple

from django.conf import settings
from django.core.cache import cache
from django.template.loader import get_template, render_to_string
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from .models import FALSE, OPTION_KEYS, TRUE, QuestionVersion, has_answer

TEMPLATE = "exams/includes/mock_question.html"
CASE_TEMPLATE = "exams/includes/mock_case.html"
TIMEOUT = 7 * 24 * 3600
LOCAL_LIMIT = 5000  # pieces kept per process (a few KB each)
_digests = {}
_local = {}  # cache key -> format string (questions) or safe HTML (cases)
CHECKABLE = (*OPTION_KEYS, TRUE, FALSE)


class PaperItem(NamedTuple):
    """The columns of an attempt item that the mock exam page shows (read with ``values_list``:
    building a hundred model instances cost more than the rest of the page's queries)."""

    position: int
    version_id: int
    case_version_id: int | None
    section_label: str
    points: object
    response: str
    text_response: str

    @property
    def is_answered(self):
        return has_answer(self.response, self.text_response)


PAPER_ITEM_FIELDS = PaperItem._fields


def clear_local():
    """Forget this process's pieces (tests, where a rolled-back database may reuse version ids)."""
    _local.clear()


def _template_digest(name=TEMPLATE):
    if name not in _digests or settings.DEBUG:
        origin = get_template(name).origin.name
        _digests[name] = hashlib.sha256(Path(origin).read_bytes()).hexdigest()[:10]
    return _digests[name]


def _compile(html):
    """A question's cached HTML as a format string: the markers become fields filled per learner."""
    html = html.replace("{", "{{").replace("}", "}}")
    html = html.replace("__POS__", "{pos}").replace("__POINTS__", "{points}").replace("__TEXT__", "{text}")
    for key in CHECKABLE:
        html = html.replace(f"__CHECKED_{key}__", f"{{checked_{key}}}")
    return html


def _fill(compiled, item):
    values = {f"checked_{key}": " checked" if key in item.response else "" for key in CHECKABLE}
    values.update(pos=item.position, points=item.points, text=escape(item.text_response))
    return mark_safe(compiled.format_map(values))  # noqa: S308 (rendered by the template engine; only escaped text is added)


def _cached(template, version_ids, prepare):
    """{version id: ``prepare(HTML of template for that version)``}: from this process's memory, else
    from the cache; the versions in neither are read in one query, rendered and stored in both."""
    prefix = f"exams:{template.rsplit('/', 1)[-1]}:{_template_digest(template)}:{get_language()}:"
    keys = {version_id: f"{prefix}{version_id}" for version_id in version_ids}
    result = {version_id: piece for version_id, key in keys.items() if (piece := _local.get(key)) is not None}
    if len(result) == len(keys):
        return result
    wanted = {key: version_id for version_id, key in keys.items() if version_id not in result}
    found = cache.get_many(list(wanted))
    missing = [version_id for key, version_id in wanted.items() if key not in found]
    if missing:
        rendered = {
            keys[version.pk]: render_to_string(template, {"version": version})
            for version in QuestionVersion.objects.filter(pk__in=missing)
        }
        cache.set_many(rendered, TIMEOUT)
        found.update(rendered)
    if len(_local) + len(found) > LOCAL_LIMIT:
        _local.clear()
    for key, html in found.items():
        result[wanted[key]] = _local[key] = prepare(html)
    return result


def question_html(items):
    """HTML of each item's question (fieldset with stem and options), in the items' order. Needs only
    the items' own columns (``version_id``, position, points, answers): the versions themselves are
    read only when their HTML is not cached yet."""
    compiled = _cached(TEMPLATE, {item.version_id for item in items}, _compile)
    return [_fill(compiled[item.version_id], item) for item in items]


def case_html(items):
    """{case version id: HTML of the shared case text} for the items that belong to a case."""
    return _cached(CASE_TEMPLATE, {i.case_version_id for i in items if i.case_version_id}, mark_safe)


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
