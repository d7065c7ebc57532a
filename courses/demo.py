"""The catalogue's part of the demo: topics, instructors, 30+ courses with lessons, tracks.

Courses go through the same importer as `manage.py import_courses`; idempotent (existing courses,
topics and tracks are left as they are)."""

import copy

from django.db import transaction

from . import demo_content, demo_self_checks
from .importers import import_courses
from .models import CatalogPage, CoursePage, Instructor, Topic, TrackCourse, TrackPage


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
    new_courses = [
        _with_self_check(course) for course in demo_content.COURSES if course["code"].upper() not in existing
    ]
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


def _say(stdout, message):
    if stdout is not None:
        stdout.write(message)
