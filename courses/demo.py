"""The catalogue's part of the demo: topics, instructors, 30+ courses with lessons, tracks.

Courses go through the same importer as `manage.py import_courses`; idempotent (existing courses,
topics and tracks are left as they are)."""

import copy
import json

from django.db import transaction
from django.utils.text import slugify

from . import demo_content, demo_self_checks, demo_sme_modules
from .importers import import_courses
from .models import CatalogPage, CoursePage, Instructor, SmeFaqPage, SmeHubPage, Topic, TrackCourse, TrackPage

DEMO_COURSES = demo_content.COURSES + demo_sme_modules.SME_MODULES


@transaction.atomic
def build(stdout=None):
    catalog = CatalogPage.objects.first()
    if catalog is None:
        return None
    for order, root in enumerate(demo_content.TOPICS):
        parent, _ = Topic.objects.get_or_create(
            slug=root["slug"], defaults={"name": root["name"], "name_en": root.get("name_en", ""), "sort_order": order}
        )
        for child_order, child in enumerate(root.get("children", [])):
            Topic.objects.get_or_create(
                slug=child["slug"],
                defaults={
                    "name": child["name"],
                    "name_en": child.get("name_en", ""),
                    "parent": parent,
                    "sort_order": child_order,
                },
            )
    for person in demo_content.INSTRUCTORS:
        Instructor.objects.get_or_create(
            key=person["key"],
            defaults={k: person.get(k, "") for k in ("name", "title", "institution", "bio")},
        )
    existing = set(CoursePage.objects.values_list("code", flat=True))
    new_courses = [_with_self_check(course) for course in DEMO_COURSES if course["code"].upper() not in existing]
    if new_courses:
        report = import_courses(rows=[("demo", n, c) for n, c in enumerate(new_courses, start=1)], publish=True)
        if report.problems:
            raise ValueError("Demo courses do not validate:\n" + "\n".join(map(str, report.problems)))
        _say(stdout, f"Created {len(report.created)} demo courses.")
    for track in getattr(demo_content, "TRACKS", []):
        if catalog.get_children().filter(slug=track["slug"]).exists():
            continue
        page = TrackPage(
            title=track["title"], slug=track["slug"], intro=track["intro"], audience_text=track.get("audience", "")
        )
        courses = {c.code: c for c in CoursePage.objects.filter(code__in=track["courses"])}
        page.track_courses = [
            TrackCourse(course=courses[code], sort_order=n)
            for n, code in enumerate(track["courses"])
            if code in courses
        ]
        catalog.add_child(instance=page)
        page.save_revision().publish()
        _say(stdout, f"Created the track {track['title']}.")
    return catalog


def _with_self_check(course):
    """The course with its demo self-check (courses/demo_self_checks.py) appended to the named lesson."""
    entry = demo_self_checks.SELF_CHECKS.get(course["code"])
    if entry is None:
        return course
    position, block = entry
    course = copy.deepcopy(course)
    lesson = course["lessons"][position - 1]
    lesson["blocks"] = [*lesson.get("blocks", []), block]
    return course


@transaction.atomic
def build_hub(stdout=None):
    """The SME knowledge hub under the home page (in the main navigation), its question groups, two
    FAQ entries and the national service node. Idempotent: an existing hub is left as editors made it."""
    from wagtail.models import Workflow, WorkflowPage

    from cms.models import HomePage
    from learning.talent.models import Institution, InstitutionType, Region

    home = HomePage.objects.first()
    if home is None or SmeHubPage.objects.exists():
        return SmeHubPage.objects.first()
    content = demo_sme_modules
    courses = dict(
        CoursePage.objects.filter(code__in=[c for _q, _e, codes in content.QUESTION_GROUPS for c in codes]).values_list(
            "code", "pk"
        )
    )
    sections = [
        {
            "type": "question_group",
            "value": {"question": q, "explanation": e, "modules": [courses[c] for c in codes if c in courses]},
        }
        for q, e, codes in content.QUESTION_GROUPS
    ]
    hub = SmeHubPage(
        title=content.HUB_TITLE,
        slug=content.HUB_SLUG,
        intro=content.HUB_INTRO,
        sections=json.dumps(sections, ensure_ascii=False),
        show_in_menus=True,
    )
    home.add_child(instance=hub)
    beijing = Region.objects.filter(code="110000").first()
    if beijing is not None:
        national, _ = Institution.objects.get_or_create(
            name="国家海外知识产权纠纷应对指导中心",
            defaults={"type": InstitutionType.OVERSEAS_CENTRE, "region": beijing, "designation_year": 2019},
        )
        hub.national_institutions.set([national])
    hub.save_revision().publish()
    for title, category, answer, codes in content.FAQ_ENTRIES:
        faq = SmeFaqPage(title=title, slug=slugify(codes[0] + "-" + category), answer=answer, category=category)
        hub.add_child(instance=faq)
        faq.related_courses.set(CoursePage.objects.filter(code__in=codes))
        faq.save_revision().publish()
    workflow = Workflow.objects.filter(name="课程审核").first()
    if workflow is not None:
        WorkflowPage.objects.get_or_create(page=hub, defaults={"workflow": workflow})
    _say(stdout, f"Created the SME knowledge hub with {len(sections)} question groups.")
    return hub


def _say(stdout, message):
    if stdout is not None:
        stdout.write(message)
