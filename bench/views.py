"""Does a page cost what the reader looks at, or what the archive holds?

Builds two synthetic archives in temporary SQLite databases, one ten times the other, and
requests the same views from each: the whole year (where the chart switches to counts), one
week, one actor, a search, an event permalink and one page of /events.json. For each it
prints the time (best of 3), the response size and the number of SQL queries. Where cost
follows the view, the two archives give about the same figures except for work that must
scan the range (counts per week).

    python bench/views.py [--events 5000]
"""
import argparse
import datetime
import os
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

VIEWS = (
    ("whole year", "/?from=2017-01-01&to=2017-12-31"),
    ("one week", "/?from=2017-09-11&to=2017-09-17"),
    ("one actor, one month", "/?from=2017-09-01&to=2017-09-30&actor=RUS"),
    ("search", "/?from=2017-01-01&to=2017-12-31&q=envoy+42"),
    ("htmx partial, one week", "/?from=2017-09-11&to=2017-09-17"),
    ("event permalink", "/events/{event}/"),
    ("events.json, one page", "/events.json?from=2017-01-01&to=2017-12-31"),
)
ACTORS = ("RUS", "PRK", "USA", "CHN", "JPN", "KOR", "FRA", "GBR", "DEU", "UN")
TYPES = ("statement", "appeal", "intent", "consult", "cooperate", "refuse", "condemn", "sanction", "military")


def build_archive(events, rng):
    """`events` events over 2017 with two actors and one mention each, in 50-event articles."""
    from timeline.ingest import ensure_actors
    from timeline.models import Article, Event, Mention

    ensure_actors()
    start = datetime.date(2017, 1, 1)
    sentence = "Envoy {n} met officials in the capital on Monday to discuss sanctions."
    for batch in range(0, events, 50):
        size = min(50, events - batch)
        sentences = [sentence.format(n=batch + i) for i in range(size)]
        body = "\n\n".join(sentences)
        article = Article.objects.create(
            title=f"Report {batch}", published=start, body=body, raw=body,
            content_hash=f"{batch:064d}", source_name=f"report-{batch}.txt",
        )
        created = Event.objects.bulk_create(
            Event(
                date=start + datetime.timedelta(days=rng.randrange(365)),
                precision="day",
                type=rng.choice(TYPES),
                summary=text,
                mention_count=1,
                article_count=1,
            )
            for text in sentences
        )
        offset, mentions, links = 0, [], []
        for event, text in zip(created, sentences):
            mentions.append(Mention(
                event=event, article=article, sentence_start=offset, sentence_end=offset + len(text),
                sentence=text, extracted_type=event.type, extracted_date=event.date, extracted_precision="day",
            ))
            links += [Event.actors.through(event=event, actor_id=code) for code in rng.sample(ACTORS, 2)]
            offset += len(text) + 2
        Mention.objects.bulk_create(mentions)
        Event.actors.through.objects.bulk_create(links)
    return Event.objects.order_by("id").values_list("id", flat=True)[events // 2]


def measure(client, path, htmx):
    from django.db import connection, reset_queries
    from django.test.utils import CaptureQueriesContext

    headers = {"HTTP_HX_REQUEST": "true"} if htmx else {}
    best, size, queries = float("inf"), 0, 0
    for _ in range(3):
        reset_queries()  # the log keeps 9,000 queries: building the archive filled it
        with CaptureQueriesContext(connection) as captured:
            began = time.perf_counter()
            response = client.get(path, **headers)
            best = min(best, time.perf_counter() - began)
        assert response.status_code == 200, (path, response.status_code)
        size, queries = len(response.content), len(captured)
    return best, size, queries


def run(events):
    """Figures for every view over an archive of `events` events, in a fresh database."""
    import django
    from django.core.management import call_command
    from django.db import connections
    from django.test import Client

    django.setup()
    call_command("migrate", verbosity=0)
    event = build_archive(events, random.Random(2017))
    client = Client()
    rows = [(label, *measure(client, path.format(event=event), label.startswith("htmx"))) for label, path in VIEWS]
    connections.close_all()
    return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=5000, help="events in the smaller archive")
    parser.add_argument("--archive", type=int, help=argparse.SUPPRESS)  # one run in a child process
    args = parser.parse_args()
    if args.archive:
        for label, seconds, size, queries in run(args.archive):
            print(f"{label}\t{seconds}\t{size}\t{queries}")
        return
    results = {}
    for events in (args.events, args.events * 10):
        results[events] = child_run(events)
    small, large = results[args.events], results[args.events * 10]
    print(f"{'view':<26} {'archive':>8} {'ms':>8} {'KiB':>8} {'queries':>8}")
    for (label, *a), (_, *b) in zip(small, large):
        for events, (seconds, size, queries) in ((args.events, a), (args.events * 10, b)):
            print(f"{label:<26} {events:>8} {seconds * 1000:8.1f} {size / 1024:8.1f} {queries:>8}")


def child_run(events):
    """Run one archive in its own process, so each gets a fresh database and Django setup."""
    import subprocess

    with tempfile.TemporaryDirectory() as folder:
        env = {**os.environ, "DJANGO_SETTINGS_MODULE": "newsdesk.settings",
               "DATABASE_URL": f"sqlite:///{folder}/bench.sqlite3", "NEWSDESK_DEBUG": "1"}
        output = subprocess.run([sys.executable, __file__, "--archive", str(events)], env=env,
                                capture_output=True, text=True, check=True).stdout
    rows = [line.split("\t") for line in output.strip().splitlines()]
    return [(label, float(seconds), int(size), int(queries)) for label, seconds, size, queries in rows]


if __name__ == "__main__":
    main()
