"""Plain text as people save news pages: a header, then the article, then site leftovers.

The header is everything above the first two prose paragraphs (captions may sit
between them). In it: menu words, a site-name line, the headline (often printed
twice), a dek, a photo caption, a byline and a dateline, in any order.

``outlet`` is the publishing site when the text names it (a site-name line above the
headline, "The BRICS Post with inputs from Agencies", a copyright notice), else the
agency the article credits ("SOURCE:AFP", a closing "(Yonhap)"), else "". A credit
at the end of a photo caption names the photographer's agency, not the outlet.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from .article import ParsedArticle, SourceError
from .body import clean_body, is_caption, is_chrome, is_marker, is_prose
from .dates import byline_in_date_line, parse_date_line

_BYLINE = re.compile(r"^By\s+(?P<name>\S.{0,80})$")
# A person's name alone on a line: "Frederick Owens", "Nicolas de Riviere".
_NAME_LINE = re.compile(
    r"^[A-Z][\w.'’-]+(?:\s+(?:[A-Z][\w.'’-]+|de|da|del|della|van|von|der|al|bin|ibn|le|la)){1,3}$"
)
# Words that mark a site-name line above the headline ("... English ... Newspaper").
_SITE_WORDS = re.compile(
    r"\b(?:News|Newspaper|English|Online|Edition|Media|Agency|Network|Magazine|Opinion"
    r"|Daily|Times|Post|Herald|Tribune|Journal|Gazette|Press)\b"
)
# Where a site-name line turns from the name into a tagline.
# Words of section labels ("World News", "News | Asia"), which name no site.
_SECTION_WORDS = frozenset(
    "news world latest breaking top home politics business economy international national local "
    "asia asia-pacific pacific europe americas africa middle east opinion analysis features "
    "video live sport sports tech science".split()
)
_SITE_NAME_END = re.compile(r"\s*(?:[|•·–—:]|\s-\s|\b(?:English|Online|Edition|Digital)\b).*$")
_URL = re.compile(r"https?://[^\s<>\"']+")
_SOURCE_URL_LINE = re.compile(r"^(?:source|url|link|original)\s*:\s*(?P<url>https?://\S+)$", re.IGNORECASE)


@dataclass(frozen=True)
class Header:
    title: str
    byline: str
    site: str


def parse_text(raw: str, source_name: str) -> ParsedArticle:
    """Read one plain-text article; raises SourceError when it has no text or no date."""
    lines = [line.strip() for line in raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    if not any(lines):
        raise SourceError("empty file", source_name)
    start = _body_start(lines)
    date_index = _date_line_index(lines, start)
    if date_index is None:
        raise SourceError("no publication date found", source_name)
    header_lines = [line for i, line in enumerate(lines[:start]) if i != date_index]
    header = _read_header(header_lines, lines[date_index])
    body_lines = [line for i, line in enumerate(lines[start:], start) if i != date_index]
    body = clean_body(body_lines, header.title)
    if not body.text:
        raise SourceError("no article text found", source_name)
    return ParsedArticle(
        title=header.title,
        outlet=header.site or body.site or body.agency,
        byline=header.byline,
        published=parse_date_line(lines[date_index]),
        url=_find_url(lines),
        body=body.text,
        raw=raw,
        source_name=source_name,
    )


def _body_start(lines: list[str]) -> int:
    """Index of the first of two prose lines with only blank lines or captions between
    them; a lone prose line when the article has no second one."""
    prose = [i for i, line in enumerate(lines) if is_prose(line) and not is_caption(line)]
    for first, second in zip(prose, prose[1:]):
        if all(not line or is_caption(line) for line in lines[first + 1:second]):
            return first
    return prose[0] if prose else len(lines)


def _date_line_index(lines: list[str], body_start: int) -> int | None:
    """The dateline: the first in the header, else the first in the article itself
    (some pages print it at the foot), never one from the lists of other stories."""
    for index, line in enumerate(lines):
        if index >= body_start and is_marker(line):
            return None
        if parse_date_line(line):
            return index
    return None


def _read_header(lines: list[str], date_line: str) -> Header:
    lines = [line for line in lines if line and not is_chrome(line) and not is_caption(line)]
    bylines = [m["name"].strip() for m in map(_BYLINE.match, lines) if m]
    candidates = [line for line in lines if not _BYLINE.match(line) and not parse_date_line(line)]
    title_index = _title_index(candidates)
    title = candidates[title_index] if title_index is not None else ""
    site = next(filter(None, map(_site_name, candidates[:title_index])), "")
    name_lines = candidates[title_index + 1:] if title_index is not None else []
    byline = byline_in_date_line(date_line) or next(iter(bylines), "") or _name_line(name_lines)
    return Header(title=title, byline=byline, site=site)


def _title_index(candidates: list[str]) -> int | None:
    """The headline: the line printed twice if one is, else the first line that is not
    a site-name line (one with site words, followed by another candidate)."""
    counts = Counter(candidates)
    repeated = [i for i, line in enumerate(candidates) if counts[line] > 1]
    if repeated:
        return repeated[0]
    if len(candidates) > 1 and _SITE_WORDS.search(candidates[0]):
        return 1
    return 0 if candidates else None


def _name_line(lines: list[str]) -> str:
    """A byline printed as a bare name below the headline: a short line of capitalized words."""
    return next((line for line in lines if _NAME_LINE.match(line)), "")


def _site_name(line: str) -> str:
    """The site a line above the headline names: "Asharq Al-awsat English Middle-east and
    ... Newspaper" -> "Asharq Al-awsat"; "" for a line without site words or a section label."""
    if not _SITE_WORDS.search(line):
        return ""
    name = _SITE_NAME_END.sub("", line).strip()
    return "" if set(name.lower().split()) <= _SECTION_WORDS else name


def _find_url(lines: list[str]) -> str:
    """The article's address: a "source: <url>" line, else a line that is only a URL."""
    for line in lines:
        if match := _SOURCE_URL_LINE.match(line):
            return match["url"]
    return next((line for line in lines if _URL.fullmatch(line)), "")
