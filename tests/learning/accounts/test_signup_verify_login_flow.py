"""Sign-up → email verification → log in → log out, through the web as a learner does it."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.urls import reverse

from learning.accounts.models import User, UserKind
from tests.factories import DEFAULT_PASSWORD, UserFactory

pytestmark = pytest.mark.django_db

SIGNUP = {
    "email": "Zhang.Wei@Example.cn",
    "display_name": "张伟",
    "kind": UserKind.STAFF,
    "phone": "138 0013 8000",
    "password1": DEFAULT_PASSWORD,
    "password2": DEFAULT_PASSWORD,
}


def _confirmation_link(message):
    match = re.search(r"https?://[^\s]+/accounts/confirm-email/[^\s/]+/", message.body)
    assert match, f"no confirmation link in: {message.body}"
    return match.group(0).split("://", 1)[1].split("/", 1)[1].join(["/", ""])


def test_sign_up_stores_the_profile_and_sends_a_verification_link_but_does_not_log_in(client):
    response = client.post(reverse("account_signup"), SIGNUP)

    assert response.status_code == 302
    assert response.url == reverse("account_email_verification_sent")
    user = User.objects.get()
    assert user.email == "zhang.wei@example.cn"
    assert (user.display_name, user.kind, user.phone) == ("张伟", UserKind.STAFF, "138 0013 8000")
    assert not user.has_verified_email()
    assert "_auth_user_id" not in client.session
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["zhang.wei@example.cn"]
    assert "/accounts/confirm-email/" in mail.outbox[0].body


def test_an_unverified_learner_cannot_log_in_until_the_address_is_confirmed(client):
    client.post(reverse("account_signup"), SIGNUP)

    response = client.post(reverse("account_login"), {"login": SIGNUP["email"], "password": DEFAULT_PASSWORD})

    assert response.status_code == 302
    assert response.url == reverse("account_email_verification_sent")
    assert "_auth_user_id" not in client.session


def test_full_journey_sign_up_verify_log_in_log_out(client, site, django_capture_on_commit_callbacks):
    client.post(reverse("account_signup"), SIGNUP)
    link = _confirmation_link(mail.outbox[0])

    page = client.get(link)
    assert page.status_code == 200
    assert "zhang.wei@example.cn" in page.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        confirmed = client.post(link)
    assert confirmed.status_code == 302
    user = User.objects.get()
    assert user.has_verified_email()
    welcome = mail.outbox[-1]
    assert welcome.to == ["zhang.wei@example.cn"]
    assert "欢迎" in welcome.subject
    assert user.__class__.objects.get(pk=user.pk).welcome_sent_at is not None

    logged_in = client.post(reverse("account_login"), {"login": "ZHANG.wei@example.cn", "password": DEFAULT_PASSWORD})
    assert logged_in.status_code == 302
    assert int(client.session["_auth_user_id"]) == user.pk
    home = client.get("/")
    assert "张伟" in home.content.decode()

    logged_out = client.post(reverse("account_logout"))
    assert logged_out.status_code == 302
    assert "_auth_user_id" not in client.session


def test_signing_up_twice_with_the_same_address_creates_no_second_account(client):
    UserFactory(email="zhang.wei@example.cn")
    mail.outbox.clear()

    client.post(reverse("account_signup"), SIGNUP)

    assert User.objects.filter(email__iexact="zhang.wei@example.cn").count() == 1


def test_sign_up_without_a_user_kind_names_the_missing_field(client):
    data = {**SIGNUP, "kind": ""}

    response = client.post(reverse("account_signup"), data)

    assert response.status_code == 200
    assert "kind" in response.context["form"].errors
    assert not User.objects.exists()


def test_a_forged_confirmation_link_shows_a_clear_page_and_verifies_nothing(client):
    user = UserFactory(verified=False)

    page = client.get(reverse("account_confirm_email", args=["forged-key"]))
    posted = client.post(reverse("account_confirm_email", args=["forged-key"]))

    assert page.status_code == 200
    assert "链接已过期或无效" in page.content.decode()
    assert posted.status_code == 404
    assert not EmailAddress.objects.get(user=user).verified


def test_an_expired_confirmation_link_shows_a_clear_page_and_verifies_nothing(client, settings):
    user = UserFactory(verified=False)
    from allauth.account.models import EmailConfirmationHMAC

    key = EmailConfirmationHMAC(EmailAddress.objects.get(user=user)).key
    settings.ACCOUNT_EMAIL_CONFIRMATION_EXPIRE_DAYS = -1  # every key is now past its date

    page = client.get(reverse("account_confirm_email", args=[key]))
    posted = client.post(reverse("account_confirm_email", args=[key]))

    assert page.status_code == 200
    assert "链接已过期或无效" in page.content.decode()
    assert posted.status_code == 404
    assert not EmailAddress.objects.get(user=user).verified


def test_an_account_signed_up_in_english_gets_its_emails_in_english(client, settings):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"

    client.post(reverse("account_signup"), SIGNUP)

    assert User.objects.get().language == "en"
    assert User.objects.get().email_language == "en"
