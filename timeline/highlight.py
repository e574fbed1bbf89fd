"""Article text as safe HTML with marked spans: source sentences, time expressions, triggers.

Article text is untrusted: every character of it goes through `escape`; only the `<mark>`
elements built here are markup.
"""
import re
from dataclasses import dataclass

from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe

PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    css_class: str
    element_id: str = ""
    title: str = ""


def paragraphs(text):
    """(start, end) of each block of text between blank lines."""
    spans, position = [], 0
    for brk in PARAGRAPH_BREAK.finditer(text):
        spans.append((position, brk.start()))
        position = brk.end()
    spans.append((position, len(text)))
    return [(start, end) for start, end in spans if text[start:end].strip()]


def paragraph_around(text, start, end):
    """The span of the paragraphs that hold text[start:end] (usually just one)."""
    blocks = [(s, e) for s, e in paragraphs(text) if s < end and start < e] or [(start, end)]
    return blocks[0][0], blocks[-1][1]


def highlight(text, marks, offset=0):
    """`text` escaped, with each Mark wrapped in <mark>; mark offsets are shifted by `offset`.

    Marks may nest; one that crosses the end of an enclosing mark is cut at that end.
    """
    events = sorted(
        (
            (max(m.start - offset, 0), min(m.end - offset, len(text)), m)
            for m in marks
            if m.end - offset > 0 and m.start - offset < len(text) and m.end > m.start
        ),
        key=lambda item: (item[0], -item[1]),
    )
    out, stack, position = [], [], 0
    for start, end, mark in events:
        while stack and stack[-1] <= start:
            position = _close(text, out, stack, position)
        if stack:
            end = min(end, stack[-1])
        out.append(escape(text[position:start]))
        out.append(_open(mark))
        stack.append(end)
        position = start
    while stack:
        position = _close(text, out, stack, position)
    out.append(escape(text[position:]))
    return mark_safe("".join(out))


def _open(mark):
    attributes = format_html(' class="{}"', mark.css_class)
    if mark.element_id:
        attributes += format_html(' id="{}"', mark.element_id)
    if mark.title:
        attributes += format_html(' title="{}"', mark.title)
    return f"<mark{attributes}>"


def _close(text, out, stack, position):
    end = stack.pop()
    out.append(escape(text[position:end]))
    out.append("</mark>")
    return end
