from celery import shared_task

from . import notifications, services


@shared_task(autoretry_for=(OSError,), retry_backoff=True, max_retries=5)
def send_enrolment_notice(enrolment_id, kind):
    """Thin wrapper: one enrolment email (confirmed, waitlisted, approval needed, approved,
    rejected, promoted); idempotent through ``Notice``."""
    return notifications.send_notice(enrolment_id=enrolment_id, kind=kind)


@shared_task
def send_session_reminders():
    """Beat, daily: remind learners of tomorrow's session day; once per enrolment and day."""
    return notifications.send_reminders()


@shared_task
def recount_course_popularity():
    """Beat: refresh CoursePage.popularity from the enrolments (one UPDATE)."""
    return services.recount_popularity()


@shared_task(autoretry_for=(OSError,), retry_backoff=True, max_retries=5)
def generate_certificate(certificate_id):
    """Thin wrapper: a certificate's PDF, signed credential and email (idempotent, see certificates.generate)."""
    from . import certificates

    return certificates.generate(certificate_id)
