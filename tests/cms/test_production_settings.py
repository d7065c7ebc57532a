"""Production settings: refuse to start without secrets, report nothing under `check --deploy`,
log JSON lines, and stop on a malformed setting with one line naming the variable."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GOOD_KEY = "k7#Qp2vX9mZr4LtN8wYc3JhB6dFs1GaE5uKo0iRe-Tq_Vn.Wx8sLm3Pz0Qa"
PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "cms.settings.production",
    "SECRET_KEY": GOOD_KEY,
    "ALLOWED_HOSTS": "academy.example.cn",
    "TALENT_ID_ENCRYPTION_KEYS": "pNbXvIjZNJDXG7ujozeBBJjnlkct4xqCPW_rdGxIfk4=",
    "DATABASE_URL": f"sqlite:///{ROOT / 'db.sqlite3'}",
    "CERTIFICATE_SIGNING_KEY": "u0yq4y2Cq2x1Jm8f3v6QbW9zT5rN7pLk1aH4sD6gF8E",
}


def run(args, **env_changes):
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DJANGO_SETTINGS_MODULE", "SECRET_KEY", "ALLOWED_HOSTS", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    }
    env.update(PRODUCTION_ENV)
    for key, value in env_changes.items():
        if value is None:
            env.pop(key, None)
        else:
            env[key] = value
    return subprocess.run(
        [sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False
    )


def test_check_deploy_reports_no_warning_under_production_settings():
    result = run(["manage.py", "check", "--deploy", "--fail-level", "WARNING"])

    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


@pytest.mark.parametrize("variable", ["SECRET_KEY", "ALLOWED_HOSTS", "CERTIFICATE_SIGNING_KEY"])
def test_production_refuses_to_start_without_a_required_variable(variable):
    result = run(["manage.py", "check"], **{variable: None})

    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"Configuration error: {variable}:")


def test_production_rejects_a_short_or_development_secret_key():
    result = run(["manage.py", "check"], SECRET_KEY="django-insecure-abc")

    assert result.returncode != 0
    assert result.stderr.strip().startswith("Configuration error: SECRET_KEY:")


@pytest.mark.parametrize(
    ("variable", "value"),
    [
        ("DATABASE_URL", "mysqlx://root@localhost/db"),
        ("DATABASE_URL", "not a url"),
        ("CELERY_BROKER_URL", "localhost:6379"),
        ("REDIS_URL", "http://127.0.0.1:6379"),
        ("EMAIL_PORT", "twenty-five"),
        ("EMAIL_USE_TLS", "maybe"),
    ],
)
def test_a_malformed_setting_stops_start_up_with_one_line_naming_it(variable, value):
    result = run(["manage.py", "check"], **{variable: value})

    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"Configuration error: {variable}:")


def test_the_wsgi_entry_point_stops_with_the_same_clear_line():
    result = run(["-c", "import cms.wsgi"], SECRET_KEY=None)

    assert result.returncode != 0
    assert (
        result.stderr.strip()
        == "Configuration error: SECRET_KEY: this environment variable is required but is not set."
    )


def test_production_logs_one_json_object_per_line_on_stdout():
    code = "import django, logging; django.setup(); logging.getLogger('cms').warning('disk nearly full')"

    result = run(["-c", code])

    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout.strip().splitlines()[-1])
    assert record["level"] == "WARNING"
    assert record["logger"] == "cms"
    assert record["message"] == "disk nearly full"
    assert "time" in record


def test_production_serves_hashed_compressed_static_files_with_whitenoise():
    code = (
        "import django; django.setup(); from django.conf import settings; "
        "print(settings.STORAGES['staticfiles']['BACKEND']); "
        "print('whitenoise.middleware.WhiteNoiseMiddleware' in settings.MIDDLEWARE)"
    )

    result = run(["-c", code])

    assert result.stdout.split() == ["whitenoise.storage.CompressedManifestStaticFilesStorage", "True"]
