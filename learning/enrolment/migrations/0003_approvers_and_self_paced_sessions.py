"""The group 报名审核 (enrolment approvers: Wagtail admin access, manage sessions, decide requests)
and an always-open self-paced session for every self-paced course that has none."""

from django.db import migrations

APPROVERS = "报名审核"


def _permission(apps, app_label, model, codename, name):
    ContentType = apps.get_model("contenttypes.ContentType")
    Permission = apps.get_model("auth.Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    permission, _ = Permission.objects.get_or_create(content_type=content_type, codename=codename, defaults={"name": name})
    return permission


def install(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    group, _ = Group.objects.get_or_create(name=APPROVERS)
    group.permissions.add(
        _permission(apps, "wagtailadmin", "admin", "access_admin", "Can access Wagtail admin"),
        *[_permission(apps, "enrolment", "session", f"{action}_session", f"Can {action} session") for action in ("add", "change", "view")],
    )
    CoursePage = apps.get_model("courses.CoursePage")
    Session = apps.get_model("enrolment.Session")
    for course_id in CoursePage.objects.filter(delivery_mode="self_paced").values_list("pk", flat=True):
        if not Session.objects.filter(course_id=course_id, mode="self_paced").exists():
            Session.objects.create(course_id=course_id, title="自主学习", mode="self_paced")


class Migration(migrations.Migration):
    dependencies = [
        ("enrolment", "0002_notices"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(install, migrations.RunPython.noop)]
