"""Who acts in an event: the agents of each trigger of a sentence, and the targets.

Agents are read from English grammar around the trigger, in this order:
1. an event noun names its own agent: "firing by North Korea", "North Korea's nuclear test",
   "its launch" (the nearest state before it), "his press conference" (the nearest person),
   "the summit of the South Korean and French presidents";
2. the noun phrase right before a verb, when it opens a clause ("after North Korea launched",
   "where Tillerson will address", "that Moon had won", "in response to Pyongyang testing");
3. a plural anaphor ("they", "the two sides", "both leaders") stands for the people named
   before it in the sentence, else for the last two-sided agents of the article;
4. the subject read left to right through the sentence's triggers: the named states and
   people before the trigger that follow no preposition such as "in" or "with"; a later
   trigger with no new subject of its own shares the one before; a fronted phrase ("In a
   statement, the Kremlin said", "Taking the oath, Moon said") takes the subject after it;
   a quotation takes the speaker of its attribution ('"...", Abe told Moon');
5. both sides of a meeting ("X met Y", "talks between X and Y", "a phone call with Y"),
   "invitation from China" (the inviter acts too);
6. a subject naming no state ("The spokesman said") takes the agents of the sentence
   before ("he" the person among them); failing all, every actor of the sentence.
Mentions after the trigger joined by "with/to/on/against/over/in/about" are targets or topics.
``targets`` are the other states and organizations named in the sentence.
Offsets: triggers are local to the sentence, mentions are into the body.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from timeline.extract.actors import ActorMention
from timeline.extract.events import Trigger
from timeline.extract.sentences import Span

_CLAUSE_BREAK = re.compile(r"[,;:()]|\s--?\s|[—–]")
_COORDINATION = re.compile(r"\b(?:and|but|while|whereas)\b|;", re.IGNORECASE)
_WORD = re.compile(r"[\w'’.-]+")
# The preposition nearest before a mention tells its role: "in Seoul", "with Xi" are not
# subjects; "with", "between", "and", "for" introduce the other side of a meeting.
_PREPOSITIONS = frozenset(
    "with against on to toward towards over from about at in into between among upon including like "
    "than via across amid by for of and".split()
)
_NOT_SUBJECT = _PREPOSITIONS - {"by", "for", "of", "and"}
_OTHER_SIDE = frozenset({"with", "between", "and", "for"})
# Words inside a name or title between a preposition and the name it governs:
# "with U.S. Secretary of State Rex Tillerson", "with his North Korean counterpart Ri".
_NAME_GLUE = frozenset({"of", "the", "his", "her", "its", "their", "counterpart", "counterparts", "new", "top"})
# Consult triggers that go to a place rather than meet someone: the place is a target.
_TRAVEL_WORDS = re.compile(r"^(?:visit|arriv|travel|flew|fly|flies|head|paid|pay|made|make)", re.IGNORECASE)
# Verbs whose direct object is the other side ("met Xi", "hosted Abe"), not a topic.
_MEETING_OBJECT_VERB = re.compile(r"(?:\b|^)(?:met|meet|meets|meeting|hosted|hosts|host|hosting|received|receives)$",
                                  re.IGNORECASE)
# Where the other side of a meeting can no longer follow: a new clause, an aim ("to discuss"),
# a gerund ("in dealing with North Korea"), a reported clause ("that ... talks with X").
_SIDE_FENCE = re.compile(
    r"[,;:()]|\s--?\s|[—–]|\b(?:that|which|who|whom|where|when|whose)\b|\bto\s+(?!the\b|an?\b|[A-Z])[a-z]+\b|"
    r"\b(?!during\b|following\b|including\b|regarding\b|concerning\b|according\b)[a-z]{3,}ing\b",
)
# A clause opens before a noun phrase: the sentence start, a comma, a subordinator or a
# coordinator ("after North Korea launched", "where Tillerson will address").
_CLAUSE_OPENER = re.compile(
    r"(?:^|[,;:“\"]|\b(?:after|before|when|whenever|as|since|following|because|once|until|while|where|"
    r"whereas|that|and|but|although|though|if|so|in\s+(?:response|reply)\s+to|in\s+retaliation\s+for))"
    r"\s*(?:both\s+|the\s+)?$",
    re.IGNORECASE,
)
# Between a subject and its verb: a possessed head ("Kim Jong-un's regime"), auxiliaries, adverbs.
_SUBJECT_GAP = re.compile(
    r"(?:['’]s?(?:\s+[a-z][\w-]*){0,2})?\s+"
    r"(?:(?:has|have|had|will|would|shall|should|can|could|may|might|must|is|are|was|were|be|been|did|"
    r"does|do|also|then|now|later|further|again|still|just|already|not|never|set\s+to|expected\s+to|"
    r"scheduled\s+to|due\s+to|going\s+to|about\s+to|plans?\s+to|planned\s+to|intends?\s+to|"
    r"[a-z]+ly)\s+){0,4}$"
)
_SINGULAR_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he)" + _SUBJECT_GAP.pattern)
_RELATIVE_SUBJECT = re.compile(r",\s*(?:who|which|that)" + _SUBJECT_GAP.pattern)
# Between a relative pronoun's antecedent and its comma: "the top UN body, which".
_ANTECEDENT_GAP = re.compile(r"(?:['’]s)?(?:\s+[\w-]+){0,2}")
# Inside one noun phrase: "A, B and C", "A and B", "U.S. Secretary of State Rex Tillerson".
_NOUN_PHRASE_GAP = re.compile(r"(?:\s*,\s*|\s+and\s+|\s+|['’]s\s+)(?:(?:[A-Z][\w.'’-]*|of|the|his|her)\s+){0,4}")
_PASSIVE = re.compile(r"^(?:be|been|being|is|are|was|were)\b", re.IGNORECASE)
# "they", "the two sides", "both leaders", "the two chief representatives".
_PLURAL_ANAPHOR = re.compile(
    r"\b(?:they|both\s+(?:sides|leaders|men|countries|ministers|governments|nations)|"
    r"the\s+two(?:\s+[a-z][\w-]*){1,3}|the\s+(?:two\s+)?sides|the\s+leaders)\b",
    re.IGNORECASE,
)
# A possessor before an event noun: "North Korea's", "its", "his", "that country's".
_POSSESSOR = re.compile(
    r"(?:(?P<pronoun>\b(?:its|his|her)\b)|(?P<genitive>['’]s?))\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE
)
_ANTECEDENT_NOUN = re.compile(r"\b(?:that|the|this)\s+(?:country|state|nation|regime)\s*['’]s?\s*$", re.IGNORECASE)
_BY_AGENT = re.compile(r"\bby\s+", re.IGNORECASE)
_SHARED_ACT = re.compile(r"(?:joint|bilateral)\s", re.IGNORECASE)
_OF_SIDES = re.compile(r"\s+(?:of|between)\s+", re.IGNORECASE)
_FROM = re.compile(r"\s+from\s+", re.IGNORECASE)
# An attribution that closes a quotation: '..., they said.', '... ", Abe told Moon.', '..., said Moon.'
_TRAILING_ATTRIBUTION = re.compile(
    r"[,\"”]\s*(?:(?P<before>[^,\"”.;]{1,60}?)\s+(?:said|says|told|tells|added|stated|stressed|noted)\b"
    r"|(?:said|says|added|told)\s+(?P<after>[^,\"”.;]{1,60}?))[^,\"”;]{0,60}[.!?]?[\"”]?\s*$",
)


@dataclass(frozen=True)
class Agents:
    """Who acts and who is acted on, and how the agents were found (see the module doc)."""

    codes: tuple[str, ...]
    people: tuple[str, ...]
    targets: tuple[str, ...]
    source: str  # subject, meeting, inherited, sentence
    lead: tuple[str, str] | None = None  # (person, code): whom a later "he" or "she" means


@dataclass(frozen=True)
class Discourse:
    """What earlier sentences leave for anaphora: the agents of the sentence before, and
    the last two-sided agents ("the two sides", "they")."""

    previous: Agents
    pair: Agents | None = None


NO_AGENTS = Agents((), (), (), "sentence")


def agents_of_mentions(mentions: list[ActorMention], source: str = "sentence") -> Agents:
    """Agents made of these mentions, in order, each code and person once."""
    codes = tuple(dict.fromkeys(m.code for m in mentions))
    people = tuple(dict.fromkeys(m.person for m in mentions if m.person))
    lead = next(((m.person, m.code) for m in mentions if m.person), None)
    return Agents(codes, people, (), source, lead)


def next_discourse(discourse: Discourse, found: list[Agents], mentions: list[ActorMention]) -> Discourse:
    """The discourse after a sentence whose events have the ``found`` agents."""
    pair = next((a for a in found if len(a.codes) >= 2 and a.source in ("subject", "meeting")), discourse.pair)
    if found and found[0].source != "sentence":
        return Discourse(found[0], pair)
    if mentions:
        return Discourse(agents_of_mentions(mentions), pair)
    return Discourse(discourse.previous, pair)


def agents_by_trigger(
    sentence: Span, triggers: list[Trigger], mentions: list[ActorMention], discourse: Discourse, wanted: set[Trigger]
) -> dict[Trigger, Agents]:
    """Agents of the ``wanted`` triggers of a sentence; subjects are read left to right
    through all its triggers (see the module doc)."""
    found: dict[Trigger, Agents] = {}
    subject: list[ActorMention] = []
    region_start = sentence.start
    for index, trigger in enumerate(triggers):
        start = sentence.start + trigger.start
        new = _subject_mentions(sentence, mentions, region_start, start)
        # after the first trigger, a named state is a new subject only in a coordinated clause;
        # otherwise it sits in what was said or done ("said the US would be held accountable")
        if new and (index == 0 or _COORDINATION.search(sentence.text, region_start - sentence.start,
                                                                      new[0].start - sentence.start)):
            subject = new
        if not trigger.is_noun and not _PASSIVE.match(trigger.text):
            subject = _narrower(_clause_subject(sentence, trigger, mentions), subject)
        region_start = sentence.start + trigger.end
        if trigger in wanted:
            found[trigger] = _with_targets(_agents_of(sentence, trigger, subject, mentions, discourse), mentions)
            if len(found) == len(wanted):
                break
    return found


def _narrower(clause: list[ActorMention], subject: list[ActorMention]) -> list[ActorMention]:
    """The clause's own subject, unless it only names the speaker's state again ("Tillerson
    said Washington is open to talks": Tillerson acts for Washington)."""
    if not clause:
        return subject
    is_same_state = {m.code for m in clause} <= {m.code for m in subject}
    if is_same_state and any(m.person for m in subject) and not any(m.person for m in clause):
        return subject
    return clause


def _with_targets(agents: Agents, mentions: list[ActorMention]) -> Agents:
    targets = tuple(dict.fromkeys(m.code for m in mentions if m.code not in agents.codes))
    return Agents(agents.codes, agents.people, targets, agents.source, agents.lead)


def _agents_of(
    sentence: Span, trigger: Trigger, subject: list[ActorMention], mentions: list[ActorMention], discourse: Discourse
) -> Agents:
    by = _BY_AGENT.search(sentence.text, trigger.start, trigger.end)
    by_agent = _phrase_after(sentence, mentions, by.end()) if by else []
    if by_agent:
        return agents_of_mentions(by_agent, "subject")
    if trigger.is_noun:
        own = _noun_agents(sentence, trigger, mentions, discourse)
        if own is not None:
            return own
    anaphor = _plural_anaphor(sentence, trigger, mentions, discourse, subject)
    if anaphor is not None:
        return anaphor
    if _SHARED_ACT.match(trigger.text) and discourse.pair is not None and all(_is_quoted(sentence, m) for m in subject):
        return _pair(discourse)  # "said a bilateral statement" is the last two sides'

    sides = _meeting_sides(sentence, trigger, mentions)
    if not subject:
        subject = _fronted_subject(sentence, trigger, mentions) or _quotation_speaker(sentence, trigger, mentions)
    if subject or sides:
        return agents_of_mentions(subject + sides, "subject" if subject else "meeting")
    speaker = _trailing_anaphor(sentence, trigger, discourse)
    if speaker is not None:
        return speaker
    previous = discourse.previous
    if previous.codes:
        if previous.lead and _SINGULAR_PRONOUN.search(sentence.text, 0, trigger.start):
            person, code = previous.lead
            return Agents((code,), (person,), (), "inherited", previous.lead)
        return Agents(previous.codes, previous.people, (), "inherited", previous.lead)
    return agents_of_mentions(_agent_first(trigger, sentence, mentions))


# Event nouns


def _noun_agents(
    sentence: Span, trigger: Trigger, mentions: list[ActorMention], discourse: Discourse
) -> Agents | None:
    """The agent an event noun names itself: a possessor, "of X and Y"; None if none."""
    text = sentence.text
    possessor = _POSSESSOR.search(text, max(0, trigger.start - 60), trigger.start)
    if possessor:
        owner = _possessor_mentions(sentence, possessor, mentions)
        if owner:
            return agents_of_mentions(owner, "subject")
    sides = _OF_SIDES.match(text, trigger.end) if trigger.type == "consult" else None
    if sides:
        chain = _phrase_after(sentence, mentions, sides.end())
        if chain:
            return agents_of_mentions(chain, "meeting")
    return None


def _possessor_mentions(sentence: Span, possessor: re.Match, mentions: list[ActorMention]) -> list[ActorMention]:
    """Who owns "X's test" (X, or the nearest state before "that country's") or "its/his test"
    (the nearest state, or person, named before it in the sentence)."""
    at = possessor.start()
    if possessor.group("genitive"):
        if not _ANTECEDENT_NOUN.search(sentence.text, max(0, at - 30), possessor.end("genitive")):
            owner = [m for m in mentions if 0 <= at - (m.end - sentence.start) and
                     re.fullmatch(r"(?:\s+[\w-]+){0,2}", sentence.text[m.end - sentence.start:at])]
            return _noun_phrase_ending(sentence, mentions, owner[-1]) if owner else []
        wants_person = False
    else:
        wants_person = possessor.group("pronoun").lower() != "its"
    before = [m for m in mentions if m.end - sentence.start <= at and bool(m.person) == wants_person]
    return before[-1:]


def _phrase_after(sentence: Span, mentions: list[ActorMention], local: int) -> list[ActorMention]:
    """The mentions of the noun phrase that starts at ``local`` ("North Korea", "the South
    Korean and French presidents")."""
    following = [m for m in mentions if m.start - sentence.start >= local]
    if not following or not re.fullmatch(r"\s*(?:the\s+|both\s+)?", sentence.text[local:following[0].start - sentence.start]):
        return []
    chain = [following[0]]
    for mention in following[1:]:
        gap = sentence.text[chain[-1].end - sentence.start:mention.start - sentence.start]
        if not _NOUN_PHRASE_GAP.fullmatch(gap):
            break
        chain.append(mention)
    return chain


def _noun_phrase_ending(sentence: Span, mentions: list[ActorMention], last: ActorMention) -> list[ActorMention]:
    """The mentions of the noun phrase that ends with ``last``, read leftwards."""
    chain = [last]
    for mention in reversed([m for m in mentions if m.end <= last.start]):
        gap = sentence.text[mention.end - sentence.start:chain[0].start - sentence.start]
        if not _NOUN_PHRASE_GAP.fullmatch(gap):
            break
        chain.insert(0, mention)
    return chain


# Subjects


def _clause_subject(sentence: Span, trigger: Trigger, mentions: list[ActorMention]) -> list[ActorMention]:
    """The noun phrase right before a verb when it opens a clause ("after North Korea
    launched", "where US Secretary of State Rex Tillerson will address"), or the antecedent
    of "who" or "which" ("the top UN body, which will hold"), else []."""
    before = [m for m in mentions if m.end - sentence.start <= trigger.start]
    if not before:
        return []
    relative = _RELATIVE_SUBJECT.search(sentence.text, max(0, trigger.start - 60), trigger.start)
    if relative:
        antecedent = [m for m in before if m.end - sentence.start <= relative.start()]
        is_near = antecedent and _ANTECEDENT_GAP.fullmatch(
            sentence.text, antecedent[-1].end - sentence.start, relative.start())
        return antecedent[-1:] if is_near else []
    last = before[-1]
    if not _SUBJECT_GAP.fullmatch(sentence.text, last.end - sentence.start, trigger.start):
        return []
    chain = _noun_phrase_ending(sentence, mentions, last)
    opening = chain[0].start - sentence.start
    if _CLAUSE_OPENER.search(sentence.text, max(0, opening - 40), opening) is None:
        return []
    return chain


def _subject_mentions(sentence: Span, mentions: list[ActorMention], start: int, end: int) -> list[ActorMention]:
    """Mentions before a trigger that can be its subject; those after the last clause break
    win ("Before leaving for France on Tuesday, Kim hailed ..." -> Kim). A comma inside a
    list of names ("The United States, Japan and South Korea") is no break."""
    found = [
        m for m in mentions
        if start <= m.start < end and _preposition_before(sentence.text, m.start - sentence.start) not in _NOT_SUBJECT
    ]
    breaks = [
        b for b in _CLAUSE_BREAK.finditer(sentence.text, start - sentence.start, end - sentence.start)
        if not _is_list_comma(sentence, b, found)
    ]
    last_break = sentence.start + breaks[-1].end() if breaks else start
    return [m for m in found if m.start >= last_break] or found


def _is_list_comma(sentence: Span, comma: re.Match, mentions: list[ActorMention]) -> bool:
    if comma.group() != ",":
        return False
    left = sentence.start + comma.start()
    right = sentence.start + comma.end()
    return any(m.end == left for m in mentions) and any(
        0 <= m.start - right <= 2 and not sentence.text[right:m.start - sentence.start].strip() for m in mentions
    )


def _preposition_before(text: str, position: int) -> str | None:
    """The preposition among the three words before ``position``, nearest first, within its clause."""
    clause = _CLAUSE_BREAK.split(text[max(0, position - 60):position])[-1]
    for word in reversed(_WORD.findall(clause)[-3:]):
        if word.lower() in _PREPOSITIONS:
            return word.lower()
    return None


def _fronted_subject(sentence: Span, trigger: Trigger, mentions: list[ActorMention]) -> list[ActorMention]:
    """The subject of the main clause for a trigger in a fronted phrase with no actor of its
    own: "In a statement, the Kremlin said", "Taking the oath of office, Moon said"."""
    text = sentence.text
    first_break = _CLAUSE_BREAK.search(text)
    if first_break is None or first_break.group() != "," or trigger.start > first_break.start():
        return []
    if any(m.start - sentence.start < trigger.start for m in mentions):
        return []
    return _phrase_after(sentence, mentions, first_break.end())


def _quotation_speaker(sentence: Span, trigger: Trigger, mentions: list[ActorMention]) -> list[ActorMention]:
    """The speaker of an attribution after the quotation that holds the trigger, when the
    trigger's own subject is "I", "we" or names no one ('"I would like to ...", Abe told Moon')."""
    attribution = _TRAILING_ATTRIBUTION.search(sentence.text, trigger.end)
    if attribution is None:
        return []
    group = "before" if attribution.group("before") is not None else "after"
    local = attribution.start(group)
    return _phrase_after(sentence, mentions, local)


def _trailing_anaphor(sentence: Span, trigger: Trigger, discourse: Discourse) -> Agents | None:
    """'..., they said.': a plural speaker after the quotation is the last two-sided agents."""
    attribution = _TRAILING_ATTRIBUTION.search(sentence.text, trigger.end)
    if attribution is None or discourse.pair is None:
        return None
    speaker = attribution.group("before") or attribution.group("after") or ""
    return _pair(discourse) if _PLURAL_ANAPHOR.fullmatch(speaker.strip()) else None


def _plural_anaphor(
    sentence: Span, trigger: Trigger, mentions: list[ActorMention], discourse: Discourse, subject: list[ActorMention]
) -> Agents | None:
    """The agents "they", "the two sides" or "both leaders" stand for, when such a phrase is
    the subject before the trigger, with no actor between: the people named before it in the
    sentence, or else the article's last two-sided agents."""
    text = sentence.text
    anaphors = [
        a for a in _PLURAL_ANAPHOR.finditer(text, 0, trigger.start)
        if _preposition_before(text, a.start()) not in _NOT_SUBJECT
    ]
    if not anaphors:
        return None
    anaphor = anaphors[-1]
    if any(anaphor.start() <= m.start - sentence.start < trigger.start for m in mentions):
        return None
    if subject and any(m.start - sentence.start > anaphor.start() for m in subject):
        return None
    people = [m for m in mentions if m.person and m.end - sentence.start <= anaphor.start()]
    if len({m.person for m in people}) >= 2:
        return agents_of_mentions(people, "subject")
    return _pair(discourse) if not subject else None


def _is_quoted(sentence: Span, mention: ActorMention) -> bool:
    """Whether a mention sits inside quotation marks, counted from the sentence start."""
    before = sentence.text[:mention.start - sentence.start]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _pair(discourse: Discourse) -> Agents | None:
    pair = discourse.pair
    return None if pair is None else Agents(pair.codes, pair.people, (), "inherited", pair.lead)


# Meetings


def _meeting_sides(sentence: Span, trigger: Trigger, mentions: list[ActorMention]) -> list[ActorMention]:
    """The other side of a meeting: mentions after the trigger, in its clause, that follow
    "with", "between", "and" or stand right after a meeting verb ("met Xi"); the inviter of
    an accepted invitation. A trip's place and a topic ("discussed North Korea") are no side."""
    text = sentence.text
    if trigger.type == "intent":
        source = _FROM.match(text, trigger.end)
        is_invitation = trigger.text.lower().endswith("invitation")
        return _phrase_after(sentence, mentions, source.end()) if is_invitation and source else []
    if trigger.type != "consult" or _TRAVEL_WORDS.match(trigger.text):
        return []
    fence = _SIDE_FENCE.search(text, trigger.end)
    end = fence.start() if fence else len(text)
    takes_object = bool(_MEETING_OBJECT_VERB.search(trigger.text))
    sides: list[ActorMention] = []
    for mention in mentions:
        local = mention.start - sentence.start
        if not trigger.start <= local or local >= end and not _is_apposition(sentence, sides, mention):
            continue
        is_direct = local < trigger.end or (takes_object and not text[trigger.end:local].strip())
        if is_direct or _governing_word(text, local) in _OTHER_SIDE or _is_apposition(sentence, sides, mention):
            sides.append(mention)
    return sides


def _is_apposition(sentence: Span, sides: list[ActorMention], mention: ActorMention) -> bool:
    """ "with South Korea's new president, Moon Jae-in": the name after the comma is the same side."""
    if not sides or not mention.person:
        return False
    gap = sentence.text[sides[-1].end - sentence.start:mention.start - sentence.start]
    return bool(re.fullmatch(r"(?:['’]s)?(?:\s+[a-z][\w-]*){0,3},\s*", gap))


def _governing_word(text: str, position: int) -> str | None:
    """The first word before ``position`` that is not part of a name or title ("with" in
    "with U.S. Secretary of State Rex Tillerson"), lower-cased; None at a clause break."""
    clause = _CLAUSE_BREAK.split(text[max(0, position - 80):position])[-1]
    for word in reversed(_WORD.findall(clause)):
        lower = word.lower()
        if word[0].isupper() or lower in _NAME_GLUE or lower.endswith(("'s", "’s")):
            continue
        return lower
    return None


def _agent_first(trigger: Trigger, sentence: Span, mentions: list[ActorMention]) -> list[ActorMention]:
    """Actors of the sentence, those written before the trigger (the likely agent) first,
    nearest first; then those after it, in text order."""
    position = sentence.start + trigger.start
    before = sorted((m for m in mentions if m.start < position), key=lambda m: position - m.start)
    after = [m for m in mentions if m.start >= position]
    return before + after
