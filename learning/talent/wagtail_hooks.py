"""The talent network's place in the Wagtail admin: one "Talent network" menu, whose items each
role sees only when it may use them."""

from django.urls import include, path, reverse_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import admin_urls, scope
from .viewsets import (
    InstitutionViewSet,
    PersonViewSet,
    RegionViewSet,
    RoleAssignmentViewSet,
    SpecialisationViewSet,
    TalentViewSetGroup,
)


class AdministratorMenuItem(MenuItem):
    def is_shown(self, request):
        return scope.viewer(request.user).is_administrator


class TalentMenu(TalentViewSetGroup):
    items = [PersonViewSet, InstitutionViewSet, RegionViewSet, SpecialisationViewSet, RoleAssignmentViewSet]

    def get_submenu_items(self):
        items = [
            AdministratorMenuItem(
                _("Talent directory"), reverse_lazy("talent_admin:directory"), icon_name="list-ul", order=1
            ),
            AdministratorMenuItem(
                _("Training compliance"), reverse_lazy("talent_admin:compliance"), icon_name="warning", order=2
            ),
            AdministratorMenuItem(
                _("Import from Excel"), reverse_lazy("talent_admin:import"), icon_name="upload", order=3
            ),
        ]
        for order, registerable in enumerate(self.registerables, start=10):
            items.append(registerable.get_menu_item(order=order))
        return items


@hooks.register("register_admin_viewset")
def register_talent_viewsets():
    return TalentMenu()


@hooks.register("register_admin_viewset")
def register_lecturer_chooser():
    from .choosers import lecturer_chooser_viewset

    return lecturer_chooser_viewset


@hooks.register("register_admin_urls")
def register_talent_admin_urls():
    return [path("talent/", include((admin_urls.urlpatterns, "talent_admin"), namespace="talent_admin"))]
