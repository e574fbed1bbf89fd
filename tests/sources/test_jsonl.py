import datetime
import json

import pytest

from timeline.sources import SourceError, parse_jsonl_line

TEXT = "Russia and France agreed on Friday to push for talks.\n\nThe statement followed a call. (AP)"


def line(**fields):
    return json.dumps({"title": "Talks urged", "url": "https://example.com/a", "published": "2017-09-15",
                       "text": TEXT, **fields})


def test_record_fields():
    article = parse_jsonl_line(line(outlet="Example News", byline="Jane Roe"), "a.jsonl#1")
    assert article.title == "Talks urged"
    assert article.url == "https://example.com/a"
    assert article.published == datetime.date(2017, 9, 15)
    assert article.outlet == "Example News"
    assert article.byline == "Jane Roe"
    assert article.body == "Russia and France agreed on Friday to push for talks.\n\nThe statement followed a call."
    assert article.source_name == "a.jsonl#1"
    assert article.raw == line(outlet="Example News", byline="Jane Roe")


@pytest.mark.parametrize(
    "fields, outlet, byline",
    [
        ({"source": "Example News", "author": "Jane Roe"}, "Example News", "Jane Roe"),
        ({"source": {"name": "Example News"}}, "Example News", ""),
        ({}, "AP", ""),
    ],
)
def test_outlet_and_byline_alternatives(fields, outlet, byline):
    article = parse_jsonl_line(line(**fields), "a.jsonl#1")
    assert (article.outlet, article.byline) == (outlet, byline)


@pytest.mark.parametrize(
    "published, expected",
    [("2017-09-15T09:15:00+09:00", datetime.date(2017, 9, 15)), ("Friday, 15 December, 2017 - 09:15", datetime.date(2017, 12, 15))],
)
def test_published_formats(published, expected):
    assert parse_jsonl_line(line(published=published), "a.jsonl#1").published == expected


@pytest.mark.parametrize(
    "raw, reason",
    [
        ("{not json", "invalid JSON"),
        ("[1, 2]", "not a JSON object"),
        (line(text=""), "missing text"),
        (json.dumps({"published": "2017-09-15"}), "missing text"),
        (line(published="last Friday"), "no publication date found"),
        (line(published=None), "no publication date found"),
        (line(text="Envoys met.\x00"), "contains NUL characters"),
    ],
)
def test_bad_record_raises_with_reason(raw, reason):
    with pytest.raises(SourceError) as raised:
        parse_jsonl_line(raw, "a.jsonl#3")
    assert str(raised.value) == reason
