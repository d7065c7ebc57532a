import pytest

from learning.outreach import services
from learning.outreach.models import NeedCategory, NeedEvent, NeedEventKind
from learning.talent.models import InstitutionStatus

from .conftest import submit
from .factories import RoutingRuleFactory

pytestmark = pytest.mark.django_db


def test_a_prefecture_rule_beats_the_province_rule_and_the_event_says_why(network):
    r, i = network.regions, network.institutions
    RoutingRuleFactory(region=r["320000"], institution=i["wx_tisc"], priority=10)
    RoutingRuleFactory(region=r["320100"], institution=i["nj_node"])
    need = submit(r["320102"])  # a county of 南京: its prefecture's rule applies
    assert need.institution == i["nj_node"]
    routed = NeedEvent.objects.get(need=need, kind=NeedEventKind.ROUTED)
    assert routed.to_institution == i["nj_node"] and "南京市" in routed.note


def test_a_rule_for_the_category_beats_a_rule_for_every_category_then_priority_decides(network):
    r, i = network.regions, network.institutions
    RoutingRuleFactory(region=r["320000"], institution=i["js_office"], priority=50)
    RoutingRuleFactory(region=r["320000"], institution=i["nj_centre"], categories=["trademark"], priority=1)
    RoutingRuleFactory(region=r["320000"], institution=i["wx_tisc"], categories=["trademark"], priority=5)
    assert submit(r["320200"], category=NeedCategory.TRADEMARK).institution == i["wx_tisc"]
    assert submit(r["320200"], category=NeedCategory.PATENT).institution == i["js_office"]


def test_inactive_rules_and_rules_to_suspended_institutions_are_skipped(network):
    r, i = network.regions, network.institutions
    RoutingRuleFactory(region=r["320100"], institution=i["nj_node"], active=False)
    i["wx_tisc"].status = InstitutionStatus.SUSPENDED
    i["wx_tisc"].save()
    RoutingRuleFactory(region=r["320100"], institution=i["wx_tisc"])
    # no usable rule: the protection centre of 南京 (a service institution of the prefecture)
    assert submit(r["320100"]).institution == i["nj_centre"]


def test_without_rules_a_service_institution_of_the_province_then_the_provincial_office(network):
    r, i = network.regions, network.institutions
    assert submit(r["330106"]).institution == i["hz_tisc"]  # 西湖区 → 杭州 TISC (prefecture)
    i["hz_tisc"].status = InstitutionStatus.SUSPENDED
    i["hz_tisc"].save()
    need = submit(r["330106"])
    assert need.institution == i["zj_office"]
    assert "provincial" in NeedEvent.objects.get(need=need, kind=NeedEventKind.ROUTED).note


def test_a_region_nobody_serves_is_left_for_the_national_administrators(network):
    need = submit(network.regions["110101"])
    assert need.institution is None
    assert services.route(need) == (None, NeedEvent.objects.get(need=need, kind=NeedEventKind.ROUTED).note)
