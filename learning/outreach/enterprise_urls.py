from django.urls import path

from . import enterprise_views

urlpatterns = [path("", enterprise_views.my_enterprise, name="enterprise")]
