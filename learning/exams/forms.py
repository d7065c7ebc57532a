from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from .models import Exam, Paper, QuestionStatus


class QuestionAdminForm(WagtailAdminModelForm):
    """The review step: editors write drafts and send them for review; only a reviewer (permission
    "Can review questions and make them live") may make a question live."""

    def clean_status(self):
        status = self.cleaned_data["status"]
        user = getattr(self, "for_user", None)
        previous = self.instance.status if self.instance.pk else QuestionStatus.DRAFT
        if status == QuestionStatus.LIVE and previous != QuestionStatus.LIVE:
            if user is None or not user.has_perm("exams.publish_question"):
                raise forms.ValidationError(_("Only a reviewer can make a question live; set it to “In review”."))
            if previous == QuestionStatus.DRAFT:
                raise forms.ValidationError(_("A draft goes to “In review” before it can go live."))
        return status


class PlanForm(forms.Form):
    exam = forms.ModelChoiceField(label=_("Exam"), queryset=Exam.objects.all())
    target_date = forms.DateField(label=_("Exam date"), widget=forms.DateInput(attrs={"type": "date"}))


class PaperPassForm(forms.Form):
    exam = forms.ModelChoiceField(label=_("Exam"), queryset=Exam.objects.all())
    paper = forms.ModelChoiceField(label=_("Paper"), queryset=Paper.objects.for_exams())
    year = forms.IntegerField(label=_("Year passed"), min_value=2000, max_value=2100)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["year"].initial = timezone.localdate().year - 1


class MarkingForm(forms.Form):
    score = forms.DecimalField(label=_("Score"), min_value=0, decimal_places=1, max_digits=5)
    comment = forms.CharField(
        label=_("Comment for the learner"), widget=forms.Textarea(attrs={"rows": 4}), required=False
    )


class ImportForm(forms.Form):
    file = forms.FileField(
        label=_("Question bank (.xlsx)"),
        help_text=_("Use the template's layout; the whole file is checked before anything is saved."),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if not upload.name.lower().endswith(".xlsx"):
            raise forms.ValidationError(_("Upload an .xlsx workbook (Excel 2007 or later)."))
        if upload.size > 20 * 1024 * 1024:
            raise forms.ValidationError(_("The file is larger than 20 MB; split the bank into several files."))
        return upload
