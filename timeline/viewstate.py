"""The whole view of the timeline as one frozen value, read from and written to a query string.

`parse()` never raises: a value it cannot use is dropped and named in `state.problems`, so the
page can say what it ignored. `to_query()` is its inverse, so every view round-trips through its
link. No ORM here: the vocabularies to check against are passed in.
"""
import datetime
import re
from dataclasses import dataclass, field, replace
from urllib.parse import urlencode

LANE_MODES = ("actor", "type")
MAX_TEXT = 200
MAX_VALUES = 50
CODE_RE = re.compile(r"^[A-Z]{2,10}$")
CONTROL_CHARS = re.compile(r"[\x00-\x1f\x7f]")
SLUG_RE = re.compile(r"^[-a-z0-9_]{1,100}$")
EARLIEST = datetime.date(1900, 1, 1)
LATEST = datetime.date(2100, 12, 31)


@dataclass(frozen=True)
class ViewState:
    start: datetime.date | None = None
    end: datetime.date | None = None
    actors: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    q: str = ""
    lanes: str = "actor"
    event: int | None = None
    page: int = 1
    problems: tuple[str, ...] = field(default=(), compare=False)

    @property
    def is_filtered(self):
        return bool(self.actors or self.types or self.tags or self.statuses or self.q)

    def with_changes(self, **changes):
        """A copy with some values changed; the page number starts again unless it is changed."""
        changes.setdefault("page", 1)
        return replace(self, problems=(), **changes)

    def to_query(self):
        """The query string (without "?") that parses back to this state."""
        pairs = []
        if self.start:
            pairs.append(("from", self.start.isoformat()))
        if self.end:
            pairs.append(("to", self.end.isoformat()))
        pairs += [("actor", code) for code in self.actors]
        pairs += [("type", name) for name in self.types]
        pairs += [("tag", slug) for slug in self.tags]
        pairs += [("status", name) for name in self.statuses]
        if self.q:
            pairs.append(("q", self.q))
        if self.lanes != LANE_MODES[0]:
            pairs.append(("lanes", self.lanes))
        if self.event is not None:
            pairs.append(("event", str(self.event)))
        if self.page > 1:
            pairs.append(("page", str(self.page)))
        return urlencode(pairs)


def parse(query, *, actors=None, types=(), tags=None, statuses=()):
    """Read a ViewState from a QueryDict (or any mapping with getlist).

    `actors` and `tags` are the known codes and slugs (None: accept any well-formed value);
    `types` and `statuses` are the allowed names.
    """
    problems = []
    start = _date(query, "from", problems)
    end = _date(query, "to", problems)
    if start and end and start > end:
        problems.append(f"from {start} is after to {end}: the two were swapped")
        start, end = end, start
    state = ViewState(
        start=start,
        end=end,
        actors=_values(query, "actor", problems, lambda v: v.upper(), CODE_RE, actors),
        types=_values(query, "type", problems, str.lower, None, types),
        tags=_values(query, "tag", problems, str.lower, SLUG_RE, tags),
        statuses=_values(query, "status", problems, str.lower, None, statuses),
        q=_text(query, problems),
        lanes=_choice(query, "lanes", LANE_MODES, problems),
        event=_positive_int(query, "event", None, problems),
        page=_positive_int(query, "page", 1, problems),
    )
    return replace(state, problems=tuple(problems))


def _last(query, key):
    values = query.getlist(key)
    return values[-1].strip() if values else ""


def _date(query, key, problems):
    raw = _last(query, key)
    if not raw:
        return None
    try:
        value = datetime.date.fromisoformat(raw[:10])
    except ValueError:
        problems.append(f"{key}={raw!r} is not a date (use YYYY-MM-DD)")
        return None
    if not EARLIEST <= value <= LATEST:
        problems.append(f"{key}={raw!r} is out of range")
        return None
    return value


def _values(query, key, problems, normalize, pattern, allowed):
    kept = []
    for raw in query.getlist(key)[:MAX_VALUES]:
        for value in (normalize(part.strip()) for part in raw.split(",")):
            if not value or value in kept:
                continue
            well_formed = pattern is None or pattern.match(value)
            if well_formed and (allowed is None or value in allowed):
                kept.append(value)
            else:
                problems.append(f"unknown {key} {value[:40]!r}")
    return tuple(kept)


def _text(query, problems):
    # Control characters (NUL above all, which PostgreSQL refuses in a string) become spaces.
    raw = " ".join(CONTROL_CHARS.sub(" ", _last(query, "q")).split())
    if len(raw) > MAX_TEXT:
        problems.append(f"search text cut to {MAX_TEXT} characters")
    return raw[:MAX_TEXT]


def _choice(query, key, choices, problems):
    raw = _last(query, key).lower()
    if raw and raw not in choices:
        problems.append(f"unknown {key} {raw[:40]!r}")
    return raw if raw in choices else choices[0]


def _positive_int(query, key, default, problems):
    raw = _last(query, key)
    if not raw:
        return default
    if raw.isdigit() and 0 < int(raw) < 2**31:
        return int(raw)
    problems.append(f"{key}={raw[:40]!r} is not a positive whole number")
    return default


def describe(state, labels):
    """A short phrase for what a state shows, e.g. "Russia · Consultation · 1 Sep 2017 to 30 Sep 2017".

    `labels` maps "actor", "type", "tag" and "status" to {value: display name}.
    """
    def named(kind, values):
        return ", ".join(labels.get(kind, {}).get(value, value) for value in values)

    parts = [
        named("actor", state.actors),
        named("type", state.types),
        f"tagged {named('tag', state.tags)}" if state.tags else "",
        named("status", state.statuses),
        f"matching \u201c{state.q}\u201d" if state.q else "",
        _describe_range(state.start, state.end),
    ]
    return " · ".join(part for part in parts if part) or "all events"


def _describe_range(start, end):
    if start and end:
        return f"{_day(start)} to {_day(end)}"
    if start:
        return f"from {_day(start)}"
    if end:
        return f"until {_day(end)}"
    return ""


def _day(date):
    return f"{date.day} {date:%b %Y}"
