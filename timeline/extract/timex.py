"""Temporal expressions: find them in a sentence and place them on the calendar.

`find_timexes` returns TIMEX3-style annotations (TimeML extent, type and value, as
TempEval-3 scores them) and, for the timeline, the calendar date an event reported
with the expression sits on, with its precision and a sentence that explains the
reading. Everything is regular expressions compiled once at import plus calendar
arithmetic; nothing here parses with dateparser or dateutil (too slow per sentence).

Direction follows the sentence's tense (eval/gold/GUIDE.md): "on Friday" is the
latest Friday on or before the dateline, unless the clause speaks of the future
("will meet on Friday", "is set to", "scheduled"), then the next one on or after.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from functools import lru_cache
from dataclasses import dataclass, replace

from timeline.extract import calendar_words as cw


@dataclass(frozen=True)
class Timex:
    """One temporal expression; offsets index the text given to `find_timexes`.

    `start`/`end`/`text` are the TIMEX3 extent ("Friday"); `phrase_*` add the words a
    reader takes with it ("on Friday", "over the past year", "days after") and default
    to the TIMEX3 extent. `date` is the start of the period an event reported with the
    expression sits in, None when the expression cannot place one (a duration, a set).
    """

    start: int
    end: int
    text: str
    type: str
    value: str
    date: dt.date | None
    precision: str | None
    explanation: str
    phrase_start: int | None = None
    phrase_end: int | None = None
    phrase: str | None = None

    def __post_init__(self) -> None:
        if self.phrase is None:
            object.__setattr__(self, "phrase_start", self.start)
            object.__setattr__(self, "phrase_end", self.end)
            object.__setattr__(self, "phrase", self.text)


@dataclass(frozen=True)
class _Reading:
    """What one matched expression means: TIMEX3 attributes plus the event date."""

    type: str
    value: str
    date: dt.date | None = None
    precision: str | None = None
    basis: str = "dateline"  # "dateline" | "anchor": what the date was counted from


@dataclass(frozen=True)
class _Context:
    """`anchor` is the discourse's last date (the reference when it has none);
    `named` holds (end offset, date, precision) of the dates this text fixes itself, in order."""

    text: str
    reference: dt.date
    anchor: dt.date
    has_anchor: bool
    named: tuple[tuple[int, dt.date, str], ...] = ()


@dataclass(frozen=True)
class _Rule:
    pattern: re.Pattern[str]
    read: Callable[[re.Match[str], _Context], _Reading | None]
    gates: tuple[frozenset[str], ...]  # word classes (see _GATE_WORDS): the sentence holds one of each set


# ---------------------------------------------------------------------------
# Calendar arithmetic

def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except (ValueError, OverflowError):
        return None


def _shift_days(day: dt.date, days: int) -> dt.date | None:
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        return None


def _add_months(day: dt.date, months: int) -> dt.date | None:
    """First day of the month `months` after `day`'s month."""
    index = day.year * 12 + day.month - 1 + months
    return _safe_date(index // 12, index % 12 + 1, 1)


def _monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def _week_value(day: dt.date) -> str:
    iso_year, week, _ = day.isocalendar()
    return f"{iso_year:04d}-W{week:02d}"


def _day_reading(day: dt.date | None, basis: str = "dateline") -> _Reading | None:
    if day is None:
        return None
    return _Reading("DATE", day.isoformat(), day, "day", basis)


def _week_reading(day: dt.date | None, basis: str = "dateline", weekend: bool = False) -> _Reading | None:
    if day is None:
        return None
    value = _week_value(day) + ("-WE" if weekend else "")
    return _Reading("DATE", value, _monday(day), "week", basis)


def _month_reading(day: dt.date | None, basis: str = "dateline") -> _Reading | None:
    if day is None:
        return None
    first = day.replace(day=1)
    return _Reading("DATE", f"{first.year:04d}-{first.month:02d}", first, "month", basis)


def _year_reading(year: int, basis: str = "dateline") -> _Reading | None:
    first = _safe_date(year, 1, 1)
    if first is None:
        return None
    return _Reading("DATE", f"{year:04d}", first, "year", basis)


def _weekday_on_or_before(day: dt.date, weekday: int) -> dt.date | None:
    return _shift_days(day, -((day.weekday() - weekday) % 7))


def _weekday_on_or_after(day: dt.date, weekday: int) -> dt.date | None:
    return _shift_days(day, (weekday - day.weekday()) % 7)


def _nearest_month_day(month: int, day: int, reference: dt.date, is_future: bool) -> dt.date | None:
    """The `month`/`day` nearest before the reference (after it, for the future tense)."""
    years = (reference.year, reference.year + 1) if is_future else (reference.year, reference.year - 1)
    for year in years:
        candidate = _safe_date(year, month, day)
        if candidate is None:
            continue
        if (candidate >= reference) if is_future else (candidate <= reference):
            return candidate
    return None


def _nearest_month(month: int, reference: dt.date, is_future: bool) -> dt.date | None:
    if is_future:
        year = reference.year if month >= reference.month else reference.year + 1
    else:
        year = reference.year if month <= reference.month else reference.year - 1
    return _safe_date(year, month, 1)


def _easter(year: int) -> dt.date | None:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * l) // 433
    month = (h + l - 7 * m + 90) // 25
    return _safe_date(year, month, (h + l - 7 * m + 33 * month + 19) % 32)


def _thanksgiving(year: int) -> dt.date | None:
    """US Thanksgiving: the fourth Thursday of November."""
    first = _safe_date(year, 11, 1)
    if first is None:
        return None
    first_thursday = _weekday_on_or_after(first, 3)
    return _shift_days(first_thursday, 21) if first_thursday else None


# ---------------------------------------------------------------------------
# Tense

_FUTURE_CUE = (
    r"will|won['’]t|shall|would|['’]ll"
    r"|(?:(?:is|are|am|was|were)\s+)?(?:set|due|scheduled|slated|planning|going|expected|supposed)\s+to"
    r"|(?:is|are|am)\s+to|(?:is|are|was|were)\s+due|plans?\s+to|intends?\s+to|expects?\s+to|likely\s+to|hopes?\s+to|aims?\s+to"
    r"|to\s+be|upcoming|payable|effective|expires?|scheduled|slated|planned"
    # a scheduled act in the present tense ("they meet separately Monday")
    r"|(?<!\bto\s)(?:meet|meets|convenes?|resumes?|arrives?|departs?|leaves|begins?|opens|travels|visits|flies)"
)
# Past: an auxiliary, an irregular past, or a lower-case "-ed" word (not "United"); a
# participle after a form of "be" is passive, not past ("will be named", "to be paid").
_PAST_CUE = (
    r"had|did|was|were|ago"
    r"|(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbeing\s)(?<!\bis\s)(?<!\bare\s)(?<!\bam\s)"
    rf"(?:{'|'.join(cw.IRREGULAR_PAST)}"
    r"|(?-i:(?!(?:need|feed|speed|proceed|exceed|succeed|indeed|seed|shed|embed|bleed|breed)\b)[a-z]{2,}ed))"
)
# a deadline or a postponement points ahead: "by Friday", "extended to Nov. 20"
_DEADLINE_BEFORE = re.compile(
    r"\b(?:by|until|till|as\s+(?:soon|early)\s+as"
    r"|(?:extended|postponed|delayed|deferred|adjourned|pushed\s+back|put\s+off)\s+(?:it\s+|them\s+)?to)\s+$",
    re.IGNORECASE,
)
_PLUPERFECT = re.compile(r"\bhad\b", re.IGNORECASE)
_DETERMINER_BEFORE = re.compile(
    r"\b(?:a|an|the|its|their|his|her|our|your|my|these|those|some|any|no|each|every|still|very|more|most|newly|well)\s+$",
    re.IGNORECASE,
)
_TENSE_CUE = re.compile(rf"\b(?:(?P<future>{_FUTURE_CUE})|(?P<past>{_PAST_CUE}))\b", re.IGNORECASE)
# A period inside a sentence mostly closes an abbreviation ("U.S. President", "Gen. Kim",
# "Jan. 14"): it breaks a clause only after a word that is no abbreviation.
_ABBREVIATIONS = (
    "Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Co", "No", "Lt", "Mt", "vs", "Gen", "Sen", "Rep", "Gov",
    "Col", "Sgt", "Maj", "Adm", "Inc", "Ltd", "Corp", "Capt", "Prof", "Rev", "Cmdr", "Supt",
    *(name[:3] for name in cw.MONTH_NAMES), "Sept",
)
_NOT_ABBREVIATION = "".join(
    rf"(?<!\b(?:{'|'.join(sorted({a for a in _ABBREVIATIONS if len(a) == size}))})\.)"
    for size in sorted({len(a) for a in _ABBREVIATIONS})
)
_CLAUSE_BREAK = re.compile(
    rf",(?!\d\d\d)|[;:!?()\[\]\"“”—–]|\s-\s|\.(?<![.\s]\.)(?<!\b\w\.){_NOT_ABBREVIATION}(?!\w)"
)
_CONTENT_WORD = re.compile(r"[A-Za-z]{2,}")
_LEADING_WORDS_RE = "|".join(sorted((re.escape(w) for w in cw.LEADING_WORDS), key=len, reverse=True))
_FILLER = re.compile(rf"\b(?:{_LEADING_WORDS_RE}|the|and|or|but|then|also|just|only|late|early)\b", re.I)


