from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("talent", "0005_person_name_trigram_indexes")]

    operations = [
        migrations.AlterField(
            model_name="exportjob",
            name="status",
            field=models.CharField(
                choices=[
                    ("pending", "Waiting"),
                    ("running", "Being built"),
                    ("done", "Ready"),
                    ("failed", "Failed"),
                    ("expired", "Expired"),
                ],
                default="pending",
                max_length=16,
            ),
        ),
    ]
