from django.urls import path

from . import views

app_name = "exams"

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("papers/<slug:code>/", views.paper_detail, name="paper"),
    path("papers/<slug:code>/practice/", views.start_practice, name="start_practice"),
    path("mock/<int:pk>/start/", views.start_mock, name="start_mock"),
    path("attempts/<int:pk>/", views.attempt_view, name="attempt"),
    path("attempts/<int:pk>/save/", views.save_answer, name="save_answer"),
    path("attempts/<int:pk>/answer/", views.answer_practice, name="answer_practice"),
    path("attempts/<int:pk>/submit/", views.submit, name="submit"),
    path("attempts/<int:pk>/result/", views.result, name="result"),
    path("questions/<int:pk>/favourite/", views.toggle_favourite, name="favourite"),
    path("wrong-answers/", views.wrong_book, name="wrong_book"),
    path("wrong-answers/review/", views.start_review, name="start_review"),
    path("readiness/", views.readiness, name="readiness"),
    path("plan/", views.plan, name="plan"),
]
