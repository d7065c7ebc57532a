from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EnrolmentConfig(AppConfig):
    name = "learning.enrolment"
    label = "enrolment"
    verbose_name = _("Enrolment and records")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from learning.exams import signals as exam_signals

        from . import (
            completion,
            signals,  # noqa: F401  (self-paced courses get their session)
        )

        exam_signals.final_quiz_passed.connect(completion.on_final_quiz_passed, dispatch_uid="records_final_quiz")
