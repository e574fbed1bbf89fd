"""Reading article files: plain text, HTML and JSON Lines, into ParsedArticle.

Django-free on purpose: the scorer reads articles with it outside the project.
"""
from __future__ import annotations

import pathlib

from .article import ParsedArticle, SourceError, content_hash
from .html import parse_html
from .jsonl import parse_jsonl_line
from .text import parse_text

__all__ = [
    "ParsedArticle",
    "SourceError",
    "content_hash",
    "parse_html",
    "parse_jsonl_line",
    "parse_text",
    "read_file",
]

_HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
_JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
_HTML_START = ("<!doctype html", "<html")


def read_file(path: pathlib.Path) -> list[ParsedArticle | SourceError]:
    """Articles in one file: .txt and unknown text -> plain-text reader (unless the text
    is an HTML document), .html/.htm -> HTML reader, .jsonl/.ndjson -> one per line.

    Errors come back in the list, one per article, so a bad JSON Lines record does not
    lose the others; a file that cannot be read at all gives a single SourceError.
    """
    try:
        raw = _decode(path.read_bytes(), path.name)
    except SourceError as error:
        return [error]
    except OSError as error:
        return [SourceError(f"cannot read file: {error.strerror or error}", path.name)]
    suffix = path.suffix.lower()
    if suffix in _JSONL_SUFFIXES:
        return _read_jsonl(raw, path.name)
    parse = parse_html if suffix in _HTML_SUFFIXES or _looks_like_html(raw) else parse_text
    try:
        return [parse(raw, path.name)]
    except SourceError as error:
        return [error]


def _decode(data: bytes, source_name: str) -> str:
    if not data.strip():
        raise SourceError("empty file", source_name)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise SourceError("not UTF-8 text", source_name) from None
    if "\x00" in text:
        raise SourceError("contains NUL characters: not a text file", source_name)
    return text


def _looks_like_html(raw: str) -> bool:
    return raw.lstrip()[:100].lower().startswith(_HTML_START)


# Only "\n" ends a record: JSON strings may hold U+2028 and other characters that
# str.splitlines() would also split on.
def _read_jsonl(raw: str, file_name: str) -> list[ParsedArticle | SourceError]:
    results: list[ParsedArticle | SourceError] = []
    for number, line in enumerate(raw.replace("\r\n", "\n").split("\n"), start=1):
        if not line.strip():
            continue
        source_name = f"{file_name}#{number}"
        try:
            results.append(parse_jsonl_line(line, source_name))
        except SourceError as error:
            results.append(SourceError(f"line {number}: {error}", source_name))
    return results or [SourceError("empty file", file_name)]
