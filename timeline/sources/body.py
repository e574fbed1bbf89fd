"""The article paragraphs of a saved page, free of the site's boilerplate.

Works line by line on general cues that many news sites share: marker words that open
a list of other stories ("Explore", "Recommended", "Editor Picks") or a comment form
("Leave a Reply"), agency credits ("SOURCE:AFP", "(Yonhap)"), photo captions ending in
a credit ("... / Reuters", "... (AP)", "... [Xinhua]"), and the shape of a headline
(short, no closing period) against the shape of prose (ends like a sentence).

Lines that are kept keep their characters; only the indentation and trailing
whitespace around a paragraph (NBSP included) are dropped.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

# A line ends like a sentence: a period or ellipsis, or a quoted question or
# exclamation, possibly followed by closing quotes or brackets.
_PROSE_END = re.compile(r"(?:[.…]|[?!][\"'”’»])[\"'”’»)\]]*$")
# Ends like a sentence, however: a headline may end in "?" or "!".
_SENTENCE_END = re.compile(r"[.…?!:;][\"'”’»)\]]*$")
_STARTS_LOWERCASE = re.compile(r"^[\"'“‘]?[a-z]")


def _line_set(text: str) -> frozenset[str]:
    return frozenset(line.strip() for line in text.strip().splitlines())


# A marker line opens a list of other stories, links or tags; the list runs until
# prose starts again.
_LIST_MARKERS = _line_set(
    """
    recommended
    recommended for you
    explore
    explore more
    editor picks
    editor's picks
    editors' picks
    editor’s picks
    editors’ picks
    related
    related articles
    related stories
    related news
    related posts
    related content
    related topics
    read more
    read also
    also read
    more news
    more stories
    more on this story
    most read
    most popular
    most viewed
    popular
    trending
    trending now
    top stories
    latest
    latest news
    latest stories
    you may also like
    you might also like
    you may be interested in
    further reading
    see also
    in other news
    other news
    don't miss
    must read
    what to read next
    tags
    topics
    keywords
    share
    share this
    share this article
    advertisement
    sponsored
    """
)
# A marker line that opens a comment form or page footer: nothing after it is article.
_END_MARKERS = _line_set(
    """
    leave a reply
    leave a comment
    post a comment
    add a comment
    write a comment
    comments
    discuss this article
    join the discussion
    join the conversation
    """
)
# Lines of site chrome: menus, sharing buttons, reading-time badges.
_CHROME_LINES = _line_set(
    """
    from
    send to
    print
    email
    e-mail
    share
    tweet
    facebook
    twitter
    whatsapp
    linkedin
    telegram
    follow us
    follow us on
    listen
    listen to this article
    copy link
    bookmark
    save
    menu
    home
    search
    close
    font size
    a a a
    """
)
_CHROME_PATTERNS = (
    re.compile(r"^\d+\s*min(?:ute)?s?\s+read$", re.IGNORECASE),
    re.compile(r"^follow us( on)?\b.{0,40}$", re.IGNORECASE),
    re.compile(r"^\d+\s+comments?$", re.IGNORECASE),
    # End-of-story marks of wire copy.
    re.compile(r"^(?:\(end\)|-+\s*30\s*-+|#{3})$", re.IGNORECASE),
)
# A line that links elsewhere: "More news: <headline>", "Other reports by <name>".
_LINK_LINE = re.compile(
    r"^(?:more news|more stories|read more|read also|also read|related|see also|recommended"
    r"|watch|listen|click here|more from|most read|other reports by|more by|sign up|subscribe)"
    r"\b.{0,200}$",
    re.IGNORECASE,
)
# A comment form ends the article even without a marker line.
_FORM_LINE = re.compile(
    r"^(?:our standards\b|anti-spam\b|required fields are marked\b|your email address will not be published\b)",
    re.IGNORECASE,
)

# "SOURCE:AFP", "Source: Reuters"
_SOURCE_CREDIT = re.compile(r"^source\s*:\s*(?P<name>[^.]{2,60})$", re.IGNORECASE)
# "Al Jazeera and news agencies": the agencies are not named.
_AND_AGENCIES = re.compile(r"\s+(?:and|with|&)\s+(?:news\s+|wire\s+)?agencies$", re.IGNORECASE)
# "The BRICS Post with inputs from Agencies": the site credits itself.
_SITE_WITH_INPUTS = re.compile(
    r"^(?P<name>[A-Z][^.]{1,60}?)\s+(?i:with\s+(?:inputs?|reporting)\s+from)\s+[^.]{2,60}$"
)
# "(With inputs from Reuters)", "With agency inputs"
_WITH_INPUTS = re.compile(r"^\(?with\s+(?:inputs?\s+from\s+(?P<name>[^)]{2,60})|agency inputs)\)?\.?$", re.IGNORECASE)
# "Copyright © 2017 The Korea Herald. All rights reserved."
# A copyright notice names its holder after a © sign or a year.
_COPYRIGHT = re.compile(
    r"^(?=.{0,20}(?:©|\(c\)|\d{4}))(?:copyright\s*)?(?:©|\(c\))?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?"
    r"(?P<name>[^.,©]{2,60}?)[.,]?(?:\s*all rights reserved\.?)?$",
    re.IGNORECASE,
)
# Reuters-style credits: "Reporting by ...; Editing by ..."
_STAFF_CREDIT = re.compile(
    r"^\(?(?:additional\s+)?(?:reporting|writing|editing|compiled|translated)\s+by\b.{0,200}$",
    re.IGNORECASE,
)
# "SEOUL, Jan. 25 (Yonhap) -- ...", "BEIJING (Reuters) - ...": the opening of a wire story
# names its agency.
_WIRE_DATELINE = re.compile(r"^[A-Z][A-Z .'-]+(?:,[^()]{0,40})?\s*\((?P<name>[A-Z][\w .&-]{1,30})\)\s*[-—–]")

# A credit at the end of a line: "... / Reuters", "... (AP)", "... [Xinhua]",
# "... Photo: Reuters". On a line of its own or closing a caption.
_CREDIT_NAME = r"[A-Z][\w&.'’/ -]{0,40}?"
_PICTURE = r"(?i:photo|image|picture|file photo)s?"
_TRAILING_CREDIT = re.compile(
    rf"(?:\s/\s*(?P<slash>{_CREDIT_NAME})"
    rf"|\s*[(\[](?:{_PICTURE}\s*(?::|by)?\s*)?(?P<bracket>{_CREDIT_NAME})[)\]]"
    rf"|\s{_PICTURE}\s*(?::|by)\s*(?P<label>{_CREDIT_NAME}))\s*$"
)

# Fewer lines than this in a row that all look like headlines may be subheadings;
# this many or more is a list of other stories.
_HEADLINE_RUN = 3
_HEADLINE_MAX_CHARS = 200


@dataclass(frozen=True)
class Credit:
    """Who a line credits: ``kind`` is "site" (the publisher names itself) or "agency"."""

    kind: str
    name: str


@dataclass(frozen=True)
class Body:
    """Clean article text (paragraphs joined by a blank line) and the credits found in it."""

    text: str
    site: str
    agency: str


def is_prose(line: str) -> bool:
    """True when a (stripped) line ends like a sentence of running text."""
    return bool(_PROSE_END.search(line))


def is_headline_like(line: str) -> bool:
    """True for a short line that does not end like prose: a title, a menu item, a name."""
    return not is_prose(line) and len(line) <= _HEADLINE_MAX_CHARS


def is_chrome(line: str) -> bool:
    """True for a line of site chrome (menus, share buttons, reading time)."""
    key = _key(line)
    return key in _CHROME_LINES or any(p.search(line.strip()) for p in _CHROME_PATTERNS)


def is_marker(line: str) -> bool:
    """True for a line that opens a list of other stories or a comment form."""
    return _key(line) in _LIST_MARKERS | _END_MARKERS


def is_caption(line: str) -> bool:
    """True for a line that ends in a picture or agency credit, as photo captions do."""
    return bool(_TRAILING_CREDIT.search(line))


def credit_of(line: str) -> Credit | None:
    """The credit a whole line gives ("SOURCE:AFP", "X with inputs from Agencies",
    a copyright notice, "(Yonhap)" alone), None for any other line."""
    line = line.strip()
    if match := _SOURCE_CREDIT.match(line):
        return Credit("agency", _AND_AGENCIES.sub("", match["name"]).strip())
    if match := _WITH_INPUTS.match(line):
        return Credit("agency", (match["name"] or "").strip())
    if match := _SITE_WITH_INPUTS.match(line):
        return Credit("site", match["name"].strip())
    if match := _COPYRIGHT.match(line):
        return Credit("site", match["name"].strip())
    if _STAFF_CREDIT.match(line):
        return Credit("agency", "")
    if (match := _TRAILING_CREDIT.search(line)) and match.start() == 0:
        return Credit("agency", _credit_name(match))
    return None


def clean_body(lines: Iterable[str], title: str = "") -> Body:
    """The article paragraphs among ``lines`` (the text below the header), with the
    site and agency credits they carry."""
    kept, credits = _drop_boilerplate(lines, title)
    kept = _trim_to_prose(_join_broken_sentences(kept))
    kept, closing_credit = _strip_closing_credit(kept)
    kept = [line for line in kept[:-1] if not is_caption(line)] + kept[-1:]
    kept = _drop_headline_runs(kept)
    # The wire dateline names the agency most surely, the closing credit next.
    credits = [c for c in map(_wire_credit, kept[:1]) if c] + ([closing_credit] if closing_credit else []) + credits
    return Body(
        text="\n\n".join(kept),
        site=next((c.name for c in credits if c.kind == "site" and c.name), ""),
        agency=next((c.name for c in credits if c.kind == "agency" and c.name), ""),
    )


def _key(line: str) -> str:
    return " ".join(line.split()).lower().rstrip(":")


def _drop_boilerplate(lines: Iterable[str], title: str) -> tuple[list[str], list[Credit]]:
    kept: list[str] = []
    credits: list[Credit] = []
    in_list = False
    for raw_line in lines:
        line = raw_line.strip()
        if not line or line == title.strip():
            continue
        key = _key(line)
        if key in _END_MARKERS or key.rstrip(".") in _END_MARKERS or _FORM_LINE.match(line):
            break
        if key in _LIST_MARKERS:
            in_list = True
            continue
        if credit := credit_of(line):
            credits.append(credit)
            continue
        if is_chrome(line) or (_LINK_LINE.match(line) and not is_prose(line)):
            continue
        if in_list and not is_prose(line):
            continue
        in_list = False
        kept.append(line)
    return kept, credits


def _trim_to_prose(lines: list[str]) -> list[str]:
    """Drop the non-prose lines before the first and after the last prose line; a last
    line that is prose once its credit is removed counts as prose."""
    prose = [i for i, line in enumerate(lines) if is_prose(_without_credit(line))]
    return lines[prose[0]:prose[-1] + 1] if prose else []


def _strip_closing_credit(lines: list[str]) -> tuple[list[str], Credit | None]:
    """The last paragraph of a wire story often ends in its agency: "... Germany. (Yonhap)"."""
    if not lines:
        return lines, None
    last = lines[-1]
    match = _TRAILING_CREDIT.search(last)
    if not match or not is_prose(last[:match.start()].rstrip()):
        return lines, None
    return lines[:-1] + [last[:match.start()].rstrip()], Credit("agency", _credit_name(match))


def _without_credit(line: str) -> str:
    match = _TRAILING_CREDIT.search(line)
    return line[:match.start()].rstrip() if match else line


def _credit_name(match: re.Match[str]) -> str:
    return (match["slash"] or match["bracket"] or match["label"] or "").strip()


def _drop_headline_runs(lines: list[str]) -> list[str]:
    kept: list[str] = []
    run: list[str] = []
    for line in [*lines, ""]:
        if line and is_headline_like(line):
            run.append(line)
            continue
        kept += run if len(run) < _HEADLINE_RUN else []
        run = []
        kept += [line] if line else []
    return kept


def _join_broken_sentences(lines: list[str]) -> list[str]:
    """Re-join a sentence that a blank line split: a paragraph that does not end like a
    sentence, followed by one that starts in lowercase ("... talks, it" / "also said.")."""
    joined: list[str] = []
    for line in lines:
        if joined and not _SENTENCE_END.search(joined[-1]) and _STARTS_LOWERCASE.match(line):
            joined[-1] = f"{joined[-1]} {line}"
        else:
            joined.append(line)
    return joined


def _wire_credit(line: str) -> Credit | None:
    match = _WIRE_DATELINE.match(line)
    return Credit("agency", match["name"].strip()) if match else None
