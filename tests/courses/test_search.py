"""Search that works in Chinese (and English), ranked, highlighted and filtered by access."""

import json

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.urls import reverse
from wagtail.models import PageViewRestriction

from courses.catalog import SITE_SEARCH_LIMIT
from courses.models import CoursePage, LessonPage
from courses.search import RankedSearch, query_terms, segment
from learning.accounts.models import UserKind
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_segmentation_splits_chinese_into_words_and_keeps_english():
    assert query_terms("商标注册") == ["商标", "注册"]
    assert query_terms("Patent  SEARCH，专利！") == ["patent", "search", "专利"]
    assert query_terms("！？。，") == []
    assert set(segment("专利导航实务").split()) >= {"专利", "导航", "实务"}


@pytest.fixture
def library(make_course):
    return {
        "navigation": make_course("专利导航实务", summary="以专利信息分析支撑产业决策。"),
        "trademark": make_course("商标的注册流程", summary="从查询到申请的商标注册全过程。"),
        "english": make_course("Patent search for SMEs", summary="How to search patent databases."),
        "staff": make_course("专利检索服务规范", access="staff", summary="TISC 内部服务规范。"),
        "mention": make_course("企业知识产权管理", summary="管理制度中也涉及专利导航的应用。"),
    }


def _search(client, q):
    return client.get(reverse("search"), {"q": q})


def _course_titles(response):
    return [course.title for course in response.context["result"].courses]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("专利", {"专利导航实务", "企业知识产权管理"}),
        ("商标注册", {"商标的注册流程"}),
        ("注册 商标", {"商标的注册流程"}),
        ("导航专利", {"专利导航实务", "企业知识产权管理"}),
        ("patent", {"Patent search for SMEs"}),
        ("PATENT Search", {"Patent search for SMEs"}),
        ("search for SMEs", {"Patent search for SMEs"}),
    ],
)
def test_chinese_and_english_queries_find_courses_regardless_of_word_order_and_spacing(
    client, library, query, expected
):
    assert set(_course_titles(_search(client, query))) == expected


def test_title_matches_come_first(client, library):
    assert _course_titles(_search(client, "专利导航"))[0] == "专利导航实务"


def test_matched_words_are_highlighted_and_the_rest_is_escaped(client, make_course):
    make_course("专利导航<script>alert(1)</script>")

    html = _search(client, "专利导航").content.decode()

    assert "<mark>专利</mark><mark>导航</mark>" in html
    assert "<script>alert(1)</script>" not in html


def test_search_never_shows_a_course_or_lesson_the_visitor_may_not_open(client, library):
    anonymous = _search(client, "专利检索服务规范")
    client.force_login(UserFactory(kind=UserKind.STAFF))
    staff = _search(client, "专利检索服务规范")

    assert anonymous.context["result"].courses == [] and anonymous.context["result"].lessons == []
    assert _course_titles(staff) == ["专利检索服务规范"]
    assert [lesson.title for lesson in staff.context["result"].lessons] == ["专利检索服务规范 第1讲"]


def test_lessons_are_searched_by_their_text(client, make_course):
    make_course("检索策略", lessons=2)

    lessons = _search(client, "检索策略 要点").context["result"].lessons

    assert {lesson.title for lesson in lessons} == {"检索策略 第1讲", "检索策略 第2讲"}


@pytest.mark.parametrize("query", ["", "   ", "！！！", "?*&%"])
def test_an_empty_or_punctuation_only_query_gets_a_clear_message(client, library, query):
    response = _search(client, query)

    assert response.status_code == 200
    assert response.context["result"].message
    assert response.context["result"].total == 0


def test_the_same_query_filters_the_catalogue(client, catalog, library):
    response = client.get(catalog.url, {"q": "商标注册"})

    assert [c.title for c in response.context["catalog"].courses] == ["商标的注册流程"]
    assert "<mark>商标</mark>" in response.content.decode()


def test_the_header_search_box_is_on_every_page(client, catalog):
    assert f'action="{reverse("search")}"' in client.get(catalog.url).content.decode()


def _lesson(course, title, text):
    lesson = LessonPage(
        title=title,
        slug=f"l-{LessonPage.objects.count() + 1}",
        body=json.dumps([{"type": "paragraph", "value": f"<p>{text}</p>"}], ensure_ascii=False),
    )
    course.add_child(instance=lesson)
    return lesson.pk


def test_titles_holding_every_word_come_first_and_a_limit_keeps_the_order(make_course):
    course = make_course("检索课程", lessons=0)
    in_title = [_lesson(course, f"专利检索第{n}讲", "本讲的要点。") for n in range(3)]
    in_text = [_lesson(course, f"概述第{n}讲", "专利检索、专利检索和专利检索。" * 5) for n in range(2)]
    split = _lesson(course, "专利概述", "检索的方法。")
    search = RankedSearch("专利检索")

    everything = search.ids(LessonPage)

    assert set(everything[:3]) == set(in_title)
    assert set(everything[3:]) == {*in_text, split}
    assert search.ids(LessonPage, limit=2) == everything[:2]
    assert search.ids(LessonPage, limit=4) == everything[:4]
    assert search.ids(LessonPage, limit=10) == everything


def test_a_site_search_needs_a_fixed_number_of_queries(client, make_course, django_assert_max_num_queries):
    make_course("专利导航实务")
    _search(client, "专利导航")  # warm caches

    with django_assert_max_num_queries(40) as few:
        _search(client, "专利导航")
    for n in range(30):
        make_course(f"专利导航进阶{n}", lessons=2)
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = _search(client, "专利导航")
    assert len(response.context["result"].courses) == SITE_SEARCH_LIMIT


def _title_copy(page):
    content_type = ContentType.objects.get_for_model(page.specific_class)
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT title::text FROM courses_searchtitle WHERE content_type_id = %s AND object_id = %s",
            [content_type.pk, str(page.pk)],
        )
        return [row[0] for row in cursor.fetchall()]


@pytest.mark.postgres
def test_postgresql_keeps_the_copy_of_the_index_titles_in_step(make_course):
    course = make_course("专利导航实务", lessons=0)
    assert "专利" in _title_copy(course)[0]

    course.title, course.summary = "商标注册指南", "从查询到申请。"
    course.save()
    assert "商标" in _title_copy(course)[0] and "专利" not in _title_copy(course)[0]
    assert RankedSearch("商标注册").ids(CoursePage) == [course.pk]
    assert RankedSearch("专利导航").ids(CoursePage) == []

    course.delete()
    assert _title_copy(course) == []

    make_course("著作权登记")
    assert RankedSearch("著作权登记").ids(CoursePage)
    with connection.cursor() as cursor:
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")  # a TRUNCATE cannot wait behind deferred checks
        cursor.execute("TRUNCATE wagtailsearch_indexentry")
        cursor.execute("SELECT count(*) FROM courses_searchtitle")
        assert cursor.fetchone()[0] == 0
    assert RankedSearch("著作权登记").ids(CoursePage) == []


def test_a_privacy_restricted_course_and_its_lessons_are_not_found(client, make_course):
    course = make_course("专利保密课程", lessons=1)
    PageViewRestriction.objects.create(page=course, restriction_type=PageViewRestriction.LOGIN)

    result = _search(client, "专利保密课程").context["result"]

    assert result.courses == [] and result.lessons == []
