"""Region data loads from the shipped GB/T 2260 file and refreshes from a newer one; institutions of
every type keep their province."""

import io

import pytest
from django.core.management import call_command

from learning.talent import regions
from learning.talent.models import Institution, InstitutionType, Region, RegionLevel

from .factories import InstitutionFactory

pytestmark = pytest.mark.django_db


def test_the_shipped_file_loads_every_province_prefecture_and_county():
    created, updated, retired = regions.load()
    assert created > 3000 and (updated, retired) == (0, 0)
    jiangsu = regions.by_code("320000")
    assert jiangsu.name == "江苏省" and jiangsu.level == RegionLevel.PROVINCE and jiangsu.province == jiangsu
    xuanwu = regions.by_code("320102")
    assert xuanwu.level == RegionLevel.COUNTY
    assert xuanwu.parent.code == "320100" and xuanwu.province.code == "320000"
    assert xuanwu.full_name == "江苏省 南京市 玄武区"
    # A county-level city directly under a province (济源市) hangs from the province.
    assert regions.by_code("419001").parent.code == "410000"
    assert Region.objects.filter(level=RegionLevel.PROVINCE).count() == 34


def test_loading_twice_changes_nothing(region_file):
    regions.load(region_file)
    assert regions.load(region_file) == (0, 0, 0)


def test_a_newer_file_adds_renames_and_retires_codes(region_file, tmp_path):
    regions.load(region_file)
    newer = tmp_path / "newer.csv"
    newer.write_text(
        region_file.read_text(encoding="utf-8")
        .replace("320205,锡山区", "320206,惠山区")
        .replace("330106,西湖区", "330106,西湖新区"),
        encoding="utf-8",
    )
    call_command("load_regions", str(newer), stdout=io.StringIO())
    assert Region.objects.get(code="320206").parent.code == "320200"
    assert Region.objects.get(code="330106").name == "西湖新区"
    assert Region.objects.get(code="320205").is_current is False


def test_a_malformed_file_is_refused_with_the_line(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("code,name\n32010X,南京\n", encoding="utf-8")
    with pytest.raises(regions.RegionFileError, match="line"):
        regions.load(bad)


@pytest.mark.parametrize("kind", list(InstitutionType))
def test_each_institution_type_is_stored_with_its_region_and_province(loaded_regions, kind):
    institution = InstitutionFactory(type=kind, region=loaded_regions["320102"], batch="第三批", designation_year=2023)
    institution.refresh_from_db()
    assert institution.get_type_display() == kind.label
    assert institution.province.code == "320000"


def test_an_institution_cannot_be_its_own_ancestor(loaded_regions):
    from django.core.exceptions import ValidationError

    parent = InstitutionFactory(region=loaded_regions["320100"])
    child = InstitutionFactory(region=loaded_regions["320100"], parent=parent)
    parent.parent = child
    with pytest.raises(ValidationError):
        parent.full_clean()
    assert Institution.objects.count() == 2


def test_an_institution_with_people_is_not_deleted_and_the_administrator_is_told(client, network):
    from django.urls import reverse

    institution = network.institutions["wx_tisc"]
    client.force_login(network.users["national"])
    response = client.post(reverse("talent_institutions:delete", args=[institution.pk]), follow=True)
    assert response.status_code == 200
    assert Institution.objects.filter(pk=institution.pk).exists()
    assert response.redirect_chain[-1][0] == reverse("talent_institutions:index")
    assert [m.level_tag for m in response.context["messages"]] == ["error"]
