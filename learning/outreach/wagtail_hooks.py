"""Needs in the Wagtail admin: a "Needs" menu with the queue (anyone who handles needs), the
routing rules (national and provincial administrators), the periodic report and the enterprises
(administrators; institution administrators see their enterprises read-only)."""

from django.db.models import Count, Q
from django.urls import include, path, reverse, reverse_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.model import ModelViewSetGroup

from cms.admin_panels import TodoItem, TodoPanel
from learning.talent import scope

from . import admin_urls, report_urls
from .models import OPEN_STATUSES, overdue_condition
from .viewsets import EnterpriseViewSet, RoutingRuleViewSet


class QueueMenuItem(MenuItem):
    def is_shown(self, request):
        return scope.handles_needs(request.user)


class RulesMenuItem(MenuItem):
    def is_shown(self, request):
        v = scope.viewer(request.user)
        return v.national or bool(v.province_ids)


class AdministratorMenuItem(MenuItem):
    def is_shown(self, request):
        return scope.viewer(request.user).is_administrator


class NeedsMenu(ModelViewSetGroup):
    menu_label = _("Needs")
    menu_icon = "help"
    menu_order = 210
    items = [RoutingRuleViewSet, EnterpriseViewSet]

    def get_submenu_items(self):
        return [
            QueueMenuItem(_("Needs queue"), reverse_lazy("needs_admin:queue"), icon_name="list-ul", order=1),
            RulesMenuItem(_("Routing rules"), reverse_lazy("outreach_routing:index"), icon_name="resubmit", order=2),
            AdministratorMenuItem(_("Needs report"), reverse_lazy("needs_report:report"), icon_name="table", order=3),
            AdministratorMenuItem(
                _("Enterprises"), reverse_lazy("outreach_enterprises:index"), icon_name="group", order=4
            ),
        ]


@hooks.register("register_admin_viewset")
def register_needs_viewsets():
    return NeedsMenu()


@hooks.register("register_admin_urls")
def register_needs_admin_urls():
    return [
        path("needs/", include((admin_urls.urlpatterns, "needs_admin"), namespace="needs_admin")),
        path("needs-report/", include((report_urls.urlpatterns, "needs_report"), namespace="needs_report")),
    ]


@hooks.register("construct_homepage_panels")
def needs_waiting(request, panels):
    """The open and overdue needs in the viewer's queue (one query)."""
    if not scope.handles_needs(request.user):
        return
    counts = scope.needs(request.user).aggregate(
        open=Count("pk", filter=Q(status__in=OPEN_STATUSES)), overdue=Count("pk", filter=overdue_condition())
    )
    queue = reverse("needs_admin:queue")
    panels.append(
        TodoPanel(
            name="needs-waiting",
            heading=_("Needs waiting for an answer"),
            order=40,
            items=[
                TodoItem(_("open needs"), counts["open"], f"{queue}?status=open"),
                TodoItem(
                    _("past the first-reply deadline"), counts["overdue"], f"{queue}?status=&overdue=on", urgent=True
                ),
            ],
        )
    )
