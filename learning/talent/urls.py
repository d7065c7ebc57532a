from django.urls import path

from . import views

app_name = "talent"
urlpatterns = [
    path("lecturers/<int:pk>/", views.lecturer_profile, name="lecturer_profile"),
    path("my-lecturer-profile/", views.my_lecturer_profile, name="my_lecturer_profile"),
]
