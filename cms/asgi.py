import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.production")

from cms.startup import load_settings_or_exit  # noqa: E402

load_settings_or_exit()
application = get_asgi_application()
