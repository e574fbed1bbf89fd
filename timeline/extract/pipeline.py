"""Article body + publication date -> findings: typed, dated events with their evidence.

Stages: sentences -> triggers (events.py) -> the time expression governing each trigger
(timex.py) -> actors of the sentence (actors.py) and agents of each trigger (agents.py)
-> sentence-level choices (attribution, merging) -> article-level choices (re-mentions of
one meeting, continued statements).
Every offset in a Finding points into the body given to `extract`.

Agents and targets: ``actors`` are the agents of the act and ``targets`` the other states
named in its sentence, read from grammar around the trigger by agents.py; summaries.py
writes each event's one-line summary.

Confidence is a product of independent doubts, each a factor below 1:
    trigger   verb 0.9; noun ("talks", "a nuclear test") 0.7
    mood      a plan or a scheduled act 0.85
    actors    from the trigger's own subject 1.0; from both sides of a meeting 0.95;
              inherited from the sentence before 0.8; every state the sentence names 0.6
    date      own time expression next to the trigger 1.0; farther than 40 characters 0.85;
              carried from another sentence 0.75; none (dated to the publication day) 0.9
    people    no named person among the agents 0.95
rounded to two decimals. It ranks findings for review; it is not a calibrated probability.
"""
from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left
from dataclasses import dataclass
from datetime import date

from timeline.extract.actors import ActorMention, find_actors
from timeline.extract.agents import Agents, Discourse, NO_AGENTS, agents_by_trigger, next_discourse
from timeline.extract.events import Trigger, find_triggers
from timeline.extract.sentences import Span, split_sentences
from timeline.extract.summaries import SUMMARY_LENGTH, summarize

__all__ = ["SUMMARY_LENGTH", "Finding", "extract"]
from timeline.extract.timex import Timex, find_timexes

