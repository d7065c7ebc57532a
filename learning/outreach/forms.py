"""The public forms: a need or question (with attachments, contact, consent and the spam checks)
and the status look-up."""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.forms import WagtailAdminModelForm

from learning.talent import scope
from learning.talent.models import Institution, InstitutionStatus, Region, RegionLevel

from . import abuse, attachments
from .enterprise_forms import CreditCodeField
from .enterprise_forms import RegionChoiceField as EnterpriseRegionField
from .models import NeedCategory, NeedOutcome
from .services import BACKDATE_LIMIT_DAYS
from .validators import validate_credit_code

PHONE = RegexValidator(
    r"^\+?[0-9][0-9\- ]{6,18}[0-9]$", _("Enter a phone number of digits, for example 13800138000 or 025-83001234.")
)


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    widget = MultipleFileInput

    def clean(self, data, initial=None):
        files = data if isinstance(data, list | tuple) else ([data] if data else [])
        return [super(MultipleFileField, self).clean(f, initial) for f in files]


class RegionChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return obj.name


def region_initial(code):
    """The province and city to preselect for a GB/T 2260 ``code`` from a query string (the "ask a
    service centre" box sends its region): a province, a prefecture with its province, or a county's
    prefecture and province. Anything else, unknown or no longer current gives nothing."""
    code = (code or "").strip()
    if len(code) != 6 or not code.isascii() or not code.isdigit():
        return {}
    region = Region.objects.filter(code=code, is_current=True).select_related("parent").first()
    if region is None:
        return {}
    if region.level == RegionLevel.PROVINCE:
        return {"province": region.pk}
    if not region.province_id:
        return {}
    prefecture = region if region.level == RegionLevel.PREFECTURE else region.parent
    initial = {"province": region.province_id}
    if prefecture is not None and prefecture.level == RegionLevel.PREFECTURE and prefecture.is_current:
        initial["prefecture"] = prefecture.code
    return initial


def prefill(query):
    """Initial values of the needs form from its query string (``?category=…&region=…``), checked:
    an unknown category or region is ignored."""
    initial = {}
    category = query.get("category", "")
    if isinstance(category, str) and category in NeedCategory.values:
        initial["category"] = category
    region = query.get("region", "")
    initial.update(region_initial(region if isinstance(region, str) else ""))
    return initial


def checked_files(files):
    """Uploaded files checked by their content: ``[(upload, content type)]``, or a ValidationError
    naming each file refused."""
    files = files or []
    if len(files) > settings.NEEDS_ATTACHMENT_MAX_FILES:
        raise ValidationError(_("Attach at most %(count)d files.") % {"count": settings.NEEDS_ATTACHMENT_MAX_FILES})
    checked, errors = [], []
    for upload in files:
        try:
            checked.append((upload, attachments.check(upload)))
        except ValidationError as error:
            errors.extend(error.messages)
    if errors:
        raise ValidationError(errors)
    return checked


class RegionFieldsForm(forms.Form):
    """Province and city, cascading: without JavaScript the city list holds every city grouped by
    province and ``clean_region`` checks that the city lies in the province."""

    province = RegionChoiceField(label=_("Province"), queryset=Region.objects.none(), empty_label="—")
    prefecture = forms.ChoiceField(label=_("City"), required=False, help_text=_("Optional; choose the province first."))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["province"].queryset = Region.objects.filter(level=RegionLevel.PROVINCE, is_current=True)
        prefectures = Region.objects.filter(level=RegionLevel.PREFECTURE, is_current=True).select_related("province")
        groups = {}
        for region in prefectures.order_by("code"):
            groups.setdefault(region.province.name if region.province_id else "", []).append((region.code, region.name))
        self.fields["prefecture"].choices = [("", "—")] + list(groups.items())

    def clean_region(self, data):
        """Set ``data["region"]``: the city when one is chosen (and lies in the province), else the province."""
        province, code = data.get("province"), data.get("prefecture")
        data["region"] = province
        if province and code:
            prefecture = Region.objects.filter(code=code, level=RegionLevel.PREFECTURE).first()
            if prefecture is None or prefecture.province_id != province.pk:
                self.add_error("prefecture", _("This city is not in %(province)s.") % {"province": province.name})
            else:
                data["region"] = prefecture
        return data


