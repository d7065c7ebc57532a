from django.urls import path

from . import views

urlpatterns = [
    path("directory/", views.directory_page, name="directory"),
    path("directory/export.xlsx", views.directory_export, name="directory_export"),
    path("exports/<int:job_id>/", views.export_status, name="export_status"),
    path("exports/<int:job_id>/download.xlsx", views.export_download, name="export_download"),
    path("compliance/", views.compliance_page, name="compliance"),
    path("import/", views.import_upload, name="import"),
    path("import/template.xlsx", views.import_template, name="import_template"),
    path("import/<int:job_id>/", views.import_status, name="import_status"),
    path("import/<int:job_id>/errors.xlsx", views.import_errors, name="import_errors"),
    path("people/<int:pk>/reveal-id/", views.reveal_national_id, name="reveal_id"),
    path("people/<int:pk>/invite/", views.invite, name="invite"),
    path("qualifications/<int:pk>/scan/", views.qualification_scan, name="qualification_scan"),
]
