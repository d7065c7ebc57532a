from django.db import migrations, models


def seed_kinds(apps, schema_editor):
    from learning.exams import structures

    structures.seed_written_kinds(apps)


class Migration(migrations.Migration):
    dependencies = [("exams", "0004_seed_knowledge_paper")]

    operations = [
        migrations.AddField(
            model_name="question",
            name="written_kind",
            field=models.CharField(
                blank=True,
                choices=[("case_analysis", "Case analysis (written)"), ("essay", "Essay"), ("drafting", "Drafting task")],
                db_index=True,
                help_text=(
                    "Written answers only: a case analysis, an essay or a drafting task (claims, a response to an "
                    "office action, a request for invalidation). Blueprint sections can ask for one kind."
                ),
                max_length=16,
                verbose_name="kind of written answer",
            ),
        ),
        migrations.AddField(
            model_name="blueprintsection",
            name="written_kind",
            field=models.CharField(
                blank=True,
                choices=[("case_analysis", "Case analysis (written)"), ("essay", "Essay"), ("drafting", "Drafting task")],
                help_text="Written answers only: draw just this kind. Empty: any written answer.",
                max_length=16,
                verbose_name="kind of written answer",
            ),
        ),
        migrations.RunPython(seed_kinds, migrations.RunPython.noop),
    ]
