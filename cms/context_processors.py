from django.conf import settings
from django.contrib.auth.models import Permission
from django.core.cache import cache
from django.db.models import Q
from django.http.request import split_domain_port
from django.utils import translation
from wagtail.models import Site

from .cache import CONTENT_GENERATION_KEY, PERMISSIONS_GENERATION_KEY, generation
from .models import SiteSettings

SHELL_TIMEOUT = 600  # seconds; the generations make changes show at once, this only bounds memory
FOOTER_FIELDS = ("organisation", "contact_email", "contact_phone", "address", "icp_number", "public_security_number")


def site(request):
    """Header and footer data for every page, Wagtail's or not: localised site name, footer and
    filing numbers, the main navigation (live, public top-level pages marked "show in menus") and
    whether to offer the administration link.

    Built once per host, port and language and kept in the cache under the site's content
    generation (``cms.cache``: any publish, move, deletion, privacy or settings change starts a new
    one), and the administration link per user under the permissions generation; one cache call
    per request instead of six queries."""
    hostname = split_domain_port(request._get_raw_host())[0]
    language = translation.get_language() or settings.LANGUAGE_CODE
    shell_key = f"site-shell:{hostname}:{request.get_port()}:{language}"
    user = getattr(request, "user", None)
    signed_in = user is not None and user.is_authenticated
    admin_key = f"admin-link:{user.pk}" if signed_in else None
    keys = [CONTENT_GENERATION_KEY, shell_key] + ([PERMISSIONS_GENERATION_KEY, admin_key] if signed_in else [])
    found = cache.get_many(keys)

    content = found.get(CONTENT_GENERATION_KEY) or generation(CONTENT_GENERATION_KEY)
    stored = found.get(shell_key)
    if stored is not None and stored[0] == content:
        context = dict(stored[1])
    else:
        context = _shell(request, language)
        cache.set(shell_key, (content, context), SHELL_TIMEOUT)
    if signed_in:
        context["show_admin_link"] = user.is_superuser or _admin_link(user, admin_key, found)
    return context


def _shell(request, language):
    wagtail_site = Site.find_for_request(request)
    if wagtail_site is None:
        return {}
    site_settings = SiteSettings.for_site(wagtail_site)
    nav_pages = (
        wagtail_site.root_page.get_children()
        .live()
        .public()
        .in_menu()
        .only("id", "title", "url_path", "locale_id", "depth", "path")
    )
    return {
        "site_settings": {name: getattr(site_settings, name) for name in FOOTER_FIELDS},
        "site_name": site_settings.localised("site_name", language),
        "site_footer_text": site_settings.localised("footer_text", language),
        "nav_pages": [{"id": page.id, "title": page.title, "url": page.get_url(request)} for page in nav_pages],
    }


def _admin_link(user, key, found):
    """Whether ``user`` may open the Wagtail admin (one query when not cached for the current
    permissions generation)."""
    permissions = found.get(PERMISSIONS_GENERATION_KEY) or generation(PERMISSIONS_GENERATION_KEY)
    stored = found.get(key)
    if stored is not None and stored[0] == permissions:
        return stored[1]
    allowed = user.is_active and (
        Permission.objects.filter(Q(user=user) | Q(group__user=user))
        .filter(content_type__app_label="wagtailadmin", codename="access_admin")
        .exists()
    )
    cache.set(key, (permissions, allowed), SHELL_TIMEOUT)
    return allowed