def _clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    left = 0
    for match in _CLAUSE_BREAK.finditer(text, 0, start):
        left = match.end()
    right_match = _CLAUSE_BREAK.search(text, end)
    return left, right_match.start() if right_match else len(text)


def _clause_region(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around text[start:end]. A fronted expression ("On Friday, the council
    will vote") has no verb in its own comma-clause, so the following clause is added."""
    left, right = _clause_bounds(text, start, end)
    residue = _FILLER.sub(" ", text[left:start] + " " + text[end:right])
    if not _CONTENT_WORD.search(residue) and right < len(text):
        _, right = _clause_bounds(text, right + 1, right + 1)
    return left, right


def _tense(text: str, start: int, end: int) -> str | None:
    """ "future", "past", or None when the clause around text[start:end] shows neither.
    The cue nearest the expression decides ("who arrived Thursday for a tour likely to
    last a week": "arrived")."""
    left, right = _clause_region(text, start, end)
    if _DEADLINE_BEFORE.search(text, max(left, start - 24), start) and not _PLUPERFECT.search(text, left, right):
        return "future"
    return _nearest_cue(text, start, end, left, right)


def _nearest_cue(text: str, start: int, end: int, left: int, right: int) -> str | None:
    """The tense of the cue in text[left:right] nearest to text[start:end]."""
    best: tuple[int, str] | None = None
    for match in _TENSE_CUE.finditer(text, left, right):
        if match.end() <= start:
            distance = start - match.end()
        elif match.start() >= end:
            distance = match.start() - end
        else:
            continue
        if best is not None and distance >= best[0]:
            continue
        if not (_is_adjective(text, match) or _is_after_modal(text, left, match)):
            best = (distance, match.lastgroup)
    return best[1] if best else None


# a modal whose clause runs on to the cue: no conjunction, relative word or "have" after it
_MODAL_CLAUSE = re.compile(
    r"\b(?:will|shall|would|won['’]t|['’]ll)\b"
    r"(?!.*\b(?:that|which|who|whom|when|after|before|because|since|and|but|while|as|if|have)\b)",
    re.IGNORECASE,
)


def _is_after_modal(text: str, left: int, cue: re.Match[str]) -> bool:
    """An "-ed" word after "will" in the same clause is a participle or an adjective
    ("will redeem the Series H preferred shares on Oct. 31"), no past tense."""
    return cue.lastgroup == "past" and cue.group().endswith("ed") and bool(
        _MODAL_CLAUSE.search(text, left, cue.start())
    )


def _is_adjective(text: str, cue: re.Match[str]) -> bool:
    """An "-ed" word after a determiner qualifies a noun ("the preferred shares", "a
    still unspecified date"): it is no past tense."""
    return cue.lastgroup == "past" and cue.group().endswith("ed") and bool(
        _DETERMINER_BEFORE.search(text, max(0, cue.start() - 12), cue.start())
    )


def _is_future(text: str, start: int, end: int) -> bool:
    return _tense(text, start, end) == "future"


def _pick(before: dt.date | None, after: dt.date | None, reference: dt.date, tense: str | None) -> dt.date | None:
    """The candidate the tense points to; with no cue either way, the one nearer the dateline."""
    if tense == "past" or after is None:
        return before
    if tense == "future" or before is None:
        return after
    return after if after - reference < reference - before else before


# ---------------------------------------------------------------------------
# Anaphora: "that month", "the next day", "a day after" count from the date last fixed

_APPOSITION_GAP = re.compile(r"\s*,\s*")


def _anchor_at(ctx: _Context, position: int) -> tuple[dt.date, bool]:
    """(date, whether the text gave one) an anaphoric expression at `position` counts
    from: the last date the sentence itself fixed before it, else the discourse's."""
    for end, day, _ in reversed(ctx.named):
        if end <= position:
            return day, True
    return ctx.anchor, ctx.has_anchor


def _apposed_date(ctx: _Context, position: int) -> dt.date | None:
    """The day written just before `position` with only a comma between
    ("on Aug. 30, a day after ..."), which the words at `position` qualify."""
    for end, day, precision in reversed(ctx.named):
        if end <= position:
            is_apposed = precision == "day" and _APPOSITION_GAP.fullmatch(ctx.text, end, position)
            return day if is_apposed else None
    return None


# ---------------------------------------------------------------------------
# Vocabulary as patterns

def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_MONTH_FULL = "(?-i:" + _alternation(cw.MONTH_NAMES) + ")"
_MONTH_ABBR = "(?-i:" + _alternation(
    w.capitalize() for w in cw.MONTHS if len(w) <= 4 and w != "may" and w != "june" and w != "july"
) + r")\.?"
_MONTH = rf"(?:{_MONTH_FULL}|{_MONTH_ABBR})"
_WEEKDAY = "(?-i:" + _alternation(cw.WEEKDAY_NAMES) + ")"
_YEAR = r"(?:1[6-9]|20)\d\d"
_UNIT_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_TEEN_WORD = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
# years as a speaker says them ("nineteen ninety-six"); "two thousand" only after "the year" or a month
_CENTURY_YEAR = (
    rf"(?:eighteen|nineteen)\s+(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]{_UNIT_WORD})?"
    rf"|{_TEEN_WORD}|oh[\s-]{_UNIT_WORD})"
)
_MILLENNIUM_YEAR = rf"two\s+thousand(?:\s+(?:and\s+)?(?:{_TEEN_WORD}|{_UNIT_WORD}))?"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
_UNITS_ALT = _alternation(u for u in cw.UNITS if u != "weekend")
_NUMBER_WORD = (
    rf"(?:(?:{_alternation(cw.TENS_WORDS)})(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?"
    rf"|{_alternation(w for w in cw.NUMBER_WORDS if w not in ('a', 'an'))})"
)
_NUMBER = rf"(?:\d{{1,3}}(?:\.\d+)?(?:\s+1/2|\s+and\s+a\s+half)?|{_NUMBER_WORD}(?:\s+and\s+a\s+half)?|an?)"
_VAGUE = _alternation(cw.VAGUE_NUMBER_WORDS)
_APOS = "['’]"


def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


def _number(words: str) -> float | None:
    """Integer or half-integer value of a number phrase; None for vague ones ("several")."""
    words = words.lower().strip()
    half = 0.5 if words.endswith("1/2") or words.endswith("and a half") else 0.0
    words = re.sub(r"\s+(?:1/2|and\s+a\s+half)$", "", words)
    if re.fullmatch(r"\d+(?:\.\d+)?", words):
        return float(words) + half
    if words in cw.NUMBER_WORDS:
        return cw.NUMBER_WORDS[words] + half
    parts = re.split(r"[\s-]+", words)
    if parts and parts[0] in cw.TENS_WORDS:
        units = cw.NUMBER_WORDS.get(parts[1], 0) if len(parts) > 1 else 0
        return cw.TENS_WORDS[parts[0]] + units + half
    return None


def _unit_key(word: str) -> str:
    word = word.lower()
    if word in cw.UNITS:
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") else word


def _format_amount(amount: float) -> str:
    return str(int(amount)) if amount == int(amount) else f"{amount:g}"


_SMALLER_UNIT = {"Y": ("M", 12, False), "W": ("D", 7, False), "D": ("H", 24, True), "H": ("M", 60, True), "M": ("S", 60, True)}


_YEARS_IN = {"DE": 10, "CE": 100}


def _duration_value(amount: float | None, unit: str) -> str:
    letter, is_clock = cw.UNITS[unit]
    if letter == "Q":
        letter, amount = "M", None if amount is None else amount * 3
    if letter in _YEARS_IN and amount is not None:
        letter, amount = "Y", amount * _YEARS_IN[letter]  # TimeBank writes "two decades" as P20Y
    prefix = "PT" if is_clock else "P"
    if amount is None:
        return f"{prefix}X{letter}"
    if amount != int(amount) and letter in _SMALLER_UNIT and not (letter == "M" and not is_clock):
        smaller, factor, smaller_clock = _SMALLER_UNIT[letter]
        whole = int(amount)
        rest = int(round((amount - whole) * factor))
        if smaller_clock and not is_clock:
            return f"PT{int(amount * factor)}{smaller}"
        if whole == 0:
            return f"{prefix}{rest}{smaller}"
        return f"{prefix}{whole}{letter}{rest}{smaller}"
    return f"{prefix}{_format_amount(amount)}{letter}"


def _shift(day: dt.date, amount: int, unit: str) -> _Reading | None:
    """The period `amount` units after `day` (before, when negative), at the unit's grain."""
    letter = cw.UNITS[unit][0]
    if letter == "D":
        return _day_reading(_shift_days(day, amount))
    if letter == "W":
        return _week_reading(_shift_days(day, 7 * amount))
    if letter == "M" and not cw.UNITS[unit][1]:
        return _month_reading(_add_months(day, amount))
    if letter == "Y":
        return _year_reading(day.year + amount)
    if letter == "Q":
        moved = _add_months(day, 3 * amount)
        return _quarter_reading(moved.year, (moved.month - 1) // 3 + 1) if moved else None
    if letter == "DE":
        return _Reading("DATE", f"{(day.year + 10 * amount) // 10:03d}")
    return None


def _with_basis(reading: _Reading | None, basis: str) -> _Reading | None:
    if reading is None:
        return None
    return _Reading(reading.type, reading.value, reading.date, reading.precision, basis)


def _quarter_reading(year: int, quarter: int) -> _Reading | None:
    first = _safe_date(year, 1, 1)
    if first is None or not 1 <= quarter <= 4:
        return None
    # a quarter is finer than a year but coarser than a month: the year is what is sure
    return _Reading("DATE", f"{year:04d}-Q{quarter}", first, "year")


# ---------------------------------------------------------------------------
# Gates: one scan tells which word classes a sentence holds, and only the rules whose
# every match needs them run (most sentences hold no temporal words at all). A rule
# names the classes a match cannot do without: "three days ago" needs a unit and "ago".

_G_DIGIT, _G_MONTH, _G_WEEKDAY, _G_RELDAY, _G_POD, _G_UNIT = "digit", "month", "weekday", "relday", "pod", "unit"
_G_SEASON, _G_WEEKEND, _G_HALF, _G_HOLIDAY = "season", "weekend", "half", "holiday"
_G_SPELLED_YEAR, _G_REPORT, _G_BEFORE = "spelled year", "report", "before"
_G_REFERENCE, _G_FREQUENCY = "reference", "frequency"
_G_SLASH, _G_CENTURY, _G_QUARTER, _G_DEICTIC = "slash", "century", "quarter", "deictic"
_G_EDGE, _G_AGO, _G_SEQUENCE, _G_EVERY, _G_SPAN = "edge", "ago", "sequence", "every", "span"
_G_YEAR_DIGITS, _G_DECADE_DIGITS, _G_CLOCK, _G_DECADE_WORD = "year digits", "decade digits", "clock", "decade word"
_GATE_CLASSES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (_G_MONTH, tuple(cw.MONTHS)),
    (_G_WEEKDAY, tuple(cw.WEEKDAYS)),
    (_G_RELDAY, ("today", "tonight", "yesterday", "tomorrow")),
    (_G_POD, (*cw.PARTS_OF_DAY, "noon", "midnight")),
    (_G_UNIT, (*cw.UNITS, "centuries")),
    (_G_SEASON, tuple(cw.SEASONS)),
    (_G_WEEKEND, ("weekend",)),
    (_G_HALF, ("half",)),
    (_G_HOLIDAY, ("christmas", "easter", "thanksgiving", "halloween")),
    (_G_REFERENCE, ("now", "currently", "current", "present", "presently", "nowadays", "these", "moment",
                    "recently", "lately", "past", "future")),
    (_G_FREQUENCY, tuple(cw.FREQUENCY_WORDS)),
    (_G_SPELLED_YEAR, ("eighteen", "nineteen", "thousand")),
    (_G_REPORT, ("quarter", "period")),
    (_G_BEFORE, ("ago", "earlier")),
    (_G_CENTURY, ("century", "centuries")),
    (_G_QUARTER, ("quarter",)),
    (_G_DEICTIC, ("this", "last", "next", "coming", "current", "latest", "recent", "past", "following",
                  "previous", "preceding", "same", "that")),
    (_G_EDGE, ("end", "beginning", "start", "middle", "rest", "remainder", "close", "turn")),
    (_G_AGO, ("ago", "now", "hence")),
    (_G_SEQUENCE, ("later", "earlier", "afterward", "afterwards", "before", "after", "on")),
    (_G_EVERY, ("every", "each", "per", "a", "an")),
    (_G_SPAN, ("for", "over", "within")),
    (_G_DECADE_WORD, ("twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties")),
)


def _gate_words() -> dict[str, frozenset[str]]:
    """word -> its classes; a plural not itself listed takes its singular's classes."""
    words = {
        word: frozenset(name for name, members in _GATE_CLASSES if word in members)
        for _, members in _GATE_CLASSES for word in members
    }
    plurals = {word + "s": classes for word, classes in words.items() if word + "s" not in words}
    return {**plurals, **words}


_GATE_WORDS = _gate_words()
_GATE_KEYS = frozenset(_GATE_WORDS)
# classes told by characters rather than words: any digit, a year, a decade, a clock time
_CHARACTER_CLASSES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (_G_DIGIT, re.compile(r"\d")),
    (_G_YEAR_DIGITS, re.compile(_YEAR)),
    (_G_DECADE_DIGITS, re.compile(r"\d0['’]?s", re.IGNORECASE)),
    (_G_CLOCK, re.compile(r"\d(?::[0-5]\d|\s*[ap]\.?m)", re.IGNORECASE)),
    (_G_SLASH, re.compile("/")),
)
_WORD_RE = re.compile(r"[a-z]+")


def _word_classes(text: str) -> frozenset[str]:
    """Gate classes of the words in `text` (a plural counts as its singular)."""
    classes = {name for name, pattern in _CHARACTER_CLASSES if pattern.search(text)}
    for word in _GATE_KEYS.intersection(_WORD_RE.findall(text.lower())):
        classes |= _GATE_WORDS[word]
    return frozenset(classes)


def _gates(*groups: set[str]) -> tuple[frozenset[str], ...]:
    return tuple(frozenset(group) for group in groups)


# ---------------------------------------------------------------------------
# Readers, one per rule

def _read_iso(m: re.Match[str], ctx: _Context) -> _Reading | None:
    return _day_reading(_safe_date(int(m["iy"]), int(m["im"]), int(m["id"])))


def _year_of(text: str) -> int:
    year = int(text)
    return year + (2000 if year < 50 else 1900) if year < 100 else year


def _read_slash(m: re.Match[str], ctx: _Context) -> _Reading | None:
    return _day_reading(_safe_date(_year_of(m["sy"]), int(m["sm"]), int(m["sd"])))


def _month_number(word: str) -> int:
    return cw.MONTHS[word.lower().rstrip(".")]


def _month_day(
    m: re.Match[str], ctx: _Context, month: str, day: str, year: str | None, weekday: str | None = None,
) -> _Reading | None:
    month_number, day_number = _month_number(month), int(re.sub(r"\D", "", day))
    if year:
        return _day_reading(_safe_date(int(year), month_number, day_number))
    if weekday:
        named = _year_of_weekday(month_number, day_number, cw.WEEKDAYS[weekday.lower()], ctx.reference)
        if named:
            return _day_reading(named)
    before = _nearest_month_day(month_number, day_number, ctx.reference, False)
    after = _nearest_month_day(month_number, day_number, ctx.reference, True)
    return _day_reading(_pick(before, after, ctx.reference, _tense(ctx.text, m.start(), m.end())))


def _year_of_weekday(month: int, day: int, weekday: int, reference: dt.date) -> dt.date | None:
    """ "Saturday, April 25": the April 25 nearest the dateline, within a year either side,
    that falls on a Saturday; None when none does (a misprint)."""
    candidates = [_safe_date(reference.year + offset, month, day) for offset in (0, -1, 1)]
    matching = [c for c in candidates if c is not None and c.weekday() == weekday]
    return min(matching, key=lambda c: abs(c - reference), default=None)


def _read_month_day(m: re.Match[str], ctx: _Context) -> _Reading | None:
    return _month_day(m, ctx, m["mdm"], m["mdd"], m["mdy"], m["mdw"])


def _read_day_month(m: re.Match[str], ctx: _Context) -> _Reading | None:
    return _month_day(m, ctx, m["dmm"], m["dmd"], m["dmy"], m["dmw"])


def _read_month_year(m: re.Match[str], ctx: _Context) -> _Reading | None:
    return _month_reading(_safe_date(int(m["myy"]), _month_number(m["mym"]), 1))


_MONTH_CUE_BEFORE = re.compile(
    rf"(?:\b(?:{_LEADING_WORDS_RE}|of|early|late|mid|last|next|this|that|every|each|between|and|to|or)[\s-]+)$",
    re.IGNORECASE,
)


def _read_month(m: re.Match[str], ctx: _Context) -> _Reading | None:
    word, modifier, relative = m["mm"], (m["mmod"] or "").lower(), (m["mrel"] or "").lower()
    month = _month_number(word)
    if word.lower() in cw.AMBIGUOUS_MONTHS and not modifier and not relative:
        if not _MONTH_CUE_BEFORE.search(ctx.text, max(0, m.start() - 20), m.start()):
            return None
    ref = ctx.reference
    if relative:
        year = ref.year + {"last year": -1, "this year": 0, "next year": 1}[" ".join(relative.split())]
        return _month_reading(_safe_date(year, month, 1))
    if modifier == "last":
        year = ref.year if month < ref.month else ref.year - 1
        return _month_reading(_safe_date(year, month, 1))
    if modifier in ("next", "coming"):
        year = ref.year if month > ref.month else ref.year + 1
        return _month_reading(_safe_date(year, month, 1))
    if modifier == "this":
        return _month_reading(_safe_date(ref.year, month, 1))
    before, after = _nearest_month(month, ref, False), _nearest_month(month, ref, True)
    return _month_reading(_pick(before, after, ref.replace(day=1), _tense(ctx.text, m.start(), m.end())))


def _read_year(m: re.Match[str], ctx: _Context) -> _Reading | None:
    return _year_reading(int(m["yy"]))


def _spelled_year(words: str) -> int:
    parts = re.split(r"[\s-]+", words.lower())
    if parts[0] == "two":
        return 2000 + (int(_number(parts[-1]) or 0) if parts[-1] != "thousand" else 0)
    rest = [p for p in parts[1:] if p != "oh"]
    return 100 * int(_number(parts[0])) + sum(int(_number(p)) for p in rest)


def _read_spelled_year(m: re.Match[str], ctx: _Context) -> _Reading | None:
    year = _spelled_year(m["syw"] or m["syw2"])
    if m["sym"]:
        return _month_reading(_safe_date(year, _month_number(m["sym"]), 1))
    return _year_reading(year)


def _read_decade(m: re.Match[str], ctx: _Context) -> _Reading | None:
    if m["dc"]:
        return _Reading("DATE", m["dc"] + m["dd"])
    return _Reading("DATE", _decade_nearest_before(int(m["dd2"]), ctx.reference))


def _decade_nearest_before(digit: int, reference: dt.date) -> str:
    """TIMEX3 value of the decade "'90s" or "the nineties" names, the latest one begun by `reference`."""
    century = reference.year // 100 if digit * 10 <= reference.year % 100 else reference.year // 100 - 1
    return f"{century}{digit}"


def _read_decade_word(m: re.Match[str], ctx: _Context) -> _Reading | None:
    return _Reading("DATE", _decade_nearest_before(cw.TENS_WORDS[m["dw"].lower()[:-3] + "y"] // 10, ctx.reference))


def _read_century(m: re.Match[str], ctx: _Context) -> _Reading | None:
    ordinal = cw.ORDINALS.get(m["co"].lower())
    return _Reading("DATE", f"{ordinal - 1:02d}") if ordinal else None


def _relative_day(word: str, reference: dt.date) -> dt.date | None:
    word = " ".join(word.lower().split())
    offsets = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1,
               "the day before yesterday": -2, "the day after tomorrow": 2}
    return _shift_days(reference, offsets[word])


def _time_reading(day: dt.date | None, suffix: str, basis: str = "dateline") -> _Reading | None:
    if day is None:
        return None
    return _Reading("TIME", f"{day.isoformat()}T{suffix}", day, "day", basis)


def _read_relative_day(m: re.Match[str], ctx: _Context) -> _Reading | None:
    day = _relative_day(m["rd"], ctx.reference)
    if m["rdpod"]:
        return _time_reading(day, cw.PARTS_OF_DAY[m["rdpod"].lower()])
    if m["rd"].lower() == "tonight":
        return _time_reading(day, "NI")
    return _day_reading(day)


def _read_this_part_of_day(m: re.Match[str], ctx: _Context) -> _Reading | None:
    offset = -1 if m["tprel"].lower() == "last" else 0
    return _time_reading(_shift_days(ctx.reference, offset), cw.PARTS_OF_DAY[m["tppod"].lower()])


def _weekday_date(weekday: int, modifier: str, m: re.Match[str], ctx: _Context) -> tuple[dt.date | None, str]:
    ref = ctx.reference
    if modifier in ("last", "past"):
        return _shift_days(ref, -((ref.weekday() - weekday - 1) % 7 + 1)), "dateline"
    if modifier in ("next", "coming"):
        return _shift_days(ref, (weekday - ref.weekday() - 1) % 7 + 1), "dateline"
    anchor, _ = _anchor_at(ctx, m.start())
    if modifier in ("the following", "the next"):
        return _shift_days(anchor, (weekday - anchor.weekday() - 1) % 7 + 1), "anchor"
    if modifier in ("the previous", "the preceding"):
        return _shift_days(anchor, -((anchor.weekday() - weekday - 1) % 7 + 1)), "anchor"
    # news reports a bare weekday in the past far more often than it announces one
    if _is_future(ctx.text, m.start(), m.end()):
        return _weekday_on_or_after(ref, weekday), "dateline"
    return _weekday_on_or_before(ref, weekday), "dateline"


def _read_weekday(m: re.Match[str], ctx: _Context) -> _Reading | None:
    modifier = " ".join((m["wmod"] or "").lower().split())
    day, basis = _weekday_date(cw.WEEKDAYS[m["wd"].lower()], modifier, m, ctx)
    if m["wpod"]:
        return _time_reading(day, cw.PARTS_OF_DAY[m["wpod"].lower()], basis)
    return _day_reading(day, basis)


def _clock(hour: str, minute: str | None, meridiem: str | None) -> str | None:
    h, mi = int(hour), int(minute or 0)
    if meridiem:
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if meridiem.lower().startswith("p") else 0)
    if h > 24 or mi > 59:
        return None
    return f"{h:02d}:{mi:02d}"


def _read_time(m: re.Match[str], ctx: _Context) -> _Reading | None:
    word = (m["tword"] or "").lower()
    if word:
        clock = "12:00" if word == "noon" else "24:00"
    else:
        clock = _clock(m["th"], m["tmin"], m["tap"])
        if clock is None or (not m["tap"] and not m["tmin"]):
            return None
    day, has_anchor = _anchor_at(ctx, m.start())
    basis = "anchor" if has_anchor else "dateline"
    if m["twd"]:
        future = _is_future(ctx.text, m.start(), m.end())
        weekday = cw.WEEKDAYS[m["twd"].lower()]
        day = (_weekday_on_or_after if future else _weekday_on_or_before)(ctx.reference, weekday)
        basis = "dateline"
    elif m["trd"]:
        day, basis = _relative_day(m["trd"], ctx.reference), "dateline"
    elif m["tmm"]:
        on_day = _month_day(m, ctx, m["tmm"], m["tmd"], m["tmy"])
        day, basis = (on_day.date if on_day else None), "dateline"
    return _time_reading(day, clock, basis)


_PERIOD_OFFSETS = {"this": 0, "the current": 0, "current": 0, "the latest": 0, "the most recent": 0,
                   "last": -1, "past": -1, "next": 1, "the coming": 1, "coming": 1}


def _read_period(m: re.Match[str], ctx: _Context) -> _Reading | None:
    relation, unit = " ".join(m["prel"].lower().split()), m["punit"].lower()
    offset, ref = _PERIOD_OFFSETS[relation], ctx.reference
    if unit in cw.SEASONS:
        return _season_relative(cw.SEASONS[unit], offset, ref)
    if unit == "weekend":
        return _week_reading(_shift_days(ref, 7 * offset), weekend=True)
    if unit == "quarter" and relation in ("the latest", "the most recent"):
        offset = -1
    return _shift(ref, offset, unit)


def _read_past_period(m: re.Match[str], ctx: _Context) -> _Reading | None:
    """ "the past year": a TIMEX3 duration; events in it are dated to the current period."""
    unit = _unit_key(m["ppunit"])
    current = _shift(ctx.reference, 0, unit) if unit in ("week", "month", "year") else None
    value = _duration_value(1.0, unit)
    if current is None:
        return _Reading("DURATION", value)
    return _Reading("DURATION", value, current.date, current.precision)


def _read_weekend(m: re.Match[str], ctx: _Context) -> _Reading | None:
    ref = ctx.reference
    if _is_future(ctx.text, m.start(), m.end()) or ref.weekday() >= 5:
        return _week_reading(ref, weekend=True)
    return _week_reading(_shift_days(ref, -7), weekend=True)


def _season_of(day: dt.date) -> tuple[int, str]:
    """(year, code) of the season holding `day`; a winter belongs to the year it starts in."""
    month = day.month
    if month in (1, 2):
        return day.year - 1, "WI"
    return day.year, {3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU", 9: "FA", 10: "FA", 11: "FA", 12: "WI"}[month]


_SEASON_ORDER = ("SP", "SU", "FA", "WI")


def _season_reading(year: int, code: str) -> _Reading | None:
    first = _safe_date(year, 1, 1)
    return _Reading("DATE", f"{year:04d}-{code}", first, "year") if first else None


def _season_relative(code: str, offset: int, reference: dt.date) -> _Reading | None:
    """`code` this (0), last (-1) or next (1) time round, counted from the current season."""
    year, current = _season_of(reference)
    position = _SEASON_ORDER.index(code)
    here = _SEASON_ORDER.index(current)
    if offset == 0:
        return _season_reading(year if position >= here or code == "WI" else year, code)
    if offset < 0:
        return _season_reading(year if position < here else year - 1, code)
    return _season_reading(year if position > here else year + 1, code)


def _read_season(m: re.Match[str], ctx: _Context) -> _Reading | None:
    code = cw.SEASONS[m["sn"].lower()]
    if m.group(0) == m["sn"]:
        return None  # a bare "spring" or "fall" is as often a noun or a verb ("Arab Spring")
    if m["sy"]:
        return _season_reading(int(m["sy"]), code)
    if m["srel"]:
        year = ctx.reference.year + {"last": -1, "this": 0, "next": 1}[m["srel"].split()[0].lower()]
        return _season_reading(year, code)
    future = _is_future(ctx.text, m.start(), m.end())
    year, current = _season_of(ctx.reference)
    if code == current:
        return _season_reading(year, code)
    return _season_relative(code, 1 if future else -1, ctx.reference)


def _read_quarter(m: re.Match[str], ctx: _Context) -> _Reading | None:
    """ "the third quarter"; the adjective "third-quarter" takes no article in TimeML."""
    quarter = cw.ORDINALS.get(m["qn"].lower())
    if quarter is None or quarter > 4:
        return None
    ref = ctx.reference
    if m["qy"] or m["qy2"]:
        year = int(m["qy"] or m["qy2"])
    elif m["qrel"]:
        year = ref.year + {"last": -1, "this": 0, "next": 1}[m["qrel"].split()[0].lower()]
    else:
        started = _safe_date(ref.year, 3 * quarter - 2, 1)
        future = _is_future(ctx.text, m.start(), m.end())
        year = ref.year - 1 if started and started > ref and not future else ref.year
    return _quarter_reading(year, quarter)


def _read_half(m: re.Match[str], ctx: _Context) -> _Reading | None:
    half = 1 if m["hn"].lower() in ("first", "1st") else 2
    ref = ctx.reference
    if m["hy"]:
        year = int(m["hy"])
    elif m["hrel"]:
        year = ref.year + {"last": -1, "this": 0, "next": 1}[m["hrel"].split()[0].lower()]
    else:
        year = ref.year
    first = _safe_date(year, 1, 1)
    return _Reading("DATE", f"{year:04d}-H{half}", first, "year") if first else None


def _holiday_date(name: str, reference: dt.date, is_future: bool) -> dt.date | None:
    key = " ".join(name.lower().replace("’", "'").split())
    if key in cw.FIXED_HOLIDAYS:
        month, day = cw.FIXED_HOLIDAYS[key]
        return _nearest_month_day(month, day, reference, is_future)
    compute = _easter if key.startswith("easter") else _thanksgiving
    for year in ((reference.year, reference.year + 1) if is_future else (reference.year, reference.year - 1)):
        candidate = compute(year)
        if candidate and ((candidate >= reference) if is_future else (candidate <= reference)):
            return candidate
    return None


def _read_holiday(m: re.Match[str], ctx: _Context) -> _Reading | None:
    name = m["hol"]
    if m["holy"]:
        year = int(m["holy"])
        reference = _safe_date(year, 12, 31)
        return _day_reading(_holiday_date(name, reference, False)) if reference else None
    before, after = _holiday_date(name, ctx.reference, False), _holiday_date(name, ctx.reference, True)
    return _day_reading(_pick(before, after, ctx.reference, _tense(ctx.text, m.start(), m.end())))


def _read_edge_of_period(m: re.Match[str], ctx: _Context) -> _Reading | None:
    unit = m["eunit"].lower()
    return _shift(ctx.reference, 0, unit)


# Earnings reports compare a quarter with the same quarter a year before, and TimeML
# reads "a year ago" there as that quarter ("1988-Q3"), not the whole year.
_FINANCIAL = re.compile(r"\$|\b(?:quarter(?:ly)?|net|profits?|earnings|revenues?|sales|income|a\s+share)\b", re.I)
_NAMED_QUARTER = re.compile(r"\b(?P<n>first|second|third|fourth)[\s-]+quarter\b", re.I)


def _reported_quarter(ctx: _Context) -> tuple[int, int]:
    """(year, quarter) a financial sentence reports: the quarter it names, else the
    latest one completed before the dateline."""
    ref = ctx.reference
    named = _NAMED_QUARTER.search(ctx.text)
    if named:
        quarter = cw.ORDINALS[named["n"].lower()]
        return (ref.year if ref.month >= 3 * quarter - 2 else ref.year - 1), quarter
    current = (ref.month - 1) // 3
    return (ref.year, current) if current else (ref.year - 1, 4)


def _year_before_in_report(ctx: _Context) -> _Reading | None:
    """ "a year ago" in an earnings sentence: the reported quarter one year back."""
    if not _FINANCIAL.search(ctx.text):
        return None
    year, quarter = _reported_quarter(ctx)
    return _quarter_reading(year - 1, quarter)


def _read_reported_period(m: re.Match[str], ctx: _Context) -> _Reading | None:
    """ "the quarter", "the year-ago quarter", "the 1988 period": the reported quarter."""
    year, quarter = _reported_quarter(ctx)
    if m["rpn"]:
        quarter = cw.ORDINALS[m["rpn"].lower()]
    if m["rpy"]:
        year = int(m["rpy"])
    elif m["rpago"]:
        year -= 1
    return _quarter_reading(year, quarter)


def _read_year_ended(m: re.Match[str], ctx: _Context) -> _Reading | None:
    """ "the year ended March 31": TimeML reads a span closed by the date that follows."""
    return _Reading("DURATION", "P1Y")


def _read_reported_year(m: re.Match[str], ctx: _Context) -> _Reading | None:
    """ "for the full year", "for the year" in an earnings sentence: the year of the
    reported quarter (last year's, early in a year)."""
    if not m["fyfull"] and not (m["fyprep"] and _FINANCIAL.search(ctx.text)):
        return None
    return _year_reading(_reported_quarter(ctx)[0])


def _read_year_before_adjective(m: re.Match[str], ctx: _Context) -> _Reading | None:
    return _year_before_in_report(ctx)


def _read_ago(m: re.Match[str], ctx: _Context) -> _Reading | None:
    amount = _number(m["an"])
    unit = _unit_key(m["aunit"])
    direction = -1 if m["adir"].lower() == "ago" else 1
    if amount is None:
        return _Reading("DATE", "PAST_REF" if direction < 0 else "FUTURE_REF")
    if amount != int(amount) or cw.UNITS[unit][1]:
        return _Reading("DATE", "PAST_REF" if direction < 0 else "FUTURE_REF")
    if (amount, unit, direction) == (1, "year", -1):
        in_report = _year_before_in_report(ctx)
        if in_report:
            return in_report
    return _shift(ctx.reference, direction * int(amount), unit)


def _read_later(m: re.Match[str], ctx: _Context) -> _Reading | None:
    """ "a month later", "two days earlier": counted from the anchor the discourse fixed."""
    amount = _number(m["ln"])
    unit = _unit_key(m["lunit"])
    direction = 1 if m["ldir"].lower() in ("later", "afterwards", "afterward", "after", "on") else -1
    anchor, has_anchor = _anchor_at(ctx, m.start())
    basis = "anchor" if has_anchor else "dateline"
    if amount is None or amount != int(amount) or cw.UNITS[unit][1]:
        return _Reading("DURATION", _duration_value(amount, unit))
    if (amount, unit, direction) == (1, "year", -1):
        in_report = _year_before_in_report(ctx)
        if in_report:
            return in_report
    return _with_basis(_shift(anchor, direction * int(amount), unit), basis)


def _read_apposed_offset(m: re.Match[str], ctx: _Context) -> _Reading | None:
    """ "Aug. 30, a day after the launch": what follows "after" happened a day before the
    date just written (after "before", a day after it). Elsewhere not this rule's."""
    named = _apposed_date(ctx, m.start())
    amount = _number(m["on"])
    unit = _unit_key(m["ou"])
    if named is None or amount is None or amount != int(amount) or cw.UNITS[unit][1]:
        return None
    direction = -1 if m["odir"].lower() == "after" else 1
    shifted = _shift(named, direction * int(amount), unit)
    if shifted is None or shifted.date is None:
        return None
    return _Reading("DURATION", _duration_value(amount, unit), shifted.date, shifted.precision, "anchor")


_AMOUNT_BEFORE = re.compile(rf"(?:\d|\b{_NUMBER_WORD})[\s-]+(?:(?:trading|business|working|calendar)\s+)?$", re.I)


def _read_vague_offset(m: re.Match[str], ctx: _Context) -> _Reading | None:
    """ "days after", "weeks before": a few units from some event; placed only when the
    whole window around the anchor falls inside one week (days) or one month (weeks)."""
    if _AMOUNT_BEFORE.search(ctx.text, max(0, m.start() - 24), m.start()):
        return None  # "90 days after": an exact span, the duration rule's
    unit = _unit_key(m["vunit"])
    value = _duration_value(None, unit)
    anchor, has_anchor = _anchor_at(ctx, m.start())
    if not has_anchor or unit not in ("day", "week"):
        return _Reading("DURATION", value)
    span = 6 if unit == "day" else 27
    is_after = m["vdir"].lower() in ("after", "later")
    if _apposed_date(ctx, m.start()) and m["vdir"].lower() in ("after", "before"):
        is_after = not is_after  # "May 17, days after X": X came before May 17
    if is_after:
        first = _shift_days(anchor, 1)
        last = _shift_days(anchor, span)
        last = min(last, ctx.reference) if last else None
    else:
        first, last = _shift_days(anchor, -span), _shift_days(anchor, -1)
    if first is None or last is None or last < first:
        return _Reading("DURATION", value)
    if _monday(first) == _monday(last):
        return _Reading("DURATION", value, _monday(first), "week", "anchor")
    if (first.year, first.month) == (last.year, last.month):
        return _Reading("DURATION", value, first.replace(day=1), "month", "anchor")
    return _Reading("DURATION", value)


_ANAPHOR_OFFSETS = {"the next": 1, "the following": 1, "the previous": -1, "the preceding": -1,
                    "the same": 0, "that": 0}


def _read_anaphoric_unit(m: re.Match[str], ctx: _Context) -> _Reading | None:
    relation = " ".join(m["narel"].lower().split())
    unit = m["naunit"].lower()
    offset = _ANAPHOR_OFFSETS[relation]
    anchor, has_anchor = _anchor_at(ctx, m.start())
    basis = "anchor" if has_anchor else "dateline"
    if unit in cw.PARTS_OF_DAY:
        return _time_reading(_shift_days(anchor, offset), cw.PARTS_OF_DAY[unit], basis)
    if unit == "weekend":
        return _with_basis(_week_reading(_shift_days(anchor, 7 * offset), weekend=True), basis)
    return _with_basis(_shift(anchor, offset, unit), basis)


def _read_within_anchor(m: re.Match[str], ctx: _Context) -> _Reading | None:
    """ "earlier in the day", "later in the week": the period of the date last fixed."""
    anchor, has_anchor = _anchor_at(ctx, m.start())
    return _with_basis(_shift(anchor, 0, m["iwu"].lower()), "anchor" if has_anchor else "dateline")


_RATE_CONTEXT = re.compile(r"(?:\d|percent|%|million|billion|dollars?|euros?|cents?|seats|flights|units)\W*\s*$", re.I)
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:ago|later|earlier|before|after|or|and|of|to|in|on|for|at|longer|more|less|too|than|the|a|an)\b)[a-z]"
)


