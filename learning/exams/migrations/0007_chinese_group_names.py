"""The demo's question-bank groups get Chinese names (administrators read the group list in Chinese);
members and permissions stay, being the same rows. Groups of these names exist only where seed_demo ran."""

from django.db import migrations

NAMES = [("Question writers", "命题人员"), ("Question reviewers", "试题审核人员")]


def _rename(apps, pairs):
    Group = apps.get_model("auth", "Group")
    for old, new in pairs:
        if not Group.objects.filter(name=new).exists():
            Group.objects.filter(name=old).update(name=new)


def forwards(apps, schema_editor):
    _rename(apps, NAMES)


def backwards(apps, schema_editor):
    _rename(apps, [(new, old) for old, new in NAMES])


class Migration(migrations.Migration):
    dependencies = [("exams", "0006_item_indexes"), ("auth", "0012_alter_user_first_name_max_length")]

    operations = [migrations.RunPython(forwards, backwards)]
