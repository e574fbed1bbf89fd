"""Score the extractor against hand-annotated gold events (eval/gold/GUIDE.md, "Scoring").

    .venv/bin/python eval/score.py [-v] [--gold eval/gold/seeds.json] [--articles seeds/]
    .venv/bin/python eval/score.py --gold eval/gold/dev.json --articles eval/dev
    .venv/bin/python eval/score.py --all   # the seeds, both dev sets and the blind set

An extracted event matches a gold event of the same article when its sentence overlaps
the gold evidence, its type is equal and its date is equal at the gold's precision; each
gold event is matched at most once (a maximum matching, not a greedy one). Date accuracy
is counted over the pairs whose evidence and type match, whatever their date. Over the
matched pairs, actor accuracy is the share whose actor sets are equal, and people recall
the share of gold people found among the extracted people (same name or same last word).
It is a measurement, not a test: it always exits 0. Django-free.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script: eval/ is on the path, the project is not
    sys.path.insert(0, str(ROOT))

from timeline.extract.pipeline import Finding, extract  # noqa: E402
from timeline.sources import ParsedArticle, read_file  # noqa: E402

GOLD = ROOT / "eval" / "gold" / "seeds.json"
ARTICLES = ROOT / "seeds"
DEV_GOLD = ROOT / "eval" / "gold" / "dev.json"
DEV_ARTICLES = ROOT / "eval" / "dev"
DEV2_GOLD = ROOT / "eval" / "gold" / "dev2.json"
DEV2_ARTICLES = ROOT / "eval" / "dev2"
BLIND_GOLD = ROOT / "eval" / "gold" / "blind.json"
BLIND_ARTICLES = ROOT / "eval" / "blind"

Extractor = Callable[[str, date], list[Finding]]


@dataclass(frozen=True)
class GoldEvent:
    type: str
    date: date
    precision: str
    evidence: str
    summary: str
    actors: frozenset[str] = frozenset()
    people: tuple[str, ...] = ()


@dataclass(frozen=True)
class Extracted:
    """What the scorer needs of a finding: type, date and the evidence sentence's offsets."""

    type: str
    date: date
    precision: str
    start: int
    end: int
    summary: str
    actors: frozenset[str] = frozenset()
    people: tuple[str, ...] = ()


@dataclass(frozen=True)
class ArticleScore:
    article: str
    gold_count: int
    extracted_count: int
    matched_count: int
    typed_count: int  # pairs matching evidence and type, whatever the date
    missed: tuple[GoldEvent, ...]
    spurious: tuple[Extracted, ...]
    misdated: tuple[tuple[GoldEvent, Extracted], ...]
    actors_equal_count: int = 0  # matched pairs whose actor sets are equal
    people_gold_count: int = 0  # gold people over matched pairs
    people_found_count: int = 0  # of those, found among the extracted people


@dataclass(frozen=True)
class Totals:
    gold_count: int
    extracted_count: int
    matched_count: int
    typed_count: int
    actors_equal_count: int = 0
    people_gold_count: int = 0
    people_found_count: int = 0

    @property
    def actor_accuracy(self) -> float:
        return _ratio(self.actors_equal_count, self.matched_count)

    @property
    def people_recall(self) -> float:
        return _ratio(self.people_found_count, self.people_gold_count)

    @property
    def precision(self) -> float:
        return _ratio(self.matched_count, self.extracted_count)

    @property
    def recall(self) -> float:
        return _ratio(self.matched_count, self.gold_count)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def date_accuracy(self) -> float:
        return _ratio(self.matched_count, self.typed_count)


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def date_matches(gold: GoldEvent, published: date, extracted: date) -> bool:
    """Equal at the gold's precision; a "reported" gold event sits on the publication date."""
    if gold.precision == "reported":
        return extracted == published
    if gold.precision == "week":
        return _monday(extracted) == _monday(gold.date)
    if gold.precision == "month":
        return (extracted.year, extracted.month) == (gold.date.year, gold.date.month)
    if gold.precision == "year":
        return extracted.year == gold.date.year
    return extracted == gold.date


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def locate(body: str, evidence: str) -> tuple[int, int] | None:
    """Offsets of the gold evidence in the body: exact, or else ignoring how whitespace
    was normalized when the body was cleaned (NBSP, line breaks)."""
    start = body.find(evidence)
    if start >= 0:
        return start, start + len(evidence)
    words = evidence.split()
    if not words:
        return None
    match = re.search(r"\s+".join(re.escape(word) for word in words), body)
    return (match.start(), match.end()) if match else None


