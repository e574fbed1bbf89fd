"""Ingest of files into rows: the seeds, idempotence, bad files, and the command's reporting."""
import datetime
import io
import shutil
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from timeline.ingest import ingest_paths
from timeline.models import Actor, Article, Event, Mention

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
PUBLISHED = {
    "000_fdfe9bfcdb2209ba.txt": datetime.date(2017, 9, 15),
    "001_c98e0d0f7addd575.txt": datetime.date(2017, 12, 15),
    "002_263d719f9093ff7f.txt": datetime.date(2017, 11, 25),
    "003_58ff93a521bb272f.txt": datetime.date(2017, 5, 20),
    "004_96e972047e67731e.txt": datetime.date(2017, 1, 25),
}
BOILERPLATE = [
    "Recommended",
    "Explore",
    "Kremlin rejects EU drone accusations",
    "Editor Picks",
    "Leave a Reply",
    "Anti-Spam",
    "More news:",
    "Bibiana Steinhaus",
    "Other reports by",
    "Discuss This Article",
    "Send to",
]

pytestmark = pytest.mark.django_db


def run_ingest(*paths, verbosity=1):
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("ingest", *map(str, paths), stdout=out, stderr=err, verbosity=verbosity)
    except CommandError as error:
        return out.getvalue(), err.getvalue(), error
    return out.getvalue(), err.getvalue(), None


def test_seeds_go_in_with_their_dates_and_without_boilerplate():
    out, err, error = run_ingest(SEEDS)
    assert error is None, err
    assert "5 article(s) added, 0 skipped, 0 failed" in out
    articles = {a.source_name: a for a in Article.objects.all()}
    assert {name: a.published for name, a in articles.items()} == PUBLISHED
    for article in articles.values():
        assert article.title and not article.body.startswith(article.title)
        for phrase in BOILERPLATE:
            assert phrase not in article.body, (article.source_name, phrase)


def test_every_mention_points_at_its_sentence():
    run_ingest(SEEDS)
    mentions = Mention.objects.select_related("article")
    assert mentions.count() > 20
    for mention in mentions:
        body = mention.article.body
        assert body[mention.sentence_start : mention.sentence_end] == mention.sentence
        if mention.time_start is not None:
            assert body[mention.time_start : mention.time_end] == mention.time_expression


def test_events_have_actors_and_counts():
    run_ingest(SEEDS)
    assert Actor.objects.filter(kind="state").count() >= 193
    events = Event.objects.all()
    assert events.count() > 20
    for event in events:
        assert event.actors.exists(), event
        assert event.mention_count == event.mentions.count() >= 1
        assert event.article_count == event.mentions.values("article").distinct().count()


def test_ingesting_twice_adds_nothing():
    run_ingest(SEEDS)
    counts = Article.objects.count(), Event.objects.count(), Mention.objects.count()
    out, _, error = run_ingest(SEEDS)
    assert error is None
    assert "0 article(s) added, 5 skipped" in out
    assert (Article.objects.count(), Event.objects.count(), Mention.objects.count()) == counts


def test_a_broken_file_is_reported_by_name_and_the_rest_go_in(tmp_path):
    shutil.copy(SEEDS / "000_fdfe9bfcdb2209ba.txt", tmp_path / "good.txt")
    (tmp_path / "undated.txt").write_text("A headline\n\nSomeone said something about talks.\n")
    (tmp_path / "binary.txt").write_bytes(b"\xff\xfe\x00\x00garbage\x80\x81")
    out, err, error = run_ingest(tmp_path)
    assert error is not None and error.returncode == 1
    assert "undated.txt" in err and "no publication date" in err
    assert "binary.txt" in err
    assert "1 article(s) added, 0 skipped, 2 failed" in out
    assert list(Article.objects.values_list("source_name", flat=True)) == ["good.txt"]


def test_a_missing_path_is_reported():
    _, err, error = run_ingest(SEEDS / "no-such-file.txt")
    assert error is not None
    assert "no-such-file.txt: no such file or folder" in err


def test_dry_run_writes_nothing():
    out = io.StringIO()
    call_command("ingest", str(SEEDS), "--dry-run", stdout=out, stderr=io.StringIO())
    assert out.getvalue().startswith("Dry run: 5 article(s) added")
    assert Article.objects.count() == 0 and Event.objects.count() == 0


def test_same_event_from_two_articles_becomes_one_event_with_two_mentions(tmp_path):
    base = (SEEDS / "000_fdfe9bfcdb2209ba.txt").read_text(encoding="utf-8")
    (tmp_path / "a.txt").write_text(base, encoding="utf-8")
    (tmp_path / "b.txt").write_text(base.replace("By Staff Reporter", "By Another Reporter"), encoding="utf-8")
    report = ingest_paths([tmp_path])
    assert len(report.added) == 2 and report.ok
    shared = Event.objects.filter(article_count=2)
    assert shared.exists()
    for event in shared:
        assert event.mention_count == 2
        assert set(event.mentions.values_list("article__source_name", flat=True)) == {"a.txt", "b.txt"}
