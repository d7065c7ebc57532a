"""Migration talent.0005 (the directory's trigram indexes on PostgreSQL) goes back and forth on both
databases: `manage.py migrate talent 0004` used to fail on SQLite."""

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.migrations.recorder import MigrationRecorder

BEFORE = ("talent", "0004_private_files_and_export_jobs")
TRIGRAMS = ("talent", "0005_person_name_trigram_indexes")
LATEST = ("talent", "0006_exportjob_expired_status")


def _applied():
    return set(MigrationRecorder(connection).applied_migrations())


def _trigram_indexes():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexname FROM pg_indexes WHERE tablename = 'talent_person' AND indexname LIKE '%%_trgm'"
        )
        return {row[0] for row in cursor.fetchall()}


def _back_and_forth():
    call_command("migrate", *BEFORE, verbosity=0)
    try:
        applied = _applied()
        assert BEFORE in applied and TRIGRAMS not in applied and LATEST not in applied
        indexes_between = _trigram_indexes() if connection.vendor == "postgresql" else None
    finally:
        call_command("migrate", "talent", verbosity=0)
    assert {TRIGRAMS, LATEST} <= _applied()
    return indexes_between


@pytest.mark.django_db(transaction=True)
def test_migrating_talent_back_to_0004_and_forward_again_works_on_sqlite():
    if connection.vendor != "sqlite":
        pytest.skip("the SQLite case; PostgreSQL has its own test")
    assert _back_and_forth() is None


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_on_postgresql_going_back_drops_the_trigram_indexes_and_forward_restores_them():
    assert _trigram_indexes() == {"talent_person_name_trgm", "talent_person_email_trgm"}
    assert _back_and_forth() == set()
    assert _trigram_indexes() == {"talent_person_name_trgm", "talent_person_email_trgm"}
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")
        assert cursor.fetchone()  # the extension belongs to the database and stays
