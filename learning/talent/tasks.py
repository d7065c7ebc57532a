from celery import shared_task

from . import compliance, importers, services


@shared_task(autoretry_for=(OSError,), retry_backoff=True, max_retries=5)
def send_invitation(person_id, invited_by_id=None, language=None):
    """Thin wrapper: the invitation email to a person without an account (sends once)."""
    return services.send_invitation(person_id=person_id, invited_by_id=invited_by_id, language=language)


@shared_task
def run_import(job_id):
    """Thin wrapper: validate and write an uploaded workbook, updating the job's progress."""
    return importers.run_job(job_id)


@shared_task(autoretry_for=(OSError,), retry_backoff=True, max_retries=3)
def build_export(job_id):
    """Thin wrapper: build a large directory export and email the requester a link (idempotent)."""
    return services.build_export(job_id=job_id)


@shared_task(autoretry_for=(OSError,), retry_backoff=True, max_retries=3)
def send_compliance_reminders(period=None):
    """Monthly (Celery beat): remind people below the yearly training hours and send each
    administrator a summary. Each reminder is recorded, so a rerun in the same month sends nothing new."""
    return compliance.send_reminders(period=period)


@shared_task
def expire_exports():
    """Daily (Celery beat): delete directory export files older than ExportJob.KEEP_DAYS and mark
    their jobs expired. Safe to run twice."""
    return services.expire_exports()
