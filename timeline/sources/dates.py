"""Publication dates as news pages print them.

Written with regexes and a month table rather than a general date parser, so that
every accepted shape is listed here and nothing is guessed: a numeric date whose
day and month could be swapped ("03/04/2017") is not read at all.
"""
from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

_MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3,
    "apr": 4, "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7,
    "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9,
    "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}

_MONTH = (
    r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
    r"|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?"
)
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\b"
_YEAR = r"(?P<year>(?:19|20)\d{2})(?!\d)"

# "September 15, 2017", "Jan. 25, 2017", "Sept 15th 2017"
_MONTH_DAY_YEAR = re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}", re.IGNORECASE)
# "15 December, 2017", "12 Sep 2017", "15th of September 2017"
_DAY_MONTH_YEAR = re.compile(rf"\b{_DAY}(?:\s+of)?\s+{_MONTH},?\s+{_YEAR}", re.IGNORECASE)
# "2017-09-15", "2017/09/15", "2017.09.15", also the date part of "2017-09-15T09:15Z"
_YEAR_FIRST = re.compile(r"(?<!\d)(?P<year>(?:19|20)\d{2})([-/.])(?P<month>\d{1,2})\2(?P<day>\d{1,2})(?!\d)")
# "15/09/2017" or "09/15/2017": read only when one part cannot be a month.
_YEAR_LAST = re.compile(r"(?<![\d/.-])(?P<first>\d{1,2})([-/.])(?P<second>\d{1,2})\2(?P<year>(?:19|20)\d{2})(?!\d)")

_WEEKDAY = re.compile(
    r"\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?", re.IGNORECASE
)
_TIME = re.compile(
    r"(?:T|\b)\d{1,2}[:.]\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?"
    r"|\b\d{1,2}\s*[ap]\.?m\b\.?",
    re.IGNORECASE,
)
# The author of a date line such as "Jan. 25, 2017 - 20:06 By Julie Jackson".
_BYLINE_TAIL = re.compile(r"\bBy\s+\S.*$")
# Section labels after a bar: "Oct 23, 2017 - 01:14 | All, Japan, Politics".
_LABEL = r"[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*)?"
_SECTION_TAIL = re.compile(rf"\s\|\s*{_LABEL}(?:\s*[,|/]\s*{_LABEL})*\s*$")
# Words that label a date line without making it prose.
_LABEL_WORDS = frozenset(
    "published updated posted last modified on at am pm a.m. p.m. date time gmt utc "
    "kst jst est edt et bst cet cest msk ist pst pdt local".split()
)
# More than this many other words and the line is a sentence that mentions a date.
_MAX_OTHER_WORDS = 2


@dataclass(frozen=True)
class DateMatch:
    date: datetime.date
    start: int
    end: int


def find_dates(text: str) -> list[DateMatch]:
    """Every complete calendar date (day, month and year) in text, in order of position."""
    matches = [
        *(_named_month_match(m) for m in _MONTH_DAY_YEAR.finditer(text)),
        *(_named_month_match(m) for m in _DAY_MONTH_YEAR.finditer(text)),
        *(_numeric_match(m, int(m["month"]), int(m["day"])) for m in _YEAR_FIRST.finditer(text)),
        *(_year_last_match(m) for m in _YEAR_LAST.finditer(text)),
    ]
    return sorted((m for m in matches if m is not None), key=lambda m: m.start)


def parse_date_line(line: str) -> datetime.date | None:
    """The date of a line that is a dateline ("Friday, 15 December, 2017 - 09:15",
    " date 2017-09-15 WORLD", "Jan. 25, 2017 - 20:06 By ..."), None for any other line.

    A line counts as a dateline when, once its dates, times, weekdays, labels such as
    "Published", a trailing "By ..." byline and a trailing "| Section, Labels" list are set
    aside, at most two words remain;
    a sentence that happens to hold a date has more.
    """
    dates = find_dates(line)
    if not dates:
        return None
    rest = _SECTION_TAIL.sub(" ", _BYLINE_TAIL.sub(" ", _remove_spans(line, dates)))
    rest = _WEEKDAY.sub(" ", _TIME.sub(" ", rest))
    words = [w for w in re.findall(r"[^\W\d_][\w.'’-]*", rest) if w.lower() not in _LABEL_WORDS]
    return dates[0].date if len(words) <= _MAX_OTHER_WORDS else None


def parse_date_value(value: str) -> datetime.date | None:
    """A date given on its own, as in a data field: ISO ("2017-09-15", "2017-09-15T09:15:00Z")
    or any dateline shape parse_date_line reads."""
    return parse_date_line(value.strip())


def byline_in_date_line(line: str) -> str:
    """The author named after "By" on a dateline, "" when there is none."""
    match = _BYLINE_TAIL.search(line)
    return match.group(0)[2:].strip() if match else ""


def _named_month_match(match: re.Match[str]) -> DateMatch | None:
    month = _MONTHS[match["month"].lower().rstrip(".")]
    return _numeric_match(match, month, int(match["day"]))


def _year_last_match(match: re.Match[str]) -> DateMatch | None:
    first, second = int(match["first"]), int(match["second"])
    if first > 12 >= second:
        return _numeric_match(match, second, first)
    if second > 12 >= first:
        return _numeric_match(match, first, second)
    return None


def _numeric_match(match: re.Match[str], month: int, day: int) -> DateMatch | None:
    try:
        date = datetime.date(int(match["year"]), month, day)
    except ValueError:
        return None
    return DateMatch(date, match.start(), match.end())


def _remove_spans(text: str, spans: list[DateMatch]) -> str:
    pieces, position = [], 0
    for span in spans:
        pieces.append(text[position:max(position, span.start)])
        position = max(position, span.end)
    pieces.append(text[position:])
    return " ".join(pieces)
