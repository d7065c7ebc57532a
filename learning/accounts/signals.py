from allauth.account.signals import email_confirmed, user_signed_up
from django.db import transaction
from django.dispatch import receiver
from django.utils import translation


@receiver(email_confirmed)
def queue_welcome_email(sender, request, email_address, **kwargs):
    """Once a user confirms the address they sign in with, queue the welcome email."""
    from .tasks import send_welcome_email

    user = email_address.user
    if email_address.email.lower() != user.email.lower():
        return
    language = translation.get_language()
    transaction.on_commit(lambda: send_welcome_email.delay(user.pk, language))


@receiver(user_signed_up)
def remember_signup_language(sender, request, user, **kwargs):
    """A new account's emails are written in the language the person signed up in."""
    language = translation.get_language()
    if language and language != user.language:
        user.language = language
        type(user).objects.filter(pk=user.pk).update(language=language)
