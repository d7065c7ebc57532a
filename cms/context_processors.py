from django.utils import translation
from wagtail.models import Site

from .models import SiteSettings


def site(request):
    """Header and footer data for every page, Wagtail's or not: localised site name, footer and
    filing numbers, and the main navigation (live, public top-level pages marked "show in menus")."""
    wagtail_site = Site.find_for_request(request)
    if wagtail_site is None:
        return {}
    settings = SiteSettings.for_site(wagtail_site)
    language = translation.get_language()
    root = wagtail_site.root_page
    nav_pages = root.get_children().live().public().in_menu().only("id", "title", "url_path", "locale_id")
    return {
        "site_settings": settings,
        "site_name": settings.localised("site_name", language),
        "site_footer_text": settings.localised("footer_text", language),
        "site_root": root,
        "nav_pages": nav_pages,
    }
