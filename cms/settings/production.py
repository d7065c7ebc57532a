"""Production: every secret and host comes from the environment; start-up stops with one line
naming the variable when one is missing."""

import os

from cryptography.fernet import Fernet

from .base import *  # noqa: F403
from .env import ConfigError, env_bool, env_int, env_list, env_str

DEBUG = False

SECRET_KEY = env_str("SECRET_KEY", required=True)
if SECRET_KEY.startswith("django-insecure") or len(SECRET_KEY) < 50 or len(set(SECRET_KEY)) < 5:
    raise ConfigError(
        "SECRET_KEY: use a random value of at least 50 characters (python -c 'import secrets; print(secrets.token_urlsafe(50))')."
    )
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", required=True)

# National ID numbers are encrypted with these Fernet keys (learning.talent); no default here.
TALENT_ID_ENCRYPTION_KEYS = env_list("TALENT_ID_ENCRYPTION_KEYS", required=True)
if any(key in TALENT_ID_ENCRYPTION_KEYS for key in TALENT_ID_ENCRYPTION_KEYS_DEV):  # noqa: F405
    raise ConfigError("TALENT_ID_ENCRYPTION_KEYS: the development key cannot be used in production.")
for _key in TALENT_ID_ENCRYPTION_KEYS:
    try:
        Fernet(_key)
    except ValueError:
        raise ConfigError(
            "TALENT_ID_ENCRYPTION_KEYS: each key must be a Fernet key "
            "(python -c 'from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())')."
        ) from None
# The key that signs certificate credentials; rotating it invalidates credentials signed before.
CERTIFICATE_SIGNING_KEY = env_str("CERTIFICATE_SIGNING_KEY", required=True)
try:
    import base64 as _base64

    if len(_base64.urlsafe_b64decode(CERTIFICATE_SIGNING_KEY + "=" * (-len(CERTIFICATE_SIGNING_KEY) % 4))) != 32:
        raise ValueError
except ValueError:
    raise ConfigError(
        "CERTIFICATE_SIGNING_KEY: expected 32 random bytes in base64url "
        "(python -c 'import base64,os; print(base64.urlsafe_b64encode(os.urandom(32)).decode())')."
    ) from None
CSRF_TRUSTED_ORIGINS = env_list(
    "CSRF_TRUSTED_ORIGINS", [f"https://{h}" for h in ALLOWED_HOSTS if not h.startswith(".")]
)

EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")

# Keep database connections open between requests (checked before reuse).
DATABASES["default"]["CONN_MAX_AGE"] = env_int("DATABASE_CONN_MAX_AGE", 60)  # noqa: F405
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True  # noqa: F405

# HTTPS: TLS ends at the proxy, which sets X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True

# whitenoise serves compressed files with hashed names; run `manage.py collectstatic` on deploy.
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# One structured JSON line per log record on stdout, for the container or journald to collect.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "json": {
            "()": "pythonjsonlogger.json.JsonFormatter",
            "fmt": "%(asctime)s %(levelname)s %(name)s %(message)s %(process)d",
            "rename_fields": {"asctime": "time", "levelname": "level", "name": "logger"},
        }
    },
    "handlers": {"stdout": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout", "formatter": "json"}},
    "root": {"handlers": ["stdout"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        "django_tasks": {"level": "WARNING"},
        "django.security.DisallowedHost": {"level": "ERROR"},
    },
}
