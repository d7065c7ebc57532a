"""The security boundary: every scoped URL, walked with every role, for every person and institution
in two provinces. A record outside the viewer's scope answers 404 (or keeps a non-administrator out
altogether) and its name never appears in a list, filter or export."""

import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from learning.talent import scope

pytestmark = pytest.mark.django_db

ROLES = ["national", "jiangsu", "zhejiang", "nanjing_centre", "lecturer", "editor", "reviewer", "learner"]
ADMINS = {"national", "jiangsu", "zhejiang", "nanjing_centre"}
PERSON_URLS = ["talent_people:edit", "talent_people:inspect", "talent_people:delete", "talent_people:history"]
INSTITUTION_URLS = [
    "talent_institutions:edit",
    "talent_institutions:inspect",
    "talent_institutions:delete",
    "talent_institutions:history",
]


def _visible_institutions(network, role):
    return {key for key in network.institutions if key in network.visible[role]}


def _client(client, network, role):
    client.force_login(network.users[role])
    return client


def _refused(response):
    """Not shown: 404 for administrators, or sent away from the admin / forbidden for others."""
    return response.status_code in (302, 403, 404)


@pytest.mark.parametrize("role", ROLES)
def test_each_role_opens_exactly_the_people_in_its_scope_by_id(client, network, role):
    c = _client(client, network, role)
    for key, person in network.people.items():
        for name in PERSON_URLS:
            response = c.get(reverse(name, args=[person.pk]))
            if key in network.visible[role]:
                assert response.status_code == 200, (role, key, name)
            else:
                assert _refused(response), (role, key, name, response.status_code)
                assert person.name not in response.content.decode(), (role, key, name)


@pytest.mark.parametrize("role", ROLES)
def test_each_role_opens_exactly_the_institutions_in_its_scope_by_id(client, network, role):
    c = _client(client, network, role)
    visible = _visible_institutions(network, role)
    for key, institution in network.institutions.items():
        for name in INSTITUTION_URLS:
            response = c.get(reverse(name, args=[institution.pk]))
            if key in visible:
                assert response.status_code == 200, (role, key, name)
            else:
                assert _refused(response), (role, key, name, response.status_code)


@pytest.mark.parametrize("role", ROLES)
def test_out_of_scope_people_cannot_be_changed_or_deleted_by_post(client, network, role):
    c = _client(client, network, role)
    for key, person in network.people.items():
        if key in network.visible[role]:
            continue
        response = c.post(reverse("talent_people:delete", args=[person.pk]))
        assert _refused(response)
        response = c.post(reverse("talent_people:edit", args=[person.pk]), {"name": "改名"})
        assert _refused(response)
        person.refresh_from_db()
        assert person.name != "改名"
    assert sorted(network.people[k].pk for k in network.people) == sorted(
        p.pk for p in type(network.people["js_office"]).objects.all()
    )


@pytest.mark.parametrize("role", ROLES)
def test_lists_search_directory_and_export_show_only_people_in_scope(client, network, role):
    c = _client(client, network, role)
    expected = {network.people[k].name for k in network.visible[role]}
    hidden = {p.name for k, p in network.people.items() if k not in network.visible[role]}
    pages = [
        reverse("talent_people:index"),
        reverse("talent_people:index") + "?q=人",
        reverse("talent_admin:directory"),
        reverse("talent_admin:directory") + "?q=" + "杭州",
        reverse("talent_admin:compliance"),
    ]
    for url in pages:
        response = c.get(url)
        content = response.content.decode()
        if role in ADMINS:
            assert response.status_code == 200, (role, url)
        else:
            assert _refused(response), (role, url)
        for name in hidden:
            assert name not in content, (role, url, name)
    response = c.get(reverse("talent_admin:directory"))
    if role in ADMINS:
        content = response.content.decode()
        assert all(name in content for name in expected)
        export = c.get(reverse("talent_admin:directory_export"))
        sheet = load_workbook(io.BytesIO(export.content)).active
        names = {row[0] for row in sheet.iter_rows(min_row=2, values_only=True)}
        assert names == expected
    else:
        assert _refused(c.get(reverse("talent_admin:directory_export")))


