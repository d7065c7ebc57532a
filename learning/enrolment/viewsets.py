"""Sessions in the Wagtail admin (create and edit sessions per course), with links to each
attendance session's check-in code and roster."""

from django.forms import modelform_factory
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import ListingButton

from . import services
from .forms import SessionForm
from .models import Session


class SessionIndexView(generic.IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("course")

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if instance.has_attendance:
            buttons += [
                ListingButton(
                    _("Check-in code"),
                    reverse("enrolment_admin:checkin", args=[instance.pk]),
                    icon_name="view",
                    priority=40,
                ),
                ListingButton(
                    _("Roster"), reverse("enrolment_admin:roster", args=[instance.pk]), icon_name="list-ul", priority=41
                ),
            ]
        return buttons


class SessionCreateView(generic.CreateView):
    def save_instance(self):
        session = self.form.save(commit=False)
        session.organiser = session.organiser or self.request.user
        return services.save_session(session)


class SessionEditView(generic.EditView):
    def save_instance(self):
        return services.save_session(self.form.save(commit=False))


class SessionViewSet(ModelViewSet):
    model = Session
    icon = "date"
    menu_label = _("Sessions")
    add_to_admin_menu = False
    index_view_class = SessionIndexView
    add_view_class = SessionCreateView
    edit_view_class = SessionEditView
    form_fields = [
        "course",
        "title",
        "mode",
        "starts_on",
        "ends_on",
        "location",
        "meeting_url",
        "capacity",
        "enrolment_opens_at",
        "enrolment_closes_at",
        "eligibility",
        "requires_approval",
        "institution",
    ]
    list_display = [
        "title",
        Column("course", label=_("course"), accessor="course"),
        "mode",
        "starts_on",
        Column("seats", label=_("seats taken"), accessor="seats_label"),
    ]
    list_filter = ["mode", "requires_approval"]
    search_fields = ["title", "course__title"]
    search_backend_name = None  # plain ORM lookups: the title and the course title
    ordering = ["-starts_on", "pk"]

    def get_form_class(self, for_update=False):
        return modelform_factory(
            self.model, form=SessionForm, fields=self.form_fields, formfield_callback=self.formfield_for_dbfield
        )
