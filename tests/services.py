"""Finding the real services the suite can use, and skipping (or, in CI, failing) without them.

Locally a test that needs Redis or PostgreSQL skips when the service is absent; with
REQUIRE_SERVICES=1 (set by .ci/run) it fails instead, so CI cannot go green by skipping."""

import contextlib
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


@contextlib.contextmanager
def celery_broker(url):
    """Point the project's Celery app at a real broker (and off eager mode) for one test."""
    from cms.celery import app

    keys = ("broker_url", "broker_read_url", "broker_write_url", "task_always_eager")
    previous = {key: app.conf[key] for key in keys}
    app.conf.update(broker_url=url, broker_read_url=url, broker_write_url=url, task_always_eager=False)
    _drop_cached_connections(app)
    try:
        yield app
    finally:
        app.conf.update(previous)
        _drop_cached_connections(app)


def _drop_cached_connections(app):
    """Celery caches its connection and producer pools on first use; forget them so the next
    message goes to the broker now configured. (The pools themselves are kombu's, shared per URL,
    so they are left open for the next test that uses the same broker.)"""
    app._pool = None
    app.amqp._producer_pool = None


@contextlib.contextmanager
def worker_draining(app, *, tasks=1, timeout=30):
    """Run a real Celery worker (in a thread) until ``tasks`` tasks have finished, waiting on
    Celery's own task_postrun signal rather than polling the database.

    Enter this *after* the request that queues the work: the message waits in the broker, and the
    worker never runs while the test thread is using the database. On SQLite the test database is
    an in-memory shared cache, whose table locks fail at once instead of waiting, so a worker
    writing while the test thread reads fails with "database table is locked"."""
    import threading

    from celery.contrib.testing.worker import start_worker
    from celery.signals import task_postrun

    finished = []
    done = threading.Event()

    def _count(sender=None, task_id=None, state=None, **kwargs):
        finished.append((getattr(sender, "name", sender), state))
        if len(finished) >= tasks:
            done.set()

    task_postrun.connect(_count, weak=False)
    try:
        with start_worker(app, perform_ping_check=False, pool="solo", concurrency=1, shutdown_timeout=30):
            done.wait(timeout)
            yield finished
    finally:
        task_postrun.disconnect(_count)
