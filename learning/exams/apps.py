from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ExamsConfig(AppConfig):
    name = "learning.exams"
    label = "exams"
    verbose_name = _("Exam preparation")
    default_auto_field = "django.db.models.BigAutoField"
