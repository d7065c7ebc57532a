"""URLs of the learner's records (My learning, transcripts, certificates) and of public certificate
verification; enrolment itself is in urls.py."""

from django.urls import path, register_converter

from . import records_views as views


class YearConverter:
    regex = "[0-9]{4}"

    def to_python(self, value):
        return int(value)

    def to_url(self, value):
        return f"{int(value):04d}"


register_converter(YearConverter, "year")

app_name = "records"
urlpatterns = [
    path("my/", views.my_learning, name="my_learning"),
    path("my/lessons/<int:lesson_id>/complete/", views.lesson_complete, name="lesson_complete"),
    path("my/hours/claim/", views.hours_claim, name="hours_claim"),
    path("my/hours/<int:entry_id>/evidence/", views.hours_evidence, name="hours_evidence"),
    path("my/transcript/<year:year>.pdf", views.transcript_pdf, name="transcript_pdf"),
    path("my/transcript/<year:year>.xlsx", views.transcript_xlsx, name="transcript_xlsx"),
    path("my/certificates/<str:number>.pdf", views.certificate_pdf, name="certificate_pdf"),
    path("my/certificates/<str:number>.json", views.certificate_credential, name="certificate_credential"),
    path("certificates/verify/", views.verify_form, name="verify_form"),
    path("certificates/<str:number>/", views.verify, name="verify"),
    path("certificates/<str:number>/credential.json", views.verify_credential, name="verify_credential"),
    path("credentials/status/<int:number>", views.status_list, name="status_list"),
    path(".well-known/did.json", views.did_json, name="did_json"),
]
