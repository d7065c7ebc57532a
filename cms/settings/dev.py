from .base import *  # noqa: F403
from .env import env_bool

DEBUG = env_bool("DEBUG", True)
ALLOWED_HOSTS = ["*"] if DEBUG else ALLOWED_HOSTS  # noqa: F405

# Serve static files straight from static/ and app folders, without collectstatic.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
