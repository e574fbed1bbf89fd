"""Files -> Articles -> extraction -> Events and Mentions: the only bridge from extraction to rows.

Each article goes in inside its own transaction, so a failure leaves the database as it was
before that article; a file already ingested (same content hash) is skipped.
"""
from collections import defaultdict
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from django.db import transaction
from django.utils import timezone

from . import sources
from .extract import actors as actor_gazetteer
from .extract.pipeline import extract
from .merge import find_same_event
from .models import Actor, Article, Event, Mention, Upload, UploadFile

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
        ingest_file(path, report, dry_run=dry_run)
        if on_progress:
            on_progress(done, len(files), path.name)
    return report


def ingest_file(path, report, *, dry_run=False):
    """Ingest the articles of one file into `report`; a bad article is recorded, not raised."""
    for item in sources.read_file(path):
        if isinstance(item, sources.SourceError):
            report.failed.append((getattr(item, "source_name", path.name), str(item)))
        else:
            ingest_article(item, report, dry_run=dry_run)


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
    touched = {add_finding(article, finding, report, known_codes) for finding in findings}
    for event in touched:
        event.refresh_counts()


def new_event(finding, known_codes):
    """An unreviewed event made from one finding; actors outside `known_codes` are dropped."""
    event = Event.objects.create(confidence=finding.confidence, **event_fields(finding))
    event.actors.set([code for code in finding.actors if code in known_codes])
    return event


def event_fields(finding):
    """The event fields a finding fixes, as the extractor reads them (actors aside)."""
    return {
        "date": finding.date,
        "precision": finding.precision,
        "type": finding.type,
        "summary": finding.summary[:300],
        "people": list(finding.people),
    }


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
        "extracted_type": finding.type,
        "extracted_date": finding.date,
        "extracted_precision": finding.precision,
    }


# Uploads


def ingest_upload(upload):
    """Ingest the waiting files of an Upload one by one, recording each file's outcome on it.

    The files are written to a scratch folder under their own names, so the readers see the
    suffix and the reports name the file the editor chose.
    """
    upload.status = Upload.Status.RUNNING
    upload.save(update_fields=["status"])
    ensure_actors()
    with tempfile.TemporaryDirectory() as scratch:
        for upload_file in upload.files.filter(outcome=UploadFile.Outcome.PENDING):
            folder = Path(scratch, str(upload_file.pk))
            folder.mkdir()
            path = folder / upload_file.name
            path.write_bytes(upload_file.content)
            record_upload_file(upload, upload_file, ingest_one(path))
    failed = upload.files.filter(outcome=UploadFile.Outcome.FAILED).exists()
    upload.status = Upload.Status.FAILED if failed else Upload.Status.DONE
    upload.finished_at = timezone.now()
    upload.save()
    return upload


def ingest_one(path):
    report = IngestReport()
    try:
        ingest_file(path, report)
    except Exception as error:  # noqa: BLE001 - a worker must not leave the upload stuck at "running"
        report.failed.append((path.name, f"could not be ingested ({type(error).__name__}: {error})"))
    return report


def record_upload_file(upload, upload_file, report):
    upload_file.articles_added = len(report.added)
    upload_file.articles_skipped = len(report.skipped)
    upload_file.errors = [f"{name}: {reason}" for name, reason in report.failed]
    # A JSON Lines file with some good records went in, even if others were refused.
    ingested = report.added or report.skipped
    upload_file.outcome = UploadFile.Outcome.INGESTED if ingested else UploadFile.Outcome.FAILED
    upload_file.save()
    upload.articles_added += len(report.added)
    upload.events_created += report.events_created
    upload.mentions_created += report.mentions_created
    upload.save(update_fields=["articles_added", "events_created", "mentions_created"])


# Re-extraction


@dataclass
class ReextractReport:
    """What re-running extraction over stored articles changed."""

    articles: int = 0
    mentions_updated: int = 0
    events_updated: int = 0
    mentions_created: int = 0
    events_created: int = 0
    mentions_retired: int = 0
    events_retired: int = 0
    kept_rejected: int = 0
    kept_edited: int = 0

    def summary(self):
        return (
            f"{self.articles} article(s) re-extracted: {self.mentions_updated} mention(s) matched "
            f"({self.events_updated} event(s) updated), {self.mentions_created} new mention(s) "
            f"({self.events_created} new event(s)), {self.mentions_retired} mention(s) and "
            f"{self.events_retired} event(s) retired; kept {self.kept_rejected} rejection(s) and "
            f"{self.kept_edited} mention(s) of edited events the extractor no longer finds."
        )


