"""Password reset and change of email address, end to end through the web."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.urls import reverse

from learning.accounts.models import User
from tests.factories import DEFAULT_PASSWORD, UserFactory

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "a-brand-new-secret-42"


def _path_in(message, marker):
    match = re.search(rf"https?://[^/\s]+(/accounts/{marker}/\S+/)", message.body)
    assert match, message.body
    return match.group(1)


def test_a_learner_resets_a_forgotten_password_from_the_emailed_link(client):
    user = UserFactory(email="forgetful@example.cn")

    client.post(reverse("account_reset_password"), {"email": "forgetful@example.cn"})
    link = _path_in(mail.outbox[-1], "password/reset/key")
    form = client.get(link, follow=True)
    assert form.status_code == 200 and not form.context.get("token_fail")
    done = client.post(form.redirect_chain[-1][0], {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD})

    assert done.status_code == 302
    user.refresh_from_db()
    assert user.check_password(NEW_PASSWORD)
    # The link works once only.
    reused = client.get(link, follow=True)
    assert reused.context["token_fail"] is True


def test_a_reset_request_for_an_unknown_address_looks_the_same_and_changes_nothing(client):
    known = client.post(reverse("account_reset_password"), {"email": "nobody@example.cn"})

    assert known.status_code == 302
    assert known.url == reverse("account_reset_password_done")
    assert not User.objects.exists()


def test_a_learner_changes_email_and_the_new_address_counts_only_once_confirmed(client):
    user = UserFactory(email="old@example.cn")
    client.force_login(user)

    response = client.post(reverse("account_email"), {"action_add": "", "email": "new@example.cn"})

    assert response.status_code == 302
    assert mail.outbox[-1].to == ["new@example.cn"]
    user.refresh_from_db()
    assert user.email == "old@example.cn", "the login stays the old address until the new one is confirmed"

    link = _path_in(mail.outbox[-1], "confirm-email")
    client.post(link)

    user.refresh_from_db()
    assert user.email == "new@example.cn"
    assert user.has_verified_email()
    assert not EmailAddress.objects.filter(email="old@example.cn").exists()
    client.logout()
    assert client.login(username="new@example.cn", password=DEFAULT_PASSWORD)
