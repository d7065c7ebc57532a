"""Replace Wagtail's placeholder "Welcome" page with the site's HomePage and point the default
site at it, so a fresh deployment has a real home page before any content is entered."""

from urllib.parse import urlsplit

from django.conf import settings
from django.db import migrations


def create_homepage(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")
    HomePage = apps.get_model("cms.HomePage")
    Locale = apps.get_model("wagtailcore.Locale")

    if HomePage.objects.exists():
        return
    page_type = ContentType.objects.get(model="page", app_label="wagtailcore")
    Page.objects.filter(content_type=page_type, slug="home", depth=2).delete()
    home_type, _ = ContentType.objects.get_or_create(model="homepage", app_label="cms")
    root = Page.objects.get(depth=1)
    home = HomePage.objects.create(
        title="首页",
        draft_title="首页",
        slug="home",
        content_type=home_type,
        path=f"{root.path}0001",
        depth=2,
        numchild=0,
        url_path="/home/",
        hero_title="知识产权公共服务人才培训平台",
        locale=Locale.objects.first(),
    )
    root.numchild = Page.objects.filter(depth=2, path__startswith=root.path).count()
    root.save(update_fields=["numchild"])
    address = urlsplit(settings.SITE_URL)
    Site.objects.filter(is_default_site=True).delete()
    Site.objects.create(
        hostname=address.hostname or "localhost",
        port=address.port or (443 if address.scheme == "https" else 80),
        root_page=home,
        is_default_site=True,
        site_name="IP Talent Academy",
    )


class Migration(migrations.Migration):
    dependencies = [
        ("cms", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_homepage, migrations.RunPython.noop)]
