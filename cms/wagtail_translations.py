"""Chinese for the Wagtail admin strings that Wagtail's own Simplified Chinese catalogue lacks.

Wagtail 8 ships several hundred admin strings (sort links, filters, the dashboard's site summary,
workflow and locale screens ...) with no zh_Hans translation, so a Chinese administrator would meet
English in the middle of the admin. ``locale/wagtail/zh_Hans/LC_MESSAGES/django.po`` supplies them
(and ``djangojs.po`` the strings of Wagtail's scripts, such as the sidebar's "new items in this menu"):
the directory is the second entry of LOCALE_PATHS (after the project's own catalogue, which
``makemessages`` keeps), compiled with the others by ``manage.py compile_translations``; Django's
JavaScript catalogue, which Wagtail's admin loads, merges LOCALE_PATHS too.

After upgrading Wagtail, ``manage.py wagtail_translation_gaps --write`` adds its new strings to the
supplement, untranslated, and drops the ones Wagtail no longer has; ``tests/test_translations.py``
fails until each has a translation.
"""

from pathlib import Path

import polib
from django.conf import settings

LANGUAGE = "zh_Hans"
DOMAINS = ("django", "djangojs")  # server-side strings, and those of Wagtail's admin scripts
SUPPLEMENT_DIR = Path(settings.BASE_DIR) / "locale" / "wagtail" / LANGUAGE / "LC_MESSAGES"
PROJECT_DIR = Path(settings.BASE_DIR) / "locale" / LANGUAGE / "LC_MESSAGES"
HEADER = {
    "Project-Id-Version": "IP Talent Academy: Wagtail admin strings missing from Wagtail's zh_Hans catalogue",
    "Language": LANGUAGE,
    "MIME-Version": "1.0",
    "Content-Type": "text/plain; charset=UTF-8",
    "Content-Transfer-Encoding": "8bit",
    "Plural-Forms": "nplurals=1; plural=0;",
}


def supplement(domain="django"):
    """The supplement's catalogue for ``domain`` (django, or djangojs for Wagtail's scripts)."""
    return SUPPLEMENT_DIR / f"{domain}.po"


def _wagtail_dir():
    import wagtail

    return Path(wagtail.__file__).parent


def _key(entry):
    return (entry.msgctxt, entry.msgid)


def wagtail_entries(domain="django"):
    """Every string Wagtail's code uses, from its English catalogues (the source of its translations),
    by (context, msgid); the first catalogue naming a string wins."""
    entries = {}
    for catalogue in sorted(_wagtail_dir().glob(f"**/locale/en/LC_MESSAGES/{domain}.po")):
        app = catalogue.parents[3].relative_to(_wagtail_dir().parent)  # e.g. wagtail/admin
        for entry in polib.pofile(str(catalogue)):
            if not entry.obsolete:
                entry.occurrences = [(f"{app}/{path}", line) for path, line in entry.occurrences]
                entries.setdefault(_key(entry), entry)
    return entries


def _translated(paths):
    keys = set()
    for path in paths:
        if path.exists():
            keys.update(_key(entry) for entry in polib.pofile(str(path)) if entry.translated() and not entry.obsolete)
    return keys


def wagtail_translated(domain="django"):
    """The strings Wagtail's own zh_Hans catalogues translate."""
    return _translated(sorted(_wagtail_dir().glob(f"**/locale/{LANGUAGE}/LC_MESSAGES/{domain}.po")))


def gaps(domain="django"):
    """Wagtail's strings that read in English to a Chinese administrator: neither Wagtail's catalogue,
    the project's nor the supplement translates them. Sorted for a stable listing."""
    covered = wagtail_translated(domain) | _translated([PROJECT_DIR / f"{domain}.po", supplement(domain)])
    return sorted(
        (entry for key, entry in wagtail_entries(domain).items() if key not in covered),
        key=lambda entry: (entry.msgctxt or "", entry.msgid),
    )


def stale(domain="django"):
    """Supplement entries that Wagtail no longer uses, or now translates itself."""
    if not supplement(domain).exists():
        return []
    used, theirs = wagtail_entries(domain), wagtail_translated(domain)
    return [
        entry
        for entry in polib.pofile(str(supplement(domain)))
        if not entry.obsolete and (_key(entry) not in used or _key(entry) in theirs)
    ]


def update_supplement(domain="django"):
    """Add the gaps to the supplement as untranslated entries and drop the stale ones. Returns the
    number of entries (added, dropped)."""
    path = supplement(domain)
    catalogue = polib.pofile(str(path)) if path.exists() else polib.POFile()
    catalogue.metadata = {**HEADER, **catalogue.metadata}
    dropped = {_key(entry) for entry in stale(domain)}
    for entry in [entry for entry in catalogue if _key(entry) in dropped]:
        catalogue.remove(entry)
    missing = [entry for entry in gaps(domain) if _key(entry) not in {_key(e) for e in catalogue}]
    for source in missing:
        catalogue.append(
            polib.POEntry(
                msgctxt=source.msgctxt,
                msgid=source.msgid,
                msgid_plural=source.msgid_plural,
                msgstr="",
                msgstr_plural={0: ""} if source.msgid_plural else {},
                occurrences=source.occurrences[:3],
                flags=[flag for flag in source.flags if flag.endswith("-format")],
            )
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    catalogue.save(str(path))
    return len(missing), len(dropped)
