"""What every reader returns: a parsed article, or the reason it could not be read."""
from __future__ import annotations

import datetime
import hashlib
import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True)
class ParsedArticle:
    """One article read from a file.

    ``body`` is the clean article text, paragraphs joined by a blank line; it is the
    reference text for every character offset computed later. ``outlet`` is the
    publishing site when the text names it, else the news agency it credits, else "".
    """

    title: str
    outlet: str
    byline: str
    published: datetime.date
    url: str
    body: str
    raw: str
    source_name: str


class SourceError(Exception):
    """A file (or one JSON Lines line) that cannot be read as an article.

    ``str()`` is the reason, worded for a person ("no publication date found");
    ``source_name`` says where it came from when the reader knows.
    """

    def __init__(self, reason: str, source_name: str = "") -> None:
        super().__init__(reason)
        self.source_name = source_name


def content_hash(raw: str) -> str:
    """SHA-256 hex of raw text after normalizing what a copy or a save can change
    without changing the content: line endings, a byte-order mark, Unicode
    composition and whitespace at line ends."""
    text = unicodedata.normalize("NFC", raw.lstrip("\ufeff"))
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    normalized = "\n".join(line.rstrip() for line in lines).strip()
    return hashlib.sha256(normalized.encode("utf-8")).hexdigest()
