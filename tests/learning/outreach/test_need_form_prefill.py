"""The "ask a service centre" box links to the needs form with ?category=…&region=…: the form
preselects them when they are valid, ignores anything else, and needs no JavaScript for it."""

import re

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def _page(client, query):
    response = client.get(reverse("needs:new") + query, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    return response.content.decode()


def _selected(html, name):
    """The values of the selected options of the <select name=…> (as the server rendered it)."""
    select = re.search(rf'<select name="{name}"[^>]*>(.*?)</select>', html, re.S)
    assert select, name
    return re.findall(r'<option value="([^"]*)"[^>]*\bselected\b', select.group(1))


def test_category_and_city_from_the_link_are_preselected_with_their_province(client, network):
    html = _page(client, "?category=trademark&region=320100")
    assert _selected(html, "category") == ["trademark"]
    assert _selected(html, "province") == [str(network.regions["320000"].pk)]
    assert _selected(html, "prefecture") == ["320100"]


def test_a_province_code_selects_the_province_and_leaves_the_city_open(client, network):
    html = _page(client, "?region=330000")
    assert _selected(html, "province") == [str(network.regions["330000"].pk)]
    assert _selected(html, "prefecture") in ([], [""])
    assert _selected(html, "category") in ([], [""])


def test_a_county_code_selects_its_city_and_province(client, network):
    html = _page(client, "?region=320102&category=patent")
    assert _selected(html, "province") == [str(network.regions["320000"].pk)]
    assert _selected(html, "prefecture") == ["320100"]
    assert _selected(html, "category") == ["patent"]


@pytest.mark.parametrize(
    "query",
    [
        "?category=bogus&region=999999",
        "?category=&region=",
        "?region=32010",
        "?region=abcdef",
        "?region=%EF%BC%93%EF%BC%92%EF%BC%90%EF%BC%91%EF%BC%90%EF%BC%90",  # full-width digits
        "?region=320100%00&category=patent%00",
        "?category[]=patent&region[]=320100",
        "?region=" + "1" * 500,
    ],
)
def test_unknown_or_malformed_values_are_ignored_silently(client, network, query):
    html = _page(client, query)
    for name in ("category", "province", "prefecture"):
        assert _selected(html, name) in ([], [""]), (query, name)


def test_a_region_no_longer_current_is_ignored(client, network):
    network.regions["320200"].__class__.objects.filter(code="320200").update(is_current=False)
    html = _page(client, "?region=320200")
    assert _selected(html, "province") in ([], [""]) and _selected(html, "prefecture") in ([], [""])


def test_the_preselected_form_is_sent_like_any_other(client, network):
    """The link's values only preselect: what the visitor sends is what counts (a changed city is kept)."""
    from learning.outreach.models import Need

    from .conftest import solved_challenge

    html = _page(client, "?category=trademark&region=320100")
    assert 'name="challenge"' in html
    response = client.post(
        reverse("needs:new"),
        {
            "category": "trademark",
            "province": network.regions["320000"].pk,
            "prefecture": "320200",
            "title": "商标能否注册",
            "description": "我们想注册一个图形商标，想知道是否可以。",
            "submitter_name": "李四",
            "email": "li@example.cn",
            "consent": "on",
            "answer": "7",
            "challenge": solved_challenge(7),
        },
        REMOTE_ADDR="10.0.0.9",
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert response.status_code == 302
    need = Need.objects.get(submitter_email="li@example.cn")
    assert (need.category, need.region.code) == ("trademark", "320200")
