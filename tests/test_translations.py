"""Every interface string has a Simplified Chinese translation, and English is complete (English is
the source language, so an English entry needs a translation only where its source is not English)."""

import re
from pathlib import Path

import polib
import pytest

LOCALE = Path(__file__).resolve().parents[1] / "locale"
CJK = re.compile(r"[\u4e00-\u9fff]")


def _entries(language):
    language, _, domain = language.partition(":")
    path = LOCALE / language / "LC_MESSAGES" / f"{domain or 'django'}.po"
    return [e for e in polib.pofile(str(path)) if not e.obsolete]


# "wagtail/zh_Hans": the supplement for Wagtail strings its own catalogue lacks (cms/wagtail_translations.py),
# for its server-side strings and (":djangojs") those of its admin scripts
@pytest.mark.parametrize("catalogue", ["zh_Hans", "wagtail/zh_Hans", "wagtail/zh_Hans:djangojs"])
def test_every_string_is_translated_into_simplified_chinese(catalogue):
    missing = [e.msgid for e in _entries(catalogue) if not e.translated() or "fuzzy" in e.flags]
    assert missing == []


def test_english_entries_whose_source_contains_chinese_are_translated():
    missing = [e.msgid for e in _entries("en") if CJK.search(e.msgid) and not e.msgstr]
    assert missing == []


@pytest.mark.parametrize("language", ["zh_Hans", "en", "wagtail/zh_Hans", "wagtail/zh_Hans:djangojs"])
def test_placeholders_and_markup_survive_translation(language):
    placeholder = re.compile(r"%\(\w+\)[sd]|%[sd]|\{\w*\}|</?[a-z][^>]*>")
    broken = []
    for e in _entries(language):
        pairs = [(e.msgid, e.msgstr)] if not e.msgid_plural else [(e.msgid_plural, s) for s in e.msgstr_plural.values()]
        for source, translated in pairs:
            if translated and sorted(placeholder.findall(source)) != sorted(placeholder.findall(translated)):
                broken.append(e.msgid)
    assert broken == []