def score_article(
    article: str,
    body: str,
    published: date,
    gold: list[GoldEvent],
    findings: list[Extracted],
) -> ArticleScore:
    spans = [locate(body, event.evidence) for event in gold]

    def typed(g: int, e: int) -> bool:
        span = spans[g]
        finding = findings[e]
        overlaps = span is not None and finding.start < span[1] and span[0] < finding.end
        return overlaps and gold[g].type == finding.type

    def strict(g: int, e: int) -> bool:
        return typed(g, e) and date_matches(gold[g], published, findings[e].date)

    matched = _maximum_matching(len(gold), len(findings), strict)
    typed_pairs = _maximum_matching(len(gold), len(findings), typed)
    matched_gold = set(matched)
    matched_findings = set(matched.values())
    misdated = tuple(
        (gold[g], findings[e]) for g, e in typed_pairs.items()
        if g not in matched_gold and e not in matched_findings
    )
    pairs = [(gold[g], findings[e]) for g, e in matched.items()]
    return ArticleScore(
        article=article,
        gold_count=len(gold),
        extracted_count=len(findings),
        matched_count=len(matched),
        typed_count=len(typed_pairs),
        missed=tuple(event for g, event in enumerate(gold) if g not in matched_gold),
        spurious=tuple(f for e, f in enumerate(findings) if e not in matched_findings),
        misdated=misdated,
        actors_equal_count=sum(g.actors == e.actors for g, e in pairs),
        people_gold_count=sum(len(g.people) for g, _ in pairs),
        people_found_count=sum(_people_found(g.people, e.people) for g, e in pairs),
    )


def _people_found(gold: tuple[str, ...], extracted: tuple[str, ...]) -> int:
    """Gold people found among the extracted ones: the same name, or the same last word
    ("Rex W. Tillerson" and "Rex Tillerson")."""
    names = {name.lower() for name in extracted} | {name.split()[-1].lower() for name in extracted if name}
    return sum(person.lower() in names or person.split()[-1].lower() in names for person in gold)


def _maximum_matching(left: int, right: int, allowed: Callable[[int, int], bool]) -> dict[int, int]:
    """Maximum bipartite matching (augmenting paths) as {left index: right index}."""
    edges = [[r for r in range(right) if allowed(g, r)] for g in range(left)]
    owner: dict[int, int] = {}

    def augment(g: int, seen: set[int]) -> bool:
        for r in edges[g]:
            if r in seen:
                continue
            seen.add(r)
            if r not in owner or augment(owner[r], seen):
                owner[r] = g
                return True
        return False

    for g in range(left):
        augment(g, set())
    return {g: r for r, g in owner.items()}


def totals(scores: list[ArticleScore]) -> Totals:
    return Totals(
        gold_count=sum(s.gold_count for s in scores),
        extracted_count=sum(s.extracted_count for s in scores),
        matched_count=sum(s.matched_count for s in scores),
        typed_count=sum(s.typed_count for s in scores),
        actors_equal_count=sum(s.actors_equal_count for s in scores),
        people_gold_count=sum(s.people_gold_count for s in scores),
        people_found_count=sum(s.people_found_count for s in scores),
    )


