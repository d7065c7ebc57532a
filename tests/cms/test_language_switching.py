"""Simplified Chinese by default; English switchable on every page and remembered."""

import pytest
from django.conf import settings
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_pages_are_in_simplified_chinese_by_default_even_for_an_english_browser(client, site):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")

    html = response.content.decode()
    assert '<html lang="zh-CN">' in html
    assert "跳到主要内容" in html and "登录" in html
    assert response["Content-Language"] == "zh-hans"


@pytest.mark.parametrize("path", ["/", "/about/", "/accounts/login/", "/accounts/signup/", "/no-such-page/"])
def test_every_page_offers_the_language_switcher(client, site, path):
    html = client.get(path).content.decode()

    assert f'action="{reverse("set_language")}"' in html
    assert 'value="en"' in html and ">English</button>" in html
    assert 'lang="en"' in html


def test_switching_to_english_translates_the_interface_and_is_remembered(client, site):
    response = client.post(reverse("set_language"), {"language": "en", "next": "/accounts/login/"})

    assert response.status_code == 302
    assert response.url == "/accounts/login/"
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "en"
    page = client.get("/accounts/login/").content.decode()
    assert '<html lang="en">' in page
    assert "Sign in" in page and "Skip to main content" in page
    assert "登录" not in page
    assert ">简体中文</button>" in page, "the switcher now offers the way back"
    assert "IP Talent Academy" in client.get("/").content.decode(), "the English site name from site settings"


def test_switching_back_to_chinese(client, site):
    client.post(reverse("set_language"), {"language": "en", "next": "/"})
    client.post(reverse("set_language"), {"language": "zh-hans", "next": "/"})

    assert "跳到主要内容" in client.get("/").content.decode()


def test_an_unknown_language_in_the_cookie_falls_back_to_chinese(client, site):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "fr"

    assert '<html lang="zh-CN">' in client.get("/").content.decode()


def test_a_signed_in_users_language_choice_is_kept_on_the_account_for_emails(client, site, django_user_model):
    user = django_user_model.objects.create_user(email="lang@example.cn", password="pw-12345678", display_name="王")
    assert user.language == "zh-hans"
    client.force_login(user)

    client.post(reverse("set_language"), {"language": "en", "next": "/"})

    user.refresh_from_db()
    assert user.language == "en" and user.email_language == "en"
    client.post(reverse("set_language"), {"language": "xx", "next": "/"})
    user.refresh_from_db()
    assert user.language == "en", "an unknown language is ignored"
