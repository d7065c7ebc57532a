from django.db import migrations


def seed(apps, schema_editor):
    from learning.exams import structures

    structures.seed_knowledge(apps)


class Migration(migrations.Migration):
    dependencies = [("exams", "0003_practice_sets_and_knowledge_papers")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
