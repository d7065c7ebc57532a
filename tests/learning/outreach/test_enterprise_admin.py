"""Enterprises in the Wagtail admin: listed, searched, inspected with their needs and edited, scoped
by region (national administrators all, provincial administrators their province), institution
administrators read-only the enterprises whose needs they hold, nobody else."""

import pytest
from django.urls import reverse

from learning.outreach.models import Enterprise, EnterpriseSize

from .conftest import submit
from .factories import EnterpriseFactory, credit_code

pytestmark = pytest.mark.django_db


@pytest.fixture
def enterprises(network):
    return {
        "nanjing": EnterpriseFactory(name="南京甲科技有限公司", region=network.regions["320100"]),
        "wuxi": EnterpriseFactory(name="无锡乙制造有限公司", region=network.regions["320200"]),
        "hangzhou": EnterpriseFactory(name="杭州丙软件有限公司", region=network.regions["330100"]),
    }


VISIBLE = {
    "national": {"nanjing", "wuxi", "hangzhou"},
    "jiangsu": {"nanjing", "wuxi"},
    "zhejiang": {"hangzhou"},
}


@pytest.mark.parametrize("who", sorted(VISIBLE))
def test_each_administrator_lists_the_enterprises_of_their_region(client, network, enterprises, who):
    client.force_login(network.users[who])
    response = client.get(reverse("outreach_enterprises:index"))
    assert response.status_code == 200
    html = response.content.decode()
    for key, enterprise in enterprises.items():
        assert (enterprise.name in html) == (key in VISIBLE[who]), key


@pytest.mark.parametrize("who", ["learner", "editor"])
def test_people_without_an_administrator_role_get_no_enterprise_admin(client, network, enterprises, who):
    submit(network.regions["320100"], enterprise=enterprises["nanjing"])
    client.force_login(network.users[who])
    response = client.get(reverse("outreach_enterprises:index"))
    assert response.status_code in (302, 403)
    assert enterprises["nanjing"].name not in response.content.decode()


def test_an_institution_administrator_sees_read_only_the_enterprises_whose_needs_it_holds(client, network, enterprises):
    held = submit(network.regions["320100"], enterprise=enterprises["nanjing"], title="南京企业的问题")
    elsewhere = submit(network.regions["330100"], enterprise=enterprises["hangzhou"], title="杭州企业的问题")
    assert held.institution == network.institutions["nj_centre"] != elsewhere.institution
    client.force_login(network.users["nanjing_centre"])
    menu = client.get(reverse("wagtailadmin_home")).content.decode().replace("\\/", "/")
    assert reverse("outreach_enterprises:index") in menu  # the Needs menu offers it

    html = client.get(reverse("outreach_enterprises:index")).content.decode()
    assert enterprises["nanjing"].name in html
    assert enterprises["wuxi"].name not in html  # same province, but no need of theirs is held here
    assert enterprises["hangzhou"].name not in html
    assert reverse("outreach_enterprises:add") not in html
    page = client.get(reverse("outreach_enterprises:inspect", args=[enterprises["nanjing"].pk])).content.decode()
    assert held.reference in page
    assert client.get(reverse("outreach_enterprises:inspect", args=[enterprises["hangzhou"].pk])).status_code == 404
    edit = reverse("outreach_enterprises:edit", args=[enterprises["nanjing"].pk])
    assert client.get(edit).status_code in (302, 403)
    response = client.post(
        edit,
        {"name": "改名", "credit_code": enterprises["nanjing"].credit_code, "region": network.regions["320100"].pk,
         "industry": "C", "size": "large"},
    )  # fmt: skip
    assert response.status_code in (302, 403)
    assert Enterprise.objects.get(pk=enterprises["nanjing"].pk).name == "南京甲科技有限公司"
    assert client.get(reverse("outreach_enterprises:add")).status_code in (302, 403)


def test_another_provinces_enterprise_is_not_found_by_any_url(client, network, enterprises):
    client.force_login(network.users["zhejiang"])
    pk = enterprises["nanjing"].pk
    for name in ("edit", "inspect", "delete"):
        assert client.get(reverse(f"outreach_enterprises:{name}", args=[pk])).status_code == 404, name
    response = client.post(
        reverse("outreach_enterprises:edit", args=[pk]),
        {
            "name": "改名",
            "credit_code": enterprises["nanjing"].credit_code,
            "region": network.regions["330100"].pk,
            "industry": "C",
            "size": "large",
        },
    )
    assert response.status_code == 404
    assert Enterprise.objects.get(pk=pk).name == "南京甲科技有限公司"


