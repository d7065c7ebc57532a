"""Routing rules in the Wagtail admin, scoped like the talent network's records: national
administrators edit every rule, provincial administrators those of their province."""

from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, ObjectList

from learning.talent.viewsets import ADMIN_ACTIONS, ScopedModelViewSet, ScopedPermissionPolicy

from .forms import RoutingRuleForm
from .models import RoutingRule


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
