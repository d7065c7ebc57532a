import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.production")

from cms.startup import load_settings_or_exit  # noqa: E402

load_settings_or_exit()
application = get_wsgi_application()
