"""The Celery app. Settings prefixed CELERY_ in Django settings configure it; every installed app's
tasks.py is discovered. Run a worker with: celery -A cms worker -l info (and beat with: celery -A cms beat)."""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")

app = Celery("cms")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
