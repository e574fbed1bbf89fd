"""HTML pages: trafilatura finds the article, its title, author, site name and address;
the publication date comes from the page's metadata (htmldate, through trafilatura),
else from a dateline printed above the article text."""
from __future__ import annotations

import datetime

import trafilatura

from .article import ParsedArticle, SourceError
from .body import clean_body
from .dates import parse_date_line, parse_date_value

# Only dates the page states as its own: no scanning of the free text for any date.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}
# A dateline printed with the article sits among its first lines.
_DATELINE_WINDOW = 8


def parse_html(raw: str, source_name: str) -> ParsedArticle:
    """Read one HTML page; raises SourceError when it holds no article text or no date."""
    if not raw.strip():
        raise SourceError("empty file", source_name)
    document = trafilatura.bare_extraction(
        raw,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        date_extraction_params=_DATE_PARAMS,
    )
    lines = (document.text or "").split("\n") if document else []
    published = _published(document.date if document else None, lines)
    if published is None:
        raise SourceError("no publication date found", source_name)
    title = document.title or ""
    body = clean_body(lines, title)
    if not body.text:
        raise SourceError("no article text found", source_name)
    return ParsedArticle(
        title=title,
        outlet=document.sitename or body.site or body.agency,
        byline=document.author or "",
        published=published,
        url=document.url or "",
        body=body.text,
        raw=raw,
        source_name=source_name,
    )


def _published(metadata_date: str | None, lines: list[str]) -> datetime.date | None:
    if metadata_date and (date := parse_date_value(metadata_date)):
        return date
    return next(filter(None, map(parse_date_line, lines[:_DATELINE_WINDOW])), None)
