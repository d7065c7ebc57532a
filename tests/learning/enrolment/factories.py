from decimal import Decimal

from courses.models import CatalogPage, CoursePage
from learning.enrolment.models import Session, SessionMode

_counter = {"n": 0}


def course(title="专利检索实务", **fields):
    """A live course under the catalogue (in-person by default, so it gets no automatic session)."""
    _counter["n"] += 1
    defaults = {
        "code": f"EN-{_counter['n']:03d}",
        "summary": f"{title}的课程简介。",
        "access": "public",
        "delivery_mode": "in_person",
        "hours_professional": Decimal("8.0"),
    }
    defaults.update(fields)
    page = CoursePage(title=title, slug=defaults["code"].lower(), live=True, **defaults)
    CatalogPage.objects.get().add_child(instance=page)
    return CoursePage.objects.get(pk=page.pk)


def session(course_page=None, **fields):
    defaults = {"title": "2026年第一期", "mode": SessionMode.IN_PERSON, "location": "北京市海淀区蓟门桥西土城路6号"}
    defaults.update(fields)
    return Session.objects.create(course=course_page or course(), **defaults)
