from django.urls import path

from . import admin_views

urlpatterns = [
    path("requests/", admin_views.requests_page, name="requests"),
    path("sessions/<int:pk>/checkin/", admin_views.checkin_page, name="checkin"),
    path("sessions/<int:pk>/roster/", admin_views.roster_page, name="roster"),
    path("sessions/<int:pk>/roster.xlsx", admin_views.roster_export, name="roster_export"),
]
