from django.core.management.base import BaseCommand

from cms import wagtail_translations


class Command(BaseCommand):
    help = (
        "List the Wagtail admin strings that have no Simplified Chinese translation (in Wagtail's "
        "catalogue, the project's or locale/wagtail/); with --write, add them to locale/wagtail/ "
        "untranslated for a translator and drop entries Wagtail no longer uses. Run after upgrading Wagtail."
    )

    def add_arguments(self, parser):
        parser.add_argument("--write", action="store_true", help="update locale/wagtail/zh_Hans/LC_MESSAGES/django.po")

    def handle(self, *args, write=False, **options):
        missing = wagtail_translations.gaps()
        for entry in missing:
            context = f"[{entry.msgctxt}] " if entry.msgctxt else ""
            where = entry.occurrences[0][0] if entry.occurrences else ""
            self.stdout.write(f"{context}{entry.msgid!r}  ({where})")
        stale = wagtail_translations.stale()
        for entry in stale:
            self.stdout.write(f"no longer Wagtail's (or now translated by Wagtail): {entry.msgid!r}")
        if write:
            added, dropped = wagtail_translations.update_supplement()
            self.stdout.write(
                f"{wagtail_translations.SUPPLEMENT}: {added} strings added untranslated, {dropped} dropped. "
                "Translate the new entries, then run manage.py compile_translations."
            )
        else:
            self.stdout.write(f"{len(missing)} strings without Chinese, {len(stale)} stale supplement entries.")
