"""Closing the loop from questions to content: a frequent need (or a group of needs of one category)
becomes a draft public knowledge module in the catalogue or a draft FAQ entry on the SME hub,
prefilled with what enterprises asked, for editors to finish and send through the 课程审核 workflow.
Nothing is published here."""

import json

from django.db import transaction
from django.db.models import Count
from django.utils.html import escape
from django.utils.text import slugify
from django.utils.translation import gettext as _

from .models import NeedCategory

MAX_QUOTED = 5


class ContentLoopError(Exception):
    """The needs cannot be turned into content (with a message for the user)."""


class DraftKind:
    FAQ = "faq"
    MODULE = "module"


def _summary(needs):
    """The category, the most asked subject and the questions to quote, all read by the database."""
    rows = list(needs.order_by().values("category").annotate(n=Count("id")).order_by("-n"))
    if not rows:
        raise ContentLoopError(_("Choose at least one need."))
    if len(rows) > 1:
        raise ContentLoopError(_("Choose needs of one category: a draft answers one kind of question."))
    category, count = rows[0]["category"], rows[0]["n"]
    top = needs.order_by().values("title").annotate(n=Count("id")).order_by("-n", "title").first()
    quoted = list(needs.order_by("-submitted_at").values_list("title", "description")[:MAX_QUOTED])
    return category, count, top["title"], quoted


def _asked_html(count, quoted):
    items = "".join(
        f"<li><strong>{escape(title)}</strong>：{escape(description[:200])}</li>" for title, description in quoted
    )
    intro = _("Prepared from %(count)s collected needs. What enterprises asked (edit before publishing):") % {
        "count": count
    }
    return f"<p>{escape(intro)}</p><ul>{items}</ul>"


@transaction.atomic
def draft_from_needs(*, needs, kind, user):
    """A draft page (never live) built from ``needs``; returns it. The caller has checked that the
    user may see these needs; here we check that they may add pages where the draft goes."""
    from courses.models import Access, Audience, CatalogPage, CoursePage, LessonPage, SmeFaqPage, SmeHubPage

    category, count, title, quoted = _summary(needs)
    asked = _asked_html(count, quoted)
    if kind == DraftKind.FAQ:
        parent = SmeHubPage.objects.first()
        if parent is None:
            raise ContentLoopError(_("There is no SME knowledge hub to put the FAQ entry in."))
        _require_add_permission(parent, user)
        page = SmeFaqPage(
            title=title,
            slug=_free_slug(parent, slugify(f"faq-{category}") or "faq"),
            answer=asked + "<p>" + escape(_("Write the answer here.")) + "</p>",
            category=category,
            live=False,
        )
        parent.add_child(instance=page)
        page.save_revision(user=user, log_action=True)
        return page
    if kind != DraftKind.MODULE:
        raise ContentLoopError(_("Unknown kind of draft."))
    parent = CatalogPage.objects.first()
    if parent is None:
        raise ContentLoopError(_("There is no course catalogue to put the module in."))
    _require_add_permission(parent, user)
    code = _next_code()
    label = str(NeedCategory(category).label) if category in NeedCategory.values else category
    page = CoursePage(
        title=title,
        slug=code.lower(),
        code=code,
        summary=_("A short public module answering a question enterprises often ask (%(category)s).")
        % {"category": label},
        audience=Audience.SME,
        access=Access.PUBLIC,
        live=False,
    )
    parent.add_child(instance=page)
    page.save_revision(user=user, log_action=True)
    lesson = LessonPage(
        title=title,
        slug="lesson-1",
        estimated_minutes=8,
        live=False,
        body=json.dumps(
            [
                {"type": "paragraph", "value": asked},
                {
                    "type": "callout",
                    "value": {"kind": "tip", "text": "<p>" + escape(_("Write the answer here.")) + "</p>"},
                },
            ],
            ensure_ascii=False,
        ),
    )
    page.add_child(instance=lesson)
    lesson.save_revision(user=user, log_action=True)
    return page


def _require_add_permission(parent, user):
    if not parent.permissions_for_user(user).can_add_subpage():
        raise ContentLoopError(_("You may not add pages under %(page)s.") % {"page": parent.title})


def _free_slug(parent, base):
    taken = set(parent.get_children().filter(slug__startswith=base).values_list("slug", flat=True))
    slug, n = base, 1
    while slug in taken:
        n += 1
        slug = f"{base}-{n}"
    return slug


def _next_code():
    from courses.models import CoursePage

    numbers = [
        int(code[3:]) for code in CoursePage.objects.filter(code__regex=r"^QY-[0-9]+$").values_list("code", flat=True)
    ]
    return f"QY-{max(numbers, default=100) + 1}"
