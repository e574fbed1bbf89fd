"""JSON Lines: one article per line, as an object with at least ``text`` and ``published``.

Accepted keys: ``title``, ``url``, ``published`` (ISO or any dateline shape),
``text``, and optionally ``outlet`` (or ``source``, a name or an object with a
``name``) and ``byline`` (or ``author``).
"""
from __future__ import annotations

import json

from .article import ParsedArticle, SourceError
from .body import clean_body
from .dates import parse_date_value


def parse_jsonl_line(line: str, source_name: str) -> ParsedArticle:
    """Read one JSON Lines record; raises SourceError for that record alone."""
    record = _load(line, source_name)
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise SourceError("missing text", source_name)
    published = record.get("published")
    date = parse_date_value(published) if isinstance(published, str) else None
    if date is None:
        raise SourceError("no publication date found", source_name)
    title = _string(record, "title")
    body = clean_body(text.replace("\r\n", "\n").split("\n"), title)
    if not body.text:
        raise SourceError("no article text found", source_name)
    return ParsedArticle(
        title=title,
        outlet=_string(record, "outlet") or _source_name(record) or body.site or body.agency,
        byline=_string(record, "byline") or _string(record, "author"),
        published=date,
        url=_string(record, "url"),
        body=body.text,
        raw=line,
        source_name=source_name,
    )


def _load(line: str, source_name: str) -> dict:
    try:
        record = json.loads(line)
    except json.JSONDecodeError:
        raise SourceError("invalid JSON", source_name) from None
    if not isinstance(record, dict):
        raise SourceError("not a JSON object", source_name)
    if any("\x00" in value for value in record.values() if isinstance(value, str)):
        raise SourceError("contains NUL characters", source_name)
    return record


def _string(record: dict, key: str) -> str:
    value = record.get(key)
    return value.strip() if isinstance(value, str) else ""


def _source_name(record: dict) -> str:
    source = record.get("source")
    if isinstance(source, dict):
        return _string(source, "name")
    return _string(record, "source")
