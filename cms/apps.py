from django.apps import AppConfig
from django.contrib import admin
from django.contrib.admin import apps as admin_apps
from django.utils.translation import gettext_lazy as _


class CmsConfig(AppConfig):
    default = True
    name = "cms"
    verbose_name = _("Site")
    default_auto_field = "django.db.models.BigAutoField"


class SuperuserAdminSite(admin.AdminSite):
    """The technical Django admin: superusers only. Editors and administrators work in Wagtail."""

    site_header = _("IP Talent Academy · technical administration")
    site_title = _("Technical administration")

    def has_permission(self, request):
        return request.user.is_active and request.user.is_superuser


class SuperuserAdminConfig(admin_apps.AdminConfig):
    default = False
    default_site = "cms.apps.SuperuserAdminSite"