def _read_duration(m: re.Match[str], ctx: _Context) -> _Reading | None:
    unit = _unit_key(m["du"])
    if unit not in cw.UNITS or unit == "weekend":
        return None
    if unit == "quarter" and "-" in m["dsep"]:
        return None  # "three-quarters" is a fraction
    if m["dn"].lower() in ("a", "an") and m.start("dn") == m.start():
        if _RATE_CONTEXT.search(ctx.text, max(0, m.start() - 30), m.start()):
            return None  # "$2 million a year", "four flights a week": a rate, not a span
        if unit == "second" and _NOUN_AFTER.match(ctx.text, m.end()):
            return None  # "a second group": an ordinal
    amount = _number(m["dn"]) if m["dn"] else None
    return _Reading("DURATION", _duration_value(amount, unit))


def _read_bare_plural(m: re.Match[str], ctx: _Context) -> _Reading | None:
    return _Reading("DURATION", _duration_value(None, _unit_key(m["bp"])))


def _read_recent_or_coming_units(m: re.Match[str], ctx: _Context) -> _Reading | None:
    """ "recent weeks", "the coming months": TimeBank annotates a vague span (PXW), not PAST_REF."""
    return _Reading("DURATION", _duration_value(None, _unit_key(m["ru"])))


_REFERENCE_VALUES = {
    "now": "PRESENT_REF", "currently": "PRESENT_REF", "current": "PRESENT_REF", "at present": "PRESENT_REF",
    "presently": "PRESENT_REF", "nowadays": "PRESENT_REF", "these days": "PRESENT_REF",
    "the present": "PRESENT_REF", "at the moment": "PRESENT_REF",
    "recently": "PAST_REF", "lately": "PAST_REF", "the past": "PAST_REF",
    "the future": "FUTURE_REF", "the near future": "FUTURE_REF",
}