class NeedForm(RegionFieldsForm):
    category = forms.ChoiceField(label=_("What is it about?"), choices=[("", "—")] + NeedCategory.choices)
    title = forms.CharField(
        label=pgettext_lazy("need", "Subject"),
        max_length=120,
        help_text=_("One line, for example “Is my logo registrable?”"),
    )
    description = forms.CharField(
        label=_("Your question or need"),
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=5000,
        min_length=10,
        help_text=_("What you need, what you have done so far, and any deadline."),
    )
    files = MultipleFileField(
        label=_("Attachments"),
        required=False,
        widget=MultipleFileInput(attrs={"accept": attachments.ACCEPT_ATTRIBUTE}),
        help_text=_("Optional: up to %(count)d files (PDF, JPEG, PNG, Word .docx, Excel .xlsx)."),
    )
    submitter_name = forms.CharField(label=_("Your name"), max_length=80)
    organisation = forms.CharField(label=_("Enterprise or organisation"), max_length=200, required=False)
    email = forms.EmailField(
        label=_("Email"), required=False, help_text=_("We send the answer here once you confirm the address.")
    )
    phone = forms.CharField(
        label=_("Phone"),
        required=False,
        max_length=20,
        validators=[PHONE],
        help_text=_("Without email, a service centre will call you back."),
    )
    consent = forms.BooleanField(
        label=_("I agree that the IP public-service institutions may contact me about this question."),
        error_messages={"required": _("We can only answer if you agree to be contacted.")},
    )
    # Spam checks: a field people never see, and a small sum.
    website = forms.CharField(label=_("Leave this field empty"), required=False)
    answer = forms.CharField(label=_("Anti-spam question"), max_length=4)
    challenge = forms.CharField(widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["files"].help_text = self.fields["files"].help_text % {"count": settings.NEEDS_ATTACHMENT_MAX_FILES}
        previous = self.data.get("challenge") if self.is_bound else None
        a, b, token = abuse.new_challenge(previous)
        self.fields["answer"].label = _("Anti-spam question: what is %(a)d + %(b)d?") % {"a": a, "b": b}
        self.challenge_token = token
        self.initial["challenge"] = token

    def clean_files(self):
        return checked_files(self.cleaned_data.get("files"))

    def clean_email(self):
        return self.cleaned_data.get("email", "").strip().lower()

    def clean(self):
        data = super().clean()
        if data.get("website"):
            raise ValidationError(_("Your message looks automated and was not sent."), code="honeypot")
        reason = abuse.check_challenge(self.data.get("challenge"), data.get("answer", ""))
        if reason == "fast":
            self.add_error(None, _("That was very quick. Please check your entries and send the form again."))
        elif reason == "expired":
            self.add_error("answer", _("The form was open too long; answer the new question."))
        elif reason:
            self.add_error("answer", _("That is not the right answer; try the new question."))
        if not data.get("email") and not data.get("phone"):
            self.add_error("email", _("Give an email address or a phone number so that we can answer you."))
        return self.clean_region(data)

    def need_fields(self):
        data = self.cleaned_data
        return {
            "category": data["category"],
            "region": data["region"],
            "title": data["title"].strip(),
            "description": data["description"].strip(),
            "submitter_name": data["submitter_name"].strip(),
            "organisation": data.get("organisation", "").strip(),
            "submitter_email": data.get("email", ""),
            "submitter_phone": data.get("phone", "").strip(),
            "consent_to_contact": True,
        }


class InstitutionChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.province.name} · {obj.name}" if obj.province_id else obj.name


