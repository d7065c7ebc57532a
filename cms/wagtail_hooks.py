"""The shell's part of the Wagtail admin: the stylesheet of the dashboard's "waiting for you"
panels (cms/admin_panels.py; each app adds its own panel)."""

from django.templatetags.static import static
from django.utils.html import format_html
from wagtail import hooks


@hooks.register("insert_global_admin_css")
def dashboard_panels_css():
    return format_html('<link rel="stylesheet" href="{}">', static("css/admin.css"))
