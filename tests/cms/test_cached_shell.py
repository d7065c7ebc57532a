"""The site header and footer are built once and kept in the cache (cms/context_processors.py):
every change an editor or administrator makes still shows on the next request, and a signed-in page
view asks the database nothing for them."""

import pytest
from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction, Site

from cms.models import ContentPage, HomePage, SiteSettings
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def _nav(client):
    html = client.get("/").content.decode()
    return html.split('<nav class="main-nav"', 1)[1].split("</nav>", 1)[0]


def test_the_navigation_follows_publishing_unpublishing_moving_privacy_and_deletion(client, site):
    home = HomePage.objects.get()
    assert "关于平台" in _nav(client)  # now cached

    page = ContentPage(title="政策解读", slug="policy", show_in_menus=True, live=False)
    home.add_child(instance=page)
    assert "政策解读" not in _nav(client)
    page.save_revision().publish()
    assert "政策解读" in _nav(client), "a publish shows at once"

    page.title = "政策解读专栏"
    page.save_revision().publish()
    assert "政策解读专栏" in _nav(client), "a renamed page shows its new title"

    restriction = PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    assert "政策解读" not in _nav(client), "a page made private leaves the public navigation"
    restriction.delete()
    assert "政策解读专栏" in _nav(client)

    about = Page.objects.get(slug="about")
    about.move(page, pos="last-child")
    assert ">关于平台<" not in _nav(client), "a page moved below the top level leaves the navigation"

    page.specific.unpublish()
    assert "政策解读" not in _nav(client)

    network = Page.objects.get(slug="service-network")
    network.delete()
    assert "服务网络" not in _nav(client), "a deleted page leaves the navigation"


def test_site_settings_and_the_site_record_show_at_once(client, site):
    client.get("/")
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.organisation = "国家知识产权局知识产权出版社"
    site_settings.footer_text = "面向全国知识产权公共服务机构的培训平台。"
    site_settings.save()

    html = client.get("/").content.decode()
    assert "国家知识产权局知识产权出版社" in html and "面向全国知识产权公共服务机构的培训平台。" in html


def test_the_header_is_localised_per_language(client, site):
    client.get("/")
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    html = client.get("/").content.decode()
    assert '<span class="brand__name">IP Talent Academy</span>' in html


def test_the_administration_link_follows_group_membership(client, site):
    user = UserFactory()
    client.force_login(user)
    assert "/admin/" not in client.get("/").content.decode()

    editors = Group.objects.create(name="测试编辑")
    editors.permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    user.groups.add(editors)
    assert 'href="/admin/"' in client.get("/").content.decode(), "joining a group with admin access shows at once"

    user.groups.remove(editors)
    assert 'href="/admin/"' not in client.get("/").content.decode(), "leaving it hides the link at once"

    user.groups.add(editors)
    client.get("/")
    editors.permissions.clear()
    assert 'href="/admin/"' not in client.get("/").content.decode(), "a group losing the permission counts too"


def test_a_signed_in_page_view_reads_no_site_settings_navigation_or_permissions(client, site):
    client.force_login(UserFactory())
    client.get("/exams/")

    with CaptureQueriesContext(connection) as queries:
        response = client.get("/exams/")

    assert response.status_code == 200
    shell_tables = ("wagtailcore_site", "cms_sitesettings", "wagtailcore_pageviewrestriction", "auth_permission")
    asked = [q["sql"] for q in queries.captured_queries if any(table in q["sql"] for table in shell_tables)]
    assert asked == []
