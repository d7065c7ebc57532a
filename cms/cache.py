"""Django's Redis cache backend, keeping one client per connection pool; cache generations.

Django's ``RedisCacheClient.get_client`` builds a new ``redis.Redis`` for every cache call; with
redis-py 8 that object sets up about a hundred response callbacks each time (0.15 ms of CPU), and a
signed-in request makes several cache calls (its session, the site's root paths, rate limits). A
``redis.Redis`` is safe to share between threads (each command takes a connection from the pool),
so one per pool is enough."""

import time

from django.core.cache import cache
from django.core.cache.backends.redis import RedisCache as DjangoRedisCache
from django.core.cache.backends.redis import RedisCacheClient as DjangoRedisCacheClient
from django.db import transaction


class RedisCacheClient(DjangoRedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class RedisCache(DjangoRedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = RedisCacheClient


# Generations -----------------------------------------------------------------------------------
# A generation is a number kept in the cache and bumped when what it covers changes; cached values
# carry the generation they were built under and are ignored once it moved on. No key is ever
# searched for or deleted, so this works the same on Redis and on the in-process cache.
CONTENT_GENERATION_KEY = "public-pages:generation"  # pages, their privacy, the site and its settings
PERMISSIONS_GENERATION_KEY = "permissions:generation"  # groups and permissions of any user


def generation(key):
    """The current value of the generation ``key``. A new generation starts from the clock, not from
    1, so that values a process keeps in memory under an old generation are never taken for current
    after the cache was emptied (Redis restarted or flushed)."""
    value = cache.get(key)
    if value is None:
        cache.add(key, time.time_ns() // 1000, timeout=None)
        value = cache.get(key)
    return value


def bump(key):
    try:
        cache.incr(key)
    except ValueError:  # not there: any new generation will do
        generation(key)


def bump_now_and_on_commit(key):
    """Bump ``key`` at once and again when the surrounding transaction commits, so that a request
    that read the old rows between the two cannot keep its result under the new generation."""
    bump(key)
    transaction.on_commit(lambda: bump(key))


def content_changed(**_kwargs):
    """Signal receiver: a page was published, unpublished, moved or deleted, a page's privacy or the
    site's settings changed (cached public pages and the site header and footer are rebuilt)."""
    bump_now_and_on_commit(CONTENT_GENERATION_KEY)


def permissions_changed(**_kwargs):
    """Signal receiver: some user's groups or permissions changed."""
    bump_now_and_on_commit(PERMISSIONS_GENERATION_KEY)
