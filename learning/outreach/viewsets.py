"""Routing rules and enterprises in the Wagtail admin, scoped like the talent network's records:
national administrators edit every rule and enterprise, provincial administrators those of their
province (``scope.routing_rules``, ``scope.enterprises``)."""

import django_filters
from django.db.models import Count, Q
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel, FieldRowPanel, ObjectList
from wagtail.admin.ui.tables import Column

from learning.talent import scope
from learning.talent.viewsets import (
    ADMIN_ACTIONS,
    ScopedIndexView,
    ScopedInspectView,
    ScopedModelViewSet,
    ScopedPermissionPolicy,
)

from .forms import EnterpriseAdminForm, RoutingRuleForm
from .models import Enterprise, EnterpriseSize, Industry, RoutingRule


def _national_or_provincial(viewer, action):
    return (viewer.national or bool(viewer.province_ids)) and action in ADMIN_ACTIONS


class RoutingRuleViewSet(ScopedModelViewSet):
    model = RoutingRule
    icon = "resubmit"
    menu_label = _("Routing rules")
    url_prefix = "needs/routing"
    name = "outreach_routing"
    add_to_admin_menu = False
    inspect_view_enabled = False
    list_display = ["region", "category_labels", "institution", "priority", "active"]
    ordering = ["region__code", "-priority"]
    panels = [
        FieldRowPanel([FieldPanel("region"), FieldPanel("institution")]),
        FieldPanel("categories"),
        FieldRowPanel([FieldPanel("priority"), FieldPanel("active")]),
    ]

    @cached_property
    def permission_policy(self):
        return ScopedPermissionPolicy(self.model, rule=_national_or_provincial)

    def get_form_class(self, for_update=False):
        return self.get_edit_handler().get_form_class()

    def get_edit_handler(self):
        return ObjectList(self.panels, base_form_class=RoutingRuleForm).bind_to_model(self.model)


# Enterprises -------------------------------------------------------------------------------------


def _enterprise_rule(viewer, action):
    """National administrators manage every enterprise; provincial administrators list, add and edit
    those of their province (deleting one is for national administrators); institution
    administrators see, without editing, the enterprises whose needs their institutions hold."""
    if viewer.national:
        return action in ADMIN_ACTIONS
    if viewer.province_ids:
        return action in {"add", "change", "view"}
    return viewer.is_administrator and action == "view"


class EnterpriseFilterSet(WagtailFilterSet):
    industry = django_filters.ChoiceFilter(label=_("Industry"), choices=Industry.choices)
    size = django_filters.ChoiceFilter(label=_("Size"), choices=EnterpriseSize.choices)

    class Meta:
        model = Enterprise
        fields = ["industry", "size"]


class EnterpriseIndexView(ScopedIndexView):
    """Each enterprise with the number of its needs the viewer may see (one query for the page)."""

    def get_base_queryset(self):
        visible = scope.needs(self.request.user).values("pk")
        return (
            super()
            .get_base_queryset()
            .select_related("region")
            .annotate(need_count=Count("needs", filter=Q(needs__pk__in=visible)))
        )


class EnterpriseInspectView(ScopedInspectView):
    """The enterprise, its number of members and the needs it sent that the viewer may see."""

    NEEDS_SHOWN = 50

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        needs = scope.needs(user, self.object.needs.select_related("institution")).order_by("-submitted_at")
        context.update(
            enterprise_needs=needs[: self.NEEDS_SHOWN],
            enterprise_need_count=needs.count(),
            member_count=self.object.memberships.count(),
            may_record_need=scope.handles_needs(user),
        )
        return context


class EnterpriseViewSet(ScopedModelViewSet):
    model = Enterprise
    icon = "group"
    menu_label = _("Enterprises")
    url_prefix = "needs/enterprises"
    name = "outreach_enterprises"
    permission_rule = staticmethod(_enterprise_rule)
    index_view_class = EnterpriseIndexView
    inspect_view_class = EnterpriseInspectView
    list_display = ["name", "credit_code", "region", "industry", "size", Column("need_count", label=_("Needs"))]
    filterset_class = EnterpriseFilterSet
    search_fields = ["name", "credit_code"]
    ordering = ["name"]
    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("credit_code"), FieldPanel("region")]),
        FieldRowPanel([FieldPanel("industry"), FieldPanel("size")]),
    ]
    inspect_view_fields = ["name", "credit_code", "region", "industry", "size", "created_at", "updated_at"]
    inspect_template_name = "outreach/admin/enterprise_inspect.html"

    def get_form_class(self, for_update=False):
        return self.get_edit_handler().get_form_class()

    def get_edit_handler(self):
        return ObjectList(self.panels, base_form_class=EnterpriseAdminForm).bind_to_model(self.model)
