"""The SME knowledge hub: public without an account, grouped by questions, a constant number of
queries whatever editors put on it, cached for anonymous visitors and never for signed-in ones."""

import json

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.blocks import StreamBlockValidationError

from cms.models import HomePage
from courses import public_cache
from courses.models import SmeFaqPage, SmeHubPage
from learning.accounts.models import UserKind
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def _sections(groups):
    return json.dumps(
        [
            {"type": "question_group", "value": {"question": q, "explanation": "", "modules": [c.pk for c in courses]}}
            for q, courses in groups
        ],
        ensure_ascii=False,
    )


@pytest.fixture
def make_hub(site):
    def make(groups):
        hub = SmeHubPage.objects.first()
        if hub is None:
            hub = SmeHubPage(title="中小企业知识产权服务", slug="sme", intro="企业最常问的问题。", show_in_menus=True)
            HomePage.objects.get().add_child(instance=hub)
        hub.sections = _sections(groups)
        hub.save_revision().publish()
        return SmeHubPage.objects.get(pk=hub.pk)

    return make


def _queries(client, url):
    cache.clear()
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


def test_an_anonymous_visitor_reads_the_hub_grouped_by_question_and_only_public_modules_show(
    client, make_hub, make_course
):
    search = make_course("我的点子有人申请了吗", audience="sme", lessons=2)
    trademark = make_course("如何注册商标", audience="sme")
    staff_only = make_course("TISC服务规范", access="staff")
    hub = make_hub([("怎样查专利？", [search, staff_only]), ("怎样注册商标？", [trademark])])

    response = client.get(hub.url)

    html = response.content.decode()
    assert response.status_code == 200
    first, second = html.index('id="q1-heading"'), html.index('id="q2-heading"')
    assert first < html.index("我的点子有人申请了吗") < second < html.index("如何注册商标")
    assert "如何注册商标" in html
    assert "TISC服务规范" not in html, "a staff course never appears on the public hub"
    assert "30 分钟" in html or "30 minutes" in html, "reading time of the two lessons (10 + 20 minutes)"
    assert 'href="/sme/"' in client.get("/").content.decode(), "the hub is in the main navigation"


def test_the_hub_costs_the_same_number_of_queries_with_two_modules_or_twenty(
    client, make_hub, make_course, django_assert_max_num_queries
):
    few = [make_course(f"模块{n}", audience="sme") for n in range(2)]
    hub = make_hub([("问题一", few)])
    small = _queries(client, hub.url)

    many = [make_course(f"更多模块{n}", audience="sme", lessons=3) for n in range(20)]
    hub = make_hub([(f"问题{n}", many[n * 4 : n * 4 + 4]) for n in range(5)] + [("问题一", few)])
    for n in range(3):
        hub.add_child(instance=SmeFaqPage(title=f"常见问题{n}", slug=f"faq-{n}", answer="<p>可以。</p>"))
    large = _queries(client, hub.url)
    cache.clear()
    with django_assert_max_num_queries(small):
        html = client.get(hub.url).content.decode()

    assert large == small
    assert "更多模块19" in html and "常见问题2" in html


def test_anonymous_pages_are_cacheable_and_served_from_the_cache(client, make_hub, make_course):
    hub = make_hub([("问题", [make_course("模块", audience="sme")])])

    first = client.get(hub.url)
    with CaptureQueriesContext(connection) as captured:
        second = client.get(hub.url)

    assert "public" in first["Cache-Control"] and "max-age=300" in first["Cache-Control"]
    assert "Cookie" in first["Vary"]
    assert not first.cookies, "no CSRF or session cookie: the page is the same for every anonymous visitor"
    assert (first["X-Page-Cache"], second["X-Page-Cache"]) == ("miss", "hit")
    assert second.content == first.content
    assert len(captured) <= 6, "a cached page needs only Wagtail's routing queries (site, page, restrictions)"


def test_signed_in_pages_are_never_cached_and_never_leak_to_anonymous_visitors(client, make_hub, make_course):
    hub = make_hub([("问题", [make_course("模块", audience="sme")])])
    user = UserFactory(kind=UserKind.SME, display_name="企业用户王五")
    client.force_login(user)

    signed_in = client.get(hub.url)
    client.logout()
    anonymous = client.get(hub.url)

    assert "private" in signed_in["Cache-Control"] and "no-store" in signed_in["Cache-Control"]
    assert "X-Page-Cache" not in signed_in
    assert "王五" in signed_in.content.decode()
    assert "王五" not in anonymous.content.decode()
    assert anonymous["X-Page-Cache"] == "miss", "the signed-in page was not stored"


def test_unknown_query_parameters_are_rendered_but_not_stored(client, make_hub, make_course):
    hub = make_hub([("问题", [make_course("模块", audience="sme")])])

    response = client.get(hub.url, {"utm": "x"})

    assert response.status_code == 200 and "X-Page-Cache" not in response
    assert "private" in response["Cache-Control"]


def test_publishing_a_change_shows_at_once_to_anonymous_visitors(client, make_hub, make_course):
    module = make_course("旧标题", audience="sme")
    hub = make_hub([("问题", [module])])
    assert "旧标题" in client.get(hub.url).content.decode()

    module.title = "新标题"
    module.save_revision().publish()

    assert "新标题" in client.get(hub.url).content.decode()


def test_a_page_with_a_form_token_is_not_stored(rf, make_hub):
    from django.http import HttpResponse
    from django.middleware.csrf import get_token

    hub = make_hub([])
    request = rf.get(hub.url)
    request.user = type("Anonymous", (), {"is_authenticated": False})()
    request.COOKIES = {}

    def render():
        return HttpResponse(f"<form>{get_token(request)}</form>")

    response = public_cache.serve(hub, request, render)

    assert "private" in response["Cache-Control"]
    assert public_cache.serve(hub, request, lambda: HttpResponse("other")).content == b"other"


def test_the_hub_refuses_a_module_that_is_not_public(make_course):
    block = SmeHubPage._meta.get_field("sections").stream_block
    closed = make_course("内部课程", access="registered")
    value = block.to_python(json.loads(_sections([("问题", [closed])])))

    with pytest.raises(StreamBlockValidationError) as error:
        block.clean(value)

    assert "内部课程" in str(error.value.as_json_data())


def test_anonymous_visitors_switch_language_without_a_token_signed_in_users_need_one(site):
    from django.conf import settings
    from django.test import Client

    client = Client(enforce_csrf_checks=True)

    anonymous = client.post("/i18n/setlang/", {"language": "en", "next": "/sme/"})
    client.force_login(UserFactory(kind=UserKind.SME))
    signed_in = client.post("/i18n/setlang/", {"language": "en", "next": "/sme/"})

    assert anonymous.status_code == 302 and anonymous.cookies[settings.LANGUAGE_COOKIE_NAME].value == "en"
    assert signed_in.status_code == 403, "a signed-in user's switch changes the account: it needs the token"
