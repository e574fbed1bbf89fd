"""How fast is extraction? Prints articles/s and words/s, beside dateparser for scale.

Corpus: the seed articles plus generated ones. A generated article is a random draw of
paragraphs from the seeds, in a new order, under a random 2017 publication date, so the text
is realistic diplomatic prose while the dates and contexts vary. The run is deterministic
(fixed random seed) and in one process.

    python bench/speed.py [--generated 300] [--repeat 3]
"""
import argparse
import datetime
import random
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timeline import sources  # noqa: E402
from timeline.extract.pipeline import extract  # noqa: E402


def seed_articles():
    return [item for path in sorted((ROOT / "seeds").glob("*.txt")) for item in sources.read_file(path)]


def generated_articles(seeds, count, rng):
    paragraphs = [p for article in seeds for p in article.body.split("\n\n") if p.strip()]
    start = datetime.date(2017, 1, 1)
    corpus = []
    for _ in range(count):
        body = "\n\n".join(rng.sample(paragraphs, k=min(len(paragraphs), rng.randint(6, 14))))
        corpus.append((body, start + datetime.timedelta(days=rng.randrange(365))))
    return corpus


def timed(function, corpus, repeat):
    """Best of `repeat` runs of function(body, published) over the corpus, in seconds."""
    best = float("inf")
    for _ in range(repeat):
        began = time.perf_counter()
        for body, published in corpus:
            function(body, published)
        best = min(best, time.perf_counter() - began)
    return best


def dateparser_search(body, published):
    from dateparser.search import search_dates

    return search_dates(body, settings={"RELATIVE_BASE": datetime.datetime.combine(published, datetime.time())})


def report(label, corpus, seconds):
    words = sum(len(body.split()) for body, _ in corpus)
    print(f"{label:<34} {len(corpus):>5} articles  {seconds:8.3f} s  "
          f"{len(corpus) / seconds:10.1f} articles/s  {words / seconds:12.0f} words/s")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--generated", type=int, default=300, help="generated articles (default 300)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement; the best counts")
    args = parser.parse_args()

    seeds = seed_articles()
    corpus = [(a.body, a.published) for a in seeds] + generated_articles(seeds, args.generated, random.Random(2017))
    extract(*corpus[0])  # import-time work (regex compilation, gazetteer) is not per-article cost

    print(f"Extraction speed, one process, best of {args.repeat}")
    report("newsdesk extract (seeds+generated)", corpus, timed(extract, corpus, args.repeat))
    seeds_only = corpus[: len(seeds)]
    report("newsdesk extract (seeds only)", seeds_only, timed(extract, seeds_only, args.repeat))
    report("dateparser.search_dates (seeds)", seeds_only, timed(dateparser_search, seeds_only, 1))

    tracemalloc.start()
    for body, published in corpus:
        extract(body, published)
    _, peak = tracemalloc.get_traced_memory()
    print(f"peak memory traced while extracting {len(corpus)} articles: {peak / 2**20:.1f} MiB")


if __name__ == "__main__":
    main()
