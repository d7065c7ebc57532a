"""The talent administrators' Wagtail group gets its Chinese name (administrators read the group list
in Chinese); members and permissions stay, being the same row."""

from django.db import migrations

OLD, NEW = "Talent administrators", "人才网络管理员"


def rename(apps, schema_editor, old=OLD, new=NEW):
    Group = apps.get_model("auth", "Group")
    if not Group.objects.filter(name=new).exists():
        Group.objects.filter(name=old).update(name=new)


def rename_back(apps, schema_editor):
    rename(apps, schema_editor, old=NEW, new=OLD)


class Migration(migrations.Migration):
    dependencies = [("talent", "0007_directory_counts_index_with_account_and_name"), ("auth", "0012_alter_user_first_name_max_length")]

    operations = [migrations.RunPython(rename, rename_back)]
