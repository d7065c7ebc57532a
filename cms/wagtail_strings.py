"""Wagtail admin strings missing from Wagtail's own Simplified Chinese catalogue (new in Wagtail 8),
named here so that ``makemessages`` puts them in ours (LOCALE_PATHS come before any app's catalogue).
A test checks that each is still in Wagtail's own (English) catalogue."""

from django.utils.translation import gettext_noop, ngettext_lazy

OVERRIDDEN = [
    gettext_noop("Search all pages…"),
    gettext_noop("New: %(model_name)s"),
    # The dashboard's link to Wagtail's guide: the guide is in English only, which the Chinese says.
    gettext_noop("Wagtail %(current_version)s editor guide"),
]

# The dashboard's site summary ("168 Pages created in …"): Wagtail's templates use these with
# {% blocktrans count %}, and its Chinese catalogue has no entry for them.
OVERRIDDEN_PLURALS = [
    ngettext_lazy(
        '%(total)s Page <span class="w-sr-only">created in %(site_name)s</span>',
        '%(total)s Pages <span class="w-sr-only">created in %(site_name)s</span>',
    ),
    ngettext_lazy(
        '%(total)s Image <span class="w-sr-only">created in %(site_name)s</span>',
        '%(total)s Images <span class="w-sr-only">created in %(site_name)s</span>',
    ),
    ngettext_lazy(
        '%(total)s Document <span class="w-sr-only">created in %(site_name)s</span>',
        '%(total)s Documents <span class="w-sr-only">created in %(site_name)s</span>',
    ),
]