# Characters between an event noun and the time expression that anchors it, at most.
_NOUN_ANCHOR_DISTANCE = 60
# Farther than this, a verb's time expression is less surely its own.
_FAR_TIMEX_DISTANCE = 40
_EVENT_MOODS = frozenset({"asserted", "future"})
# Expressions that state how long something has lasted, not when an act happened.
_SPAN_PHRASE = re.compile(r"^(?:since|for|until|till)\b", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[,;:()]|\s--?\s|[—–]")
# Between a trigger and a time expression, these close the clause the time belongs to.
_CLAUSE_FENCE = re.compile(r",\s*(?:but|while|whereas|although|though)\b|;", re.IGNORECASE)
# A cause named as a motive ("in response to X's test") is not dated by the main clause.
_CAUSE = re.compile(
    r"\b(?:in\s+response\s+to|in\s+retaliation\s+for|in\s+protest\s+(?:at|against)|because\s+of|"
    r"due\s+to|prompted\s+by|following|in\s+the\s+wake\s+of)\b",
    re.IGNORECASE,
)
# The verbs that take an infinitive complement whose own time is not theirs.
_COMPLEMENT_TYPES = frozenset({"intent", "appeal", "cooperate"})
_INFINITIVE = re.compile(r"\bto\s+(?!the\b|an?\b|[A-Z])(?:[a-z]+ly\s+)?[a-z]+\b")
# ", and Trump accepted": a coordinated clause, whose time is its own.
_AND_CLAUSE = re.compile(r",\s+and\b")
_RELATIVE_CLAUSE = re.compile(r",\s*(?:who|which|where|whose)\b[^,;]*")
# "days after X": X is the point counted from, an act the reader already knows.
_REFERENCE_END = re.compile(r"\b(?:after|before|following|since)$", re.IGNORECASE)
_RELATIVE = re.compile(r"\b(?:who|which|whom|whose|where)\b[^,;]*", re.IGNORECASE)
_COORDINATION = re.compile(r"\b(?:and|but|while|whereas)\b|;", re.IGNORECASE)
# A definite reference to a meeting or visit told before: "during the talks", "after his
# four-day visit", "at their summit", "those meetings".
_MEETING_REFERENCE = re.compile(
    r"\b(?:(?:during|after|at|following|in)\s+(?:the|his|her|their|its|that|this|those|these)|those|these)"
    r"\s+(?:[\w-]+\s+){0,2}?(?P<noun>talks|calls?|meetings?|summit|visit|trip|conversation|discussions?)\b",
    re.IGNORECASE,
)
_LABEL_YEAR = re.compile(r"\(\d{4}\)")
_WORD = re.compile(r"[\w'’.-]+")
# Consult triggers that go to a place rather than meet someone: the place is a target.
_TRAVEL_WORDS = re.compile(r"^(?:visit|arriv|travel|flew|fly|flies|head|paid|pay|made|make)", re.IGNORECASE)


@dataclass(frozen=True)
class Finding:
    type: str
    date: date
    precision: str  # day, week, month, year, or "reported" (dated to the publication date)
    actors: tuple[str, ...]
    people: tuple[str, ...]
    summary: str
    sentence: Span
    trigger: Span
    timex: Timex | None
    date_explanation: str
    confidence: float
    targets: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Candidate:
    """One event of a sentence before the article-level choices; offsets into the body."""

    sentence_index: int
    sentence: Span
    trigger: Trigger
    timex: Timex | None
    agents: Agents
    carried_by: str | None = None  # the sentence another sentence's date was taken from, in words

    @property
    def actors(self) -> tuple[str, ...]:
        return self.agents.codes

    @property
    def people(self) -> tuple[str, ...]:
        return self.agents.people


def extract(body: str, published: date) -> list[Finding]:
    """Events reported in ``body`` (an article's text) published on ``published``."""
    mentions = find_actors(body)
    starts = [m.start for m in mentions]
    candidates: list[_Candidate] = []
    anchor: date | None = None
    discourse = Discourse(NO_AGENTS)
    for index, sentence in enumerate(split_sentences(body)):
        timexes = [
            _in_body(t, sentence.start)
            for t in find_timexes(sentence.text, published, anchor=anchor)
            if not _is_label_year(sentence.text, t)
        ]
        sentence_mentions = mentions[bisect_left(starts, sentence.start):bisect_left(starts, sentence.end)]
        events = _sentence_events(index, sentence, timexes, sentence_mentions, discourse)
        candidates.extend(events)
        anchor = _last_fixed_date(timexes) or anchor
        discourse = next_discourse(discourse, [e.agents for e in events], sentence_mentions)
    return [_finding(c, published) for c in _article_events(candidates, published)]


def _is_label_year(text: str, timex: Timex) -> bool:
    """A year in brackets after a name labels it ("resolution 2397 (2017)"); it dates nothing."""
    return bool(_LABEL_YEAR.fullmatch(text, max(timex.phrase_start - 1, 0), timex.phrase_end + 1))


# Sentence level


def _sentence_events(
    index: int,
    sentence: Span,
    timexes: list[Timex],
    mentions: list[ActorMention],
    discourse: Discourse,
) -> list[_Candidate]:
    dated = [t for t in timexes if t.date is not None and not _SPAN_PHRASE.match(t.phrase or "")]
    chosen = []
    triggers = find_triggers(sentence.text)
    for trigger in triggers:
        if trigger.negated or trigger.mood not in _EVENT_MOODS:
            continue
        if any(_is_reference_point(sentence, trigger, t, triggers) for t in timexes):
            continue
        timex = _governing_timex(sentence, trigger, [t for t in dated if _may_govern(sentence, trigger, t)])
        if timex is None and any(_in_reference_clause(sentence, trigger, t) for t in timexes):
            continue
        if trigger.is_nominal and (timex is None or not _anchors(sentence, trigger, timex)):
            continue
        chosen.append((trigger, timex))
    chosen = _merged(sentence, _without_attributions(sentence, chosen), mentions)
    if not chosen:
        return []
    agents = agents_by_trigger(sentence, triggers, mentions, discourse, {trigger for trigger, _ in chosen})
    events = []
    for trigger, timex in chosen:
        found = agents[trigger]
        if found.codes:
            events.append(_Candidate(index, sentence, _trigger_in_body(trigger, sentence.start), timex, found))
    return events


def _governing_timex(sentence: Span, trigger: Trigger, dated: list[Timex]) -> Timex | None:
    """The dated expression nearest the trigger; offsets of both are compared in the body."""
    start = sentence.start + trigger.start
    end = sentence.start + trigger.end
    return min(dated, key=lambda t: _distance(start, end, t.phrase_start, t.phrase_end), default=None)


def _may_govern(sentence: Span, trigger: Trigger, timex: Timex) -> bool:
    """Whether a time expression can date the trigger: not across a contrastive clause
    ("..., but X has encouraged"), not from outside into a cause ("in response to"), and
    not an act in the clause that "days after ..." counts from."""
    start = trigger.start
    timex_start = timex.phrase_start - sentence.start
    timex_end = timex.phrase_end - sentence.start
    left, right = (timex_end, start) if timex_end <= start else (trigger.end, timex_start)
    if _CLAUSE_FENCE.search(sentence.text, left, right):
        return False
    is_fronted = len(_WORD.findall(sentence.text, 0, timex_start)) <= 2
    if not is_fronted and _AND_CLAUSE.search(sentence.text, left, right):
        return False
    if _REFERENCE_END.search(timex.phrase or "") and timex_end <= start:
        return _CLAUSE_BREAK.search(sentence.text, timex_end, start) is not None
    if _is_in_relative_clause(sentence.text, start) != _is_in_relative_clause(sentence.text, timex_start):
        return False
    if timex_start > start and trigger.type in _COMPLEMENT_TYPES and _INFINITIVE.search(sentence.text, trigger.end, timex_start):
        return False  # "invited Trump to visit China later this year": the visit is later, not the invitation
    return not any(_CAUSE.finditer(sentence.text, min(start, timex_start), max(start, timex_start)))


def _is_in_relative_clause(text: str, position: int) -> bool:
    """Whether ``position`` sits in a clause such as ", who arrived on Monday," or ", which ..."."""
    return any(m.start() <= position < m.end() for m in _RELATIVE_CLAUSE.finditer(text))


def _in_reference_clause(sentence: Span, trigger: Trigger, timex: Timex) -> bool:
    """Whether the trigger sits in the clause that "days after ..." opens; an act there with
    no time of its own describes the reference point ("a new president took office pledging...")."""
    phrase_end = timex.phrase_end - sentence.start
    if not _REFERENCE_END.search(timex.phrase or "") or trigger.start < phrase_end:
        return False
    return _CLAUSE_BREAK.search(sentence.text, phrase_end, trigger.start) is None


def _is_reference_point(sentence: Span, trigger: Trigger, timex: Timex, triggers: list[Trigger]) -> bool:
    """Whether the trigger names the act that "days after ..." counts from: the first act
    after the expression, in its clause. That act is known already; it is not reported here."""
    phrase_end = timex.phrase_end - sentence.start
    following = [t for t in triggers if t.start >= phrase_end]
    return bool(following) and following[0] is trigger and _in_reference_clause(sentence, trigger, timex)


def _distance(start: int, end: int, other_start: int, other_end: int) -> int:
    if other_end <= start:
        return start - other_end
    if other_start >= end:
        return other_start - end
    return 0


def _anchors(sentence: Span, trigger: Trigger, timex: Timex) -> bool:
    """Whether a time expression anchors an event noun: in its clause and close by
    ("talks on Saturday", "its sixth nuclear test earlier this month")."""
    start = sentence.start + trigger.start
    end = sentence.start + trigger.end
    near = _distance(start, end, timex.phrase_start, timex.phrase_end) <= _NOUN_ANCHOR_DISTANCE
    return near and _same_clause(sentence, trigger, timex)


def _same_clause(sentence: Span, trigger: Trigger, timex: Timex) -> bool:
    start = sentence.start + trigger.start
    end = sentence.start + trigger.end
    left, right = sorted([(start, end), (timex.phrase_start, timex.phrase_end)])
    between = sentence.text[left[1] - sentence.start:right[0] - sentence.start]
    return _CLAUSE_BREAK.search(between) is None


def _without_attributions(
    sentence: Span, chosen: list[tuple[Trigger, Timex | None]]
) -> list[tuple[Trigger, Timex | None]]:
    """Drop statement triggers that only attribute another act ("..., the statement said").

    A sentence whose saying reports another act ("said that Moon had won 41 percent",
    "condemned ..., the statement said") reports that act, not a separate statement.
    Acts inside a relative clause ("with Kono, who is in Moscow for talks") describe
    someone and do not take the saying over. Several statement words make one statement.
    """
    statements = [(t, x) for t, x in chosen if t.type == "statement"]
    others = [(t, x) for t, x in chosen if t.type != "statement"]
    if not statements:
        return others
    relatives = [(m.start(), m.end()) for m in _RELATIVE.finditer(sentence.text)]
    if any(not any(a <= t.start < b for a, b in relatives) for t, _ in others):
        return others
    return sorted(others + statements[:1], key=lambda pair: pair[0].start)


def _merged(
    sentence: Span,
    chosen: list[tuple[Trigger, Timex | None]],
    mentions: list[ActorMention],
) -> list[tuple[Trigger, Timex | None]]:
    """One event per type and date in a sentence, unless a coordinated clause brings a new
    subject ("Moon said he would send an envoy and Putin said he would welcome him")."""
    kept: list[tuple[Trigger, Timex | None]] = []
    for trigger, timex in chosen:
        earlier = [
            (t, x) for t, x in kept
            if t.type == trigger.type and _date_key(x) == _date_key(timex)
        ]
        if earlier and not _new_subject_between(sentence, earlier[-1][0], trigger, mentions):
            continue
        kept.append((trigger, timex))
    return kept


def _date_key(timex: Timex | None) -> tuple:
    return (None, None) if timex is None else (timex.date, timex.precision)


def _new_subject_between(sentence: Span, first: Trigger, second: Trigger, mentions: list[ActorMention]) -> bool:
    between = sentence.text[first.end:second.start]
    coordination = _COORDINATION.search(between)
    if coordination is None:
        return False
    clause_start = sentence.start + first.end + coordination.end()
    return any(clause_start <= m.start < sentence.start + second.start for m in mentions)


def _last_fixed_date(timexes: list[Timex]) -> date | None:
    fixed = [t.date for t in timexes if t.date is not None and not _SPAN_PHRASE.match(t.phrase or "")]
    return fixed[-1] if fixed else None


# Article level


def _article_events(candidates: list[_Candidate], published: date) -> list[_Candidate]:
    kept: list[_Candidate] = []
    statements_by_sentence: dict[int, _Candidate] = {}
    for candidate in candidates:
        if candidate.trigger.type == "consult":
            # a meeting held during a visit told before is a new meeting on the visit's date
            candidate = _dated_by_meeting(candidate, kept, published) if candidate.timex is None else candidate
            if _remeets(candidate, kept):
                continue
        if candidate.trigger.type == "statement" and candidate.timex is None:
            previous = statements_by_sentence.get(candidate.sentence_index - 1)
            if previous is not None and _same_speaker(previous, candidate):
                statements_by_sentence[candidate.sentence_index] = previous
                if not _is_dated_before(previous, published):
                    continue
                candidate = dataclasses.replace(candidate, timex=previous.timex,
                                                carried_by=f"the statement before it ({previous.trigger.text!r})")
        if candidate.timex is None:
            candidate = _dated_by_meeting(candidate, kept, published)
        if candidate.trigger.type == "statement":
            statements_by_sentence[candidate.sentence_index] = candidate
        kept.append(candidate)
    return kept


def _dated_by_meeting(candidate: _Candidate, kept: list[_Candidate], published: date) -> _Candidate:
    """An undated act done at a meeting already dated takes the meeting's date: a sentence
    that opens "During the talks" or "After the call", or the next sentence when its agents
    took part in the meeting ("Kono talked with Ri on Sunday night. Kono urged Ri ...")."""
    meetings = [
        c for c in kept
        if c.trigger.type == "consult" and c.timex is not None and c.timex.date <= published
    ]
    if not meetings:
        return candidate
    reference = _MEETING_REFERENCE.search(candidate.sentence.text)
    if reference:
        noun = reference.group("noun").lower().rstrip("s")
        same_kind = [m for m in meetings if noun in m.trigger.text.lower()]
        meeting = (same_kind or meetings)[-1]
    else:
        meeting = meetings[-1]
        is_next = meeting.sentence_index == candidate.sentence_index - 1
        if not (is_next and candidate.people and set(candidate.people) <= set(meeting.people)):
            return candidate
    reported = f"the sentence that reports the same act ({meeting.trigger.text!r})"
    return dataclasses.replace(candidate, timex=meeting.timex, carried_by=reported)


def _remeets(candidate: _Candidate, kept: list[_Candidate]) -> bool:
    """Whether a consult re-mentions a meeting already found: an undated one, or one on
    the same date, between actors who already met in this article."""
    if _TRAVEL_WORDS.match(candidate.trigger.text):
        return False
    for other in kept:
        if other.trigger.type != "consult" or _TRAVEL_WORDS.match(other.trigger.text):
            continue
        if not _same_parties(other, candidate):
            continue
        if candidate.timex is None or _date_key(candidate.timex) == _date_key(other.timex):
            return True
    return False


def _same_parties(first: _Candidate, second: _Candidate) -> bool:
    """Named people decide when both events have them; otherwise one side's states and
    organizations must include the other's (a topic such as North Korea is named in most)."""
    if first.people and second.people:
        smaller, larger = sorted((set(first.people), set(second.people)), key=len)
        return smaller <= larger
    smaller, larger = sorted((set(first.actors), set(second.actors)), key=len)
    return smaller <= larger


def _same_speaker(first: _Candidate, second: _Candidate) -> bool:
    if first.people or second.people:
        return bool(set(first.people) & set(second.people))
    return first.actors == second.actors


def _is_dated_before(candidate: _Candidate, published: date) -> bool:
    """A statement dated to an earlier occasion: remarks following it belong to that occasion."""
    return candidate.timex is not None and candidate.timex.date < published


# Findings


def _finding(candidate: _Candidate, published: date) -> Finding:
    timex = candidate.timex
    if timex is None:
        when, precision = published, "reported"
        explanation = f"no time expression: dated to the publication date {published.isoformat()}"
    else:
        when, precision, explanation = timex.date, timex.precision or "day", timex.explanation
        if candidate.carried_by:
            explanation = f"dated by {candidate.carried_by}: {explanation}"
    return Finding(
        type=candidate.trigger.type,
        date=when,
        precision=precision,
        actors=candidate.actors,
        people=candidate.people,
        summary=summarize(candidate.sentence, candidate.trigger, candidate.agents),
        sentence=candidate.sentence,
        trigger=Span(candidate.trigger.start, candidate.trigger.end, candidate.trigger.text),
        timex=timex,
        date_explanation=explanation,
        confidence=_confidence(candidate),
        targets=candidate.agents.targets,
    )


_ACTOR_CONFIDENCE = {"subject": 1.0, "meeting": 0.95, "inherited": 0.8, "sentence": 0.6}


def _confidence(candidate: _Candidate) -> float:
    """The product of the factors listed in the module docstring."""
    trigger = candidate.trigger
    score = 0.7 if trigger.is_nominal else 0.9
    if trigger.mood == "future":
        score *= 0.85
    score *= _ACTOR_CONFIDENCE[candidate.agents.source]
    score *= _date_confidence(candidate)
    if not candidate.people:
        score *= 0.95
    return round(score, 2)


def _date_confidence(candidate: _Candidate) -> float:
    timex = candidate.timex
    if timex is None:
        return 0.9
    if candidate.carried_by:
        return 0.75
    distance = _distance(candidate.trigger.start, candidate.trigger.end, timex.phrase_start, timex.phrase_end)
    return 0.85 if distance > _FAR_TIMEX_DISTANCE else 1.0


def _in_body(timex: Timex, offset: int) -> Timex:
    return dataclasses.replace(
        timex,
        start=timex.start + offset,
        end=timex.end + offset,
        phrase_start=timex.phrase_start + offset,
        phrase_end=timex.phrase_end + offset,
    )


def _trigger_in_body(trigger: Trigger, offset: int) -> Trigger:
    return dataclasses.replace(trigger, start=trigger.start + offset, end=trigger.end + offset)