def _read_reference_word(m: re.Match[str], ctx: _Context) -> _Reading | None:
    return _Reading("DATE", _REFERENCE_VALUES[" ".join(m["ref"].lower().split())])


def _read_frequency(m: re.Match[str], ctx: _Context) -> _Reading | None:
    return _Reading("SET", cw.FREQUENCY_WORDS[m["fw"].lower()])


def _read_every(m: re.Match[str], ctx: _Context) -> _Reading | None:
    """ "every Monday", "twice a year"; a quantity "a year" ("$2 million a year") is no SET in TimeML."""
    if m["eq"].lower() in ("a", "an") and m["etimes"] is None:
        return None
    if m["ewd"]:
        return _Reading("SET", f"XXXX-WXX-{cw.WEEKDAYS[m['ewd'].lower()] + 1}")
    if m["epod"]:
        return _Reading("SET", f"TX{cw.PARTS_OF_DAY[m['epod'].lower()]}")
    amount = _number(m["en"]) if m["en"] else 1.0
    unit = _unit_key(m["eu"])
    if unit not in cw.UNITS:
        return None
    return _Reading("SET", _duration_value(amount, unit))


# "the third quarter" is one TIMEX3; in "the third-quarter results" TimeML leaves out "the".
_QUARTER_BODY = (
    rf"(?:(?P<qrel>last|this|next)\s+year['’]s\s+)?(?:(?P<qy2>{_YEAR})\s+)?(?:fiscal[\s-]+)?"
    rf"(?P<qn>first|second|third|fourth|1st|2nd|3rd|4th){{separator}}quarter\b"
    rf"(?:\s+(?:of\s+)?(?:(?P<qy>{_YEAR})|(?:this|last|next)\s+year))?"
)

