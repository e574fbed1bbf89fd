"""Run extraction again over stored articles.

Exists because the extractor keeps improving: after an upgrade, this brings stored events up to
its new reading without losing editors' work (see ingest.reextract for what is kept).
"""
from django.core.management.base import BaseCommand, CommandError

from timeline.ingest import reextract
from timeline.models import Article


class Command(BaseCommand):
    help = "Re-extract events from stored articles (all, or those named), keeping editors' changes."

    def add_arguments(self, parser):
        parser.add_argument(
            "--article", type=int, action="append", dest="article_ids", metavar="ID",
            help="Re-extract only this article (repeat for several); all articles when omitted.",
        )
        parser.add_argument("--dry-run", action="store_true", help="Report what would change, write nothing.")

    def handle(self, *args, article_ids=None, dry_run=False, verbosity=1, **options):
        articles = Article.objects.order_by("pk")
        if article_ids:
            articles = articles.filter(pk__in=article_ids)
            missing = sorted(set(article_ids) - set(articles.values_list("pk", flat=True)))
            if missing:
                raise CommandError(f"No article with id {', '.join(map(str, missing))}.")
        report = reextract(articles.iterator(), dry_run=dry_run)
        if verbosity >= 1:
            self.stdout.write(("Dry run: " if dry_run else "") + report.summary())
