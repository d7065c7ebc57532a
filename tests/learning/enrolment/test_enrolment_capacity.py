"""Fifty learners press "enrol" at the same instant for a ten-seat session (PostgreSQL)."""

import threading

import pytest
from django.db import connection

from learning.enrolment import services
from learning.enrolment.models import Enrolment, EnrolmentStatus, Session
from tests.conftest import restore_migrated_content
from tests.factories import UserFactory

from . import factories

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def test_fifty_concurrent_enrolments_fill_ten_seats_and_waitlist_forty():
    restore_migrated_content()
    session = factories.session(capacity=10)
    users = [UserFactory() for _ in range(50)]
    barrier, errors = threading.Barrier(len(users)), []

    def press_enrol(user):
        try:
            barrier.wait()
            services.enrol(user, session)
        except Exception as error:  # noqa: BLE001 - collected and asserted below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=press_enrol, args=(user,)) for user in users]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    statuses = list(Enrolment.objects.filter(session=session).values_list("status", flat=True))
    assert statuses.count(EnrolmentStatus.ENROLLED) == 10
    assert statuses.count(EnrolmentStatus.WAITLISTED) == 40
    assert Session.objects.get(pk=session.pk).seats_taken == 10
