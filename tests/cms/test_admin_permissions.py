"""Editors work in the Wagtail admin (in Chinese); the Django admin is for superusers only."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor():
    user = UserFactory(email="editor@example.cn")
    user.groups.add(Group.objects.get(name="Editors"))
    return user


def test_an_editor_reaches_the_wagtail_admin_in_simplified_chinese(client, site, editor):
    client.force_login(editor)

    response = client.get("/admin/")

    assert response.status_code == 200
    html = response.content.decode()
    assert 'lang="zh-hans"' in html
    assert "控制面板" in html  # "Dashboard"


def test_an_editor_is_kept_out_of_the_django_admin(client, editor):
    editor.is_staff = True  # even with the staff flag
    editor.save()
    client.force_login(editor)

    response = client.get("/django-admin/")

    assert response.status_code == 302
    assert response.url.startswith("/django-admin/login/")


def test_a_superuser_reaches_the_django_admin_and_the_user_list(client):
    admin = UserFactory(is_superuser=True, is_staff=True)
    client.force_login(admin)

    assert client.get("/django-admin/").status_code == 200
    assert client.get(reverse("admin:accounts_user_changelist")).status_code == 200


def test_a_learner_is_refused_the_wagtail_admin(client, site):
    client.force_login(UserFactory())

    response = client.get("/admin/")

    assert response.status_code == 302
    assert "/admin/login/" in response.url


def test_an_administrator_creates_a_user_in_wagtail_with_a_display_name_and_kind(client, site):
    client.force_login(UserFactory(is_superuser=True))

    form = client.get(reverse("wagtailusers_users:add"))
    assert form.status_code == 200
    assert 'name="display_name"' in form.content.decode()
    response = client.post(
        reverse("wagtailusers_users:add"),
        {
            "email": "new.editor@example.cn",
            "display_name": "新编辑",
            "kind": "staff",
            "phone": "",
            "password1": "a-long-enough-pass-77",
            "password2": "a-long-enough-pass-77",
            "groups": [Group.objects.get(name="Editors").pk],
        },
    )

    assert response.status_code == 302, response.content.decode()[:2000]
    from learning.accounts.models import User

    created = User.objects.get(email="new.editor@example.cn")
    assert created.display_name == "新编辑"
    assert created.groups.filter(name="Editors").exists()


def test_site_settings_are_editable_in_wagtail(client, site):
    client.force_login(UserFactory(is_superuser=True))

    response = client.get("/admin/settings/cms/sitesettings/")

    assert response.status_code in (200, 302)
    if response.status_code == 302:
        response = client.get(response.url)
    assert "ICP" in response.content.decode()
