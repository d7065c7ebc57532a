"""Account use cases that reach beyond a single object."""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import timezone, translation

from .models import User


def send_welcome_email(*, user_id, language=None):
    """Send the welcome email to a user whose address was just verified.

    Safe to call twice for the same user (a retried task): it sends at most once, recorded by
    ``User.welcome_sent_at``.
    """
    updated = User.objects.filter(pk=user_id, welcome_sent_at__isnull=True).update(welcome_sent_at=timezone.now())
    if not updated:
        return False
    user = User.objects.get(pk=user_id)
    with translation.override(language or settings.LANGUAGE_CODE):
        context = {"user": user, "site_url": settings.WAGTAILADMIN_BASE_URL}
        subject = render_to_string("account/email/welcome_subject.txt", context).strip()
        body = render_to_string("account/email/welcome_message.txt", context)
        html = render_to_string("account/email/welcome_message.html", context)
    message = EmailMultiAlternatives(subject, body, settings.DEFAULT_FROM_EMAIL, [user.email])
    message.attach_alternative(html, "text/html")
    message.send()
    return True
