"""django-allauth strings whose shipped Simplified Chinese reads oddly on a Chinese government
platform ("Email地址", "来自…的 Hello!", an English full stop after Chinese text). They are named here
so that ``makemessages`` puts them in our catalogue, and our translations (LOCALE_PATHS come before
any app's catalogue) replace allauth's. Each msgid must stay exactly as allauth writes it: a test
checks that allauth still uses every one of them."""

from django.utils.translation import gettext_noop

OVERRIDDEN = [
    gettext_noop("You cannot activate two-factor authentication until you have verified your email address."),
    gettext_noop("Email Addresses"),
    gettext_noop("The following email addresses are associated with your account:"),
    gettext_noop("Primary"),
    gettext_noop("Re-send Verification"),
    gettext_noop("Add Email Address"),
    gettext_noop("Add Email"),
    gettext_noop("Do you really want to remove the selected email address?"),
    gettext_noop("Email Changed"),
    gettext_noop("Your email has been confirmed."),
    gettext_noop("Email Confirmation"),
    gettext_noop("Please Confirm Your Email Address"),
    gettext_noop("Email address %(deleted_email)s has been removed from your account."),
    gettext_noop("Email Removed"),
    gettext_noop("Email Address"),
    gettext_noop("Current email"),
    gettext_noop("Change Email"),
    gettext_noop("Confirm Email Address"),
    gettext_noop("If you have not created an account yet, then please %(link)ssign up%(end_link)s first."),
    gettext_noop("You cannot remove your primary email address (%(email)s)."),
    gettext_noop("You have confirmed %(email)s."),
    gettext_noop("Removed email address %(email)s."),
    gettext_noop("Primary email address set."),
    gettext_noop("Already have an account? Then please %(link)ssign in%(end_link)s."),
    gettext_noop("Verify Your Email Address"),
]
