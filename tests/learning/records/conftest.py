import json
from decimal import Decimal

import pytest

from courses.models import CatalogPage, CoursePage, LessonPage
from tests.factories import UserFactory


@pytest.fixture
def catalog(db):
    return CatalogPage.objects.get()  # installed by courses/migrations/0002_catalog_workflow.py


@pytest.fixture
def make_course(catalog):
    counter = {"n": 0}

    def make(title="专利检索实务", *, lessons=3, optional=(), **fields):
        counter["n"] += 1
        defaults = {
            "code": f"R-{counter['n']:03d}",
            "summary": f"{title}的课程简介。",
            "access": "public",
            "hours_professional": Decimal("6.0"),
            "hours_general": Decimal("2.0"),
        }
        defaults.update(fields)
        course = CoursePage(title=title, slug=defaults["code"].lower(), **defaults)
        catalog.add_child(instance=course)
        for n in range(1, lessons + 1):
            course.add_child(
                instance=LessonPage(
                    title=f"{title} 第{n}讲",
                    slug=f"lesson-{n}",
                    is_required=n not in optional,
                    body=json.dumps([{"type": "paragraph", "value": "<p>要点。</p>"}], ensure_ascii=False),
                )
            )
        return CoursePage.objects.get(pk=course.pk)

    return make


@pytest.fixture
def course(make_course):
    return make_course()


@pytest.fixture
def learner(db):
    return UserFactory(display_name="张三伟", email="zhang@example.cn", language="zh-hans")


@pytest.fixture
def complete_all():
    """Mark every lesson of a course complete for a user, as the lesson page's button does."""
    from learning.enrolment import progress

    def run(user, course):
        result = None
        for lesson in course.lessons:
            result = progress.mark_complete(user, lesson, course)
        return result

    return run
