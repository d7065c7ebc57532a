from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _
from wagtail.users.apps import WagtailUsersAppConfig


class AccountsConfig(AppConfig):
    default = True
    name = "learning.accounts"
    label = "accounts"
    verbose_name = _("Accounts")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import signals  # noqa: F401  (connects allauth signal receivers)


class WagtailUsersConfig(WagtailUsersAppConfig):
    default = False
    """Wagtail's user admin, with forms for our email-based user model."""

    user_viewset = "learning.accounts.viewsets.UserViewSet"
