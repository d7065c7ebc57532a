import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0005_sme_hub"),
        ("talent", "0003_directory_indexes"),
    ]

    operations = [
        migrations.AddField(
            model_name="instructor",
            name="person",
            field=models.OneToOneField(
                blank=True,
                help_text=(
                    "Links the instructor to the lecturer's public profile page, which lists the courses they "
                    "teach. Only lecturers who chose a public profile can be picked, each for one instructor."
                ),
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="instructor",
                to="talent.person",
                verbose_name="lecturer in the talent network",
            ),
        ),
    ]
