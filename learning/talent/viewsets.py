"""The talent network in the Wagtail admin. Every viewset here is scoped through ``scope.py``:

- its permission policy asks ``scope.viewer()`` which actions the user's roles allow;
- every URL that names a record (edit, delete, inspect, history, usage, copy) first checks that the
  record is in the viewer's scoped queryset and answers 404 otherwise, whatever view serves it;
- index, search and filter choices start from the scoped queryset;
- the acting user is recorded for the audit history.
"""

from functools import wraps

import django_filters
from django.contrib import messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import ProtectedError
from django.http import Http404
from django.shortcuts import redirect
from django.urls import URLPattern
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.admin.ui.tables import BooleanColumn, Column
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.permission_policies.base import BasePermissionPolicy
from wagtail.permissions import register_permission_policy

from . import audit, records, scope
from .forms import InstitutionForm, PersonForm, PrivateScanInput, RoleAssignmentForm
from .models import Institution, InstitutionType, Person, Region, RoleAssignment, Specialisation

ADMIN_ACTIONS = {"add", "change", "delete", "view"}


class ScopedPermissionPolicy(BasePermissionPolicy):
    """Permissions from talent roles rather than Django model permissions."""

    def __init__(self, model, *, rule):
        super().__init__(model)
        self.rule = rule

    def user_has_permission(self, user, action):
        return self.rule(scope.viewer(user), action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action) and scope.contains(user, instance)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return any(self.user_has_permission_for_instance(user, a, instance) for a in actions)

    def instances_user_has_any_permission_for(self, user, actions):
        if not self.user_has_any_permission(user, actions):
            return self.model._default_manager.none()
        return scoped_queryset(self.model, user)

    def instances_user_has_permission_for(self, user, action):
        return self.instances_user_has_any_permission_for(user, [action])

    def users_with_any_permission(self, actions):
        from django.contrib.auth import get_user_model

        return get_user_model().objects.none()

    def users_with_permission(self, action):
        return self.users_with_any_permission([action])


def _administrators(viewer, action):
    return viewer.is_administrator and action in ADMIN_ACTIONS


def _national_only(viewer, action):
    return viewer.national and action in ADMIN_ACTIONS


def _regions(viewer, action):
    return (viewer.is_administrator and action == "view") or (viewer.national and action in ADMIN_ACTIONS)


def scoped_queryset(model, user):
    if model is Institution:
        return scope.institutions(user)
    if model is Person:
        return scope.people(user)
    if model in (Region, Specialisation):
        return model._default_manager.all() if scope.viewer(user).is_administrator else model._default_manager.none()
    if model is RoleAssignment:
        return model._default_manager.all() if scope.can_manage_reference_data(user) else model._default_manager.none()
    if model._meta.label == "outreach.RoutingRule":
        return scope.routing_rules(user)
    if model._meta.label == "outreach.Enterprise":
        return scope.enterprises(user)
    raise LookupError(f"no scope rule for {model.__name__}")


class ScopedIndexView(generic.IndexView):
    def get_base_queryset(self):
        return scoped_queryset(self.model, self.request.user)


class ScopedObjectMixin:
    """Defence in depth: the object is looked up in the scoped queryset as well as at the URL gate."""

    def get_object(self, queryset=None):
        if getattr(self, "object", None):
            return self.object
        pk = unquote(str(self.kwargs.get(self.pk_url_kwarg) or self.kwargs.get("pk") or self.pk))
        try:
            return scoped_queryset(self.model, self.request.user).get(pk=pk)
        except (self.model.DoesNotExist, ValueError, ValidationError):
            raise Http404 from None


class ScopedEditView(ScopedObjectMixin, generic.EditView):
    pass


class ScopedDeleteView(ScopedObjectMixin, generic.DeleteView):
    """A record still referred to (people, child institutions, role assignments) is kept, and the
    administrator is told why, whether Wagtail's reference index or the database notices first."""

    def _in_use(self):
        messages.error(
            self.request,
            _("This record is still in use (people, child institutions or role assignments refer to it)."),
        )
        return redirect(self.index_url_name)

    def form_valid(self, form):
        if self.usage and self.usage.is_protected:
            return self._in_use()
        return super().form_valid(form)

    def post(self, request, *args, **kwargs):
        try:
            with transaction.atomic():
                return super().post(request, *args, **kwargs)
        except ProtectedError:
            return self._in_use()


class ScopedInspectView(ScopedObjectMixin, generic.InspectView):
    pass


