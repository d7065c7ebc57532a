"""Settings shared by every environment. Anything that differs between machines comes from an
environment variable (see README.md, "Settings"); nothing secret is kept in git."""

from pathlib import Path

from celery.schedules import crontab
from django.utils.translation import gettext_lazy as _

from .env import env_bool, env_database, env_int, env_list, env_str, env_url

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = env_str("SECRET_KEY", "django-insecure-dev-only-key-do-not-use-in-production")
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

# Public address of the site, used in emails and by Wagtail in notifications.
SITE_URL = env_url("SITE_URL", "http://127.0.0.1:8000", schemes=("http", "https")).rstrip("/")
WAGTAILADMIN_BASE_URL = SITE_URL

INSTALLED_APPS = [
    "cms",
    "courses",
    "learning.accounts",
    "learning.enrolment",
    "learning.exams",
    "learning.talent",
    "learning.outreach",
    # Wagtail
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "learning.accounts.apps.WagtailUsersConfig",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    # Accounts
    "allauth",
    "allauth.account",
    "allauth.mfa",
    # Django
    "cms.apps.SuperuserAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "cms.middleware.SiteLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "cms.urls"
WSGI_APPLICATION = "cms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "cms.context_processors.site",
            ],
        },
    },
]

# Database: SQLite in the project by default; PostgreSQL in production and CI.
DATABASES = {"default": env_database("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}")}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: Redis when REDIS_URL is set (required when running several web processes, since the
# login rate limits live in the cache), otherwise in-process memory.
REDIS_URL = env_url("REDIS_URL", schemes=("redis", "rediss"))
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "cms.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": env_str("CACHE_KEY_PREFIX", "ipta"),
        }
    }
    # Sessions are read from Redis and written through to the database: every signed-in request (e.g. a
    # mock exam's autosave) then skips one database query (docs/benchmarks.md).
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "ipta"}}

# Users and accounts
AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/"

ACCOUNT_ADAPTER = "learning.accounts.adapter.AccountAdapter"
ACCOUNT_FORMS = {"signup": "learning.accounts.forms.SignupForm"}
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_CONFIRM_EMAIL_ON_GET = False  # a click on "confirm", so mail scanners cannot confirm
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_CHANGE_EMAIL = True
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_LOGOUT_REDIRECT_URL = "/"
ACCOUNT_EMAIL_SUBJECT_PREFIX = ""
ACCOUNT_SESSION_REMEMBER = None
# allauth's rate limits stay on (its defaults: login failures, sign-ups, reset mails per address and IP).
ACCOUNT_RATE_LIMITS = {
    "login_failed": "10/m/ip,5/5m/key",
}
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = env_str("MFA_TOTP_ISSUER", "IP Talent Academy")

# Email: console in development, SMTP in production (see production.py).
EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", False)
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 20)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "IP Talent Academy <noreply@localhost>")
SERVER_EMAIL = env_str("SERVER_EMAIL", DEFAULT_FROM_EMAIL)

# Languages: Simplified Chinese by default, English switchable on every page.
LANGUAGE_CODE = "zh-hans"
LANGUAGES = [("zh-hans", "简体中文"), ("en", "English")]
LOCALE_PATHS = [
    BASE_DIR / "locale",  # the project's own strings (makemessages writes to the first entry)
    BASE_DIR / "locale" / "wagtail",  # Chinese for Wagtail strings its catalogue lacks: cms/wagtail_translations.py
]
LANGUAGE_COOKIE_NAME = "ipta_language"
LANGUAGE_COOKIE_AGE = 365 * 24 * 3600
LANGUAGE_COOKIE_SAMESITE = "Lax"
TIME_ZONE = "Asia/Shanghai"
USE_I18N = True
USE_TZ = True
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES

