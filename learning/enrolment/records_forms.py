"""Forms of the learner's records: a claim for hours earned elsewhere."""

from django import forms
from django.utils.translation import gettext_lazy as _

from . import hours


class HoursClaimForm(forms.Form):
    title = forms.CharField(label=_("Training"), max_length=200)
    provider = forms.CharField(label=_("Provider"), max_length=200)
    completed_on = forms.DateField(label=_("Completed on"), widget=forms.DateInput(attrs={"type": "date"}))
    professional_hours = forms.DecimalField(
        label=_("Professional hours (专业科目)"), max_digits=5, decimal_places=1, min_value=0, initial=0
    )
    general_hours = forms.DecimalField(
        label=_("General hours (公需科目)"), max_digits=5, decimal_places=1, min_value=0, initial=0
    )
    evidence = forms.FileField(
        label=_("Evidence"),
        help_text=_("The certificate or attendance record: PDF, JPEG or PNG, at most 10 MB."),
        validators=[hours.validate_evidence],
        widget=forms.ClearableFileInput(attrs={"accept": ".pdf,.jpg,.jpeg,.png"}),
    )
