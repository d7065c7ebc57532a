"""A self-paced course always has its always-open session, from the moment it is saved as self-paced."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from courses.models import CoursePage

from . import services


@receiver(post_save, sender=CoursePage, dispatch_uid="enrolment_self_paced_session")
def _self_paced_session(sender, instance, raw=False, **kwargs):
    if not raw:
        services.ensure_self_paced_session(instance)
