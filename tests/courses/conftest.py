import json
from decimal import Decimal

import pytest

from courses.models import CatalogPage, CoursePage, LessonPage, Topic


@pytest.fixture
def catalog(db):
    return CatalogPage.objects.get()  # installed by courses/migrations/0002_catalog_workflow.py


@pytest.fixture
def topics(db):
    patent = Topic.objects.create(name="专利", name_en="Patents", slug="patent")
    trademark = Topic.objects.create(name="商标", name_en="Trademarks", slug="trademark")
    return {
        "patent": patent,
        "patent-search": Topic.objects.create(
            name="专利检索", name_en="Patent search", slug="patent-search", parent=patent
        ),
        "patent-navigation": Topic.objects.create(
            name="专利导航", name_en="Patent navigation", slug="patent-navigation", parent=patent
        ),
        "trademark": trademark,
        "trademark-registration": Topic.objects.create(
            name="商标注册", slug="trademark-registration", parent=trademark
        ),
    }


@pytest.fixture
def make_course(catalog):
    counter = {"n": 0}

    def make(title="课程", *, topics=(), lessons=1, live=True, **fields):
        counter["n"] += 1
        defaults = {
            "code": f"T-{counter['n']:03d}",
            "summary": f"{title}的课程简介。",
            "access": "public",
            "hours_professional": Decimal("2.0"),
        }
        defaults.update(fields)
        course = CoursePage(title=title, slug=defaults["code"].lower(), live=live, **defaults)
        catalog.add_child(instance=course)
        if topics:
            course.topics.set(topics)
            course.save()
        for n in range(1, lessons + 1):
            course.add_child(
                instance=LessonPage(
                    title=f"{title} 第{n}讲",
                    slug=f"lesson-{n}",
                    estimated_minutes=10 * n,
                    body=json.dumps(
                        [{"type": "paragraph", "value": f"<p>本讲讲解{title}的要点。</p>"}], ensure_ascii=False
                    ),
                )
            )
        return CoursePage.objects.get(pk=course.pk)

    return make
