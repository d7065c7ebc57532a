import logging
import time

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.db import connections
from django.http import HttpResponse, JsonResponse
from django.middleware.csrf import CsrfViewMiddleware
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET
from django.views.i18n import set_language as django_set_language

logger = logging.getLogger(__name__)


def _check_database():
    with connections["default"].cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    return {"backend": connections["default"].vendor}


def _check_cache():
    key = f"healthz:{time.monotonic_ns()}"
    cache.set(key, "ok", timeout=10)
    if cache.get(key) != "ok":
        raise RuntimeError("value written to the cache could not be read back")
    cache.delete(key)
    return {"backend": settings.CACHES["default"]["BACKEND"].rsplit(".", 1)[-1]}


def _check_broker():
    from cms.celery import app

    if app.conf.task_always_eager:
        return {"backend": "eager", "detail": "no broker configured: tasks run in the web process"}
    with app.connection_for_write(connect_timeout=2) as conn:
        conn.ensure_connection(max_retries=1, interval_start=0, timeout=3)
        return {"backend": conn.transport.driver_name}


HEALTH_CHECKS = {"database": _check_database, "cache": _check_cache, "broker": _check_broker}


@never_cache
@require_GET
def healthz(request):
    """For load balancers and monitoring: 200 when database, cache and broker answer, else 503
    naming what failed."""
    results, healthy = {}, True
    for name, check in HEALTH_CHECKS.items():
        started = time.perf_counter()
        try:
            detail = check()
            results[name] = {"status": "ok", **detail}
        except Exception as exc:  # any failure of a dependency is reported, not raised
            healthy = False
            logger.warning("health check %s failed: %s", name, exc)
            results[name] = {"status": "error", "error": f"{type(exc).__name__}: {exc}"}
        results[name]["ms"] = round((time.perf_counter() - started) * 1000, 1)
    body = {"status": "ok" if healthy else "error", "checks": results}
    if not healthy:
        body["failed"] = [name for name, result in results.items() if result["status"] != "ok"]
    return JsonResponse(body, status=200 if healthy else 503)


@require_GET
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /django-admin/",
        "Disallow: /accounts/",
        "Disallow: /healthz",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def search(request):
    """Site-wide search: courses, lessons and tracks the visitor may open (also for bookmarks and
    monitoring: /search/?q=专利)."""
    from courses.catalog import site_search

    result = site_search(query=request.GET.get("q", ""), user=request.user)
    return render(request, "cms/search.html", {"result": result})


@csrf_exempt
def set_language(request):
    """Django's language switch, which also keeps a signed-in user's choice on the account so that
    emails sent later by Celery, outside any request, are written in that language.

    An anonymous visitor's switch needs no CSRF token (it changes nothing but their own cookie), so
    public pages carry no token and can be cached (courses/public_cache.py); a signed-in user's
    switch, which changes the account, is still checked."""
    if request.user.is_authenticated:
        refused = CsrfViewMiddleware(lambda _request: None).process_view(request, None, (), {})
        if refused is not None:
            return refused
    response = django_set_language(request)
    language = request.POST.get("language")
    user = request.user
    if (
        request.method == "POST"
        and user.is_authenticated
        and language in dict(settings.LANGUAGES)
        and user.language != language
    ):
        get_user_model().objects.filter(pk=user.pk).update(language=language)
    return response
