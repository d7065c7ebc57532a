"""The lecturer chooser of the Wagtail admin: a searchable, paginated modal listing the lecturers who
chose a public profile (public information, so any editor may use it), for the catalogue's Instructor
snippet. A plain select would put every lecturer of the network into each form."""

from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.forms.choosers import BaseFilterForm
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic.chooser import ChooseResultsView, ChooseView
from wagtail.admin.viewsets.chooser import ChooserViewSet


class LecturerSearchForm(BaseFilterForm):
    q = forms.CharField(
        label=_("Search term"),
        widget=forms.TextInput(attrs={"placeholder": _("Name or institution")}),
        required=False,
    )

    def filter(self, objects):
        query = (self.cleaned_data.get("q") or "").strip()
        if query:
            self.is_searching, self.search_query = True, query
            objects = objects.filter(Q(name__icontains=query) | Q(institution__name__icontains=query))
        return objects


class LecturerColumnsMixin:
    filter_form_class = LecturerSearchForm
    ordering = ["name", "pk"]

    @property
    def title_column(self):
        column = super().title_column
        column.label = pgettext_lazy("person", "name")
        return column

    @property
    def columns(self):
        return [
            *super().columns,
            Column("institution", label=_("Institution"), accessor=lambda person: person.institution.name),
        ]


class LecturerChooseView(LecturerColumnsMixin, ChooseView):
    pass


class LecturerChooseResultsView(LecturerColumnsMixin, ChooseResultsView):
    pass


class LecturerChooserViewSet(ChooserViewSet):
    model = "talent.Person"
    icon = "user"
    choose_one_text = _("Choose a lecturer")
    choose_another_text = _("Choose another lecturer")
    per_page = 20
    choose_view_class = LecturerChooseView
    choose_results_view_class = LecturerChooseResultsView
    register_widget = False  # only the Instructor snippet uses it, explicitly

    def get_object_list(self):
        from .models import Person

        return Person.objects.public_lecturers().select_related("institution")


lecturer_chooser_viewset = LecturerChooserViewSet("talent_lecturer_chooser", url_prefix="talent/lecturer-chooser")