def score(gold_path: Path = GOLD, articles_dir: Path = ARTICLES, extractor: Extractor = extract) -> list[ArticleScore]:
    """Score ``extractor`` on every article of the gold file (articles read from ``articles_dir``)."""
    results = []
    for entry in json.loads(gold_path.read_text(encoding="utf-8")):
        article = _read_article(articles_dir / entry["article"])
        gold = [_gold_event(event) for event in entry["events"]]
        findings = [_extracted(f) for f in extractor(article.body, article.published)]
        results.append(score_article(entry["article"], article.body, article.published, gold, findings))
    return results


def _read_article(path: Path) -> ParsedArticle:
    parsed = read_file(path)
    if not parsed or not isinstance(parsed[0], ParsedArticle):
        raise SystemExit(f"cannot read {path}: {parsed[0] if parsed else 'no article'}")
    return parsed[0]


def _gold_event(event: dict) -> GoldEvent:
    return GoldEvent(
        type=event["type"],
        date=date.fromisoformat(event["date"]),
        precision=event["precision"],
        evidence=event["evidence"],
        summary=event.get("summary", ""),
        actors=frozenset(event.get("actors", ())),
        people=tuple(event.get("people", ())),
    )


def _extracted(finding: Finding) -> Extracted:
    return Extracted(
        type=finding.type,
        date=finding.date,
        precision=finding.precision,
        start=finding.sentence.start,
        end=finding.sentence.end,
        summary=finding.summary,
        actors=frozenset(finding.actors),
        people=finding.people,
    )


def format_report(scores: list[ArticleScore], *, verbose: bool = False) -> str:
    header = (
        f"{'article':<32} {'gold':>5} {'extr':>5} {'match':>5} {'P':>6} {'R':>6} {'F1':>6} {'date':>6}"
        f" {'actor':>6} {'people':>6}"
    )
    lines = [header, "-" * len(header)]
    for result in scores:
        lines.append(_row(result.article, totals([result])))
        if verbose:
            lines.extend(_details(result))
    lines.append("-" * len(header))
    lines.append(_row("total", totals(scores)))
    return "\n".join(lines)


def _row(name: str, counts: Totals) -> str:
    return (
        f"{name:<32} {counts.gold_count:>5} {counts.extracted_count:>5} {counts.matched_count:>5} "
        f"{counts.precision:>6.3f} {counts.recall:>6.3f} {counts.f1:>6.3f} {counts.date_accuracy:>6.3f} "
        f"{counts.actor_accuracy:>6.3f} {counts.people_recall:>6.3f}"
    )


def _details(result: ArticleScore) -> list[str]:
    lines = []
    for event in result.missed:
        lines.append(f"    miss     {event.type:<10} {event.date} {event.precision:<8} {event.evidence[:90]}")
    for finding in result.spurious:
        lines.append(f"    spurious {finding.type:<10} {finding.date} {finding.precision:<8} {finding.summary[:90]}")
    for event, finding in result.misdated:
        lines.append(
            f"    misdated {event.type:<10} gold {event.date} {event.precision}, "
            f"got {finding.date} {finding.precision}: {event.evidence[:60]}"
        )
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Score extraction against gold events.")
    parser.add_argument("-v", "--verbose", action="store_true", help="list misses and spurious events")
    parser.add_argument("--gold", type=Path, default=GOLD, help="gold JSON file")
    parser.add_argument("--articles", type=Path, default=ARTICLES, help="folder holding the articles")
    parser.add_argument("--all", action="store_true", help="score the seeds, both dev sets and the blind set")
    args = parser.parse_args(argv)
    sets = [
        ("seeds", GOLD, ARTICLES),
        ("dev", DEV_GOLD, DEV_ARTICLES),
        ("dev2", DEV2_GOLD, DEV2_ARTICLES),
        ("blind", BLIND_GOLD, BLIND_ARTICLES),
    ] if args.all else [
        ("", args.gold, args.articles)
    ]
    for name, gold, articles in sets:
        if name:
            print(f"== {name}: {gold.relative_to(ROOT)}")
        print(format_report(score(gold, articles), verbose=args.verbose))
    return 0


if __name__ == "__main__":
    sys.exit(main())
