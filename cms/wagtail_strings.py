"""Wagtail admin strings missing from Wagtail's own Simplified Chinese catalogue (new in Wagtail 8),
named here so that ``makemessages`` puts them in ours (LOCALE_PATHS come before any app's catalogue).
A test checks that Wagtail still uses each of them."""

from django.utils.translation import gettext_noop

OVERRIDDEN = [
    gettext_noop("Search all pages…"),
    gettext_noop("New: %(model_name)s"),
]
