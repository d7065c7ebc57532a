"""Completion rules belong to the people who publish curricula: the group 课程审核 (course reviewers,
who approve and publish courses) may add, change and view them; the group 课程编辑 (course editors,
who propose changes that reviewers approve) may view them. Rules are not moderated like pages, so
editing them is kept to reviewers."""

from django.db import migrations

EDITORS = "课程编辑"
REVIEWERS = "课程审核"
GRANTS = {REVIEWERS: ("add", "change", "view"), EDITORS: ("view",)}


def _permission(apps, codename, name):
    ContentType = apps.get_model("contenttypes.ContentType")
    Permission = apps.get_model("auth.Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label="enrolment", model="completionrule")
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": name}
    )
    return permission


def grant(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    for name, actions in GRANTS.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(
            *[_permission(apps, f"{action}_completionrule", f"Can {action} completion rule") for action in actions]
        )


def withdraw(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    for name, actions in GRANTS.items():
        group = Group.objects.filter(name=name).first()
        if group is not None:
            group.permissions.remove(
                *Permission.objects.filter(
                    content_type__app_label="enrolment",
                    codename__in=[f"{action}_completionrule" for action in actions],
                )
            )


class Migration(migrations.Migration):
    dependencies = [
        ("enrolment", "0005_revoked_hours"),
        ("courses", "0002_catalog_workflow"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(grant, withdraw)]
