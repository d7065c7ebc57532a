"""Catalogue and search at scale: 2,000 generated courses with 20,000 lessons (issue 4's target).

Pages are inserted in bulk (Wagtail's page tree rows written directly, then the search index
rebuilt with the Chinese-segmenting backend), so generating the data takes a minute rather than
an hour. Measured through Django's test client, single process, anonymous and staff visitors."""

import random
import time
from datetime import timedelta
from decimal import Decimal

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.test import Client
from django.utils import timezone
from wagtail.models import Locale, Page

from courses.models import CatalogPage, CoursePage, LessonPage, Topic

from .timing import measure

COURSES = 2000
LESSONS_PER_COURSE = 10
REQUESTS = 100
SEARCH_REQUESTS = 200

WORDS = [
    "专利检索",
    "专利导航",
    "高价值专利",
    "专利布局",
    "商标注册",
    "商标异议",
    "著作权登记",
    "软件著作权",
    "质押融资",
    "许可转让",
    "开放许可",
    "海外维权",
    "侵权预警",
    "行政裁决",
    "技术调查",
    "信息分析",
    "专题数据库",
    "TISC服务",
    "产业规划",
    "转化运用",
    "地理标志",
    "商业秘密",
    "植物新品种",
    "集成电路布图设计",
    "知识产权管理",
    "审查指南",
]
FORMS = ["{a}实务", "{a}与{b}", "{a}入门", "{a}进阶：{b}案例", "面向中小企业的{a}", "{a}操作指引"]
PARAGRAPH = (
    "<p>本讲围绕{a}展开，结合{b}的典型案例，说明公共服务人员在受理咨询、开展检索和出具分析意见时的工作要点。"
    "学员应能够识别关键事实、选择合适的数据来源，并用通俗的语言向创新主体解释结论。</p>"
)


def _step(n):
    digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    out = ""
    while n:
        n, rest = divmod(n, 36)
        out = digits[rest] + out
    return out.rjust(4, "0")


@transaction.atomic
def generate(courses=COURSES, lessons_per_course=LESSONS_PER_COURSE, seed=2024):
    rng = random.Random(seed)
    catalog = CatalogPage.objects.get()
    topics = list(Topic.objects.filter(parent__isnull=False)) or list(Topic.objects.all())
    locale = Locale.objects.first()
    course_type = ContentType.objects.get_for_model(CoursePage)
    lesson_type = ContentType.objects.get_for_model(LessonPage)
    start = catalog.numchild + 1
    # Published pages always carry their publication dates (Wagtail sets them on publish): one course
    # an hour over the last months, its lessons with it, so "newest first" sorts real dates.
    first_day = timezone.now() - timedelta(hours=courses + 1)
    course_rows, lesson_rows, course_data, lesson_data = [], [], [], []
    for i in range(courses):
        published = first_day + timedelta(hours=i)
        a, b = rng.sample(WORDS, 2)
        title = rng.choice(FORMS).format(a=a, b=b) + f"（{i + 1}）"
        path = catalog.path + _step(start + i)
        code = f"BX-{i + 1:05d}"
        course_rows.append(
            Page(
                title=title,
                draft_title=title,
                slug=code.lower(),
                content_type=course_type,
                path=path,
                depth=catalog.depth + 1,
                numchild=lessons_per_course,
                url_path=f"{catalog.url_path}{code.lower()}/",
                live=True,
                locale=locale,
                first_published_at=published,
                last_published_at=published,
                show_in_menus=False,
            )
        )
        hours_p = Decimal(rng.choice(["1.0", "2.0", "3.0", "6.0", "8.0", "12.0", "16.0"]))
        hours_g = Decimal(rng.choice(["0.0", "0.0", "0.0", "1.0"]))
        course_data.append(
            (
                code,
                f"{a}与{b}的课程：讲解{a}的方法和{b}的实践。",
                rng.choice(["staff", "sme", "exam", "all"]),
                rng.choice(["intro", "intermediate", "advanced"]),
                rng.choice(["self_paced", "live", "in_person", "blended"]),
                hours_p,
                hours_g,
                hours_p + hours_g,
                rng.choice(["public", "registered", "registered", "staff"]),
                rng.choice(["zh-hans"] * 9 + ["en"]),
                rng.randint(0, 500),
            )
        )
        for n in range(1, lessons_per_course + 1):
            la, lb = rng.sample(WORDS, 2)
            lesson_rows.append(
                Page(
                    title=f"第{n}讲 {la}",
                    draft_title=f"第{n}讲 {la}",
                    slug=f"lesson-{n}",
                    content_type=lesson_type,
                    path=path + _step(n),
                    depth=catalog.depth + 2,
                    numchild=0,
                    url_path=f"{catalog.url_path}{code.lower()}/lesson-{n}/",
                    live=True,
                    locale=locale,
                    first_published_at=published + timedelta(minutes=n),
                    last_published_at=published + timedelta(minutes=n),
                    show_in_menus=False,
                )
            )
            lesson_data.append((PARAGRAPH.format(a=la, b=lb), rng.choice([10, 15, 20, 30]), course_data[-1][8]))
    Page.objects.bulk_create(course_rows, batch_size=500)
    Page.objects.bulk_create(lesson_rows, batch_size=500)
    ids = dict(Page.objects.filter(path__in=[p.path for p in course_rows]).values_list("path", "id"))
    lesson_ids = dict(
        Page.objects.filter(
            depth=catalog.depth + 2, path__startswith=catalog.path, content_type=lesson_type
        ).values_list("path", "id")
    )
    with connection.cursor() as cursor:
        cursor.executemany(
            "INSERT INTO courses_coursepage (page_ptr_id, code, summary, outcomes, audience, level, delivery_mode, "
            "hours_professional, hours_general, hours_total, access, language, popularity) "
            "VALUES (%s, %s, %s, '', %s, %s, %s, %s, %s, %s, %s, %s, %s)",
            [(ids[row.path], *data) for row, data in zip(course_rows, course_data, strict=True)],
        )
        cursor.executemany(
            "INSERT INTO courses_lessonpage (page_ptr_id, body, estimated_minutes, is_required, access) VALUES (%s, %s, %s, %s, %s)",
            [
                (
                    lesson_ids[row.path],
                    f'[{{"type": "paragraph", "value": "{body}", "id": "b{lesson_ids[row.path]}"}}]',
                    minutes,
                    True,
                    access,
                )
                for row, (body, minutes, access) in zip(lesson_rows, lesson_data, strict=True)
            ],
        )
    through = CoursePage.topics.through
    through.objects.bulk_create(
        [through(coursepage_id=ids[row.path], topic_id=rng.choice(topics).pk) for row in course_rows], batch_size=1000
    )
    Page.objects.filter(pk=catalog.pk).update(numchild=start - 1 + courses)


