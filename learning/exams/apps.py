from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ExamsConfig(AppConfig):
    name = "learning.exams"
    label = "exams"
    verbose_name = _("Exam preparation")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from . import models, services

        # Whatever a paper is drawn from: the draw banks kept by each web process start again.
        for model in (
            models.Question,
            models.Chapter,
            models.Blueprint,
            models.BlueprintSection,
            models.BlueprintChapterWeight,
        ):
            for signal in (post_save, post_delete):
                signal.connect(services.bank_changed, sender=model, dispatch_uid=f"bank-{model.__name__}-{signal}")
