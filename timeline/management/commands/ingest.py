"""Ingest article files into the timeline.

Exists so that a newsroom can load a folder of saved articles (plain text, HTML, JSON Lines)
from the shell or a cron job; `make run` uses it to load `seeds/`. Re-running is safe: content
already ingested is skipped.
"""
from django.core.management.base import BaseCommand, CommandError

from timeline.ingest import ingest_paths


class Command(BaseCommand):
    help = "Read article files and folders, extract their events, and store both."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", help="Files or folders of .txt, .html or .jsonl articles.")
        parser.add_argument(
            "--dry-run", action="store_true", help="Read and extract, but write nothing to the database."
        )

    def handle(self, *args, paths, dry_run=False, verbosity=1, **options):
        show_progress = verbosity >= 1 and self.stdout.isatty()
        report = ingest_paths(paths, on_progress=self.progress if show_progress else None, dry_run=dry_run)
        if show_progress:
            self.stdout.write("")
        if verbosity >= 2:
            for article in report.added:
                self.stdout.write(f"  added   {article.source_name}: {article.title}")
            for name, reason in report.skipped:
                self.stdout.write(f"  skipped {name}: {reason}")
        for name, reason in report.failed:
            self.stderr.write(f"  failed  {name}: {reason}")
        if verbosity >= 1:
            prefix = "Dry run: " if dry_run else ""
            self.stdout.write(prefix + report.summary())
        if not report.ok:
            raise CommandError(f"{len(report.failed)} file(s) could not be ingested.", returncode=1)

    def progress(self, done, total, name):
        width = 30
        filled = width * done // max(total, 1)
        bar = "#" * filled + "." * (width - filled)
        self.stdout.write(f"\r[{bar}] {done}/{total} {name[:40]:<40}", ending="")
        self.stdout.flush()