# ---------------------------------------------------------------------------
# Grammar: each rule's whole match is the phrase core; group "x", when present,
# is the TIMEX3 extent inside it.

_RULES: tuple[_Rule, ...] = (
    _Rule(_compile(rf"\b(?P<iy>{_YEAR})-(?P<im>0[1-9]|1[0-2])-(?P<id>0[1-9]|[12]\d|3[01])\b"), _read_iso, _gates({_G_YEAR_DIGITS})),
    _Rule(_compile(r"(?<![\d/])(?P<sm>1[0-2]|0?[1-9])/(?P<sd>3[01]|[12]\d|0?[1-9])/(?P<sy>(?:19|20)\d\d|\d\d)(?![\d/])"), _read_slash, _gates({_G_DIGIT}, {_G_SLASH})),
    _Rule(_compile(
        rf"\b(?:(?P<dmw>{_WEEKDAY}),?\s+)?(?:the\s+)?(?P<dmd>{_DAY})\s+(?:of\s+)?(?P<dmm>{_MONTH})(?:,?\s+(?P<dmy>{_YEAR}))?(?!\w)"
    ), _read_day_month, _gates({_G_MONTH})),
    _Rule(_compile(
        rf"\b(?:(?P<mdw>{_WEEKDAY}),?\s+)?(?P<mdm>{_MONTH})\s+(?P<mdd>{_DAY})(?!\d)(?:,?\s+(?P<mdy>{_YEAR})(?!\d))?(?!\w)"
    ), _read_month_day, _gates({_G_MONTH})),
    _Rule(_compile(rf"\b(?P<mym>{_MONTH})(?:,?\s+|\s+of\s+)(?P<myy>{_YEAR})(?!\d)"), _read_month_year, _gates({_G_MONTH}, {_G_YEAR_DIGITS})),
    _Rule(_compile(
        rf"\b(?:(?P<mmod>last|next|this|coming)\s+)?(?P<mm>{_MONTH_FULL}|(?-i:Sept|Sep|Oct|Nov|Dec|Jan|Feb|Aug|Apr)\.)(?!\w)"
        rf"(?:\s+(?P<mrel>last\s+year|this\s+year|next\s+year))?"
    ), _read_month, _gates({_G_MONTH})),
    _Rule(_compile(
        rf"(?:(?<=\bmid-)|(?<![\w$£€.,/-]))(?:fiscal\s+(?:year\s+)?|the\s+year\s+)?(?P<yy>{_YEAR})(?![\w%]|[.,]\d|-\d\d\d|\s*(?:percent|per\s+cent))"
    ), _read_year, _gates({_G_YEAR_DIGITS})),
    _Rule(_compile(
        rf"\b(?:(?:(?:the\s+)?year\s+|(?P<sym>{_MONTH_FULL})\s+)(?P<syw>{_CENTURY_YEAR}|{_MILLENNIUM_YEAR})"
        rf"|(?P<syw2>{_CENTURY_YEAR}))\b(?![\s-]+(?:years?|percent|dollars|people)\b)"
    ), _read_spelled_year, _gates({_G_SPELLED_YEAR})),
    _Rule(_compile(rf"\b(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?:(?P<dc>1[6-9]|20)(?P<dd>\d)0|['’](?P<dd2>\d)0)['’]?s\b"), _read_decade, _gates({_G_DECADE_DIGITS})),
    _Rule(_compile(
        r"\bthe\s+(?:(?:early|late|mid)[\s-]+)?(?P<dw>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b"
    ), _read_decade_word, _gates({_G_DECADE_WORD})),
    _Rule(_compile(r"\b(?:the\s+)?(?P<co>(?:twenty-)?(?:\w+?)(?:st|nd|rd|th))\s+century\b"), _read_century, _gates({_G_CENTURY})),
    _Rule(_compile(
        rf"\b(?P<rd>today|tonight|yesterday|tomorrow|the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow)"
        rf"(?:\s+(?P<rdpod>morning|afternoon|evening|night))?\b"
    ), _read_relative_day, _gates({_G_RELDAY})),
    _Rule(_compile(rf"\b(?P<tprel>this|last)\s+(?P<tppod>morning|afternoon|evening|night)\b"), _read_this_part_of_day, _gates({_G_POD}, {_G_DEICTIC})),
    _Rule(_compile(
        rf"\b(?:(?P<wmod>last|next|this|coming|past|the\s+following|the\s+next|the\s+previous|the\s+preceding)\s+)?"
        rf"(?P<wd>{_WEEKDAY})(?:\s+(?P<wpod>morning|afternoon|evening|night))?\b"
    ), _read_weekday, _gates({_G_WEEKDAY})),
    _Rule(_compile(
        rf"(?:\b(?P<tword>noon|midnight)|(?<![\d:.])(?P<th>\d{{1,2}})(?::(?P<tmin>[0-5]\d))?"
        rf"(?:\s*(?P<tap>a\.m\.|p\.m\.|a\.m\b|p\.m\b|am\b|pm\b))?)"
        rf"(?:\s+(?:(?-i:[A-Z]{{2}}T|GMT|UTC)\b|local\s+time))?"
        rf"(?:,?\s+(?:on\s+)?(?:(?P<twd>{_WEEKDAY})|(?P<trd>today|tomorrow|yesterday)\b"
        rf"|(?P<tmm>{_MONTH})\s+(?P<tmd>{_DAY})(?!\d)(?:,?\s+(?P<tmy>{_YEAR})(?!\d))?))?"
    ), _read_time, _gates({_G_CLOCK, _G_POD})),
    _Rule(_compile(
        rf"\b(?P<prel>this|last|next|the\s+coming|the\s+current|current|the\s+latest|the\s+most\s+recent)\s+(?:fiscal\s+)?"
        rf"(?P<punit>week|weekend|month|year|quarter|decade|century|spring|summer|fall|autumn|winter)\b(?![-‐]\w)"
    ), _read_period, _gates({_G_UNIT, _G_SEASON, _G_WEEKEND}, {_G_DEICTIC})),
    _Rule(_compile(r"\b(?:the\s+)?(?:past|last)\s+(?P<ppunit>week|month|year|decade|century|day|hour)\b(?!\s+(?:or|and))"), _read_past_period, _gates({_G_UNIT}, {_G_DEICTIC})),
    _Rule(_compile(r"\bthe\s+weekend\b"), _read_weekend, _gates({_G_WEEKEND})),
    _Rule(_compile(
        rf"\b(?:(?P<sprep>in|during|by|until|since|over|through)\s+)?(?P<x>(?:(?P<srel>last|this|next)\s+|the\s+)?"
        rf"(?:(?:early|late|mid)[\s-])?(?P<sn>spring|summer|fall|autumn|winter)(?:\s+(?:of\s+)?(?P<sy>{_YEAR}))?)\b"
    ), _read_season, _gates({_G_SEASON})),
    _Rule(_compile(r"\b(?P<x>(?:the\s+)?" + _QUARTER_BODY.format(separator=r"\s+") + ")"), _read_quarter, _gates({_G_QUARTER})),
    _Rule(_compile(r"\b(?:the\s+)?(?P<x>" + _QUARTER_BODY.format(separator="-") + ")"), _read_quarter, _gates({_G_QUARTER})),
    _Rule(_compile(
        rf"\b(?:the\s+)?(?:(?:comparable|corresponding|same)\s+)?(?:(?P<rpago>year-earlier|year-ago)|(?P<rpy>{_YEAR}))\s+"
        rf"(?:(?P<rpn>first|second|third|fourth)\s+)?(?:quarter|period)\b(?![-‐]\w)"
        rf"|\bthe\s+(?:(?P<rpx>)quarter)\b(?![-‐]\w|\s+of\b)|\bthe\s+(?:latest|most\s+recent)\s+period\b"
    ), _read_reported_period, _gates({_G_REPORT})),
    _Rule(_compile(r"\bthe\s+(?:fiscal\s+)?year(?=\s+end(?:ed|ing)\b)"), _read_year_ended, _gates({_G_UNIT})),
    _Rule(_compile(
        r"\b(?P<fyprep>(?:for|in|during)\s+)?(?P<x>the\s+(?P<fyfull>(?:full|whole|entire)\s+)?(?:fiscal\s+)?year)\b"
        r"(?!\s+(?:end(?:ed|ing)|ago|earlier|before|of|\d)|[-‐'’]\w)"
    ), _read_reported_year, _gates({_G_UNIT})),
    _Rule(_compile(
        r"\byear-(?:earlier|ago)\b(?!\s+(?:\w+[\s-]+)?(?:months?|weeks?|days?|years?|quarters?|periods?)\b)"
    ), _read_year_before_adjective, _gates({_G_BEFORE})),
    _Rule(_compile(
        rf"\b(?:the\s+)?(?:(?P<hrel>last|this|next)\s+year['’]s\s+)?(?P<hn>first|second|1st|2nd)\s+half\b"
        rf"(?:\s+of\s+(?:(?P<hy>{_YEAR})|(?:the|this)\s+year))?"
    ), _read_half, _gates({_G_HALF})),
    _Rule(_compile(
        rf"(?:(?P<holy>{_YEAR})\s+)?(?P<x>(?-i:(?P<hol>New\s+Year{_APOS}?s?(?:{_APOS}s)?(?:\s+(?:Day|Eve))?|Christmas(?:\s+(?:Day|Eve))?"
        rf"|Boxing\s+Day|Valentine{_APOS}s\s+Day|Halloween|Thanksgiving(?:\s+Day)?|Easter(?:\s+Sunday)?"
        rf"|International\s+Women{_APOS}s\s+Day|May\s+Day))\b)"
        rf"(?:\s+(?-i:speech|address|message|greetings?|holidays?|celebrations?|remarks|statement))?"
    ), _read_holiday, _gates({_G_HOLIDAY, _G_UNIT, _G_MONTH})),
    _Rule(_compile(
        r"\b(?:the\s+)?(?:end|beginning|start|middle|rest|remainder|close|turn)\s+of\s+(?:the|this)\s+"
        r"(?P<eunit>year|month|week|decade|century)\b"
    ), _read_edge_of_period, _gates({_G_UNIT}, {_G_EDGE})),
    _Rule(_compile(
        rf"\b(?:(?:about|nearly|almost|some|roughly|around|approximately|just|only|more\s+than|less\s+than|over)\s+)?"
        rf"(?P<an>{_NUMBER}|{_VAGUE})[\s-]+(?P<aunit>{_UNITS_ALT})s?(?:\s+or\s+so)?\s+(?P<adir>ago|from\s+now|hence)\b"
    ), _read_ago, _gates({_G_UNIT}, {_G_AGO})),
    _Rule(_compile(
        rf"(?<=,\s)(?P<x>(?P<on>{_NUMBER})[\s-]+(?P<ou>{_UNITS_ALT})s?)\s+(?P<odir>after|before)\b"
    ), _read_apposed_offset, _gates({_G_UNIT}, {_G_SEQUENCE})),
    _Rule(_compile(
        rf"\b(?P<ln>{_NUMBER})[\s-]+(?P<lunit>{_UNITS_ALT})s?\s+(?P<ldir>later|earlier|afterwards?|before|on|after(?=\s*[,.;:!?)]))\b"
        rf"(?=\s*(?:[,.;:!?)\"”]|$|and\b|when\b|,|that\b|he\b|she\b|they\b|it\b|the\b(?!\s+(?:\w+\s+)?(?:of|by|in)\b)))"
    ), _read_later, _gates({_G_UNIT}, {_G_SEQUENCE})),
    _Rule(_compile(
        r"\b(?:earlier|later)\s+in\s+(?P<x>the\s+(?P<iwu>day|week|month|year))\b"
    ), _read_within_anchor, _gates({_G_UNIT}, {_G_SEQUENCE})),
    _Rule(_compile(rf"\b(?P<x>(?P<vunit>days|weeks|months|years|hours))\s+(?P<vdir>after|before|later|earlier)\b"), _read_vague_offset, _gates({_G_UNIT}, {_G_SEQUENCE})),
    _Rule(_compile(
        rf"\b(?P<narel>the\s+next|the\s+following|the\s+previous|the\s+preceding|the\s+same|that)\s+"
        rf"(?P<naunit>day|week|weekend|month|year|morning|afternoon|evening|night)\b(?![-‐]\w)"
    ), _read_anaphoric_unit, _gates({_G_UNIT, _G_POD, _G_WEEKEND}, {_G_DEICTIC})),
    _Rule(_compile(
        rf"\b(?:the\s+(?:past|last|next|coming|first|final|previous|following|remaining|latest)\s+|(?:another|an?\s+(?:additional|further|extra))\s+"
        rf"|the\s+(?=[^\s-]+\s+[a-z]+s\b))?"
        rf"(?:(?:nearly|almost|more\s+than|less\s+than|at\s+least|around|up\s+to|some)\s+)?"
        rf"(?P<dn>{_NUMBER}|{_VAGUE})(?:\s+or\s+(?:{_NUMBER}))?(?:\s+to\s+(?:{_NUMBER}))?(?:\s+more)?(?P<dsep>[\s-]+)(?:(?:trading|business|working|calendar)\s+)?(?P<du>{_UNITS_ALT})s?\b"
        rf"(?![\s-]+old\b)(?:\s+or\s+so|[\s-]+long)?"
    ), _read_duration, _gates({_G_UNIT})),
    _Rule(_compile(r"(?:(?<=\bfor )|(?<=\bover )|(?<=\bwithin ))(?P<bp>minutes|hours|days|weeks|months|years|decades|centuries)\b"), _read_bare_plural, _gates({_G_UNIT}, {_G_SPAN})),
    _Rule(_compile(r"\b(?:the\s+)?(?P<x>(?:recent|coming)\s+(?P<ru>days|weeks|months|quarters|years|decades))\b"), _read_recent_or_coming_units, _gates({_G_UNIT}, {_G_DEICTIC})),
    _Rule(_compile(
        r"\b(?P<ref>now|currently|current|at\s+present|presently|nowadays|these\s+days|the\s+present"
        r"|at\s+the\s+moment|recently|lately|the\s+past|the\s+near\s+future|the\s+future)\b(?![-‐]\w)"
    ), _read_reference_word, _gates({_G_REFERENCE})),
    _Rule(_compile(rf"\b(?P<fw>{_alternation(cw.FREQUENCY_WORDS)})\b"), _read_frequency, _gates({_G_FREQUENCY})),
    _Rule(_compile(
        rf"\b(?P<etimes>(?:once|twice|\w+\s+times)\s+)?(?P<eq>every|each|per|a|an)\s+(?:(?P<en>{_NUMBER})\s+)?"
        rf"(?:(?P<ewd>{_WEEKDAY})|(?P<epod>morning|afternoon|evening|night)|(?P<eu>{_UNITS_ALT})s?)\b"
    ), _read_every, _gates({_G_UNIT, _G_WEEKDAY, _G_POD}, {_G_EVERY})),
)

