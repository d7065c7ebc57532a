from django.urls import path

from . import views

app_name = "enrolment"
urlpatterns = [
    path("sessions/<int:pk>/enrol/", views.enrol, name="enrol"),
    path("enrolments/<int:pk>/withdraw/", views.withdraw, name="withdraw"),
    path("check-in/<str:token>/", views.check_in, name="check_in"),
]