def reextract(articles, *, dry_run=False):
    """Run extraction again over `articles` and reconcile its findings with the stored rows.

    A finding matches a mention on the stable key (article, sentence offsets, type, date), or
    failing that on the sentence and type alone (the extractor reads its date differently now).
    Matched events get the extractor's new reading of every field no editor changed; a rejected
    event is left as it is, so it does not come back. Findings with no match are stored as in
    ingest. Mentions whose key the extractor no longer finds are retired with their event when
    no editor has touched it; an edited, confirmed or tagged event keeps them. With `dry_run`
    everything is rolled back and only the report remains.
    """
    report = ReextractReport()
    with transaction.atomic():
        ensure_actors()
        known_codes = set(Actor.objects.values_list("code", flat=True))
        for article in articles:
            reextract_article(article, report, known_codes)
        transaction.set_rollback(dry_run)
    return report


def reextract_article(article, report, known_codes):
    """Match the article's findings to its stored mentions, first on the whole stable key, then,
    for what is left, on the sentence and type alone: a sentence the extractor now dates
    differently still reports the same act, so its event (and an editor's rejection) carries on."""
    stored = defaultdict(list)
    for mention in article.mentions.select_related("event").order_by("pk"):
        stored[mention.key].append(mention)
    touched, unmatched = set(), []
    for finding in extract(article.body, article.published):
        key = (article.pk, finding.sentence.start, finding.sentence.end, finding.type, finding.date)
        if stored[key]:
            touched.add(match_finding(stored[key].pop(0), finding, report, known_codes))
        else:
            unmatched.append((key, finding))
    redated = defaultdict(list)
    for mention in (m for mentions in stored.values() for m in mentions):
        redated[mention.key[:4]].append(mention)
    for key, finding in unmatched:
        if redated[key[:4]]:
            touched.add(match_finding(redated[key[:4]].pop(0), finding, report, known_codes))
        else:
            touched.add(add_finding(article, finding, report, known_codes))
    for mention in (m for mentions in redated.values() for m in mentions):
        touched.add(retire_mention(mention, report))
    for event in touched - {None}:
        settle(event, report)
    report.articles += 1


def match_finding(mention, finding, report, known_codes):
    """Refresh a matched mention and, unless rejected, its event's unedited fields."""
    event = mention.event
    if event.status == Event.Status.REJECTED:
        report.kept_rejected += 1
        return None
    for name, value in mention_fields(finding).items():
        setattr(mention, name, value)
    mention.save()
    report.mentions_updated += 1
    if is_founding(mention) and update_machine_fields(event, finding, known_codes):
        report.events_updated += 1
    return event


def is_founding(mention):
    """Whether this is the event's first mention, the one whose reading the event carries."""
    return not mention.event.mentions.filter(pk__lt=mention.pk).exists()


def update_machine_fields(event, finding, known_codes):
    """Give `event` the finding's reading of each field not in edited_fields; True if any changed.

    People are only added: other articles' mentions may have named more of them.
    """
    edited = set(event.edited_fields)
    reading = {**event_fields(finding), "confidence": finding.confidence}
    del reading["people"]
    changed = [name for name, value in reading.items() if name not in edited and getattr(event, name) != value]
    for name in changed:
        setattr(event, name, reading[name])
    if changed:
        event.save(update_fields=[*changed, "updated_at"])
    if "people" not in edited:
        add_people(event, finding.people)
    actors = {code for code in finding.actors if code in known_codes}
    actors_changed = "actors" not in edited and actors != set(event.actors.values_list("code", flat=True))
    if actors_changed:
        event.actors.set(actors)
    return bool(changed) or actors_changed


def add_finding(article, finding, report, known_codes):
    """Record one finding as a Mention of the event it reports, made new when no article told of it yet."""
    event = find_same_event(finding, article)
    if event is None:
        event = new_event(finding, known_codes)
        report.events_created += 1
    else:
        add_people(event, finding.people)
    Mention.objects.create(event=event, article=article, **mention_fields(finding))
    report.mentions_created += 1
    return event


def retire_mention(mention, report):
    """Drop a mention the extractor no longer finds, unless an editor vouched for its event."""
    event = mention.event
    if not event.is_machine_only:
        if event.status == Event.Status.REJECTED:
            report.kept_rejected += 1
        else:
            report.kept_edited += 1
        return None
    mention.delete()
    report.mentions_retired += 1
    return event


def settle(event, report):
    """Recount an event's mentions; one left with none and no editor's work is removed."""
    if not event.mentions.exists() and event.is_machine_only:
        event.delete()
        report.events_retired += 1
    else:
        event.refresh_counts()