def test_search_finds_an_enterprise_by_name_or_credit_code(client, network, enterprises):
    client.force_login(network.users["jiangsu"])
    html = client.get(reverse("outreach_enterprises:index"), {"q": enterprises["wuxi"].credit_code}).content.decode()
    assert enterprises["wuxi"].name in html and enterprises["nanjing"].name not in html
    html = client.get(reverse("outreach_enterprises:index"), {"q": "南京甲"}).content.decode()
    assert enterprises["nanjing"].name in html and enterprises["wuxi"].name not in html


def test_a_provincial_administrator_edits_within_the_province_and_the_credit_code_is_checked(
    client, network, enterprises
):
    client.force_login(network.users["jiangsu"])
    enterprise = enterprises["nanjing"]
    url = reverse("outreach_enterprises:edit", args=[enterprise.pk])
    data = {
        "name": "南京甲科技股份有限公司",
        "credit_code": enterprise.credit_code,
        "region": network.regions["320200"].pk,
        "industry": "C",
        "size": EnterpriseSize.MEDIUM,
    }
    assert client.post(url, data).status_code == 302
    enterprise.refresh_from_db()
    assert (enterprise.name, enterprise.region.code, enterprise.size) == ("南京甲科技股份有限公司", "320200", "medium")
    # a region of another province is not among the choices
    response = client.post(url, {**data, "name": "外省", "region": network.regions["330100"].pk})
    assert response.status_code == 200 and Enterprise.objects.get(pk=enterprise.pk).name != "外省"
    # a wrong check character is refused
    wrong = credit_code(424242)[:-1] + ("0" if credit_code(424242)[-1] != "0" else "1")
    response = client.post(url, {**data, "name": "错码", "credit_code": wrong})
    assert response.status_code == 200 and Enterprise.objects.get(pk=enterprise.pk).name != "错码"
    # a code registered by another enterprise is refused
    response = client.post(url, {**data, "name": "重复", "credit_code": enterprises["wuxi"].credit_code})
    assert response.status_code == 200 and Enterprise.objects.get(pk=enterprise.pk).name != "重复"


def test_deleting_an_enterprise_is_for_national_administrators(client, network, enterprises):
    client.force_login(network.users["jiangsu"])
    pk = enterprises["wuxi"].pk
    client.post(reverse("outreach_enterprises:delete", args=[pk]))
    assert Enterprise.objects.filter(pk=pk).exists()
    client.force_login(network.users["national"])
    client.post(reverse("outreach_enterprises:delete", args=[pk]))
    assert not Enterprise.objects.filter(pk=pk).exists()


def test_the_enterprise_page_shows_its_needs_within_the_viewers_reach(client, network, enterprises):
    enterprise = enterprises["nanjing"]
    near = submit(network.regions["320100"], enterprise=enterprise, title="南京企业的问题")
    far = submit(network.regions["330100"], enterprise=enterprise, title="杭州分部的问题")
    assert near.institution == network.institutions["nj_centre"] and far.institution == network.institutions["hz_tisc"]
    client.force_login(network.users["jiangsu"])
    html = client.get(reverse("outreach_enterprises:inspect", args=[enterprise.pk])).content.decode()
    assert near.reference in html and far.reference not in html
    assert reverse("needs_admin:record") + f"?enterprise={enterprise.pk}" in html
    client.force_login(network.users["national"])
    html = client.get(reverse("outreach_enterprises:inspect", args=[enterprise.pk])).content.decode()
    assert near.reference in html and far.reference in html
    # the index counts the needs each viewer may see
    client.force_login(network.users["jiangsu"])
    html = client.get(reverse("outreach_enterprises:index")).content.decode()
    assert enterprise.name in html


def test_the_record_form_is_prefilled_from_the_enterprise_page(client, network, enterprises):
    client.force_login(network.users["jiangsu"])
    enterprise = enterprises["wuxi"]
    html = client.get(reverse("needs_admin:record"), {"enterprise": enterprise.pk}).content.decode()
    assert f'value="{enterprise.credit_code}"' in html
    other = enterprises["hangzhou"]
    html = client.get(reverse("needs_admin:record"), {"enterprise": other.pk}).content.decode()
    assert other.credit_code not in html


def test_the_enterprise_list_keeps_its_query_count_as_enterprises_grow(
    client, network, enterprises, django_assert_max_num_queries
):
    client.force_login(network.users["jiangsu"])
    url = reverse("outreach_enterprises:index")
    client.get(url)
    with django_assert_max_num_queries(30) as few:
        assert client.get(url).status_code == 200
    for n in range(25):
        enterprise = EnterpriseFactory(name=f"南京扩展{n}", region=network.regions["320100"])
        submit(network.regions["320100"], enterprise=enterprise, email=f"x{n}@example.cn")
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert client.get(url).status_code == 200
