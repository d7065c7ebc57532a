"""Enrolment in the Wagtail admin: one "Enrolment" menu with the sessions and the pending requests."""

from django.urls import include, path, reverse_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.base import ViewSetGroup

from . import admin_urls, services
from .viewsets import SessionViewSet


class ApproverMenuItem(MenuItem):
    def is_shown(self, request):
        return services.may_approve(request.user)


class EnrolmentMenu(ViewSetGroup):
    menu_label = _("Enrolment")
    menu_icon = "group"
    menu_order = 260
    items = [SessionViewSet("enrolment_sessions")]

    def get_submenu_items(self):
        items = [
            ApproverMenuItem(
                _("Enrolment requests"), reverse_lazy("enrolment_admin:requests"), icon_name="tasks", order=1
            )
        ]
        for order, registerable in enumerate(self.registerables, start=10):
            items.append(registerable.get_menu_item(order=order))
        return items


@hooks.register("register_admin_viewset")
def register_enrolment_viewsets():
    return EnrolmentMenu()


@hooks.register("register_admin_urls")
def register_enrolment_admin_urls():
    return [path("enrolment/", include((admin_urls.urlpatterns, "enrolment_admin"), namespace="enrolment_admin"))]