# Words that, written just before an expression, belong to the TIMEX3 extent (TimeML
# puts modifiers such as "early" and "the end of" inside it).
_EXTENT_PREFIX = re.compile(
    r"(?:\b(?:the\s+)?(?:end|beginning|start|middle|rest|remainder|close|turn)\s+of\s+"
    r"|\b(?:the\s+)?year-(?:earlier|ago)\s+|(?<!-)\b(?:early|late|earlier|later|mid)(?:\s+|-))$",
    re.IGNORECASE,
)
_PHRASE_PREFIX = re.compile(rf"\b(?:{_LEADING_WORDS_RE})\s+$", re.IGNORECASE)

@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    phrase_start: int
    phrase_end: int
    reading: _Reading
    rule: int  # index in _RULES: an earlier rule wins a tie


# readers that count from a date the text fixed, and so read again once the sentence's own dates are known
_ANAPHORIC_READERS = frozenset({
    _read_weekday, _read_time, _read_later, _read_apposed_offset, _read_vague_offset,
    _read_anaphoric_unit, _read_within_anchor,
})


@lru_cache(maxsize=4096)
def _open_rules(classes: frozenset[str]) -> tuple[int, ...]:
    """Indexes of the rules whose gates the word classes pass; few sets of classes recur, so cached."""
    return tuple(index for index, rule in enumerate(_RULES) if not any(gate.isdisjoint(classes) for gate in rule.gates))


