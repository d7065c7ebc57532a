import pytest
from django.core.cache import cache
from django.db import connection

from tests import services


@pytest.fixture(autouse=True)
def _clean_cache():
    """Rate-limit counters and cached settings live in the cache: start every test from empty (and
    without the exam page's in-process pieces, since a rolled-back SQLite database reuses ids)."""
    from learning.exams import fragments

    cache.clear()
    fragments.clear_local()
    yield
    cache.clear()
    fragments.clear_local()


@pytest.fixture(autouse=True)
def _services_for_markers(request):
    if request.node.get_closest_marker("redis"):
        services.require(services.redis_available(), f"Redis at {services.REDIS_URL}")
    if request.node.get_closest_marker("postgres"):
        services.require(connection.vendor == "postgresql", "PostgreSQL as the test database (DATABASE_URL)")
    if request.node.get_closest_marker("browser"):
        services.require(services.chromium_available(), f"Chromium at {services.CHROMIUM}")


@pytest.fixture
def site(db):
    """The demo site's pages and settings, built the way `make run` builds them."""
    from cms import demo

    restore_migrated_content()
    return demo.build()


def restore_migrated_content():
    """Put back what the data migrations create (root page, locale, home page, catalogue, groups,
    workflow). A transactional test ends by emptying every table, so the transactional tests that
    follow it would otherwise start without that content."""
    import importlib

    from django.apps import apps
    from django.conf import settings
    from wagtail.models import Collection, Locale, Page

    from cms.models import HomePage

    if HomePage.objects.exists():
        return
    locale, _ = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    if not Page.objects.filter(depth=1).exists():
        Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
    if not Collection.objects.filter(depth=1).exists():
        Collection.add_root(name="Root")
    importlib.import_module("cms.migrations.0002_create_homepage").create_homepage(apps, None)
    importlib.import_module("courses.migrations.0002_catalog_workflow").install(apps, None)
