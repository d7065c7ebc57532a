"""Spam protection for the public forms, with no outside service: rate limits counted in the cache
(Redis in production), a honeypot field, and a signed arithmetic question that also measures how
fast the form was filled in."""

import contextlib
import hashlib
import secrets
import time

from django.conf import settings
from django.core import signing
from django.core.cache import cache

CHALLENGE_SALT = "outreach.need.challenge"
CHALLENGE_MAX_AGE = 2 * 3600


def client_ip(request):
    """REMOTE_ADDR; behind the proxy, the last address it appended to X-Forwarded-For."""
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if forwarded and getattr(settings, "USE_X_FORWARDED_HOST", False):
        return forwarded.split(",")[-1].strip()
    return request.META.get("REMOTE_ADDR", "")


def _key(action, value):
    return f"outreach:rl:{action}:{hashlib.sha256(str(value).lower().encode()).hexdigest()[:32]}"


def over_limit(action, value):
    """Whether ``value`` (an IP address, an email or phone) already used up its window for ``action``."""
    limit, _ = settings.NEEDS_RATE_LIMITS[action]
    return (cache.get(_key(action, value)) or 0) >= limit


def hit(action, value):
    limit, period = settings.NEEDS_RATE_LIMITS[action]
    key = _key(action, value)
    if cache.add(key, 1, period):
        return
    try:
        cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.add(key, 1, period)


def new_challenge(previous_token=None):
    """A question (two small numbers to add) and its signed token, which carries the answer and the
    time the form was first shown (kept from ``previous_token`` when the form comes back with errors)."""
    a, b = secrets.randbelow(9) + 1, secrets.randbelow(9) + 1
    started = time.time()
    if previous_token:
        with contextlib.suppress(signing.BadSignature, KeyError, TypeError):
            started = signing.loads(previous_token, salt=CHALLENGE_SALT, max_age=CHALLENGE_MAX_AGE)["t"]
    token = signing.dumps({"s": a + b, "t": started, "r": secrets.token_hex(4)}, salt=CHALLENGE_SALT)
    return a, b, token


def check_challenge(token, answer, now=None):
    """None when the answer is right and the form took long enough; else the reason ("answer",
    "fast", "expired")."""
    try:
        data = signing.loads(token or "", salt=CHALLENGE_SALT, max_age=CHALLENGE_MAX_AGE)
    except signing.SignatureExpired:
        return "expired"
    except signing.BadSignature:
        return "answer"
    if str(answer).strip() != str(data["s"]):
        return "answer"
    if (now or time.time()) - data["t"] < settings.NEEDS_MIN_FILL_SECONDS:
        return "fast"
    return None


def consume_challenge(token):
    """Mark a solved challenge as used; False when it had been used already (a replayed post)."""
    return cache.add("outreach:challenge:" + hashlib.sha256(token.encode()).hexdigest()[:32], 1, CHALLENGE_MAX_AGE)