def _matches(text: str, rules: tuple[int, ...]) -> list[tuple[int, re.Match[str]]]:
    return [
        (index, match) for index in rules for match in _RULES[index].pattern.finditer(text)
        if match.end() > match.start()
    ]


def _candidates(ctx: _Context, matches: list[tuple[int, re.Match[str]]]) -> list[_Candidate]:
    found = []
    for index, match in matches:
        rule = _RULES[index]
        reading = rule.read(match, ctx)
        if reading is None:
            continue
        start, end = match.span("x") if "x" in rule.pattern.groupindex and match["x"] else match.span()
        if rule.read is not _read_holiday and _is_title(ctx.text, start, end):
            continue
        found.append(_Candidate(start, end, match.start(), match.end(), reading, index))
    return found


# A unit of time capitalized inside a sentence names something ("ABC's This Week",
# "60 Minutes", "High Noon"); holidays ("Election Day") have their own rule.
_CAPITALIZED_UNIT = re.compile(
    r"(?<=\s)(?:Seconds?|Minutes?|Hours?|Days?|Nights?|Weeks?|Months?|Years?|Decades?|Noon|Midnight"
    r"|Mornings?|Afternoons?|Evenings?)\b"
)
_SENTENCE_OPENING = re.compile(r"[\s\"'“‘`(\[-]*")


