import json
from datetime import date

import pytest

from eval.score import (
    ARTICLES,
    BLIND_ARTICLES,
    BLIND_GOLD,
    DEV2_ARTICLES,
    DEV2_GOLD,
    DEV_ARTICLES,
    DEV_GOLD,
    GOLD,
    Extracted,
    GoldEvent,
    date_matches,
    format_report,
    locate,
    score,
    score_article,
    totals,
)
from timeline.extract.pipeline import Finding
from timeline.extract.sentences import Span

PUBLISHED = date(2017, 9, 15)
BODY = "Seoul condemned the launch on Friday.\n\nMoscow refused to back the plan."


def gold(type_="condemn", day="2017-09-15", precision="day", evidence="Seoul condemned the launch"):
    return GoldEvent(type_, date.fromisoformat(day), precision, evidence, "")


def extracted(type_="condemn", day="2017-09-15", start=0, end=37):
    return Extracted(type_, date.fromisoformat(day), "day", start, end, "")


@pytest.mark.parametrize(
    "precision, gold_day, got, expected",
    [
        ("day", "2017-09-15", "2017-09-15", True),
        ("day", "2017-09-15", "2017-09-14", False),
        ("week", "2017-09-11", "2017-09-14", True),
        ("week", "2017-09-11", "2017-09-18", False),
        ("month", "2017-09-01", "2017-09-30", True),
        ("year", "2017-01-01", "2017-12-31", True),
        ("year", "2017-01-01", "2016-12-31", False),
        ("reported", "2017-09-15", "2017-09-15", True),
        ("reported", "2017-09-15", "2017-09-14", False),
    ],
)
def test_date_matches_at_gold_precision(precision, gold_day, got, expected):
    event = gold(day=gold_day, precision=precision)
    assert date_matches(event, PUBLISHED, date.fromisoformat(got)) is expected


def test_locate_tolerates_whitespace_changes():
    assert locate("a  b\u00a0c", "a b c") == (0, 6)
    assert locate("xx abc", "abc") == (3, 6)
    assert locate("abc", "zzz") is None


def test_each_gold_event_matches_once():
    result = score_article("a", BODY, PUBLISHED, [gold()], [extracted(), extracted()])
    assert (result.matched_count, len(result.spurious), len(result.missed)) == (1, 1, 0)


def test_matching_is_maximal_not_greedy():
    # The first finding could take either gold event; a greedy pass that gives it the
    # first gold leaves the second finding with nothing.
    events = [gold(precision="month", day="2017-09-01"), gold()]
    findings = [extracted(), extracted(day="2017-09-03")]
    result = score_article("a", BODY, PUBLISHED, events, findings)
    assert result.matched_count == 2


def test_wrong_date_counts_against_date_accuracy_only_when_type_and_evidence_match():
    events = [gold(), gold("refuse", precision="reported", evidence="Moscow refused")]
    findings = [extracted(day="2017-09-14"), extracted("refuse", start=39, end=72)]
    result = score_article("a", BODY, PUBLISHED, events, findings)
    counts = totals([result])
    assert (counts.matched_count, counts.typed_count) == (1, 2)
    assert counts.date_accuracy == 0.5
    assert counts.precision == counts.recall == counts.f1 == 0.5


def test_score_reads_gold_and_articles(tmp_path):
    (tmp_path / "one.txt").write_text("Title\n\nSeptember 15, 2017\n\n" + BODY, encoding="utf-8")
    entry = {
        "article": "one.txt",
        "published": "2017-09-15",
        "events": [
            {"date": "2017-09-15", "precision": "day", "type": "condemn",
             "evidence": "Seoul condemned the launch on Friday."},
            {"date": "2017-09-15", "precision": "reported", "type": "refuse",
             "evidence": "Moscow refused to back the plan."},
        ],
    }
    gold_path = tmp_path / "gold.json"
    gold_path.write_text(json.dumps([entry]), encoding="utf-8")

    def only_condemn(body, published):
        start = body.index("Seoul")
        sentence = Span(start, start + 37, body[start:start + 37])
        return [Finding("condemn", published, "day", ("KOR",), (), "", sentence, sentence, None, "", 1.0)]

    (result,) = score(gold_path, tmp_path, only_condemn)
    assert (result.gold_count, result.extracted_count, result.matched_count) == (2, 1, 1)
    report = format_report([result], verbose=True)
    assert "miss     refuse" in report
    assert report.splitlines()[-1].startswith("total")


def test_actor_accuracy_and_people_recall_over_matched_pairs():
    gold_events = [
        GoldEvent("condemn", PUBLISHED, "day", "Seoul condemned the launch", "", frozenset({"KOR"}), ("Moon Jae-in",)),
        GoldEvent("refuse", PUBLISHED, "reported", "Moscow refused to back the plan.", "", frozenset({"RUS"}),
                  ("Vladimir Putin", "Sergei Lavrov")),
    ]
    found = [
        Extracted("condemn", PUBLISHED, "day", 0, 37, "", frozenset({"KOR", "PRK"}), ("Moon Jae-in",)),
        Extracted("refuse", PUBLISHED, "reported", 39, 71, "", frozenset({"RUS"}), ("Vladimir Putin",)),
    ]
    counts = totals([score_article("a", BODY, PUBLISHED, gold_events, found)])
    assert (counts.actor_accuracy, counts.people_recall) == (0.5, 2 / 3)


@pytest.mark.parametrize(
    "gold, articles",
    [(GOLD, ARTICLES), (DEV_GOLD, DEV_ARTICLES), (DEV2_GOLD, DEV2_ARTICLES), (BLIND_GOLD, BLIND_ARTICLES)],
    ids=["seeds", "dev", "dev2", "blind"],
)
def test_gold_is_verbatim_and_calendar_consistent(gold, articles):
    """Every gold file keeps the guide's rules: evidence in the article, weekday names
    agreeing with day dates, coarse dates on their first day, reported on the dateline."""
    weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    for entry in json.loads(gold.read_text(encoding="utf-8")):
        text = (articles / entry["article"]).read_text(encoding="utf-8")
        for event in entry["events"]:
            day = date.fromisoformat(event["date"])
            expression = (event["time_expression"] or "").lower()
            assert event["evidence"] in text
            named = [name for name in weekdays if name in expression]
            if event["precision"] == "day" and named:
                assert named == [weekdays[day.weekday()]], event
            assert event["precision"] != "week" or day.weekday() == 0
            assert event["precision"] not in ("month", "year") or day.day == 1
            if event["precision"] == "reported":
                assert (event["date"], event["time_expression"]) == (entry["published"], None)
