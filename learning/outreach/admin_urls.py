from django.urls import path

from . import admin_views

urlpatterns = [
    path("", admin_views.queue, name="queue"),
    path("new/", admin_views.record, name="record"),
    path("<int:pk>/", admin_views.detail, name="need"),
    path("<int:pk>/<slug:action>/", admin_views.act, name="act"),
    path("<int:pk>/attachments/<int:attachment_id>/", admin_views.attachment, name="attachment"),
]
