from django.core.management.base import BaseCommand, CommandError

from courses.importers import CourseImportError, import_courses


class Command(BaseCommand):
    help = (
        "Import courses and lessons from a .json or .xlsx file (format: docs/import-courses.md). The whole "
        "file is validated first; nothing is written if any row is wrong. Courses are matched by code."
    )

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--dry-run", action="store_true", help="Only validate the file and report.")
        parser.add_argument("--publish", action="store_true", help="Publish imported courses (default: save drafts).")

    def handle(self, *args, file, dry_run, publish, **options):
        try:
            report = import_courses(path=file, publish=publish, dry_run=dry_run)
        except CourseImportError as exc:
            raise CommandError(str(exc)) from None
        if report.problems:
            for problem in report.problems:
                self.stderr.write(str(problem))
            raise CommandError(f"{len(report.problems)} problem(s) found; nothing was imported.")
        verb = "would create" if dry_run else "created"
        self.stdout.write(f"{verb} {len(report.created)} course(s): {', '.join(report.created) or '-'}")
        verb = "would update" if dry_run else "updated"
        self.stdout.write(f"{verb} {len(report.updated)} course(s): {', '.join(report.updated) or '-'}")
        if not dry_run:
            state = "published" if publish else "saved as drafts (publish them in the Wagtail admin)"
            self.stdout.write(self.style.SUCCESS(f"Import complete; changes {state}."))
