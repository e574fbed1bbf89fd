"""`manage.py extract`: re-extraction updates machine readings and keeps the editors' word."""
import dataclasses
import datetime
import io
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from timeline import ingest
from timeline.ingest import ingest_paths
from timeline.models import Article, Event, Mention, Tag

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

pytestmark = pytest.mark.django_db


@pytest.fixture
def seeded():
    assert ingest_paths([SEEDS]).ok
    return Article.objects.order_by("pk")


def run_extract(*args):
    out = io.StringIO()
    call_command("extract", *args, stdout=out)
    return out.getvalue()


def snapshot():
    """Every event's machine reading with the keys of its mentions."""
    return {
        (event.date, event.precision, event.type, event.summary, event.status,
         tuple(sorted(event.actors.values_list("code", flat=True))),
         tuple(sorted(m.key[1:3] + (m.article.source_name,) for m in event.mentions.all())))
        for event in Event.objects.all()
    }


def founded_event(article):
    """A machine-only event of `article` that no other article mentions."""
    return Event.objects.filter(mentions__article=article, article_count=1, mention_count=1).order_by("pk").first()


def test_rerun_on_unchanged_articles_changes_nothing(seeded):
    before = snapshot()
    out = run_extract()
    assert "5 article(s) re-extracted" in out
    assert "0 new mention(s) (0 new event(s)), 0 mention(s) and 0 event(s) retired" in out
    assert snapshot() == before


def test_machine_fields_are_restored_but_edited_fields_stay(seeded):
    event = founded_event(seeded[0])
    reading = (event.summary, event.precision, event.confidence)
    event.summary, event.precision, event.confidence = "stale summary", "year", 0.01
    event.date = event.date.replace(day=1)
    event.edited_fields = ["date"]
    event.save()
    out = run_extract("--article", str(seeded[0].pk))
    event.refresh_from_db()
    assert (event.summary, event.precision, event.confidence) == reading
    assert event.date.day == 1 and event.edited_fields == ["date"]
    assert "1 article(s) re-extracted" in out and "(1 event(s) updated)" in out


def test_edited_summary_and_actors_are_never_overwritten(seeded):
    event = founded_event(seeded[1])
    event.summary = "Editor's summary"
    event.mark_edited("summary", "actors")
    event.save()
    event.actors.set(["UN"])
    run_extract()
    event.refresh_from_db()
    assert event.summary == "Editor's summary"
    assert list(event.actors.values_list("code", flat=True)) == ["UN"]


def test_a_deleted_machine_event_comes_back(seeded):
    event = founded_event(seeded[2])
    key = event.mentions.get().key
    event.delete()
    out = run_extract()
    assert "1 new mention(s) (1 new event(s))" in out
    assert [m.key for m in Mention.objects.filter(article=seeded[2]) if m.key == key] == [key]


def test_a_rejected_event_does_not_come_back(seeded):
    event = founded_event(seeded[3])
    key = event.mentions.get().key
    event.status = Event.Status.REJECTED
    event.mark_edited("status")
    event.save()
    count = Event.objects.count()
    out = run_extract()
    assert Event.objects.count() == count
    assert [m.event_id for m in Mention.objects.filter(article=seeded[3]) if m.key == key] == [event.pk]
    event.refresh_from_db()
    assert event.status == Event.Status.REJECTED
    assert "kept 1 rejection(s)" in out


@pytest.mark.parametrize("status", [Event.Status.REJECTED, Event.Status.AUTO])
def test_a_sentence_read_with_a_new_date_keeps_its_event(seeded, monkeypatch, status):
    """When an improved extractor dates a sentence differently, its event carries on (and a
    rejection stays a rejection) instead of a new event appearing beside it."""
    event = founded_event(seeded[3])
    event.status = status
    event.save()
    mention = event.mentions.get()
    old_date = mention.extracted_date
    extract = ingest.extract

    def redating_extract(body, published):
        return [
            dataclasses.replace(f, date=f.date - datetime.timedelta(days=1))
            if (f.sentence.start, f.type) == (mention.sentence_start, mention.extracted_type) else f
            for f in extract(body, published)
        ]

    monkeypatch.setattr(ingest, "extract", redating_extract)
    count = Event.objects.count()
    out = run_extract("--article", str(seeded[3].pk))
    assert Event.objects.count() == count, out
    mention.refresh_from_db()
    assert mention.event_id == event.pk
    if status == Event.Status.REJECTED:
        assert "kept 1 rejection(s)" in out
    else:
        event.refresh_from_db()
        assert mention.extracted_date == event.date == old_date - datetime.timedelta(days=1)


def stale_event(article, **fields):
    """An event whose only mention has a key the extractor will not produce (a wrong type)."""
    mention = Mention.objects.filter(article=article).order_by("pk").first()
    event = Event.objects.create(date=mention.extracted_date, precision="day", type="leadership",
                                 summary="stale reading", **fields)
    Mention.objects.create(
        event=event, article=article, sentence_start=mention.sentence_start, sentence_end=mention.sentence_end,
        sentence=mention.sentence, extracted_type="leadership", extracted_date=mention.extracted_date,
        extracted_precision="day",
    )
    event.refresh_counts()
    return event


def test_machine_only_event_no_longer_found_is_retired(seeded):
    event = stale_event(seeded[0])
    out = run_extract()
    assert not Event.objects.filter(pk=event.pk).exists()
    assert "1 mention(s) and 1 event(s) retired" in out


@pytest.mark.parametrize("fields", [{"status": "confirmed"}, {"edited_fields": ["summary"]}, {"status": "rejected"}])
def test_reviewed_event_no_longer_found_is_kept(seeded, fields):
    event = stale_event(seeded[0], **fields)
    run_extract()
    event.refresh_from_db()
    assert event.mention_count == 1


def test_confirmed_event_keeps_its_tags(seeded):
    event = founded_event(seeded[4])
    tag = Tag.objects.create(name="Talks", slug="talks")
    event.tags.add(tag)
    event.status = Event.Status.CONFIRMED
    event.save()
    run_extract()
    event.refresh_from_db()
    assert list(event.tags.all()) == [tag] and event.status == Event.Status.CONFIRMED


def test_dry_run_reports_but_writes_nothing(seeded):
    event = founded_event(seeded[0])
    event.delete()
    before = snapshot()
    out = run_extract("--dry-run")
    assert out.startswith("Dry run: 5 article(s) re-extracted") and "1 new event(s)" in out
    assert snapshot() == before


def test_unknown_article_id_is_refused(seeded):
    with pytest.raises(CommandError, match="No article with id 999"):
        run_extract("--article", "999")
