"""Serving public pages (the SME hub, its FAQ and public modules) from cache to anonymous visitors.

A page rendered for an anonymous visitor whose request carries no session and no pending message is
kept in the Django cache (Redis in production) and marked ``Cache-Control: public, max-age=…`` with
``Vary: Cookie`` so that a proxy or the browser may keep it too. Nothing else is cached:

- a signed-in visitor (or one with a session or a pending message) always gets a freshly rendered
  page marked ``private, no-cache, no-store``;
- a page whose rendering asked for a CSRF token (it carries a form, e.g. a self-check) or set a
  cookie is not stored and is marked private, because the token belongs to one visitor;
- only the query parameters a page declares (``region`` for the service-centre chooser) take part
  in the key; a request with any other parameter is rendered and not stored, so junk query strings
  cannot fill the cache.

Every publish, unpublish, move or deletion of a page, a change of a page's privacy and a change of
the site settings bump the site's content generation (``cms.cache``), which is part of the key, so a
change in the admin shows at once; institutions edited in the talent admin show within
``PUBLIC_PAGE_CACHE_SECONDS``.
"""

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils import translation
from django.utils.cache import add_never_cache_headers, patch_cache_control, patch_vary_headers

from cms.cache import CONTENT_GENERATION_KEY, generation

PRIVATE_COOKIES = ("sessionid", "messages")


def max_age():
    return getattr(settings, "PUBLIC_PAGE_CACHE_SECONDS", 300)


def _private_cookie_names():
    return {settings.SESSION_COOKIE_NAME, getattr(settings, "MESSAGE_COOKIE_NAME", "messages"), *PRIVATE_COOKIES}


def is_anonymous_request(request):
    if request.method not in ("GET", "HEAD"):
        return False
    if getattr(request, "user", None) is not None and request.user.is_authenticated:
        return False
    return not (_private_cookie_names() & set(request.COOKIES))


def _key(page, request, params):
    parts = [f"{name}={request.GET.get(name, '')[:12]}" for name in params]
    language = translation.get_language() or settings.LANGUAGE_CODE
    return f"public-page:{generation(CONTENT_GENERATION_KEY)}:{page.pk}:{language}:{'&'.join(parts)}"


def mark_private(response):
    patch_cache_control(response, private=True)
    add_never_cache_headers(response)
    patch_vary_headers(response, ["Cookie"])
    return response


def serve(page, request, render, *, params=()):
    """``render()`` returns the page's response; this wraps it with the cache rules above."""
    if not is_anonymous_request(request) or set(request.GET) - set(params):
        return mark_private(_rendered(render()))
    key = _key(page, request, params)
    stored = cache.get(key)
    if stored is not None:
        content, content_type = stored
        response = HttpResponse(content, content_type=content_type)
        response["X-Page-Cache"] = "hit"
        return _public(response)
    response = _rendered(render())
    if response.status_code != 200 or response.cookies or request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return mark_private(response)
    cache.set(key, (response.content, response["Content-Type"]), timeout=max_age())
    response["X-Page-Cache"] = "miss"
    return _public(response)


def _rendered(response):
    if hasattr(response, "render") and not getattr(response, "is_rendered", True):
        response.render()
    return response


def _public(response):
    patch_cache_control(response, public=True, max_age=max_age())
    patch_vary_headers(response, ["Cookie"])
    return response