# Static files and uploads. Every asset is served from static/ (no CDN).
STATIC_URL = "/static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(BASE_DIR / "staticfiles")))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(BASE_DIR / "media")))
# Personal files (scanned certificates, personnel workbooks, hours evidence, certificate PDFs):
# outside MEDIA_ROOT and never served by the web server; learning/talent's and learning/enrolment's
# views check who asks.
PRIVATE_MEDIA_ROOT = Path(env_str("PRIVATE_MEDIA_ROOT", str(BASE_DIR / "private-media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    "private": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": PRIVATE_MEDIA_ROOT, "base_url": "/private-media-is-never-served/"},
    },
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Celery: with no CELERY_BROKER_URL, tasks run eagerly in the web process (no services needed).
CELERY_BROKER_URL = env_url("CELERY_BROKER_URL", schemes=("redis", "rediss", "amqp", "amqps", "memory"))
CELERY_TASK_ALWAYS_EAGER = CELERY_BROKER_URL is None
CELERY_TASK_EAGER_PROPAGATES = True
if CELERY_BROKER_URL is None:
    CELERY_BROKER_URL = "memory://localhost/"
CELERY_TASK_IGNORE_RESULT = True
CELERY_TASK_ACKS_LATE = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_TIMEZONE = TIME_ZONE
CELERY_BEAT_SCHEDULE = {
    # learning.talent: training-hour reminders on the first of each month at 09:00.
    "talent-monthly-compliance-reminders": {
        "task": "learning.talent.tasks.send_compliance_reminders",
        "schedule": crontab(minute=0, hour=9, day_of_month=1),
    },
    # learning.talent: delete directory export files past their 7 days and mark the jobs expired, daily.
    "talent-expire-exports": {
        "task": "learning.talent.tasks.expire_exports",
        "schedule": crontab(minute=20, hour=3),
    },
    # learning.exams: submit timed mock exams whose deadline passed while the learner was away.
    # learning.outreach: each institution's overdue and nearly due needs, every morning at 08:30.
    "outreach-morning-sla-digest": {
        "task": "learning.outreach.tasks.send_sla_digests",
        "schedule": crontab(minute=30, hour=8),
    },
    "exams-submit-overdue-attempts": {
        "task": "learning.exams.tasks.submit_overdue_attempts",
        "schedule": 60.0,
    },
    # learning.enrolment: remind learners of tomorrow's session day, every day at 08:00.
    "enrolment-session-reminders": {
        "task": "learning.enrolment.tasks.send_session_reminders",
        "schedule": crontab(minute=0, hour=8),
    },
    # learning.enrolment: course popularity (the catalogue's "most popular" sort) from enrolments.
    "enrolment-recount-popularity": {
        "task": "learning.enrolment.tasks.recount_course_popularity",
        "schedule": crontab(minute="*/15"),
    },
    # learning.outreach: keep last quarter's needs reports (nation, provinces, institutions) at 06:00 on
    # the first day of January, April, July and October.
    "outreach-quarterly-needs-reports": {
        "task": "learning.outreach.tasks.produce_quarterly_needs_reports",
        "schedule": crontab(minute=0, hour=6, day_of_month=1, month_of_year="1,4,7,10"),
    },
}

# Talent network (learning.talent): Fernet keys for national ID numbers at rest, comma-separated,
# the first encrypts and all decrypt. The default is for development only; production requires it.
TALENT_ID_ENCRYPTION_KEYS_DEV = ["ZGV2LW9ubHktdGFsZW50LWlkLWtleS0wMDAwMDAwMDA="]
TALENT_ID_ENCRYPTION_KEYS = env_list("TALENT_ID_ENCRYPTION_KEYS", TALENT_ID_ENCRYPTION_KEYS_DEV)

# Needs and questions from SMEs (learning.outreach); see docs/needs.md.
NEEDS_FIRST_REPLY_WORKING_DAYS = env_int("NEEDS_FIRST_REPLY_WORKING_DAYS", 5)
NEEDS_WORKING_CALENDAR_FILE = env_str("NEEDS_WORKING_CALENDAR_FILE", "")  # default: the shipped table
NEEDS_ATTACHMENT_MAX_BYTES = env_int("NEEDS_ATTACHMENT_MAX_BYTES", 10 * 1024 * 1024)
NEEDS_ATTACHMENT_MAX_FILES = 5
NEEDS_MIN_FILL_SECONDS = env_int("NEEDS_MIN_FILL_SECONDS", 5)
# (requests, seconds) per window, counted in the cache (Redis when REDIS_URL is set).
NEEDS_RATE_LIMITS = {
    "submit_ip": (5, 3600),
    "submit_address": (3, 3600),
    "status_ip": (30, 3600),
}

# Certificates (learning.enrolment): the Ed25519 key that signs each certificate's verifiable
# credential, as 32 bytes in base64url (python -c 'import base64,os; print(base64.urlsafe_b64encode(os.urandom(32)).decode())').
# Unset outside production: a development key derived from SECRET_KEY. The public key is published
# at /.well-known/did.json.
CERTIFICATE_SIGNING_KEY = env_str("CERTIFICATE_SIGNING_KEY")
# Public verification page: lookups per client address per minute.
CERTIFICATE_VERIFY_RATE = env_int("CERTIFICATE_VERIFY_RATE", 20)

# Wagtail
WAGTAIL_SITE_NAME = _("IP Talent Academy")
# Chinese word segmentation on the database backends (SQLite FTS5, PostgreSQL): see courses/search.py.
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "courses.search"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "key", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAIL_ENABLE_UPDATE_CHECK = False  # many deployments are on intranets
# No avatars from gravatar.com: a broken image on an intranet, and a hash of each administrator's
# email address sent abroad elsewhere. Wagtail then shows its own default avatar.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_USER_CUSTOM_FIELDS = ["display_name", "kind", "phone"]

# Security defaults that hold everywhere; production.py tightens the rest.
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False
X_FRAME_OPTIONS = "DENY"  # Wagtail marks its own preview views SAMEORIGIN
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
        "fontTools": {"level": "WARNING"},  # fpdf2 subsets fonts for every PDF
    },
}
