"""Each public SME module ends with "ask a service centre": the nearest service bodies by region
(prefecture, then province, then national nodes), and a link to the needs form."""

import pytest

from cms.models import HomePage
from courses.models import SmeHubPage
from tests.learning.talent.conftest import build_network, loaded_regions, region_file  # noqa: F401

pytestmark = pytest.mark.django_db


@pytest.fixture
def network(site, loaded_regions):  # noqa: F811
    return build_network(loaded_regions)


@pytest.fixture
def module(make_course):
    return make_course("我的点子是否已经有人申请了专利？", audience="sme", lessons=2)


def _names(html, network):
    return [name for name in (i.name for i in network.institutions.values()) if name in html]


def test_a_visitor_who_chooses_nanjing_sees_its_centres_first_and_no_administration(client, network, module):
    html = client.get(module.url, {"region": "320100"}).content.decode()

    box = html[html.index('id="ask-a-service-centre"') :]
    assert box.index("中国（南京）知识产权保护中心") < box.index("无锡技术与创新支持中心")
    assert "玄武区知识产权信息公共服务网点" in box, "a county's centre counts for its prefecture"
    assert "江苏省知识产权局" not in box and "杭州技术与创新支持中心" not in box
    assert "/needs/new/?region=320100" in box.replace("&amp;", "&")


def test_the_national_nodes_of_the_hub_come_last(client, network, module):
    hub = SmeHubPage(title="中小企业知识产权服务", slug="sme", intro="企业最常问的问题。")
    HomePage.objects.get().add_child(instance=hub)
    hub.national_institutions.set([network.institutions["hz_tisc"]])
    hub.save_revision().publish()

    box = client.get(module.url, {"region": "320100"}).content.decode().split('id="ask-a-service-centre"')[1]

    assert box.index("无锡技术与创新支持中心") < box.index("杭州技术与创新支持中心")


def test_a_member_of_an_enterprise_sees_the_centres_near_it_without_choosing(client, network, module):
    from learning.outreach.models import EnterpriseMembership
    from tests.learning.outreach.factories import EnterpriseFactory

    user = network.users["learner"]
    EnterpriseMembership.objects.create(enterprise=EnterpriseFactory(region=network.regions["330100"]), user=user)
    client.force_login(user)

    box = client.get(module.lessons[-1].url).content.decode().split('id="ask-a-service-centre"')[1]

    assert "杭州技术与创新支持中心" in box and "中国（南京）知识产权保护中心" not in box


def test_only_the_last_lesson_and_public_sme_modules_carry_the_box(client, network, module, make_course):
    staff_course = make_course("TISC服务规范", access="public", audience="staff")

    assert 'id="ask-a-service-centre"' not in client.get(module.lessons[0].url).content.decode()
    assert 'id="ask-a-service-centre"' in client.get(module.url).content.decode()
    assert 'id="ask-a-service-centre"' not in client.get(staff_course.url).content.decode()


def test_the_box_costs_the_same_queries_with_few_or_many_institutions(
    client, network, module, django_assert_max_num_queries
):
    from django.core.cache import cache

    from learning.talent.models import InstitutionType
    from tests.learning.talent.factories import InstitutionFactory

    client.get(module.url, {"region": "320100"})
    cache.clear()
    with django_assert_max_num_queries(60) as few:
        client.get(module.url, {"region": "320100"})
    for n in range(15):
        InstitutionFactory(
            name=f"南京第{n}服务网点", type=InstitutionType.INFORMATION_NODE, region=network.regions["320100"]
        )
    cache.clear()
    with django_assert_max_num_queries(len(few.captured_queries)):
        html = client.get(module.url, {"region": "320100"}).content.decode()
    assert html.count("服务网点</strong>") <= 6 + 1
