from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = _("Courses")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from . import public_cache

        # Any publish, unpublish or move can change what a cached public page shows (titles in the
        # hub, the navigation, a module's lessons): start a new cache generation.
        for signal in (page_published, page_unpublished, post_page_move):
            signal.connect(public_cache.invalidate, dispatch_uid=f"public-cache-{signal}")
