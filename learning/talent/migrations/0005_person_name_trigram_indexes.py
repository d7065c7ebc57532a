"""Trigram indexes for the directory's name and email search on PostgreSQL (pg_trgm): a LIKE
'%…%' of three characters or more is answered from the index instead of a scan of every person.
SQLite has no such index; there the search scans, as before, and this migration does nothing in
either direction.

Reversible on both databases. Going back drops the two indexes and leaves the pg_trgm extension
installed: an extension belongs to the whole database (other schemas or a DBA may use it, and
dropping it needs its owner's rights), and keeping it changes nothing for this app. Django's own
``TrigramExtension`` operation was used here before; its reverse asks ``pg_extension`` on every
database, so ``migrate talent 0004`` failed on SQLite. Forwards, ``CREATE EXTENSION IF NOT EXISTS``
does what that operation did."""

from django.db import migrations

INDEXES = {
    "talent_person_name_trgm": "name",
    "talent_person_email_trgm": "email",
}


def create_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
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
        migrations.RunPython(create_indexes, drop_indexes, elidable=False),
    ]
