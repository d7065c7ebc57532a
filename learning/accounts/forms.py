from allauth.account.forms import SignupForm as AllauthSignupForm
from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.users.forms import UserCreationForm, UserEditForm

from .models import User, UserKind, phone_validator


class SignupForm(AllauthSignupForm):
    """allauth's sign-up form plus the fields every learner gives when joining."""

    display_name = forms.CharField(
        label=_("Display name"),
        max_length=80,
        help_text=_("Your real name as it should appear on certificates."),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    kind = forms.ChoiceField(
        label=_("I am"),
        choices=UserKind.choices,
        widget=forms.RadioSelect,
        help_text=_(
            "Public-service staff can enrol in staff-only training; SMEs find knowledge modules for businesses."
        ),
    )
    phone = forms.CharField(
        label=_("Mobile phone (optional)"),
        max_length=20,
        required=False,
        validators=[phone_validator],
        widget=forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
    )

    field_order = ["email", "display_name", "kind", "phone", "password1", "password2"]


_WAGTAIL_USER_FIELDS = {"email", "display_name", "kind", "phone", "is_superuser", "groups"}


class WagtailUserCreationForm(UserCreationForm):
    """Wagtail's 'add user' form for a model that has a display name instead of first/last names."""

    first_name = None
    last_name = None

    class Meta(UserCreationForm.Meta):
        model = User
        fields = _WAGTAIL_USER_FIELDS


class WagtailUserEditForm(UserEditForm):
    first_name = None
    last_name = None

    class Meta(UserEditForm.Meta):
        model = User
        fields = _WAGTAIL_USER_FIELDS | {"is_active"}