class StaffNeedForm(RegionFieldsForm):
    """A need received by phone, on site, by email or at an event, entered in the admin by a member
    of staff on behalf of the enterprise's contact (``services.record_need``)."""

    source = forms.ChoiceField(label=_("How did the need reach you?"), choices=())
    category = forms.ChoiceField(label=_("Category"), choices=[("", "—")] + NeedCategory.choices)
    title = forms.CharField(label=pgettext_lazy("need", "Subject"), max_length=120)
    description = forms.CharField(
        label=_("The question or need"),
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=5000,
        min_length=10,
        help_text=_("In the contact's words where possible: what they need, what they have done, any deadline."),
    )
    files = MultipleFileField(
        label=_("Attachments"),
        required=False,
        widget=MultipleFileInput(attrs={"accept": attachments.ACCEPT_ATTRIBUTE}),
        help_text=_("Documents the contact handed over (PDF, JPEG, PNG, Word .docx, Excel .xlsx)."),
    )
    submitter_name = forms.CharField(label=_("Contact name"), max_length=80)
    credit_code = CreditCodeField(
        label=_("Enterprise's unified social credit code"),
        max_length=30,
        required=False,
        help_text=_("Optional: links the need to an enterprise registered on the platform."),
    )
    organisation = forms.CharField(label=_("Enterprise or organisation"), max_length=200, required=False)
    phone = forms.CharField(label=_("Phone"), required=False, max_length=20, validators=[PHONE])
    phone_verified = forms.BooleanField(
        label=_("I spoke to the contact on this number (recorded as verified by you, with the time)"),
        required=False,
    )
    email = forms.EmailField(label=_("Email"), required=False)
    email_verified = forms.BooleanField(
        label=_(
            "The contact confirmed this email address to me: replies are emailed at once, without the confirmation link"
        ),
        required=False,
    )
    language = forms.ChoiceField(label=_("Language for emails"), choices=settings.LANGUAGES, initial="zh-hans")
    consent = forms.BooleanField(
        label=_("The contact agrees that the IP public-service institutions may contact them about this need."),
        error_messages={"required": _("A need can be recorded only if the contact agrees to be contacted.")},
    )
    received_at = forms.DateTimeField(
        label=_("When the need was received"),
        required=False,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"],
        help_text=format_lazy(
            _(
                "Leave empty for now. A call or visit taken earlier can be dated back up to {days} days; "
                "the first-reply deadline counts from then."
            ),
            days=BACKDATE_LIMIT_DAYS,
        ),
    )
    keep_at = InstitutionChoiceField(
        label=_("Where it goes"),
        queryset=Institution.objects.none(),
        required=False,
        empty_label=_("Route by the routing rules"),
        help_text=_("Or keep it at an institution whose needs you handle."),
    )

    field_order = [
        "source", "received_at", "category", "province", "prefecture", "title", "description", "files",
        "submitter_name", "credit_code", "organisation", "phone", "phone_verified", "email", "email_verified",
        "language", "consent", "keep_at",
    ]  # fmt: skip

    def __init__(self, *args, user=None, **kwargs):
        from .models import STAFF_SOURCES

        super().__init__(*args, **kwargs)
        self.fields["source"].choices = [("", "—")] + [(s.value, s.label) for s in STAFF_SOURCES]
        self.fields["keep_at"].queryset = (
            scope.need_institutions(user)
            .filter(status=InstitutionStatus.ACTIVE)
            .select_related("province")
            .order_by("province__code", "name")
        )

    def clean_files(self):
        return checked_files(self.cleaned_data.get("files"))

    def clean_email(self):
        return self.cleaned_data.get("email", "").strip().lower()

    def clean_credit_code(self):
        from .models import Enterprise

        code = self.cleaned_data.get("credit_code", "")
        if not code:
            return None
        enterprise = Enterprise.objects.filter(credit_code=code).first()
        if enterprise is None:
            raise ValidationError(
                _("No enterprise is registered with this code; leave it empty and type the organisation's name.")
            )
        return enterprise

    def clean(self):
        data = super().clean()
        if not data.get("email") and not data.get("phone"):
            self.add_error("phone", _("Give the contact's phone number or email address."))
        if data.get("phone_verified") and not data.get("phone"):
            self.add_error("phone_verified", _("Only a phone number that was given can be marked verified."))
        if data.get("email_verified") and not data.get("email"):
            self.add_error("email_verified", _("Only an email address that was given can be marked confirmed."))
        return self.clean_region(data)

    def need_fields(self):
        data = self.cleaned_data
        enterprise = data.get("credit_code")
        return {
            "source": data["source"],
            "category": data["category"],
            "region": data["region"],
            "title": data["title"].strip(),
            "description": data["description"].strip(),
            "submitter_name": data["submitter_name"].strip(),
            "organisation": data.get("organisation", "").strip() or (enterprise.name if enterprise else ""),
            "enterprise": enterprise,
            "submitter_email": data.get("email", ""),
            "submitter_phone": data.get("phone", "").strip(),
            "phone_verified": data.get("phone_verified", False),
            "email_verified": data.get("email_verified", False),
            "language": data["language"],
            "consent_to_contact": True,
            "keep_at": data.get("keep_at"),
            "received_at": data.get("received_at"),
            "attachments": data.get("files") or [],
        }


