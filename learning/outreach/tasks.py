"""Celery tasks of needs collection: thin, idempotent wrappers over notifications.py."""

from celery import shared_task

from . import notifications


@shared_task(autoretry_for=(OSError,), retry_backoff=True, max_retries=5)
def send_need_notice(event_id):
    return notifications.send_notice(event_id)


@shared_task(autoretry_for=(OSError,), retry_backoff=True, max_retries=5)
def send_need_reply(reply_id):
    return notifications.send_reply(reply_id)


@shared_task
def send_sla_digests():
    return notifications.send_sla_digests()


@shared_task(name="learning.outreach.tasks.produce_quarterly_needs_reports")
def produce_quarterly_needs_reports():
    """Beat, on the first day of each quarter: the last quarter's needs report for the nation, each
    province and each institution that received needs. Running it twice replaces, never duplicates."""
    from .reports import produce_quarterly

    return produce_quarterly()