def run():
    from django.core.management import call_command

    started = time.perf_counter()
    generate()
    call_command("update_index", verbosity=0)
    if connection.vendor == "postgresql":
        # What autovacuum does within a minute of a bulk load: statistics for the planner, the
        # visibility map, GIN pending lists merged. Measuring before it runs measures the load.
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")
    setup_seconds = time.perf_counter() - started
    print(f"generated {COURSES} courses and {COURSES * LESSONS_PER_COURSE} lessons, indexed, in {setup_seconds:.0f} s")

    client = Client(HTTP_HOST="127.0.0.1")
    course = CoursePage.objects.filter(code__startswith="BX-", access="public").first()
    cases = [
        ("content page `/about/` (baseline)", "/about/", {}),
        ("catalogue, no filter", "/courses/", {}),
        (
            "catalogue, topic + level + hours",
            "/courses/",
            {"topic": Topic.objects.filter(parent__isnull=True).first().slug, "level": "intro", "hours": "lt4"},
        ),
        (
            "catalogue, audience + delivery, sorted by hours, page 3",
            "/courses/",
            {"audience": "all", "delivery": "self_paced", "sort": "hours", "page": "3"},
        ),
        ("catalogue filtered by search 专利检索", "/courses/", {"q": "专利检索"}),
        ("course page (10 lessons)", course.url if course else "/courses/", {}),
    ]
    rows = []
    for name, path, params in cases:
        median, p95, queries = measure(client, path, REQUESTS, params)
        rows.append({"name": name, "requests": REQUESTS, "median_ms": median, "p95_ms": p95, "queries": queries})
    for query in ["专利", "商标注册", "质押融资 许可", "patent", "海外维权实务"]:
        median, p95, queries = measure(client, "/search/", SEARCH_REQUESTS, {"q": query})
        rows.append(
            {
                "name": f"site search `{query}`",
                "requests": SEARCH_REQUESTS,
                "median_ms": median,
                "p95_ms": p95,
                "queries": queries,
            }
        )
    return rows
