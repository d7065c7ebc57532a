from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm


class DecisionForm(forms.Form):
    """The approvers' bulk decision on the pending-requests list."""

    enrolments = forms.TypedMultipleChoiceField(
        coerce=int, error_messages={"required": _("Select at least one request.")}
    )
    action = forms.ChoiceField(choices=[("approve", _("Approve")), ("reject", _("Reject"))])
    reason = forms.CharField(
        label=_("Reason (the learner sees it)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The choices are checked against the approver's scope by the view; here any id is accepted.
        self.fields["enrolments"].valid_value = lambda value: True

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("action") == "reject" and not (cleaned.get("reason") or "").strip():
            self.add_error("reason", _("Give a reason for the rejection; the learner will see it."))
        return cleaned


class SessionForm(WagtailAdminModelForm):
    """The admin form for sessions: meeting links are assumed to be https."""

    meeting_url = forms.URLField(label=_("meeting link"), required=False, assume_scheme="https")
