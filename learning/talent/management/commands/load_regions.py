from django.core.management.base import BaseCommand, CommandError

from learning.talent import regions


class Command(BaseCommand):
    help = (
        "Load or refresh China's administrative divisions (GB/T 2260) from a code,name CSV file "
        "(default: the file shipped in learning/talent/data/). Safe to run again."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", nargs="?", default=str(regions.DATA_FILE))

    def handle(self, *args, path, **options):
        try:
            created, updated, retired = regions.load(path)
        except (OSError, regions.RegionFileError) as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(f"Regions from {path}: {created} added, {updated} updated, {retired} no longer current.")
