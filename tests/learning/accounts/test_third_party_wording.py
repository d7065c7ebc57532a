"""Our Chinese wording replaces allauth's where it reads oddly ("Email地址", an English full stop), the
override list still matches allauth's own strings, and the pages use ours; where our catalogue and
Wagtail's share a string, ours is the one Wagtail's admin shows, so every such rewording is listed.
(Wagtail strings with no Chinese at all: tests/cms/test_wagtail_translations.py.)"""

from pathlib import Path

import allauth
import polib
import pytest
from django.utils import translation

from learning.accounts.allauth_strings import OVERRIDDEN

ALLAUTH_CATALOGUE = Path(allauth.__file__).parent / "locale" / "zh_Hans" / "LC_MESSAGES" / "django.po"


def test_every_overridden_string_is_still_one_of_allauths():
    shipped = {entry.msgid for entry in polib.pofile(str(ALLAUTH_CATALOGUE)) if not entry.obsolete}
    assert [msgid for msgid in OVERRIDDEN if msgid not in shipped] == []


def test_our_translation_wins_over_allauths():
    with translation.override("zh-hans"):
        assert translation.gettext("Email Addresses") == "电子邮箱"
        assert translation.gettext("Please Confirm Your Email Address") == "请确认您的电子邮箱"
        assert all("Email" not in translation.gettext(msgid) for msgid in OVERRIDDEN)


@pytest.mark.django_db
def test_the_sign_in_and_sign_up_pages_read_as_chinese(client):
    login = client.get("/accounts/login/", HTTP_ACCEPT_LANGUAGE="zh-hans").content.decode()
    signup = client.get("/accounts/signup/", HTTP_ACCEPT_LANGUAGE="zh-hans").content.decode()

    assert "还没有账号？请先" in login and "注册</a>。" in login
    assert "已有账号？请" in signup and "登录</a>。" in signup
    assert "Email地址" not in login + signup


# Context-free strings we translate differently from Wagtail's own catalogue. Ours comes first, so it
# is also what Wagtail's admin shows: each was checked to read right there too (e.g. 筛选 for
# "Filter", 账号 for "Account"). A word whose meaning is ours alone (the needs report's "Change"
# = 变化, a need's "Timeline" = 办理过程, the report's "From"/"To" = 起/止, pagination "Pages" = 分页)
# carries a context instead, so that Wagtail's groups, workflow history, redirects and sidebar keep
# their own wording.
REVIEWED_REWORDINGS = {
    "Account", "Action", "Actions", "Active", "All", "Apply filters", "Approve", "Approved",
    "Breadcrumb", "Created", "Deleted", "Email", "Filter", "History", "Live", "Name", "Next", "Owner",
    "Previous", "Profile", "Reject", "Rejected", "Saving…", "Search term", "Show", "Submitted",
    "active", "description", "site name", "slug", "started at", "subject",
}  # fmt: skip


def test_no_new_string_of_ours_silently_rewords_wagtails_admin():
    import wagtail

    theirs = {}
    for catalogue in Path(wagtail.__file__).parent.glob("**/locale/zh_Hans/LC_MESSAGES/django.po"):
        for entry in polib.pofile(str(catalogue)):
            if entry.msgstr and not entry.msgid_plural and not entry.msgctxt:
                theirs.setdefault(entry.msgid, set()).add(entry.msgstr)
    ours = polib.pofile(str(Path(__file__).parents[3] / "locale" / "zh_Hans" / "LC_MESSAGES" / "django.po"))
    reworded = {
        entry.msgid
        for entry in ours
        if not entry.msgctxt
        and not entry.obsolete
        and entry.msgid in theirs
        and entry.msgstr not in theirs[entry.msgid]
    }
    assert reworded - REVIEWED_REWORDINGS == set(), "give these a context (pgettext) or review them"
    with translation.override("zh-hans"):
        assert translation.gettext("Change") == "更改"  # Wagtail's group permissions table
        assert translation.gettext("Timeline") == "时间轴"  # Wagtail's workflow history
        assert translation.pgettext("period comparison", "Change") == "变化"
