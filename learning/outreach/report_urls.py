from django.urls import path

from . import report_views

urlpatterns = [
    path("", report_views.report_page, name="report"),
    path("export.<str:fmt>", report_views.report_export, name="report_export"),
    path("draft/", report_views.draft_content, name="draft_content"),
    path("stored/<int:pk>.<str:fmt>", report_views.stored_report_file, name="stored_report"),
]
