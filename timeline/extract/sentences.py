"""Split article text into paragraphs and sentences, keeping character offsets.

Offsets always point into the text given, so a sentence's ``text`` equals
``source[start:end]``. Spans are trimmed of surrounding whitespace (NBSP included).
"""
from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str


# A blank line (possibly holding spaces, tabs or NBSP) separates paragraphs.
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n\s*")

# Candidate sentence end: terminal punctuation, optional closing quotes or brackets,
# then whitespace. Whether it really ends the sentence is decided by _is_boundary.
_CANDIDATE_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s)")

# Abbreviations that never end a sentence because a word always follows them:
# titles before names, months before day numbers, "No." before a number.
_NON_FINAL_ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof gen sen rep gov lt col capt cmdr adm maj sgt cpl pres amb rev hon st mt ft
    jan feb mar apr jun jul aug sep sept oct nov dec
    no nos vol fig approx vs v
    """.split()
)

# Closed-class words that open a new sentence after an abbreviation such as "U.S." or "a.m."
# An acronym is usually followed by a noun ("the U.S. envoy"); these show a new sentence began.
_SENTENCE_OPENERS = frozenset(
    """
    the a an he she it they we i you his her its their our this that these those there
    but and so yet however meanwhile in on at after before when while if as also still
    earlier later last next
    """.split()
)

_WORD_BEFORE = re.compile(r"([\w.]+)[.!?]*[\"'”’)\]]*$")
_NEXT_WORD = re.compile(r"\s*[\"'“‘(\[]*([\w’'-]+)")
_DOTTED_ACRONYM = re.compile(r"^(?:\w\.)+\w?$")


def split_paragraphs(text: str) -> list[Span]:
    """Blocks of text separated by blank lines, trimmed."""
    spans = []
    position = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        spans.extend(_trimmed(text, position, match.start()))
        position = match.end()
    spans.extend(_trimmed(text, position, len(text)))
    return spans


def split_sentences(text: str) -> list[Span]:
    """Sentences of ``text`` with offsets into it; a paragraph break always ends one."""
    sentences = []
    for paragraph in split_paragraphs(text):
        for line in _split_lines(text, paragraph):
            sentences.extend(_split_line(text, line))
    return sentences


def _split_lines(text: str, paragraph: Span) -> list[Span]:
    """Lines of a paragraph, joining a line to the next when the next goes on in lower case.

    A lone line break inside a paragraph mostly separates list items and headlines;
    text wrapped in mid-sentence shows itself by continuing in lower case.
    """
    lines = []
    start = paragraph.start
    for match in re.finditer(r"\n", paragraph.text):
        following = paragraph.text[match.end():].lstrip()
        if following[:1].islower():
            continue
        lines.extend(_trimmed(text, start, paragraph.start + match.start()))
        start = paragraph.start + match.end()
    lines.extend(_trimmed(text, start, paragraph.end))
    return lines


def _split_line(text: str, line: Span) -> list[Span]:
    spans = []
    start = line.start
    for match in _CANDIDATE_END.finditer(line.text):
        end = line.start + match.end()
        if _is_boundary(text[start:end], text[end:line.end]):
            spans.extend(_trimmed(text, start, end))
            start = end
    spans.extend(_trimmed(text, start, line.end))
    return spans


def _is_boundary(before: str, after: str) -> bool:
    """Whether a candidate end (``before`` ends with it) really closes the sentence."""
    following = _NEXT_WORD.match(after)
    if following is None:
        return True
    next_word = following.group(1)
    next_start = after.lstrip()[:1]
    if not (next_word[:1].isupper() or next_word[:1].isdigit() or next_start in "\"“‘'(["):
        return False
    if not before.rstrip("\"'”’)]").endswith("."):
        return True
    word = _WORD_BEFORE.search(before)
    token = word.group(1).rstrip(".") if word else ""
    if token.lower() in _NON_FINAL_ABBREVIATIONS:
        return False
    if len(token) == 1 and token.isupper():
        return False  # an initial: "Donald J. Trump"
    if _DOTTED_ACRONYM.match(token):
        return next_word.lower() in _SENTENCE_OPENERS
    return True


def _trimmed(text: str, start: int, end: int) -> list[Span]:
    chunk = text[start:end]
    stripped = chunk.strip()
    if not stripped:
        return []
    left = start + (len(chunk) - len(chunk.lstrip()))
    right = left + len(stripped)
    return [Span(left, right, text[left:right])]
