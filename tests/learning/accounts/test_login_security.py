"""Login failures give no hint whether the email exists; allauth's rate limits are on; TOTP works."""

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import (
    SECRET_SESSION_KEY,
    format_hotp_value,
    hotp_value,
    yield_hotp_counters_from_time,
)
from django.urls import reverse

from tests.factories import DEFAULT_PASSWORD, UserFactory

pytestmark = pytest.mark.django_db


def _errors(response):
    return [str(e) for e in response.context["form"].non_field_errors()]


def test_wrong_password_and_unknown_email_get_the_same_message(client):
    UserFactory(email="known@example.cn")

    wrong_password = client.post(reverse("account_login"), {"login": "known@example.cn", "password": "not-it-at-all"})
    unknown_email = client.post(reverse("account_login"), {"login": "nobody@example.cn", "password": "not-it-at-all"})

    assert wrong_password.status_code == unknown_email.status_code == 200
    assert _errors(wrong_password) == _errors(unknown_email)
    assert _errors(wrong_password), "a failed login explains itself"


def test_repeated_login_failures_for_one_address_are_rate_limited(client):
    UserFactory(email="target@example.cn")
    statuses = [
        client.post(reverse("account_login"), {"login": "target@example.cn", "password": f"guess-{i}"}).status_code
        for i in range(7)
    ]

    assert statuses[0] == 200
    assert 429 in statuses or any("too many" in m.lower() or "过多" in m for m in _last_errors(client))


def _last_errors(client):
    response = client.post(reverse("account_login"), {"login": "target@example.cn", "password": "again"})
    if response.status_code == 429:
        return ["too many"]
    return _errors(response)


def test_password_reset_with_a_forged_link_shows_a_clear_page_and_keeps_the_password(client):
    user = UserFactory()

    response = client.get(reverse("account_reset_password_from_key", kwargs={"uidb36": "zz", "key": "forged-token"}))

    assert response.status_code == 200
    assert response.context["token_fail"] is True
    user.refresh_from_db()
    assert user.check_password(DEFAULT_PASSWORD)


def test_a_learner_turns_on_totp_and_then_needs_a_code_to_log_in(client):
    user = UserFactory(email="mfa@example.cn")
    client.force_login(user)
    # allauth asks for the password again before security changes.
    session = client.session
    session.save()
    page = client.get(reverse("mfa_activate_totp"))
    if page.status_code == 302:
        client.post(page.url, {"password": DEFAULT_PASSWORD})
        page = client.get(reverse("mfa_activate_totp"))
    assert page.status_code == 200
    secret = client.session[SECRET_SESSION_KEY]
    code = format_hotp_value(hotp_value(secret, next(yield_hotp_counters_from_time())))

    activated = client.post(reverse("mfa_activate_totp"), {"code": code})

    assert activated.status_code == 302
    assert Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()

    client.logout()
    step_one = client.post(reverse("account_login"), {"login": "mfa@example.cn", "password": DEFAULT_PASSWORD})
    assert step_one.status_code == 302
    assert step_one.url == reverse("mfa_authenticate")
    assert "_auth_user_id" not in client.session
    step_two = client.post(reverse("mfa_authenticate"), {"code": code})
    assert step_two.status_code == 302
    assert int(client.session["_auth_user_id"]) == user.pk
