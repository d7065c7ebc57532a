from django.db import migrations


def seed(apps, schema_editor):
    from learning.exams import structures

    structures.seed(apps)


class Migration(migrations.Migration):
    dependencies = [("exams", "0001_initial")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
