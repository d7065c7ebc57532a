"""A learner on a phone signs up, confirms the address from the email, logs in and switches to
English, in a real Chromium."""

import re

import pytest
from django.core import mail

from tests.factories import DEFAULT_PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _link_from(message):
    match = re.search(r"https?://\S+/accounts/confirm-email/\S+/", message.body)
    assert match, message.body
    return match.group(0)


def test_sign_up_verify_log_in_and_switch_to_english_on_a_phone(phone, live_server, site, tmp_path):
    page = phone
    page.goto(f"{live_server.url}/")
    assert page.locator("html").get_attribute("lang") == "zh-CN"

    # Sign up (the menu is folded away on a phone).
    page.get_by_role("button", name="菜单").click()
    page.get_by_role("link", name="注册", exact=True).click()
    page.get_by_label("邮箱").fill("chen.jing@example.cn")
    page.get_by_label("姓名").fill("陈静")
    page.get_by_label("公共服务人员").check()
    page.get_by_label("手机号码（选填）").fill("13900139000")
    page.locator("#id_password1").fill(DEFAULT_PASSWORD)
    page.locator("#id_password2").fill(DEFAULT_PASSWORD)
    page.get_by_role("button", name="注册").click()
    page.wait_for_url("**/accounts/confirm-email/")
    page.screenshot(path=tmp_path / "1-verification-sent.png", full_page=True)

    # Follow the link from the email and confirm.
    assert len(mail.outbox) == 1
    page.goto(_link_from(mail.outbox[0]))
    page.get_by_role("button", name="确认").click()
    page.wait_for_url("**/accounts/login/**")

    # Log in.
    page.get_by_label("邮箱").fill("chen.jing@example.cn")
    page.get_by_label("密码").fill(DEFAULT_PASSWORD)
    page.get_by_role("button", name="登录").click()
    page.wait_for_url(f"{live_server.url}/")
    page.get_by_role("button", name="菜单").click()
    assert page.get_by_role("link", name="陈静").is_visible()

    # Switch to English.
    page.get_by_role("button", name="English").click()
    page.wait_for_load_state()
    assert page.locator("html").get_attribute("lang") == "en"
    page.get_by_role("button", name="Menu").click()
    assert page.get_by_role("button", name="Sign out").is_visible()
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 375, f"the page scrolls sideways on a phone ({width}px)"
    screenshot = tmp_path / "2-english-home.png"
    page.screenshot(path=screenshot, full_page=True)
    assert screenshot.stat().st_size > 10_000
    assert any("欢迎" in m.subject for m in mail.outbox), "the welcome email followed the confirmation"
