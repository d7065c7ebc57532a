import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.production")

from cms.startup import load_settings_or_exit  # noqa: E402

load_settings_or_exit()
application = get_wsgi_application()

from courses.search import warm_up  # noqa: E402

warm_up()  # each web process loads the Chinese dictionary at start, not on its first search
