"""Trigram indexes for the directory's name and email search on PostgreSQL (pg_trgm): a LIKE
'%…%' of three characters or more is answered from the index instead of a scan of every person.
SQLite has no such index; there the search scans, as before."""

from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations

INDEXES = {
    "talent_person_name_trgm": "name",
    "talent_person_email_trgm": "email",
}


def create_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, column in INDEXES.items():
        schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {name} ON talent_person USING gin ({column} gin_trgm_ops)")


def drop_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("talent", "0004_private_files_and_export_jobs")]

    operations = [
        TrigramExtension(),  # does nothing on other databases
        migrations.RunPython(create_indexes, drop_indexes),
    ]