class ScopedModelViewSet(ModelViewSet):
    add_to_admin_menu = False
    copy_view_enabled = False
    inspect_view_enabled = True
    index_view_class = ScopedIndexView
    edit_view_class = ScopedEditView
    delete_view_class = ScopedDeleteView
    inspect_view_class = ScopedInspectView
    permission_rule = staticmethod(_administrators)
    # Views that show other records than the one named in the URL: national administrators only.
    national_only_views = {"usage"}

    @cached_property
    def permission_policy(self):
        return ScopedPermissionPolicy(self.model, rule=self.permission_rule)

    def register_permissions(self):
        # Permissions come from talent roles, not from Django group permissions.
        register_permission_policy(self.model, self.permission_policy, exact_class=True)

    def get_urlpatterns(self):
        return [self._gate(pattern) for pattern in super().get_urlpatterns()]

    def _gate(self, pattern):
        view = pattern.callback
        names_record = "pk" in pattern.pattern.converters
        national_only = pattern.name in self.national_only_views
        model = self.model

        @wraps(view)
        def gated(request, *args, **kwargs):
            if national_only and not scope.viewer(request.user).national:
                raise Http404
            if names_record:
                try:
                    found = scoped_queryset(model, request.user).filter(pk=unquote(str(kwargs["pk"]))).exists()
                except (ValueError, ValidationError):
                    found = False
                if not found:
                    raise Http404
            with audit.acting_as(request.user):
                return view(request, *args, **kwargs)

        return URLPattern(pattern.pattern, gated, pattern.default_args, pattern.name)


class InstitutionFilterSet(WagtailFilterSet):
    type = django_filters.ChoiceFilter(label=_("Type"), choices=InstitutionType.choices)
    province = django_filters.ModelChoiceFilter(label=_("Province"), queryset=Region.objects.none())
    status = django_filters.ChoiceFilter(label=_("Status"), choices=Institution._meta.get_field("status").choices)

    class Meta:
        model = Institution
        fields = ["type", "province", "status"]

    def __init__(self, *args, request=None, **kwargs):
        super().__init__(*args, request=request, **kwargs)
        user = request.user if request else None
        self.filters["province"].queryset = scope.regions(user).filter(level=1)


OUT_OF_SCOPE = "—"


class ParentColumn(Column):
    """The parent institution, named only when it lies within the viewer's scope."""

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        request = parent_context.get("request")
        if instance.parent_id and not scope.shows_institution(request.user if request else None, instance.parent_id):
            context["value"] = OUT_OF_SCOPE
        return context


class InstitutionInspectView(ScopedInspectView):
    def get_field_display_value(self, field_name, field):
        parent_id = self.object.parent_id
        if field_name == "parent" and parent_id and not scope.shows_institution(self.request.user, parent_id):
            return OUT_OF_SCOPE
        return super().get_field_display_value(field_name, field)

    def get_context_data(self, **kwargs):
        return super().get_context_data(history=audit.history(self.object)[:50], **kwargs)


class InstitutionViewSet(ScopedModelViewSet):
    model = Institution
    icon = "site"
    menu_label = _("Institutions")
    url_prefix = "talent/institutions"
    name = "talent_institutions"
    form_fields = None
    list_display = [
        "name",
        "type",
        "province",
        "region",
        ParentColumn("parent", label=capfirst(Institution._meta.get_field("parent").verbose_name)),
        "status",
    ]
    filterset_class = InstitutionFilterSet
    search_fields = ["name", "contact_name"]
    ordering = ["name"]
    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("type"), FieldPanel("status")]),
        FieldRowPanel([FieldPanel("region"), FieldPanel("parent")]),
        FieldRowPanel([FieldPanel("batch"), FieldPanel("designation_year")]),
        MultiFieldPanel(
            [
                FieldPanel("contact_name"),
                FieldPanel("contact_phone"),
                FieldPanel("contact_email"),
                FieldPanel("address"),
            ],
            heading=_("Contact"),
        ),
    ]
    inspect_view_fields = [
        "name",
        "type",
        "status",
        "region",
        "province",
        "parent",
        "batch",
        "designation_year",
        "contact_name",
        "contact_phone",
        "contact_email",
        "address",
    ]
    inspect_view_class = InstitutionInspectView
    inspect_template_name = "talent/admin/institution_inspect.html"

    def get_form_class(self, for_update=False):
        return self.get_edit_handler().get_form_class()

    def get_edit_handler(self):
        from wagtail.admin.panels import ObjectList

        return ObjectList(self.panels, base_form_class=InstitutionForm).bind_to_model(self.model)


class PersonFilterSet(WagtailFilterSet):
    institution = django_filters.ModelChoiceFilter(label=_("Institution"), queryset=Institution.objects.none())
    is_lecturer = django_filters.BooleanFilter(label=_("Trainer / lecturer"))
    is_investigator_candidate = django_filters.BooleanFilter(label=_("Technical investigator candidate"))

    class Meta:
        model = Person
        fields = ["institution", "is_lecturer", "is_investigator_candidate"]

    def __init__(self, *args, request=None, **kwargs):
        super().__init__(*args, request=request, **kwargs)
        self.filters["institution"].queryset = scope.institutions(request.user if request else None)


