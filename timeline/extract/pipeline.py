"""Article body + publication date -> findings: typed, dated events with their evidence.

Stages: sentences -> triggers (events.py) -> the time expression governing each trigger
(timex.py) -> actors of the sentence (actors.py) -> sentence-level choices (attribution,
merging) -> article-level choices (re-mentions of one meeting, continued statements).
Every offset in a Finding points into the body given to `extract`.
"""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from datetime import date

from timeline.extract.actors import ActorMention, find_actors
from timeline.extract.events import Trigger, find_triggers
from timeline.extract.sentences import Span, split_sentences
from timeline.extract.timex import Timex, find_timexes

SUMMARY_LENGTH = 140
_EVENT_MOODS = frozenset({"asserted", "future"})
# Expressions that state how long something has lasted, not when an act happened.
_SPAN_PHRASE = re.compile(r"^(?:since|for|until|till)\b", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[,;:()]|\s--?\s|[—–]")
# Between a trigger and a time expression, these close the clause the time belongs to.
_CLAUSE_FENCE = re.compile(r",\s*(?:but|while|whereas|although|though)\b|;", re.IGNORECASE)
# A cause named as a motive ("in response to X's test") is not dated by the main clause.
_CAUSE = re.compile(
    r"\b(?:in\s+response\s+to|in\s+retaliation\s+for|in\s+protest\s+(?:at|against)|because\s+of|"
    r"due\s+to|prompted\s+by)\b",
    re.IGNORECASE,
)
# "days after X": X is the point counted from, an act the reader already knows.
_REFERENCE_END = re.compile(r"\b(?:after|before|following|since)$", re.IGNORECASE)
_RELATIVE = re.compile(r"\b(?:who|which|whom|whose|where)\b[^,;]*", re.IGNORECASE)
_COORDINATION = re.compile(r"\b(?:and|but|while|whereas)\b|;", re.IGNORECASE)
# Subjects that refer back to the actors of the sentence before.
_ANAPHORIC = (
    r"(?:they|he|she|we|the\s+(?:two\s+)?(?:leaders|sides|ministers|presidents|officials|countries|"
    r"(?:senior\s+)?diplomats)|both\s+(?:sides|leaders|countries))"
)
_ANAPHORIC_SUBJECT = re.compile(
    rf"^\W*(?:\w+\s+){{0,2}}?{_ANAPHORIC}\b|,[\"”’']?\s*{_ANAPHORIC}\s+(?:also\s+)?(?:said|added|stressed|noted)\b",
    re.IGNORECASE,
)
_WHITESPACE = re.compile(r"\s+")


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


@dataclass(frozen=True)
class _Candidate:
    """One event of a sentence before the article-level choices; offsets into the body."""

    sentence_index: int
    sentence: Span
    trigger: Trigger
    timex: Timex | None
    actors: tuple[str, ...]
    people: tuple[str, ...]


def extract(body: str, published: date) -> list[Finding]:
    """Events reported in ``body`` (an article's text) published on ``published``."""
    mentions = find_actors(body)
    candidates: list[_Candidate] = []
    anchor: date | None = None
    previous_actors: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())
    for index, sentence in enumerate(split_sentences(body)):
        timexes = [_in_body(t, sentence.start) for t in find_timexes(sentence.text, published, anchor=anchor)]
        sentence_mentions = [m for m in mentions if sentence.start <= m.start < sentence.end]
        inherited = previous_actors if _ANAPHORIC_SUBJECT.search(sentence.text) else ((), ())
        events = _sentence_events(index, sentence, timexes, sentence_mentions, inherited)
        candidates.extend(events)
        anchor = _last_fixed_date(timexes) or anchor
        own_actors = _with_inherited(inherited, _actors_of(sentence_mentions))
        if own_actors[0]:
            previous_actors = own_actors
    return [_finding(c, published) for c in _article_events(candidates, published)]


# Sentence level


