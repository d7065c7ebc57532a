"""Every asset is served from static/: no template or stylesheet loads anything from another host."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXTERNAL_ASSET = re.compile(r"""(?:src|href)\s*=\s*["'](?:https?:)?//(?!beian\.miit\.gov\.cn)""", re.I)
CSS_IMPORT = re.compile(r"""(?:@import|url\()\s*["']?(?:https?:)?//""", re.I)


def test_templates_load_no_script_style_or_image_from_another_host():
    offenders = []
    for path in (ROOT / "templates").rglob("*.html"):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if EXTERNAL_ASSET.search(line) and "<a " not in line:
                offenders.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert offenders == []


def test_stylesheets_import_nothing_from_another_host():
    offenders = [
        str(path.relative_to(ROOT)) for path in (ROOT / "static").rglob("*.css") if CSS_IMPORT.search(path.read_text())
    ]
    assert offenders == []


RENDERED_SOURCE_HOST = re.compile(r"""\bsrc\s*=\s*["'](?:https?:)?//([^/"']+)""", re.I)


def test_the_admin_loads_no_image_from_another_host(client, django_user_model):
    """Wagtail shows each user's avatar from gravatar.com unless told not to: on an intranet that is a
    broken image, and elsewhere it sends a hash of every administrator's email address abroad."""
    admin = django_user_model.objects.create_superuser(email="admin@example.cn", password="x" * 12)
    client.force_login(admin)
    for url in ("/admin/", "/admin/account/", "/admin/users/", "/", "/accounts/email/"):
        html = client.get(url).content.decode()
        assert set(RENDERED_SOURCE_HOST.findall(html)) <= {"testserver"}, url  # Wagtail's userbar: same host
        assert "gravatar" not in html, url
