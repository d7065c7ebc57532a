"""Admin forms. Every choice of institution, region or person is limited to the editor's scope, and
a saved record must stay within it."""

from django import forms
from django.core.exceptions import ValidationError
from django.forms.utils import flatatt
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from . import normalise, scope
from .models import (
    Institution,
    InstitutionStatus,
    InstitutionType,
    Region,
    RegionLevel,
    Specialisation,
    TitleLevel,
)


class _ScanLink:
    """What the file input shows for a stored scan: a link to the scope-checked, logged view,
    never a storage URL."""

    def __init__(self, file):
        self.file = file

    @property
    def url(self):
        return reverse("talent_admin:qualification_scan", args=[self.file.instance.pk])

    def __str__(self):
        suffix = self.file.name.rsplit(".", 1)[-1].upper() if "." in self.file.name else ""
        return f"{_('scan')} ({suffix})" if suffix else str(_("scan"))


class PrivateScanInput(forms.ClearableFileInput):
    def is_initial(self, value):
        return bool(value and getattr(value, "name", "") and getattr(value.instance, "pk", None))

    def format_value(self, value):
        return _ScanLink(value) if self.is_initial(value) else None


class InstitutionForm(WagtailAdminModelForm):
    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        self.user = for_user
        if "region" in self.fields:
            self.fields["region"].queryset = scope.regions(for_user).filter(is_current=True).order_by("code")
        if "parent" in self.fields:
            qs = scope.institutions(for_user)
            if self.instance.pk:
                qs = qs.exclude(pk=self.instance.pk)
            self.fields["parent"].queryset = qs

    def clean(self):
        cleaned = super().clean()
        probe = Institution(
            pk=self.instance.pk, region=cleaned.get("region"), parent=cleaned.get("parent"), name=cleaned.get("name")
        )
        if cleaned.get("region") and not scope.institution_allowed(self.user, probe):
            raise ValidationError(_("You can only keep institutions within your own province or institution."))
        return cleaned


class PersonForm(WagtailAdminModelForm):
    national_id_input = forms.CharField(
        label=_("National ID number"),
        required=False,
        max_length=30,
        help_text=_("Stored encrypted. Leave empty to keep the current number; enter a new one to replace it."),
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
    )
    clear_national_id = forms.BooleanField(label=_("Remove the stored national ID number"), required=False)

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        self.user = for_user
        if "institution" in self.fields:
            self.fields["institution"].queryset = scope.institutions(for_user).order_by("name")
        if self.instance.pk and self.instance.national_id_encrypted:
            self.fields["national_id_input"].widget.attrs["placeholder"] = self.instance.national_id_masked

    def clean_national_id_input(self):
        try:
            return normalise.national_id(self.cleaned_data.get("national_id_input"))
        except ValueError as exc:
            raise ValidationError(_("Not a valid ID number: %(reason)s") % {"reason": exc}) from None

    def clean_email(self):
        return normalise.email(self.cleaned_data.get("email") or "")

    def clean(self):
        cleaned = super().clean()
        institution = cleaned.get("institution")
        if institution is not None and not scope.institutions(self.user).filter(pk=institution.pk).exists():
            self.add_error("institution", _("Choose an institution within your scope."))
        value = cleaned.get("national_id_input")
        if value:
            from . import crypto
            from .models import Person

            clash = Person.objects.filter(national_id_digest=crypto.digest(value)).exclude(pk=self.instance.pk)
            if clash.exists():
                self.add_error("national_id_input", _("Another person already has this ID number."))
        return cleaned

    def save(self, commit=True):
        value = self.cleaned_data.get("national_id_input")
        if value:
            self.instance.set_national_id(value)
        elif self.cleaned_data.get("clear_national_id"):
            self.instance.set_national_id("")
        return super().save(commit=commit)


class RoleAssignmentForm(WagtailAdminModelForm):
    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        if "province" in self.fields:
            self.fields["province"].queryset = Region.objects.filter(level=RegionLevel.PROVINCE)


class QuickSelect(forms.Select):
    """A <select> whose options are written in Python instead of one template render each: the
    directory's filters hold a hundred options and are drawn on every request."""

    def render(self, name, value, attrs=None, renderer=None):
        widget = self.get_context(name, value, attrs)["widget"]
        options = format_html_join(
            "",
            '<option value="{}"{}>{}</option>',
            (
                (option["value"], " selected" if option["selected"] else "", option["label"])
                for _group, choices, _index in widget["optgroups"]
                for option in choices
            ),
        )
        return format_html('<select name="{}"{}>{}</select>', widget["name"], flatatt(widget["attrs"]), options)


class DirectoryFilterForm(forms.Form):
    """The talent directory's filters; the choices come from the viewer's scope."""

    q = forms.CharField(label=_("Name, email or mobile"), required=False)
    province = forms.ModelChoiceField(label=_("Province"), queryset=Region.objects.none(), required=False)
    region = forms.CharField(label=_("Region code"), required=False, max_length=6)
    institution_type = forms.ChoiceField(
        label=_("Institution type"), choices=[("", _("Any"))] + list(InstitutionType.choices), required=False
    )
    institution = forms.ModelChoiceField(label=_("Institution"), queryset=Institution.objects.none(), required=False)
    specialisation = forms.ModelChoiceField(
        label=_("Specialisation"), queryset=Specialisation.objects.all(), required=False
    )
    title = forms.ChoiceField(
        label=_("Professional title"), choices=[("", _("Any"))] + list(TitleLevel.choices), required=False
    )
    patent_attorney = forms.BooleanField(label=_("Patent attorney"), required=False)
    pool = forms.ChoiceField(
        label=_("Talent pool"),
        choices=[
            ("", _("Any")),
            ("lecturer", _("Trainer / lecturer")),
            ("investigator", _("Technical investigator candidate")),
        ],
        required=False,
    )
    hours_below = forms.DecimalField(
        label=_("This year's training hours below"), required=False, min_value=0, max_digits=6, decimal_places=1
    )
    hours_at_least = forms.DecimalField(
        label=_("This year's training hours at least"), required=False, min_value=0, max_digits=6, decimal_places=1
    )
    status = forms.ChoiceField(
        label=_("Institution status"), choices=[("", _("Any"))] + list(InstitutionStatus.choices), required=False
    )

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            if type(field.widget) is forms.Select:
                field.widget = QuickSelect(attrs=field.widget.attrs, choices=field.widget.choices)
        self.fields["province"].queryset = scope.regions(user).filter(level=RegionLevel.PROVINCE)
        self.fields["institution"].queryset = scope.institutions(user).order_by("name")


class ImportForm(forms.Form):
    file = forms.FileField(label=_("Workbook (.xlsx)"))
    skip_invalid = forms.BooleanField(
        label=_("Import the valid rows and give me a file of the invalid ones"),
        required=False,
        help_text=_("Without this, nothing is written until every row is valid."),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if not upload.name.lower().endswith(".xlsx"):
            raise ValidationError(_("Upload an .xlsx workbook (the template is a good start)."))
        return upload
