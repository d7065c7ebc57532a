from django import forms
from django.utils.translation import gettext_lazy as _

from learning.talent.models import Region, RegionLevel

from .models import Enterprise
from .validators import normalise_credit_code, validate_credit_code


class RegionChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, region):
        if region.level == RegionLevel.PREFECTURE and region.parent_id:
            return f"{region.parent.name} {region.name}"
        return region.name


class CreditCodeField(forms.CharField):
    def to_python(self, value):
        return normalise_credit_code(super().to_python(value))


class EnterpriseForm(forms.ModelForm):
    credit_code = CreditCodeField(
        label=_("Unified social credit code"),
        max_length=30,
        validators=[validate_credit_code],
        help_text=_("18 characters, on the business licence (营业执照)."),
    )
    region = RegionChoiceField(
        label=_("Region"),
        queryset=Region.objects.filter(level__in=(RegionLevel.PROVINCE, RegionLevel.PREFECTURE), is_current=True)
        .select_related("parent")
        .order_by("code"),
        help_text=_("Where the enterprise is registered: its city, or its province."),
    )

    class Meta:
        model = Enterprise
        fields = ["name", "credit_code", "region", "industry", "size"]

    def validate_unique(self):
        """The service gives the friendly message about an enterprise that is already registered."""


class JoinForm(forms.Form):
    credit_code = CreditCodeField(label=_("Unified social credit code"), max_length=30)
    code = forms.CharField(
        label=_("Join code"), max_length=12, help_text=_("Shown to the enterprise's members on this page.")
    )
