"""What the SME knowledge hub shows: its question groups with their public modules, and its FAQ.

The hub's StreamField holds page ids; reading it block by block would load each chosen course (and
its specific row) separately. Instead the ids are read from the raw stream and every module is
loaded in one query with its lesson count and reading time, so the page costs the same number of
queries whatever editors put on it."""

from dataclasses import dataclass, field

from django.db.models import Count, IntegerField, OuterRef, Subquery, Sum
from django.db.models.functions import Coalesce

from .models import Access, CoursePage, LessonPage, SmeFaqPage


@dataclass
class QuestionGroup:
    question: str
    explanation: str
    modules: list = field(default_factory=list)

    @property
    def minutes(self):
        return sum(module.minutes for module in self.modules)


def _raw_groups(hub):
    for block in hub.sections.raw_data:
        if block.get("type") != "question_group":
            continue
        value = block.get("value") or {}
        ids = []
        for item in value.get("modules") or []:
            pk = item.get("value") if isinstance(item, dict) else item
            if isinstance(pk, int):
                ids.append(pk)
        yield value.get("question") or "", value.get("explanation") or "", ids


def _lesson_totals(aggregate):
    lessons = LessonPage.objects.filter(
        path__startswith=OuterRef("path"), depth=OuterRef("depth") + 1, live=True
    ).order_by()
    return Coalesce(
        Subquery(lessons.values("depth").annotate(total=aggregate).values("total")[:1], output_field=IntegerField()),
        0,
    )


def public_modules(ids):
    """The live public courses among ``ids`` (one query), with ``minutes`` and ``lesson_count``."""
    if not ids:
        return {}
    courses = (
        CoursePage.objects.live()
        .filter(pk__in=set(ids), access=Access.PUBLIC)
        .annotate(
            minutes=_lesson_totals(Sum("estimated_minutes")),
            lesson_count=_lesson_totals(Count("id")),
        )
        .only("id", "title", "code", "summary", "url_path", "path", "depth", "access", "level")
    )
    return {course.pk: course for course in courses}


def question_groups(hub):
    raw = list(_raw_groups(hub))
    modules = public_modules([pk for _q, _e, ids in raw for pk in ids])
    groups = []
    for question, explanation, ids in raw:
        chosen = [modules[pk] for pk in dict.fromkeys(ids) if pk in modules]
        if chosen:
            groups.append(QuestionGroup(question, explanation, chosen))
    return groups


def faq_entries(hub):
    return list(SmeFaqPage.objects.child_of(hub).live().public().only("id", "title", "url_path", "path", "depth"))


def hub_page():
    """The live hub, if there is one (for links from modules and the navigation)."""
    from .models import SmeHubPage

    return SmeHubPage.objects.live().first()
