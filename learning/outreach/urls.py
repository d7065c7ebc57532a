from django.urls import path

from . import views

app_name = "needs"

urlpatterns = [
    path("new/", views.new_need, name="new"),
    path("new/sent/", views.submitted, name="submitted"),
    path("status/", views.status, name="status"),
    path("confirm/<str:token>/", views.verify_email, name="verify"),
]
