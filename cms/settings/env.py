"""Reading settings from environment variables with one clear message per mistake.

Every function raises :class:`ConfigError` naming the variable, so that start-up stops with a
single line such as ``DATABASE_URL: unsupported scheme 'mysqlx'`` instead of a long traceback.
"""

import os

import dj_database_url
from django.core.exceptions import ImproperlyConfigured


class ConfigError(ImproperlyConfigured):
    """A setting taken from the environment is missing or malformed."""


def env_str(name, default=None, *, required=False):
    value = os.environ.get(name, "").strip()
    if value:
        return value
    if required:
        raise ConfigError(f"{name}: this environment variable is required but is not set.")
    return default


def env_bool(name, default=False):
    value = os.environ.get(name, "").strip().lower()
    if not value:
        return default
    if value in {"1", "true", "yes", "on"}:
        return True
    if value in {"0", "false", "no", "off"}:
        return False
    raise ConfigError(f"{name}: expected a boolean (1/0, true/false, yes/no, on/off), got {value!r}.")


def env_int(name, default):
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    try:
        return int(value)
    except ValueError:
        raise ConfigError(f"{name}: expected a whole number, got {value!r}.") from None


def env_list(name, default=(), *, required=False):
    value = env_str(name, required=required)
    if value is None:
        return list(default)
    return [item.strip() for item in value.split(",") if item.strip()]


SUPPORTED_DATABASE_SCHEMES = ("sqlite", "postgres", "postgresql", "pgsql")


def env_database(name, default):
    """Parse a database URL (``sqlite:///path`` or ``postgres://user@host:port/db``)."""
    url = env_str(name, default)
    scheme = url.split("://", 1)[0] if "://" in url else ""
    if scheme not in SUPPORTED_DATABASE_SCHEMES:
        raise ConfigError(
            f"{name}: unsupported or missing scheme in {url!r}; "
            "use sqlite:///path/to/db.sqlite3 or postgres://user@host:5432/dbname."
        )
    try:
        config = dj_database_url.parse(url, conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 0))
    except Exception as exc:  # dj-database-url raises several kinds of errors
        raise ConfigError(f"{name}: could not parse {url!r} ({exc}).") from None
    if not config.get("NAME"):
        raise ConfigError(f"{name}: no database name in {url!r}.")
    return config


def env_url(name, default=None, *, schemes):
    url = env_str(name, default)
    if url is None:
        return None
    scheme = url.split("://", 1)[0] if "://" in url else ""
    if scheme not in schemes:
        raise ConfigError(
            f"{name}: expected a URL starting with {' or '.join(s + '://' for s in schemes)}, got {url!r}."
        )
    return url
