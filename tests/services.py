"""Finding the real services the suite can use, and skipping (or, in CI, failing) without them.

Locally a test that needs Redis or PostgreSQL skips when the service is absent; with
REQUIRE_SERVICES=1 (set by .ci/run) it fails instead, so CI cannot go green by skipping."""

import os
import shutil
import socket
from urllib.parse import urlsplit

import pytest

REQUIRE_SERVICES = os.environ.get("REQUIRE_SERVICES", "") == "1"
# The broker the worker tests use: CI's CELERY_BROKER_URL, or the local default Redis.
_broker = os.environ.get("CELERY_BROKER_URL", "")
REDIS_URL = _broker if _broker.startswith("redis") else "redis://127.0.0.1:6379/0"
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")


def _reachable(url, default_port):
    parts = urlsplit(url)
    try:
        with socket.create_connection((parts.hostname or "127.0.0.1", parts.port or default_port), timeout=1):
            return True
    except OSError:
        return False


def require(available, what):
    """Skip the calling test when a service is missing, or fail under REQUIRE_SERVICES=1."""
    if available:
        return
    if REQUIRE_SERVICES:
        pytest.fail(f"{what} is required (REQUIRE_SERVICES=1) but is not available", pytrace=False)
    pytest.skip(f"{what} is not available")


def redis_available():
    return _reachable(REDIS_URL, 6379)


def chromium_available():
    return shutil.which(CHROMIUM) is not None or os.path.exists(CHROMIUM)
