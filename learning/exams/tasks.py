from celery import shared_task

from . import services


@shared_task
def submit_overdue_attempts():
    """Close mock exams whose deadline passed while the learner was away (idempotent)."""
    return services.submit_overdue_attempts()
