"""Wagtail's admin reads as Chinese: every string Wagtail uses has a Simplified Chinese translation in
Wagtail's catalogue, ours, or the supplement for the strings Wagtail lacks (locale/wagtail/), and the
supplement holds nothing Wagtail no longer uses. After a Wagtail upgrade, run
``manage.py wagtail_translation_gaps --write`` and translate what it adds."""

import pytest
from django.urls import reverse
from django.utils import translation

from cms import wagtail_translations


@pytest.mark.parametrize("domain", wagtail_translations.DOMAINS)
def test_every_wagtail_string_has_chinese(domain):
    missing = [(entry.msgctxt, entry.msgid) for entry in wagtail_translations.gaps(domain)]
    assert missing == [], "run manage.py wagtail_translation_gaps --write and translate the new entries"


@pytest.mark.parametrize("domain", wagtail_translations.DOMAINS)
def test_the_supplement_holds_only_strings_wagtail_uses_and_does_not_translate_itself(domain):
    assert [entry.msgid for entry in wagtail_translations.stale(domain)] == []


def test_the_supplement_is_loaded_after_the_projects_catalogue():
    from django.conf import settings

    assert [str(path) for path in settings.LOCALE_PATHS] == [
        str(wagtail_translations.PROJECT_DIR.parents[1]),
        str(wagtail_translations.SUPPLEMENT_DIR.parents[1]),
    ]
    with translation.override("zh-hans"):
        assert translation.gettext("Sort by '%(label)s' in ascending order.") == "按“%(label)s”升序排列。"


def test_update_supplement_adds_new_wagtail_strings_untranslated_and_drops_stale_ones(tmp_path, monkeypatch):
    import polib

    supplement = tmp_path / "django.po"
    catalogue = polib.pofile(str(wagtail_translations.supplement("django")))
    kept = catalogue[0]
    catalogue.remove(catalogue[1])  # as if Wagtail had just added this string
    catalogue.append(polib.POEntry(msgid="A string Wagtail dropped", msgstr="旧字符串"))
    catalogue.save(str(supplement))
    monkeypatch.setattr(wagtail_translations, "SUPPLEMENT_DIR", tmp_path)

    assert wagtail_translations.update_supplement() == (1, 1)
    updated = {entry.msgid: entry for entry in polib.pofile(str(supplement))}
    assert "A string Wagtail dropped" not in updated and updated[kept.msgid].msgstr == kept.msgstr
    assert [entry.msgid for entry in polib.pofile(str(supplement)).untranslated_entries()] != []
    assert wagtail_translations.update_supplement() == (0, 0)  # nothing more to do


@pytest.fixture
def admin_client_zh(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser(email="a@example.cn", password="x" * 12))
    return client


def _get(client, url):
    return client.get(url).content.decode()  # no language cookie: the site's default, Simplified Chinese


@pytest.mark.django_db
def test_the_dashboard_reads_as_chinese(admin_client_zh):
    html = _get(admin_client_zh, "/admin/")
    assert "搜索全部页面…" in html and "Search all pages" not in html
    assert "编辑指南（英文）" in html and "editor guide" not in html  # the guide itself is English only
    assert "个页面" in html and "张图片" in html and "份文档" in html and " Pages <span" not in html
    # The sidebar's "Pages" is Wagtail's own "页面", not our pagination label ("Pages", context "pagination").
    with translation.override("zh-hans"):
        assert translation.gettext("Pages") == "页面"
        assert translation.pgettext("pagination", "Pages") == "分页"
    assert "分页" not in html and "\\u5206\\u9875" not in html  # the sidebar is JSON, escaped


@pytest.mark.django_db
def test_a_listings_sort_links_read_as_chinese(admin_client_zh):
    from learning.exams.models import QuestionType
    from tests.learning.exams import factories

    factories.question(QuestionType.SINGLE)
    html = _get(admin_client_zh, reverse("wagtailsnippets_exams_question:list"))
    assert "升序排列" in html and "Sort by" not in html


@pytest.mark.django_db
def test_the_admins_script_strings_read_as_chinese(admin_client_zh):
    catalogue = _get(admin_client_zh, reverse("wagtailadmin_javascript_catalog"))
    assert "\\u6b64\\u83dc\\u5355" in catalogue or "此菜单" in catalogue  # (此菜单中有 N 个新项目)
    assert "\\u6b63\\u5728\\u81ea\\u52a8\\u4fdd\\u5b58" in catalogue or "正在自动保存" in catalogue