def _sentence_events(
    index: int,
    sentence: Span,
    timexes: list[Timex],
    mentions: list[ActorMention],
    inherited: tuple[tuple[str, ...], tuple[str, ...]],
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
        if trigger.is_nominal and (timex is None or not _same_clause(sentence, trigger, timex)):
            continue
        chosen.append((trigger, timex))
    chosen = _without_attributions(sentence, chosen)
    events = []
    for trigger, timex in _merged(sentence, chosen, mentions):
        codes, people = _with_inherited(inherited, _agent_first(trigger, sentence, mentions))
        if codes:
            events.append(_Candidate(index, sentence, _trigger_in_body(trigger, sentence.start),
                                     timex, codes, people))
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
    if _REFERENCE_END.search(timex.phrase or "") and timex_end <= start:
        return _CLAUSE_BREAK.search(sentence.text, timex_end, start) is not None
    cause = _CAUSE.search(sentence.text, 0, start)
    return cause is None or timex_start >= cause.start()


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
    relatives = [(m.start(), m.end()) for m in _RELATIVE.finditer(sentence.text)]
    has_other_act = any(
        t.type != "statement" and not any(a <= t.start < b for a, b in relatives) for t, _ in chosen
    )
    statements = [(t, x) for t, x in chosen if t.type == "statement"]
    others = [(t, x) for t, x in chosen if t.type != "statement"]
    if has_other_act or not statements:
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


def _with_inherited(
    inherited: tuple[tuple[str, ...], tuple[str, ...]], own: tuple[tuple[str, ...], tuple[str, ...]]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A sentence whose subject points back ("He said", "The two leaders") takes the actors
    of the sentence before as its agents, ahead of those it names itself."""
    codes = tuple(dict.fromkeys(inherited[0] + own[0]))
    people = tuple(dict.fromkeys(inherited[1] + own[1]))
    return codes, people


def _actors_of(mentions: list[ActorMention]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    codes = tuple(dict.fromkeys(m.code for m in mentions))
    people = tuple(dict.fromkeys(m.person for m in mentions if m.person))
    return codes, people


def _agent_first(
    trigger: Trigger, sentence: Span, mentions: list[ActorMention]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Actors of the sentence, those written before the trigger (the likely agent) first,
    nearest first; then those after it, in text order."""
    position = sentence.start + trigger.start
    before = sorted((m for m in mentions if m.start < position), key=lambda m: position - m.start)
    after = [m for m in mentions if m.start >= position]
    return _actors_of(before + after)


def _last_fixed_date(timexes: list[Timex]) -> date | None:
    fixed = [t.date for t in timexes if t.date is not None and not _SPAN_PHRASE.match(t.phrase or "")]
    return fixed[-1] if fixed else None


# Article level


def _article_events(candidates: list[_Candidate], published: date) -> list[_Candidate]:
    kept: list[_Candidate] = []
    statements_by_sentence: dict[int, _Candidate] = {}
    for candidate in candidates:
        if candidate.trigger.type == "consult" and _remeets(candidate, kept):
            continue
        if candidate.trigger.type == "statement" and candidate.timex is None:
            previous = statements_by_sentence.get(candidate.sentence_index - 1)
            if previous is not None and _same_speaker(previous, candidate):
                statements_by_sentence[candidate.sentence_index] = previous
                if not _is_dated_before(previous, published):
                    continue
                candidate = dataclasses.replace(candidate, timex=previous.timex)
        if candidate.trigger.type == "statement":
            statements_by_sentence[candidate.sentence_index] = candidate
        kept.append(candidate)
    return kept


def _remeets(candidate: _Candidate, kept: list[_Candidate]) -> bool:
    """Whether a consult re-mentions a meeting already found: an undated one, or one on
    the same date, between actors who already met in this article."""
    for other in kept:
        if other.trigger.type != "consult" or not _same_parties(other, candidate):
            continue
        if candidate.timex is None or _date_key(candidate.timex) == _date_key(other.timex):
            return True
    return False


def _same_parties(first: _Candidate, second: _Candidate) -> bool:
    """Named people decide when both events have them; otherwise one side's states and
    organizations must include the other's (a topic such as North Korea is named in most)."""
    if first.people and second.people:
        return bool(set(first.people) & set(second.people))
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
    return Finding(
        type=candidate.trigger.type,
        date=when,
        precision=precision,
        actors=candidate.actors,
        people=candidate.people,
        summary=_summary(candidate.sentence.text),
        sentence=candidate.sentence,
        trigger=Span(candidate.trigger.start, candidate.trigger.end, candidate.trigger.text),
        timex=timex,
        date_explanation=explanation,
        confidence=_confidence(candidate),
    )


def _confidence(candidate: _Candidate) -> float:
    """A rough prior: verbs beat nouns, a time expression helps, a plan is less certain."""
    score = 0.6 if candidate.trigger.is_nominal else 0.7
    if candidate.timex is not None:
        score += 0.15
    if candidate.trigger.mood == "future":
        score -= 0.1
    if not candidate.people:
        score -= 0.05
    return round(min(max(score, 0.0), 1.0), 2)


def _summary(text: str) -> str:
    flat = _WHITESPACE.sub(" ", text).strip().strip("\"“”'")
    if len(flat) <= SUMMARY_LENGTH:
        return flat
    cut = flat[: SUMMARY_LENGTH - 1].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "…"


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
