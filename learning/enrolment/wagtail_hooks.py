"""Enrolment in the Wagtail admin: one "Enrolment" menu with the sessions and the pending requests,
and one "Training records" menu with the hours ledger, certificates and completion rules."""

from django.urls import include, path, reverse, reverse_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem
from wagtail.admin.viewsets.base import ViewSetGroup

from cms.admin_panels import TodoItem, TodoPanel

from . import admin_urls, hours, records_admin, services
from .models import HoursStatus
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


# --- training records (hours ledger, certificates, completion rules) ------------------------------
class RecordsMenuItem(MenuItem):
    def is_shown(self, request):
        return records_admin.may_use(request.user)


class CompletionRulesMenuItem(MenuItem):
    def is_shown(self, request):
        return records_admin.may_see_completion_rules(request.user)


class RecordsSubmenu(SubmenuMenuItem):
    def is_shown(self, request):
        return records_admin.may_use(request.user) or records_admin.may_see_completion_rules(request.user)


@hooks.register("register_admin_urls")
def register_records_admin_urls():
    return [path("records/", include((records_admin.urlpatterns, "records_admin"), namespace="records_admin"))]


@hooks.register("register_admin_viewset")
def register_completion_rules():
    return records_admin.completion_rules


@hooks.register("register_admin_menu_item")
def register_records_menu():
    menu = Menu(
        items=[
            RecordsMenuItem(_("Training hours"), reverse_lazy("records_admin:hours_index"), icon_name="time", order=1),
            RecordsMenuItem(
                _("Certificates"), reverse_lazy("records_admin:certificate_index"), icon_name="doc-full", order=2
            ),
            CompletionRulesMenuItem(
                _("Completion rules"), reverse_lazy("completion_rules:index"), icon_name="tasks", order=3
            ),
        ]
    )
    return RecordsSubmenu(_("Training records"), menu, icon_name="doc-full", order=261)


@hooks.register("construct_homepage_panels")
def decisions_waiting(request, panels):
    """Enrolment requests and training-hours claims waiting for the viewer's decision, in their reach."""
    user = request.user
    items = []
    if services.may_approve(user):
        requested = services.pending_requests(user).count()
        items.append(TodoItem(_("enrolment requests"), requested, reverse("enrolment_admin:requests")))
    if records_admin.may_use(user):
        claims = hours.managed_entries(user).filter(status=HoursStatus.PENDING).count()
        items.append(
            TodoItem(
                _("training-hours claims"),
                claims,
                f"{reverse('records_admin:hours_index')}?status={HoursStatus.PENDING}",
            )
        )
    if items:
        panels.append(
            TodoPanel(name="decisions-waiting", heading=_("Waiting for your decision"), order=41, items=items)
        )
