"""Install the catalogue: the catalogue page under the home page, the groups 课程编辑 (course
editors: create and edit, never publish) and 课程审核 (course reviewers: approve and publish), and
the moderation workflow 课程审核 assigned to the catalogue, so every course change is reviewed."""

from django.db import migrations

EDITORS = "课程编辑"
REVIEWERS = "课程审核"
WORKFLOW = "课程审核"
STEP = 4
ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _next_child_path(Page, parent):
    last = Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1).order_by("-path").first()
    number = int(last.path[-STEP:], 36) + 1 if last else 1
    digits = ""
    while number:
        number, rest = divmod(number, 36)
        digits = ALPHABET[rest] + digits
    return parent.path + digits.rjust(STEP, "0")


def _permission(apps, app_label, model, codename, name):
    ContentType = apps.get_model("contenttypes.ContentType")
    Permission = apps.get_model("auth.Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    permission, _ = Permission.objects.get_or_create(content_type=content_type, codename=codename, defaults={"name": name})
    return permission


def install(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Page = apps.get_model("wagtailcore.Page")
    HomePage = apps.get_model("cms.HomePage")
    CatalogPage = apps.get_model("courses.CatalogPage")
    Locale = apps.get_model("wagtailcore.Locale")
    Group = apps.get_model("auth.Group")
    GroupPagePermission = apps.get_model("wagtailcore.GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore.GroupCollectionPermission")
    Collection = apps.get_model("wagtailcore.Collection")
    Workflow = apps.get_model("wagtailcore.Workflow")
    WorkflowTask = apps.get_model("wagtailcore.WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore.WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore.GroupApprovalTask")

    home = HomePage.objects.first()
    catalog = CatalogPage.objects.first()
    if catalog is None and home is not None:
        content_type, _ = ContentType.objects.get_or_create(app_label="courses", model="catalogpage")
        parent = Page.objects.get(pk=home.pk)
        catalog = CatalogPage.objects.create(
            title="课程中心",
            draft_title="课程中心",
            slug="courses",
            content_type=content_type,
            path=_next_child_path(Page, parent),
            depth=parent.depth + 1,
            numchild=0,
            url_path=f"{parent.url_path}courses/",
            show_in_menus=True,
            intro="面向知识产权公共服务人员、职称考生和中小企业的培训课程。",
            locale=Locale.objects.first(),
        )
        parent.numchild = Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1).count()
        parent.save(update_fields=["numchild"])
    if catalog is None:
        return

    access_admin = _permission(apps, "wagtailadmin", "admin", "access_admin", "Can access Wagtail admin")
    page_perms = {
        codename: _permission(apps, "wagtailcore", "page", f"{codename}_page", f"Can {codename} page")
        for codename in ("add", "change", "publish", "lock", "unlock")
    }
    snippet_perms = [
        _permission(apps, "courses", model, f"{action}_{model}", f"Can {action} {model}")
        for model in ("topic", "instructor")
        for action in ("add", "change", "view")
    ]
    media_perms = [
        _permission(apps, app, model, f"{action}_{model}", f"Can {action} {model}")
        for app, model in (("wagtailimages", "image"), ("wagtaildocs", "document"))
        for action in ("add", "change", "choose")
    ]
    root_collection = Collection.objects.filter(depth=1).first()

    editors, _ = Group.objects.get_or_create(name=EDITORS)
    reviewers, _ = Group.objects.get_or_create(name=REVIEWERS)
    for group, codenames in ((editors, ("add", "change", "lock", "unlock")), (reviewers, ("add", "change", "publish", "lock", "unlock"))):
        group.permissions.add(access_admin, *snippet_perms)
        for codename in codenames:
            GroupPagePermission.objects.get_or_create(group=group, page_id=catalog.pk, permission=page_perms[codename])
        if root_collection is not None:
            for permission in media_perms:
                GroupCollectionPermission.objects.get_or_create(group=group, collection=root_collection, permission=permission)

    task_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
    task = GroupApprovalTask.objects.filter(name=f"{REVIEWERS}审批").first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=f"{REVIEWERS}审批", content_type=task_type, active=True)
    task.groups.add(reviewers)
    workflow, created = Workflow.objects.get_or_create(name=WORKFLOW, defaults={"active": True})
    if created:
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.update_or_create(page_id=catalog.pk, defaults={"workflow": workflow})


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0001_initial"),
        ("cms", "0002_create_homepage"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailadmin", "0006_formstate"),
    ]

    operations = [migrations.RunPython(install, migrations.RunPython.noop)]