class StatusForm(forms.Form):
    reference = forms.CharField(
        label=_("Reference number"), max_length=40, help_text=_("For example XQ-2026-7K3M9QRD-F.")
    )
    contact = forms.CharField(label=_("The email or phone number you gave"), max_length=254)


class RoutingRuleForm(WagtailAdminModelForm):
    """A provincial administrator picks regions of their province and institutions in their reach."""

    categories = forms.MultipleChoiceField(
        label=_("Categories"),
        choices=NeedCategory.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Leave all unticked for every category."),
    )

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        if "region" in self.fields:
            self.fields["region"].queryset = (
                scope.regions(for_user)
                .filter(level__in=(RegionLevel.PROVINCE, RegionLevel.PREFECTURE), is_current=True)
                .order_by("code")
            )
        if "institution" in self.fields:
            self.fields["institution"].queryset = scope.institutions(for_user).filter(status=InstitutionStatus.ACTIVE)


class EnterpriseAdminForm(WagtailAdminModelForm):
    """An enterprise in the admin: the credit code checked by its check character, the region among
    those the administrator may pick (a provincial administrator keeps it in the province)."""

    credit_code = CreditCodeField(
        label=_("Unified social credit code"),
        max_length=30,
        validators=[validate_credit_code],
        help_text=_("18 characters, on the business licence (营业执照)."),
    )
    region = EnterpriseRegionField(
        label=_("Region"),
        queryset=Region.objects.none(),
        help_text=_("Where the enterprise is registered: its city, or its province."),
    )

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        self.fields["region"].queryset = (
            scope.regions(for_user)
            .filter(level__in=(RegionLevel.PROVINCE, RegionLevel.PREFECTURE), is_current=True)
            .select_related("parent")
            .order_by("code")
        )


# The queue's action forms (Wagtail admin) -------------------------------------------------------


class ReplyForm(forms.Form):
    body = forms.CharField(
        label=_("Reply to the submitter"), widget=forms.Textarea(attrs={"rows": 6}), max_length=10000
    )
    answers = forms.BooleanField(label=_("This answers the question (mark it answered)"), required=False, initial=True)


class MeasuresForm(forms.Form):
    measures = forms.CharField(label=_("Measures taken"), widget=forms.Textarea(attrs={"rows": 4}), max_length=5000)
    outcome = forms.ChoiceField(label=pgettext_lazy("need", "Result"), choices=[("", "—")] + NeedOutcome.choices)
    satisfaction = forms.TypedChoiceField(
        label=_("Submitter's satisfaction"),
        choices=[("", "—")] + [(n, str(n)) for n in range(1, 6)],
        coerce=int,
        empty_value=None,
        required=False,
    )


class CloseForm(forms.Form):
    note = forms.CharField(label=_("Closing note to the submitter (optional)"), required=False, max_length=1000)


class TransferForm(forms.Form):
    institution = forms.ModelChoiceField(
        label=_("Transfer to"), queryset=Institution.objects.filter(status=InstitutionStatus.ACTIVE)
    )
    reason = forms.CharField(label=_("Reason"), widget=forms.Textarea(attrs={"rows": 3}), max_length=1000)

    def __init__(self, *args, need=None, **kwargs):
        super().__init__(*args, **kwargs)
        qs = self.fields["institution"].queryset.select_related("province").order_by("province__code", "name")
        if need is not None and need.institution_id:
            qs = qs.exclude(pk=need.institution_id)
        self.fields["institution"].queryset = qs
        self.fields["institution"].label_from_instance = lambda i: f"{i.province.name} · {i.name}"


class QueueFilterForm(forms.Form):
    status = forms.ChoiceField(label=_("Status"), required=False)
    category = forms.ChoiceField(label=_("Category"), required=False, choices=[("", _("All"))] + NeedCategory.choices)
    overdue = forms.BooleanField(label=_("Overdue only"), required=False)
    q = forms.CharField(label=_("Reference or subject"), required=False, max_length=60)

    def __init__(self, *args, **kwargs):
        from .models import NeedStatus

        super().__init__(*args, **kwargs)
        self.fields["status"].choices = [("open", pgettext_lazy("need", "Open")), ("", _("All"))] + NeedStatus.choices
