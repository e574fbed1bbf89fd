"""Files -> Articles -> extraction -> Events and Mentions: the only bridge from extraction to rows.

Each article goes in inside its own transaction, so a failure leaves the database as it was
before that article; a file already ingested (same content hash) is skipped.
"""
from dataclasses import dataclass, field
from pathlib import Path

from django.db import transaction

from . import sources
from .extract import actors as actor_gazetteer
from .extract.pipeline import extract
from .merge import find_same_event
from .models import Actor, Article, Event, Mention

SUPPORTED_SUFFIXES = {".txt", ".text", ".html", ".htm", ".jsonl", ".ndjson"}


@dataclass
class IngestReport:
    """What one ingest run did, file by file."""

    added: list = field(default_factory=list)  # Article rows created
    skipped: list = field(default_factory=list)  # (source name, reason)
    failed: list = field(default_factory=list)  # (source name, reason)
    events_created: int = 0
    mentions_created: int = 0

    @property
    def ok(self):
        return not self.failed

    def summary(self):
        return (
            f"{len(self.added)} article(s) added, {len(self.skipped)} skipped, "
            f"{len(self.failed)} failed; {self.events_created} new event(s), "
            f"{self.mentions_created} mention(s)."
        )


def collect_files(paths):
    """The article files named by `paths`: files as given, folders walked for known suffixes.

    Returns (files, missing) where missing lists the paths that do not exist.
    """
    files, missing = [], []
    for path in map(Path, paths):
        if path.is_dir():
            files.extend(
                sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES)
            )
        elif path.is_file():
            files.append(path)
        else:
            missing.append(path)
    return files, missing


def ensure_actors():
    """Fill the Actor table from the gazetteer; existing rows (and editors' changes) stay."""
    existing = set(Actor.objects.values_list("code", flat=True))
    Actor.objects.bulk_create(
        Actor(code=info.code, name=info.name, kind=info.kind, aliases=list(info.aliases))
        for info in actor_gazetteer.known_actors()
        if info.code not in existing
    )


def ingest_paths(paths, *, on_progress=None, dry_run=False):
    """Ingest every article in `paths` (files and folders) and report what happened.

    `on_progress(done, total, name)` is called after each file. With `dry_run`, files are
    read and extracted but nothing is written.
    """
    files, missing = collect_files(paths)
    report = IngestReport()
    report.failed.extend((str(path), "no such file or folder") for path in missing)
    if not dry_run:
        ensure_actors()
    for done, path in enumerate(files, start=1):
        for item in sources.read_file(path):
            if isinstance(item, sources.SourceError):
                report.failed.append((getattr(item, "source_name", path.name), str(item)))
            else:
                ingest_article(item, report, dry_run=dry_run)
        if on_progress:
            on_progress(done, len(files), path.name)
    return report


def ingest_article(parsed, report, *, dry_run=False):
    """Store one parsed article with its events, unless the same content is already stored."""
    content_hash = sources.content_hash(parsed.raw)
    if Article.objects.filter(content_hash=content_hash).exists():
        report.skipped.append((parsed.source_name, "already ingested (same content)"))
        return None
    findings = extract(parsed.body, parsed.published)
    if dry_run:
        report.added.append(parsed)
        report.events_created += len(findings)
        return None
    with transaction.atomic():
        article = Article.objects.create(
            title=parsed.title,
            outlet=parsed.outlet,
            url=parsed.url,
            published=parsed.published,
            byline=parsed.byline,
            body=parsed.body,
            raw=parsed.raw,
            content_hash=content_hash,
            source_name=parsed.source_name,
        )
        store_findings(article, findings, report)
    report.added.append(article)
    return article


def store_findings(article, findings, report):
    """Turn findings into Mentions, each joined to an existing event or to a new one."""
    known_codes = set(Actor.objects.values_list("code", flat=True))
    touched = set()
    for finding in findings:
        event = find_same_event(finding, article)
        if event is None:
            event = Event.objects.create(
                date=finding.date,
                precision=finding.precision,
                type=finding.type,
                summary=finding.summary[:300],
                people=list(finding.people),
                confidence=finding.confidence,
            )
            event.actors.set([code for code in finding.actors if code in known_codes])
            report.events_created += 1
        else:
            add_people(event, finding.people)
        Mention.objects.create(event=event, article=article, **mention_fields(finding))
        report.mentions_created += 1
        touched.add(event)
    for event in touched:
        event.refresh_counts()


def add_people(event, people):
    new = [name for name in people if name not in event.people]
    if new:
        event.people = [*event.people, *new]
        event.save(update_fields=["people", "updated_at"])


def mention_fields(finding):
    timex = finding.timex
    return {
        "sentence_start": finding.sentence.start,
        "sentence_end": finding.sentence.end,
        "sentence": finding.sentence.text,
        "time_expression": timex.phrase if timex else "",
        "time_start": timex.phrase_start if timex else None,
        "time_end": timex.phrase_end if timex else None,
        "date_explanation": finding.date_explanation[:400],
        "trigger": finding.trigger.text[:200],
        "trigger_start": finding.trigger.start,
        "trigger_end": finding.trigger.end,
        "confidence": finding.confidence,
    }
