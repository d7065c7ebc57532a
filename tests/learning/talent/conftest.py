"""A small network in two provinces (江苏, 浙江) with one account per role."""

from types import SimpleNamespace

import pytest

from learning.talent import regions, services
from learning.talent.models import InstitutionType, Region, Role
from tests.factories import UserFactory

from .factories import InstitutionFactory, PersonFactory

REGIONS_CSV = """# a few GB/T 2260 codes for tests
code,name
110000,北京市
110101,东城区
320000,江苏省
320100,南京市
320102,玄武区
320200,无锡市
320205,锡山区
330000,浙江省
330100,杭州市
330106,西湖区
"""


@pytest.fixture
def region_file(tmp_path):
    path = tmp_path / "regions.csv"
    path.write_text(REGIONS_CSV, encoding="utf-8")
    return path


@pytest.fixture
def loaded_regions(db, region_file):
    regions.load(region_file)
    return {r.code: r for r in Region.objects.all()}


@pytest.fixture
def network(loaded_regions):
    return build_network(loaded_regions)


def build_network(r):
    """Six institutions and six people in 江苏 and 浙江, and a user for each role (see the module doc)."""
    js_office = InstitutionFactory(
        name="江苏省知识产权局", type=InstitutionType.PROVINCIAL_ADMINISTRATION, region=r["320000"]
    )
    nj_centre = InstitutionFactory(
        name="中国（南京）知识产权保护中心",
        type=InstitutionType.PROTECTION_CENTRE,
        region=r["320100"],
        parent=js_office,
    )
    nj_node = InstitutionFactory(
        name="玄武区知识产权信息公共服务网点",
        type=InstitutionType.INFORMATION_NODE,
        region=r["320102"],
        parent=nj_centre,
    )
    wx_tisc = InstitutionFactory(name="无锡技术与创新支持中心", type=InstitutionType.TISC, region=r["320200"])
    zj_office = InstitutionFactory(
        name="浙江省知识产权局", type=InstitutionType.PROVINCIAL_ADMINISTRATION, region=r["330000"]
    )
    hz_tisc = InstitutionFactory(
        name="杭州技术与创新支持中心", type=InstitutionType.TISC, region=r["330100"], parent=zj_office
    )
    people = {
        "js_office": PersonFactory(name="江苏甲", institution=js_office),
        "nj_centre": PersonFactory(name="南京乙", institution=nj_centre, is_lecturer=True),
        "nj_node": PersonFactory(name="玄武丙", institution=nj_node),
        "wx_tisc": PersonFactory(name="无锡丁", institution=wx_tisc),
        "zj_office": PersonFactory(name="浙江戊", institution=zj_office),
        "hz_tisc": PersonFactory(name="杭州己", institution=hz_tisc, is_lecturer=True),
    }
    institutions = {
        "js_office": js_office,
        "nj_centre": nj_centre,
        "nj_node": nj_node,
        "wx_tisc": wx_tisc,
        "zj_office": zj_office,
        "hz_tisc": hz_tisc,
    }
    users = {}
    for name, role, kwargs in [
        ("national", Role.NATIONAL_ADMIN, {}),
        ("jiangsu", Role.PROVINCIAL_ADMIN, {"province": r["320000"]}),
        ("zhejiang", Role.PROVINCIAL_ADMIN, {"province": r["330000"]}),
        ("nanjing_centre", Role.INSTITUTION_ADMIN, {"institution": nj_centre}),
        ("lecturer", Role.LECTURER, {}),
        ("editor", Role.CONTENT_EDITOR, {}),
        ("reviewer", Role.REVIEWER, {}),
        ("learner", Role.LEARNER, {}),
    ]:
        user = UserFactory(email=f"{name}@example.cn")
        services.assign_role(user=user, role=role, **kwargs)
        users[name] = user
    visible = {
        "national": set(people),
        "jiangsu": {"js_office", "nj_centre", "nj_node", "wx_tisc"},
        "zhejiang": {"zj_office", "hz_tisc"},
        "nanjing_centre": {"nj_centre", "nj_node"},
        "lecturer": set(),
        "editor": set(),
        "reviewer": set(),
        "learner": set(),
    }
    return SimpleNamespace(regions=r, institutions=institutions, people=people, users=users, visible=visible)
