"""Load settings early and turn a configuration mistake into one clear line on stderr."""

import sys


def load_settings_or_exit():
    from django.conf import settings

    from cms.settings.env import ConfigError

    try:
        settings.INSTALLED_APPS  # noqa: B018  (forces the settings module to load)
    except ConfigError as exc:
        sys.stderr.write(f"Configuration error: {exc}\n")
        raise SystemExit(2) from None
