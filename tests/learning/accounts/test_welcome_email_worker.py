"""The welcome email after verification runs as a Celery task; here on a real worker and Redis."""

import pytest
from allauth.account.models import EmailAddress, EmailConfirmationHMAC
from django.core import mail
from django.urls import reverse

from learning.accounts import services
from tests.factories import UserFactory
from tests.services import REDIS_URL, celery_broker, worker_draining


def _welcome_messages(address):
    return [m for m in mail.outbox if m.to == [address] and "欢迎" in m.subject]


@pytest.mark.django_db
def test_the_welcome_email_is_sent_once_even_when_the_task_runs_twice():
    user = UserFactory(email="twice@example.cn")

    assert services.send_welcome_email(user_id=user.pk) is True
    assert services.send_welcome_email(user_id=user.pk) is False

    assert len(_welcome_messages("twice@example.cn")) == 1


@pytest.mark.django_db
def test_the_welcome_email_speaks_the_language_the_learner_used(client):
    user = UserFactory(email="english@example.cn")

    services.send_welcome_email(user_id=user.pk, language="en")

    message = mail.outbox[-1]
    assert message.subject == "Welcome to the IP Talent Academy"
    assert "Your email address is confirmed" in message.body


@pytest.mark.redis
@pytest.mark.django_db(transaction=True)
def test_a_real_worker_on_redis_sends_the_welcome_email_after_the_address_is_confirmed(client):
    user = UserFactory(email="worker@example.cn", verified=False)
    key = EmailConfirmationHMAC(EmailAddress.objects.get(user=user)).key
    with celery_broker(REDIS_URL) as app:
        response = client.post(reverse("account_confirm_email", args=[key]))
        assert response.status_code == 302
        with worker_draining(app) as finished:
            pass

    assert ("learning.accounts.tasks.send_welcome_email", "SUCCESS") in finished
    assert len(_welcome_messages("worker@example.cn")) == 1, [(m.to, m.subject) for m in mail.outbox]
    user.refresh_from_db()
    assert user.welcome_sent_at is not None
