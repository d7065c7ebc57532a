from django.core.management.base import BaseCommand

from cms import wagtail_translations


class Command(BaseCommand):
    help = (
        "List the Wagtail admin strings (server-side and in its scripts) that have no Simplified Chinese "
        "translation in Wagtail's catalogue, the project's or locale/wagtail/; with --write, add them to "
        "locale/wagtail/zh_Hans/ untranslated for a translator and drop entries Wagtail no longer uses. "
        "Run after upgrading Wagtail."
    )

    def add_arguments(self, parser):
        parser.add_argument("--write", action="store_true", help="update the catalogues in locale/wagtail/zh_Hans/")

    def handle(self, *args, write=False, **options):
        for domain in wagtail_translations.DOMAINS:
            missing, stale = wagtail_translations.gaps(domain), wagtail_translations.stale(domain)
            for entry in missing:
                context = f"[{entry.msgctxt}] " if entry.msgctxt else ""
                where = entry.occurrences[0][0] if entry.occurrences else ""
                self.stdout.write(f"{domain}: {context}{entry.msgid!r}  ({where})")
            for entry in stale:
                self.stdout.write(f"{domain}: no longer Wagtail's (or now translated by Wagtail): {entry.msgid!r}")
            if write:
                added, dropped = wagtail_translations.update_supplement(domain)
                self.stdout.write(
                    f"{wagtail_translations.supplement(domain)}: {added} strings added untranslated, {dropped} "
                    "dropped. Translate the new entries, then run manage.py compile_translations."
                )
            else:
                self.stdout.write(f"{domain}: {len(missing)} strings without Chinese, {len(stale)} stale entries.")
