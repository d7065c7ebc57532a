"""Admin forms of the catalogue's snippets."""

from django import forms
from django.db.models import Q
from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminModelForm


class InstructorForm(WagtailAdminModelForm):
    """The Instructor snippet's form: the talent-network person it links to is chosen among the
    lecturers who opted into a public profile (public information only, so any editor may see the
    list), named with their institution; a person already linked to another instructor is refused
    with a message that names it."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("person")
        if field is None:
            return
        from learning.talent.models import Person

        choosable = Q(is_lecturer=True, public_profile=True)
        if self.instance.person_id:
            choosable |= Q(pk=self.instance.person_id)  # keep the current link even after an opt-out
        # Whole rows: Person records its values as loaded for the audit history, so no deferred fields.
        field.queryset = Person.objects.filter(choosable).select_related("institution")
        field.label_from_instance = lambda person: f"{person.name} · {person.institution.name}"

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