def _is_title(text: str, start: int, end: int) -> bool:
    """Whether a unit word in text[start:end] is capitalized though it does not open the sentence."""
    return any(
        not _SENTENCE_OPENING.fullmatch(text, 0, unit.start())
        for unit in _CAPITALIZED_UNIT.finditer(text, start, end)
    )


def _read_sentence(ctx: _Context, classes: frozenset[str]) -> tuple[_Context, list[_Candidate]]:
    """The expressions kept, and the context they were read in. When a date the sentence
    fixes comes before another expression, the anaphoric matches are read again so that
    "that month" or "a day after" count from it rather than from the discourse's anchor."""
    matches = _matches(ctx.text, _open_rules(classes))
    found = _candidates(ctx, matches)
    kept = _non_overlapping(found)
    named = _named_dates(kept)
    if not named or kept[-1].phrase_start < named[0][0]:
        return ctx, kept
    ctx = replace(ctx, named=named)
    fixed = [c for c in found if _RULES[c.rule].read not in _ANAPHORIC_READERS]
    anaphoric = [(index, match) for index, match in matches if _RULES[index].read in _ANAPHORIC_READERS]
    return ctx, _non_overlapping(fixed + _candidates(ctx, anaphoric))


def _non_overlapping(candidates: list[_Candidate]) -> list[_Candidate]:
    """Longest phrases first; a candidate overlapping a kept one is dropped."""
    kept: list[_Candidate] = []
    for candidate in sorted(candidates, key=lambda c: (c.phrase_start - c.phrase_end, c.phrase_start, c.rule)):
        if all(candidate.phrase_end <= k.phrase_start or candidate.phrase_start >= k.phrase_end for k in kept):
            kept.append(candidate)
    return sorted(kept, key=lambda c: c.start)


def _extend(candidate: _Candidate, text: str, taken: list[tuple[int, int]]) -> tuple[int, int, int]:
    """(TIMEX3 start, phrase start, phrase end) after taking in modifiers and a preposition."""
    floor = max((end for _, end in taken if end <= candidate.phrase_start), default=0)
    start, phrase_start = candidate.start, candidate.phrase_start
    prefix = _EXTENT_PREFIX.search(text, max(floor, phrase_start - 40), phrase_start)
    if prefix and phrase_start == start:
        start = phrase_start = prefix.start()
    leading = _PHRASE_PREFIX.search(text, max(floor, phrase_start - 25), phrase_start)
    if leading:
        phrase_start = leading.start()
    return start, phrase_start, candidate.phrase_end


def _named_dates(kept: list[_Candidate]) -> tuple[tuple[int, dt.date, str], ...]:
    """(end, date, precision) of the dates and times the text fixes by itself, not by anaphora."""
    return tuple(
        (c.end, c.reading.date, c.reading.precision) for c in kept
        if c.reading.date is not None and c.reading.type in ("DATE", "TIME") and c.reading.basis == "dateline"
    )


# ---------------------------------------------------------------------------
# Explanations

def _long_date(day: dt.date) -> str:
    return f"{cw.WEEKDAY_NAMES[day.weekday()]} {day.day} {cw.MONTH_NAMES[day.month - 1]} {day.year}"


def _gloss(reading: _Reading) -> str:
    day = reading.date
    if reading.precision == "day":
        return _long_date(day)
    if reading.precision == "week":
        return f"the week of Monday {day.day} {cw.MONTH_NAMES[day.month - 1]} {day.year}"
    if reading.precision == "month":
        return f"{cw.MONTH_NAMES[day.month - 1]} {day.year}"
    return str(day.year)


def _explain(phrase: str, reading: _Reading, ctx: _Context, position: int) -> str:
    if reading.date is None:
        kinds = {"DURATION": "a length of time", "SET": "a recurring time"}
        kind = kinds.get(reading.type, "no single calendar date")
        return f'"{phrase}" ({reading.type} {reading.value}): {kind}, so it places no event'
    anchor, has_anchor = _anchor_at(ctx, position)
    if reading.basis == "anchor" and has_anchor:
        basis = f"counted from the date the text last fixed, {_long_date(anchor)}"
    else:
        basis = f"read against the dateline {_long_date(ctx.reference)}"
    return f'"{phrase}", {basis}: {_gloss(reading)}, {reading.precision} precision'


# ---------------------------------------------------------------------------
# Public API

def find_timexes(text: str, reference: dt.date, *, anchor: dt.date | None = None) -> list[Timex]:
    """All temporal expressions in `text` (usually one sentence), normalized against `reference`
    (the publication date). `anchor` is the last date the discourse fixed before this sentence,
    used by anaphoric expressions ("a month later", "the next day"); without it they count from
    `reference`. Offsets index `text`. Never raises on any input string."""
    classes = _word_classes(text) if isinstance(text, str) else frozenset()
    if not classes:
        return []
    ctx = _Context(text, reference, anchor or reference, anchor is not None)
    ctx, kept = _read_sentence(ctx, classes)
    spans = [(c.phrase_start, c.phrase_end) for c in kept]
    timexes = []
    for candidate in kept:
        start, phrase_start, phrase_end = _extend(candidate, text, spans)
        phrase = text[phrase_start:phrase_end]
        reading = candidate.reading
        timexes.append(Timex(
            start=start, end=candidate.end, text=text[start:candidate.end],
            type=reading.type, value=reading.value, date=reading.date, precision=reading.precision,
            explanation=_explain(phrase, reading, ctx, candidate.phrase_start),
            phrase_start=phrase_start, phrase_end=phrase_end, phrase=phrase,
        ))
    return timexes
