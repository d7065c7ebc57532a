"""Catalogue facets, their counts and combinations, sorting and pagination; state lives in the URL."""

from decimal import Decimal

import pytest
from django.core.cache import cache

from courses.catalog import PAGE_SIZE

pytestmark = pytest.mark.django_db


@pytest.fixture
def shelf(make_course, topics):
    return {
        "search": make_course(
            "专利检索入门",
            topics=[topics["patent-search"]],
            level="intro",
            audience="staff",
            hours_professional=Decimal("3.0"),
            delivery_mode="self_paced",
        ),
        "navigation": make_course(
            "专利导航实务",
            topics=[topics["patent-navigation"]],
            level="advanced",
            audience="staff",
            hours_professional=Decimal("12.0"),
            delivery_mode="in_person",
        ),
        "trademark": make_course(
            "商标注册流程",
            topics=[topics["trademark-registration"]],
            level="intro",
            audience="sme",
            hours_professional=Decimal("1.0"),
            hours_general=Decimal("1.0"),
        ),
        "english": make_course(
            "TISC services in practice",
            topics=[topics["patent-search"]],
            level="intermediate",
            audience="all",
            language="en",
            hours_professional=Decimal("6.0"),
            delivery_mode="blended",
        ),
    }


def _titles(response):
    return [course.title for course in response.context["catalog"].courses]


def _counts(response, param):
    facet = next(f for f in response.context["catalog"].facets if f.param == param)
    counts = {}
    for value in facet.values:
        counts[value.value] = value.count
        for child in value.children:
            counts[child.value] = child.count
    return counts


def test_every_published_course_is_listed_with_counts_per_facet_value(client, catalog, shelf):
    response = client.get(catalog.url)

    assert response.context["catalog"].total == 4
    assert _counts(response, "topic") == {
        "patent": 3,
        "patent-search": 2,
        "patent-navigation": 1,
        "trademark": 1,
        "trademark-registration": 1,
    }
    assert _counts(response, "level") == {"intro": 2, "intermediate": 1, "advanced": 1}
    assert _counts(response, "credit") == {"professional": 4, "general": 1}
    assert _counts(response, "hours") == {"lt4": 2, "4to8": 1, "8to16": 1, "gte16": 0}
    assert _counts(response, "language") == {"zh-hans": 3, "en": 1}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("topic=patent", {"专利检索入门", "专利导航实务", "TISC services in practice"}),
        ("topic=patent-search", {"专利检索入门", "TISC services in practice"}),
        ("audience=sme", {"商标注册流程"}),
        ("level=intro", {"专利检索入门", "商标注册流程"}),
        ("delivery=in_person", {"专利导航实务"}),
        ("credit=general", {"商标注册流程"}),
        ("hours=8to16", {"专利导航实务"}),
        ("language=en", {"TISC services in practice"}),
        ("level=intro&level=advanced", {"专利检索入门", "专利导航实务", "商标注册流程"}),
        ("topic=patent&level=intro", {"专利检索入门"}),
        ("topic=patent&hours=lt4&audience=staff", {"专利检索入门"}),
        ("topic=trademark&language=en", set()),
        ("level=not-a-level", {"专利检索入门", "专利导航实务", "商标注册流程", "TISC services in practice"}),
    ],
)
def test_facets_filter_and_combine(client, catalog, shelf, query, expected):
    response = client.get(f"{catalog.url}?{query}")

    assert set(_titles(response)) == expected
    assert response.context["catalog"].total == len(expected)


def test_a_facet_counts_what_the_other_facets_leave(client, catalog, shelf):
    response = client.get(f"{catalog.url}?topic=patent&level=intro")

    assert _counts(response, "level") == {"intro": 1, "intermediate": 1, "advanced": 1}, (
        "level counts ignore the level filter"
    )
    assert _counts(response, "topic")["trademark"] == 1, "topic counts ignore the topic filter"
    assert _counts(response, "language") == {"zh-hans": 1, "en": 0}


def test_a_filtered_list_is_shareable_and_can_drop_one_filter(client, catalog, shelf):
    html = client.get(f"{catalog.url}?topic=patent&level=intro").content.decode()

    assert 'value="patent" checked' in html and 'value="intro" checked' in html
    assert 'href="?topic=patent"' in html, "removing the level filter keeps the topic"


@pytest.mark.parametrize(
    ("sort", "first"),
    [("title", "TISC services in practice"), ("hours", "专利导航实务"), ("newest", "TISC services in practice")],
)
def test_sorting(client, catalog, shelf, sort, first):
    assert _titles(client.get(f"{catalog.url}?sort={sort}"))[0] == first


def test_twenty_courses_a_page_and_a_page_past_the_end_shows_the_last(client, catalog, make_course):
    for n in range(PAGE_SIZE + 5):
        make_course(f"课程{n:02d}", lessons=0)

    first = client.get(f"{catalog.url}?sort=title")
    beyond = client.get(f"{catalog.url}?sort=title&page=99")
    garbage = client.get(f"{catalog.url}?sort=title&page=abc")

    assert len(_titles(first)) == PAGE_SIZE
    assert len(_titles(beyond)) == 5
    assert _titles(garbage) == _titles(first)
    assert 'rel="next"' in first.content.decode()


def test_drafts_are_not_listed(client, catalog, make_course):
    make_course("草稿课程", live=False)

    assert "草稿课程" not in client.get(catalog.url).content.decode()


def test_the_catalogue_needs_a_fixed_number_of_queries(
    client, catalog, make_course, topics, django_assert_max_num_queries
):
    make_course("热身课程", topics=[topics["patent-search"]])
    client.get(f"{catalog.url}?topic=patent&level=intro&q=课程")  # warm caches

    with django_assert_max_num_queries(30) as few:
        client.get(f"{catalog.url}?topic=patent&level=intro&q=课程")
    for n in range(30):
        make_course(f"更多课程{n}", topics=[topics["patent-search"], topics["patent-navigation"]], lessons=0)
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(f"{catalog.url}?topic=patent&level=intro&q=课程")
    assert response.context["catalog"].total == 31


def test_a_course_page_needs_a_fixed_number_of_queries(client, make_course, topics, django_assert_max_num_queries):
    small = make_course("小课程", topics=[topics["patent-search"]], lessons=1)
    big = make_course("大课程", topics=[topics["patent-search"], topics["patent-navigation"]], lessons=12)
    client.get(small.url)

    cache.clear()  # public courses are cached for anonymous visitors: measure rendering, not the cache
    with django_assert_max_num_queries(30) as few:
        client.get(small.url)
    cache.clear()
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(big.url)


def test_every_facet_in_use_at_once(client, catalog, shelf):
    query = "topic=patent&audience=staff&level=intro&delivery=self_paced&language=zh-hans&credit=professional&hours=lt4"

    response = client.get(f"{catalog.url}?{query}")

    assert _titles(response) == ["专利检索入门"]
    assert _counts(response, "level") == {"intro": 1, "intermediate": 0, "advanced": 0}
