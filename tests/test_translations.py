"""Every interface string has a Simplified Chinese translation, and English is complete (English is
the source language, so an English entry needs a translation only where its source is not English)."""

import re
from pathlib import Path

import polib
import pytest

LOCALE = Path(__file__).resolve().parents[1] / "locale"
CJK = re.compile(r"[\u4e00-\u9fff]")


def _entries(language):
    return [e for e in polib.pofile(str(LOCALE / language / "LC_MESSAGES" / "django.po")) if not e.obsolete]


def test_every_string_is_translated_into_simplified_chinese():
    missing = [e.msgid for e in _entries("zh_Hans") if not e.translated() or "fuzzy" in e.flags]
    assert missing == []


def test_english_entries_whose_source_contains_chinese_are_translated():
    missing = [e.msgid for e in _entries("en") if CJK.search(e.msgid) and not e.msgstr]
    assert missing == []


@pytest.mark.parametrize("language", ["zh_Hans", "en"])
def test_placeholders_survive_translation(language):
    placeholder = re.compile(r"%\(\w+\)s|\{\w*\}")
    broken = [
        e.msgid
        for e in _entries(language)
        if e.msgstr and sorted(placeholder.findall(e.msgid)) != sorted(placeholder.findall(e.msgstr))
    ]
    assert broken == []