class PersonInspectView(ScopedInspectView):
    def get_context_data(self, **kwargs):
        from . import services

        context = super().get_context_data(**kwargs)
        person = self.object
        context.update(
            person=person,
            masked_id=person.national_id_masked,
            can_reveal=scope.can_reveal_national_id(self.request.user),
            history=audit.history(person)[:50],
            qualifications=person.qualifications.all(),
            record=records.for_person(person, viewer=self.request.user),
            specialisations=person.specialisations.all(),
            roles=services.roles_of(self.request.user),
        )
        return context


class PersonViewSet(ScopedModelViewSet):
    model = Person
    icon = "user"
    menu_label = _("People")
    url_prefix = "talent/people"
    name = "talent_people"
    list_display = ["name", "institution", "position", BooleanColumn("is_lecturer", label=_("Lecturer")), "email"]
    filterset_class = PersonFilterSet
    search_fields = ["name", "email", "mobile"]
    ordering = ["name"]
    inspect_view_class = PersonInspectView
    # Never the encrypted ID or its digest: the template shows the masked number instead.
    inspect_view_fields = [
        "name",
        "gender",
        "mobile",
        "email",
        "institution",
        "department",
        "position",
        "employment_start",
        "education",
        "languages",
        "is_lecturer",
        "is_investigator_candidate",
        "public_profile",
        "created_at",
        "updated_at",
    ]
    inspect_template_name = "talent/admin/person_inspect.html"
    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("gender")]),
        FieldRowPanel([FieldPanel("email"), FieldPanel("mobile")]),
        FieldPanel("institution"),
        FieldRowPanel([FieldPanel("department"), FieldPanel("position")]),
        FieldRowPanel([FieldPanel("employment_start"), FieldPanel("education")]),
        FieldPanel("specialisations"),
        FieldPanel("languages"),
        MultiFieldPanel(
            [FieldPanel("is_lecturer"), FieldPanel("is_investigator_candidate")], heading=_("Talent pools")
        ),
        MultiFieldPanel([FieldPanel("national_id_input"), FieldPanel("clear_national_id")], heading=_("National ID")),
        MultiFieldPanel([FieldPanel("public_profile"), FieldPanel("bio")], heading=_("Public lecturer profile")),
        InlinePanel(
            "qualifications",
            heading=_("Qualifications"),
            label=_("Qualification"),
            panels=[
                FieldRowPanel([FieldPanel("kind"), FieldPanel("title_level")]),
                FieldRowPanel([FieldPanel("name"), FieldPanel("specialty")]),
                FieldRowPanel([FieldPanel("obtained_on"), FieldPanel("number")]),
                FieldPanel("scan", widget=PrivateScanInput),
            ],
        ),
    ]

    def get_form_class(self, for_update=False):
        return self.get_edit_handler().get_form_class()

    def get_edit_handler(self):
        from wagtail.admin.panels import ObjectList

        return ObjectList(self.panels, base_form_class=PersonForm).bind_to_model(self.model)


class RegionViewSet(ScopedModelViewSet):
    model = Region
    icon = "globe"
    menu_label = _("Regions")
    url_prefix = "talent/regions"
    name = "talent_regions"
    list_display = ["name", "code", "level", "parent", "is_current"]
    list_filter = ["level", "is_current"]
    search_fields = ["name", "code"]
    form_fields = ["code", "name", "level", "parent", "is_current"]
    permission_rule = staticmethod(_regions)
    inspect_view_enabled = False


class SpecialisationViewSet(ScopedModelViewSet):
    model = Specialisation
    icon = "tag"
    menu_label = _("Specialisations")
    url_prefix = "talent/specialisations"
    name = "talent_specialisations"
    list_display = ["name", "sort_order"]
    form_fields = ["name", "sort_order"]
    permission_rule = staticmethod(_regions)
    inspect_view_enabled = False


class RoleAssignmentViewSet(ScopedModelViewSet):
    model = RoleAssignment
    icon = "key"
    menu_label = _("Roles")
    url_prefix = "talent/roles"
    name = "talent_roles"
    list_display = ["user", "role", "province", "institution", "created_at"]
    list_filter = ["role"]
    search_fields = ["user__email", "user__display_name"]
    form_fields = ["user", "role", "province", "institution"]
    permission_rule = staticmethod(_national_only)
    inspect_view_enabled = False

    def get_form_class(self, for_update=False):
        from django.forms import modelform_factory

        return modelform_factory(RoleAssignment, form=RoleAssignmentForm, fields=self.form_fields)


class TalentViewSetGroup(ModelViewSetGroup):
    menu_label = _("Talent network")
    menu_icon = "group"
    menu_order = 250
