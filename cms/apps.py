from django.apps import AppConfig
from django.contrib import admin
from django.contrib.admin import apps as admin_apps
from django.utils.translation import gettext_lazy as _


class CmsConfig(AppConfig):
    default = True
    name = "cms"
    verbose_name = _("Site")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.contrib.auth import get_user_model
        from django.contrib.auth.models import Group, Permission
        from django.db.models.signals import m2m_changed, post_delete, post_save
        from wagtail.models import Page, PageViewRestriction, Site
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from .cache import content_changed, permissions_changed
        from .models import SiteSettings

        # What a cached public page or the cached site header and footer show (titles, the
        # navigation, a module's lessons, the footer's contacts) changes with these: start a new
        # content generation.
        for signal in (page_published, page_unpublished, post_page_move):
            signal.connect(content_changed, dispatch_uid=f"content-changed-{signal}")
        post_save.connect(_page_saved, dispatch_uid="content-changed-page-saved")  # every page type
        post_delete.connect(content_changed, sender=Page, dispatch_uid="content-changed-page-deleted")
        for model in (PageViewRestriction, Site, SiteSettings):
            post_save.connect(content_changed, sender=model, dispatch_uid=f"content-changed-{model.__name__}")
            post_delete.connect(content_changed, sender=model, dispatch_uid=f"content-changed-{model.__name__}-x")
        # Whether the header offers the administration link: any change of groups or permissions.
        user_model = get_user_model()
        for through in (user_model.groups.through, user_model.user_permissions.through, Group.permissions.through):
            m2m_changed.connect(permissions_changed, sender=through, dispatch_uid=f"permissions-{through.__name__}")
        for model in (Group, Permission):
            post_delete.connect(permissions_changed, sender=model, dispatch_uid=f"permissions-{model.__name__}-x")


class SuperuserAdminSite(admin.AdminSite):
    """The technical Django admin: superusers only. Editors and administrators work in Wagtail."""

    site_header = _("IP Talent Academy · technical administration")
    site_title = _("Technical administration")

    def has_permission(self, request):
        return request.user.is_active and request.user.is_superuser


class SuperuserAdminConfig(admin_apps.AdminConfig):
    default = False
    default_site = "cms.apps.SuperuserAdminSite"


def _page_saved(sender, instance, **kwargs):
    from wagtail.models import Page

    from .cache import content_changed

    if isinstance(instance, Page):
        content_changed()
