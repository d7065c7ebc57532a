from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OutreachConfig(AppConfig):
    name = "learning.outreach"
    label = "outreach"
    verbose_name = _("SME outreach")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import signals  # noqa: F401  (staff accounts open the needs queue)
