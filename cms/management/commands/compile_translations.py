from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = (
        "Compile the project's .po files (LOCALE_PATHS) into .mo files. Pure Python, so it works on "
        "machines without GNU gettext, unlike compilemessages."
    )

    def handle(self, *args, **options):
        compiled = 0
        for locale_dir in settings.LOCALE_PATHS:
            for po_path in sorted(Path(locale_dir).glob("*/LC_MESSAGES/*.po")):
                try:
                    catalogue = polib.pofile(str(po_path))
                except (OSError, ValueError) as exc:
                    raise CommandError(f"{po_path}: {exc}") from exc
                mo_path = po_path.with_suffix(".mo")
                if mo_path.exists() and mo_path.stat().st_mtime >= po_path.stat().st_mtime:
                    continue
                catalogue.save_as_mofile(str(mo_path))
                compiled += 1
                self.stdout.write(f"Compiled {po_path} ({catalogue.percent_translated()}% translated)")
        if not compiled:
            self.stdout.write("Translations are up to date.")
