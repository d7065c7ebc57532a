"""Admin forms of the catalogue's snippets."""

from django import forms
from django.db.models import Q
from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminModelForm


class InstructorForm(WagtailAdminModelForm):
    """The Instructor snippet's form: the talent-network person it links to is chosen, in a
    searchable modal (learning/talent/choosers.py), among the lecturers who opted into a public profile
    (public information only, so any editor may see the list); a person already linked to another
    instructor is refused with a message that names it."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("person")
        if field is None:
            return
        from learning.talent.choosers import lecturer_chooser_viewset
        from learning.talent.models import Person

        choosable = Q(pk__in=Person.objects.public_lecturers().values("pk"))
        if self.instance.person_id:
            choosable |= Q(pk=self.instance.person_id)  # keep the current link even after an opt-out
        # Whole rows: Person records its values as loaded for the audit history, so no deferred fields.
        field.queryset = Person.objects.filter(choosable).select_related("institution")
        # A searchable modal instead of a select that would list every lecturer in each form.
        field.widget = lecturer_chooser_viewset.widget_class()

    def clean_person(self):
        person = self.cleaned_data.get("person")
        if person is None:
            return person
        other = self._meta.model.objects.filter(person=person).exclude(pk=self.instance.pk).first()
        if other is not None:
            raise forms.ValidationError(
                _("%(person)s is already linked to the instructor %(instructor)s; a lecturer links to one instructor.")
                % {"person": person.name, "instructor": other.name}
            )
        return person
