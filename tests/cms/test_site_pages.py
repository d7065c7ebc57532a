"""The public site shell: home and content pages, navigation, footer filing number, error pages,
robots.txt and sitemap.xml."""

import io

import pytest
from django.core.management import call_command
from django.test import override_settings
from wagtail.models import Page, Site

from cms.models import ContentPage, HomePage, SiteSettings

pytestmark = pytest.mark.django_db


def test_the_home_page_shows_the_hero_featured_blocks_and_navigation(client, site):
    response = client.get("/")

    html = response.content.decode()
    assert response.status_code == 200
    assert "知识产权公共服务人才培训平台" in html
    assert "为谁服务" in html and "职称考试考生" in html
    for title in ["关于平台", "服务网络", "职称考试"]:
        assert f">{title}</a>" in html, f"{title} missing from the main navigation"


def test_the_footer_shows_the_icp_filing_number_linked_to_the_miit_register(client, site):
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.icp_number = "京ICP备12345678号-1"
    settings.public_security_number = "京公网安备11010802012345号"
    settings.save()

    html = client.get("/about/").content.decode()

    assert '<a href="https://beian.miit.gov.cn/" rel="noopener" target="_blank">京ICP备12345678号-1</a>' in html
    assert "京公网安备11010802012345号" in html


def test_a_content_page_renders_its_stream_blocks_and_breadcrumb(client, site):
    html = client.get("/about/").content.decode()

    assert "<h1>关于平台</h1>" in html
    assert "callout--legal" in html and "指导意见第十六条" in html
    assert 'aria-current="page">关于平台' in html


def test_a_page_hidden_from_menus_or_unpublished_stays_out_of_the_navigation(client, site):
    home = HomePage.objects.get()
    draft = ContentPage(title="草稿页面", slug="draft", show_in_menus=True, live=False)
    home.add_child(instance=draft)
    hidden = ContentPage(title="隐藏页面", slug="hidden", show_in_menus=False)
    home.add_child(instance=hidden)

    html = client.get("/").content.decode()

    assert "草稿页面" not in html and "隐藏页面" not in html


def test_an_unknown_address_gets_the_styled_404_page(client, site):
    response = client.get("/no-such-page/")

    assert response.status_code == 404
    html = response.content.decode()
    assert "页面不存在" in html and "返回首页" in html
    assert "京ICP备" in html, "the 404 page keeps the site's header and footer"


@override_settings(DEBUG=False)
def test_a_server_error_gets_the_standalone_500_page(client, site, monkeypatch):
    def explode(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(HomePage, "serve", explode)
    client.raise_request_exception = False

    response = client.get("/")

    assert response.status_code == 500
    assert "服务器出现了问题" in response.content.decode()


def test_robots_txt_hides_admin_and_account_pages_and_names_the_sitemap(client, site):
    response = client.get("/robots.txt")

    body = response.content.decode()
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    assert "Disallow: /admin/" in body and "Disallow: /accounts/" in body
    assert "Sitemap: http://testserver/sitemap.xml" in body


def test_the_sitemap_lists_every_live_public_page(client, site):
    response = client.get("/sitemap.xml")

    body = response.content.decode()
    assert response.status_code == 200
    for page in Page.objects.live().public().filter(depth__gt=1):
        assert page.specific.full_url in body


def test_seed_demo_can_run_twice_without_changing_anything(db):
    call_command("seed_demo", stdout=io.StringIO())
    before = (Page.objects.count(), list(Page.objects.values_list("latest_revision_id", flat=True).order_by("id")))
    from learning.accounts.models import User

    users_before = list(User.objects.values_list("email", "password").order_by("email"))

    call_command("seed_demo", stdout=io.StringIO())

    after = (Page.objects.count(), list(Page.objects.values_list("latest_revision_id", flat=True).order_by("id")))
    assert before == after
    assert users_before == list(User.objects.values_list("email", "password").order_by("email"))
    from learning.enrolment.demo import CLASSMATES
    from learning.outreach.demo import SME_ACCOUNT
    from learning.talent.demo import ROLE_ACCOUNTS as TALENT_ACCOUNTS

    talent_accounts = {email for email, *_ in TALENT_ACCOUNTS}
    classmates = {email for email, _ in CLASSMATES}
    expected = (
        {"admin@example.cn", "editor@example.cn", "learner@example.cn", SME_ACCOUNT} | talent_accounts | classmates
    )
    assert {u[0] for u in users_before} == expected

    # needs that came by the hotline, on site or at an event were entered by staff who may hold them
    from learning.outreach.models import Need, NeedSource
    from learning.talent import scope

    recorded = list(Need.objects.exclude(source=NeedSource.WEB).select_related("recorded_by", "institution", "region"))
    assert recorded and all(
        n.recorded_by and scope.may_hold_need(n.recorded_by, n.institution, n.region) for n in recorded
    )
    hotline = [n for n in recorded if n.source == NeedSource.HOTLINE]
    assert hotline and all(n.submitter_phone and n.phone_verified_by == n.recorded_by for n in hotline)
    assert not Need.objects.filter(source=NeedSource.WEB, recorded_by__isnull=False).exists()


def test_the_home_page_needs_a_fixed_number_of_queries(client, site, django_assert_max_num_queries):
    home = HomePage.objects.get()
    for n in range(10):
        home.add_child(instance=ContentPage(title=f"栏目{n}", slug=f"section-{n}", show_in_menus=True))
    client.get("/")  # warm Wagtail's site-root cache

    with django_assert_max_num_queries(12):
        response = client.get("/")
    assert "栏目9" in response.content.decode()