@pytest.mark.parametrize("role", sorted(ADMINS - {"national"}))
def test_filtering_to_an_institution_or_province_out_of_scope_shows_nobody(client, network, role):
    c = _client(client, network, role)
    outside_inst = next(i for k, i in network.institutions.items() if k not in network.visible[role])
    outside_province = network.regions["330000"] if role != "zhejiang" else network.regions["320000"]
    for query in (
        f"institution={outside_inst.pk}",
        f"province={outside_province.pk}",
        "region=330100" if role != "zhejiang" else "region=320100",
    ):
        response = c.get(reverse("talent_admin:directory") + "?" + query)
        assert response.status_code == 200
        content = response.content.decode()
        for key, person in network.people.items():
            if key not in network.visible[role]:
                assert person.name not in content, (role, query)
        export = c.get(reverse("talent_admin:directory_export") + "?" + query)
        if export.status_code == 200:
            sheet = load_workbook(io.BytesIO(export.content)).active
            names = {row[0] for row in sheet.iter_rows(min_row=2, values_only=True)}
            assert not names & {p.name for k, p in network.people.items() if k not in network.visible[role]}


@pytest.mark.parametrize("role", ROLES)
def test_reveal_and_invite_refuse_people_out_of_scope(client, network, role):
    c = _client(client, network, role)
    for key, person in network.people.items():
        if key in network.visible[role]:
            continue
        assert _refused(c.post(reverse("talent_admin:reveal_id", args=[person.pk])))
        assert _refused(c.post(reverse("talent_admin:invite", args=[person.pk])))


def test_guessing_ids_that_do_not_exist_or_are_not_numbers_gives_404(client, network):
    c = _client(client, network, "jiangsu")
    for pk in ["999999", "abc", "1%20OR%201=1"]:
        assert c.get(f"/admin/talent/people/edit/{pk}/").status_code == 404


def test_the_usage_view_is_for_national_administrators_only(client, network):
    person = network.people["nj_centre"]
    assert _client(client, network, "jiangsu").get(reverse("talent_people:usage", args=[person.pk])).status_code == 404
    client.logout()
    assert _client(client, network, "national").get(reverse("talent_people:usage", args=[person.pk])).status_code == 200


def test_edit_form_offers_only_institutions_in_scope(client, network):
    c = _client(client, network, "nanjing_centre")
    content = c.get(reverse("talent_people:edit", args=[network.people["nj_node"].pk])).content.decode()
    assert "玄武区知识产权信息公共服务网点" in content
    assert "浙江省知识产权局" not in content
    assert "无锡技术与创新支持中心" not in content


def test_a_provincial_administrator_cannot_move_a_person_to_another_province(client, network):
    c = _client(client, network, "jiangsu")
    person = network.people["wx_tisc"]
    response = c.post(
        reverse("talent_people:edit", args=[person.pk]),
        {
            "name": person.name,
            "email": person.email,
            "institution": network.institutions["zj_office"].pk,
            "qualifications-TOTAL_FORMS": "0",
            "qualifications-INITIAL_FORMS": "0",
            "qualifications-MIN_NUM_FORMS": "0",
            "qualifications-MAX_NUM_FORMS": "1000",
        },
    )
    assert response.status_code == 200  # the form comes back with an error
    person.refresh_from_db()
    assert person.institution == network.institutions["wx_tisc"]


def test_scope_functions_agree_with_the_matrix(network):
    for role, keys in network.visible.items():
        user = network.users[role]
        assert set(scope.people(user).values_list("pk", flat=True)) == {network.people[k].pk for k in keys}
        assert set(scope.institutions(user).values_list("pk", flat=True)) == {network.institutions[k].pk for k in keys}


def test_an_anonymous_visitor_is_sent_to_the_login_page(client, network):
    response = client.get(reverse("talent_people:edit", args=[network.people["js_office"].pk]))
    assert response.status_code == 302
    assert "login" in response["Location"]


def test_menus_are_shown_by_role(client, network):
    admin_page = _client(client, network, "jiangsu").get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("talent_admin:directory") in admin_page
    assert reverse("talent_roles:index") not in admin_page
    client.logout()
    national_page = _client(client, network, "national").get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("talent_roles:index") in national_page


def test_a_parent_institution_outside_the_scope_is_not_named(client, network):
    c = _client(client, network, "nanjing_centre")
    parent = network.institutions["js_office"].name  # the centre's parent, outside this administrator's reach
    pages = [
        reverse("talent_institutions:index"),
        reverse("talent_institutions:inspect", args=[network.institutions["nj_centre"].pk]),
    ]
    for url in pages:
        response = c.get(url)
        assert response.status_code == 200, url
        assert parent not in response.content.decode(), url
    # The provincial administrator, whose scope holds the parent, still sees its name.
    c = _client(client, network, "jiangsu")
    assert parent in c.get(pages[1]).content.decode()
