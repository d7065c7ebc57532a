import pytest
from django.core.cache import cache
from django.db import connection

from tests import services


@pytest.fixture(autouse=True)
def _clean_cache():
    """Rate-limit counters and cached settings live in the cache: start every test from empty."""
    cache.clear()
    yield
    cache.clear()


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

    return demo.build()
