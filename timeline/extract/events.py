"""Event triggers in one sentence: the words that report a diplomatic act, with its type and mood.

A trigger is found by a lexical rule (verb forms, or a verb with its object noun), then read
for negation and mood from the words around it. Whether it makes an event is the pipeline's
call: it weighs triggers of one sentence against each other and against the time expressions.
Offsets are into the sentence given.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

EVENT_TYPES: dict[str, str] = {
    "statement": "01",
    "appeal": "02",
    "intent": "03",
    "consult": "04",
    "cooperate": "05",
    "refuse": "12",
    "condemn": "11",
    "threaten": "13",
    "sanction": "16",
    "military": "15",
    "leadership": "01",
}

MOODS = ("asserted", "future", "hypothetical", "habitual", "opinion")


@dataclass(frozen=True)
class Trigger:
    start: int
    end: int
    text: str
    type: str
    negated: bool
    mood: str
    # A bare event noun ("talks", "nuclear test") names an act without reporting it;
    # it counts only when something anchors it, such as a time expression beside it.
    is_nominal: bool = False
    # Written as a noun ("its sixth nuclear test", "a statement"), anchored or not: its agent
    # is its possessor or its "by" phrase, not the subject of the clause around it.
    is_noun: bool = False


@dataclass(frozen=True)
class _Rule:
    type: str
    pattern: re.Pattern
    is_noun: bool = False
    needs_anchor: bool = False
    priority: int = 1  # a lower number wins an overlap

    @property
    def openings(self) -> frozenset[str] | None:
        """First three letters (two for a two-letter word) of every word a match can start
        with (None: unknown)."""
        return _openings(self.pattern.pattern)


def _openings(source: str) -> frozenset[str] | None:
    """Read the opening letters off a pattern that starts with a word alternation.

    Scanning ~60 word alternations over every sentence dominated extraction time; trying
    a rule only at words that open with its letters does the same work in one pass.
    """
    branches = _split_top_level(source)
    if len(branches) > 1:
        openings = [_openings(branch) for branch in branches]
        return None if None in openings else frozenset().union(*openings)
    body = re.sub(r"^\\b(?:\(\?<[!=][^)]*\))*", "", source)
    if body.startswith("(?:"):
        depth, end = 0, None
        for index, char in enumerate(body):
            depth += char == "(" and body[index - 1:index] != "\\"
            depth -= char == ")" and body[index - 1:index] != "\\"
            if depth == 0:
                end = index
                break
        if end is None or body[end + 1:end + 2] in ("?", "*"):
            return None
        alternatives = _split_top_level(body[3:end])
    else:
        alternatives = [body]
    openings: set[str] = set()
    for alternative in alternatives:
        letters = re.match(r"[A-Za-z]{3}|[A-Za-z]{2}(?![A-Za-z(\[])", alternative)
        nested = None if letters or not alternative.startswith("(?:") else _openings(alternative)
        if letters is None and nested is None:
            return None
        openings |= {letters.group(0).lower()} if letters else nested
    return frozenset(openings)


def _split_top_level(source: str) -> list[str]:
    parts, depth, current = [], 0, ""
    for index, char in enumerate(source):
        escaped = source[index - 1:index] == "\\"
        if char == "(" and not escaped:
            depth += 1
        elif char == ")" and not escaped:
            depth -= 1
        if char == "|" and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += char
    return parts + [current]


def _rule(type_: str, pattern: str, *, priority: int = 1) -> _Rule:
    return _Rule(type_, re.compile(pattern, re.IGNORECASE), priority=priority)


def _noun(type_: str, pattern: str, *, needs_anchor: bool) -> _Rule:
    """A rule for event nouns; they lose to any verb rule that covers the same words."""
    return _Rule(type_, re.compile(pattern, re.IGNORECASE), True, needs_anchor, priority=3)


_ADVERB = r"(?:[a-z]+ly\s+|also\s+|further\s+|then\s+|now\s+|again\s+|soon\s+|first\s+|still\s+)?"
_WORDS = r"(?:[\w'’-]+\s+){{0,{n}}}?"  # up to n intervening words
_ANY_UP_TO_3 = _WORDS.format(n=3)
_ANY_UP_TO_5 = _WORDS.format(n=5)
_DAY = r"(?:(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+)?"

_SPEECH_VERBS = (
    r"said|says|say|saying|told|tells|tell|stated|stressed|stresses|stressing|"
    r"emphasi[sz]ed|emphasi[sz]es|underscored|underscores|underlined|noted|announced|announces|"
    r"declared|declares|confirmed|confirms|reiterated|reiterates|remarked|commented|revealed|"
    r"hailed|hails|praised|praises|welcomed|welcomes|responded|replied|quoted|briefed|"
    r"spoke|speaks|speak|cited\s+as\s+saying|voiced|voices|expressed|expresses|claimed|warned|"
    r"brief|briefs"
)
_SPEECH_AUDIENCES = (
    r"council|assembly|nation|parliament|congress|conference|summit|meeting|reporters|"
    r"journalists|lawmakers|forum|session|audience|how|what|why"
)

# "will/would + verb" as a commitment, when no more specific rule claims the verb.
_GENERIC_FUTURE = re.compile(
    rf"\b(?:will|shall|would)\s+(?!{_ADVERB}(?:be|have|not|never|like)\b){_ADVERB}[a-z]+\b",
    re.IGNORECASE,
)

# Travel to a named place is a visit, unless it is only quoted words.
_TRAVEL = _Rule("consult", re.compile(
    r"\b(?:(?:travel(?:l?ed|s)?|flew|fly|flies|head(?:ed|s)?)\s+to|(?:leave|leaves|left|leaving|departed|departs)\s+for)"
    r"\s+(?=(?:the\s+)?[A-Z])", re.IGNORECASE))

# Words that brand an act or a person as hostile: calling something by them condemns it.
_PEJORATIVES = (
    r"reckless|provocati(?:ve|ons?)|warmongers?|aggression|aggressive|dangerous|disappointing|unacceptable|"
    r"irresponsible|outrageous|senseless|nonsense|criminal|lunatic|madman|gangsters?|violations?|hostile|absurd"
)
# What a trade-cutting sanction cuts: "limited exports", "would ban imports of coal".
_TRADE = r"(?:[\w'’-]+\s+){0,3}?(?:exports?|imports?|shipments|sales)\b"
# Harm that a warning says will come: the warning is a threat.
_HARM = (
    r"be\s+met\s+with|face|launch|strike|attack|hit|destroy|retaliate|respond\s+with|suffer|pay|wipe\s+out"
)

_RULES: tuple[_Rule, ...] = (
    # statement
    _rule("statement", rf"\b(?:{_SPEECH_VERBS})\b"),
    _rule("statement", rf"\baddress(?:ed|es)?\s+(?:the\s+|a\s+)?(?:{_SPEECH_AUDIENCES})\b"),
    _noun("statement", r"\b(?:statement|briefing|speech|remarks|interview|communiqu[eé]|"
                       r"(?:press|news)\s+conference)\b", needs_anchor=False),
    # appeal
    _rule("appeal", r"\b(?<!phone\s)(?<!a\s)(?:called|calls|call|calling)\s+(?:for|on|upon)\b"),
    _rule("appeal", r"\b(?:urged|urges|urge|urging|appealed|appeals|demanded|demands|"
                    r"encouraged|encourages|implored|requested)\b"),
    _rule("appeal", r"\b(?:pressed|presses|pushed|pushes|pressing|pushing)\s+for\b"),
    _rule("appeal", r"\b(?:pressed|asked)\s+(?:[\w'’-]+\s+){1,4}?to\b"),
    _rule("appeal", r"\b(?:there\s+needs?|needs?)\s+to\s+be\b"),
    _rule("appeal", r"\bshould\b"),
    # intent
    _rule("intent", r"\b(?:offered|offers|offering|pledged|pledges|pledging|promised|promises|"
                    r"vowed|vows|proposed|proposes)\b"),
    # "committed to the denuclearization" is a stance; "committed to step up efforts" a pledge
    _rule("intent", r"\b(?:committed|commits|commit)\s+to\s+(?!the\b|an?\b|its\b|their\b|his\b|her\b)"),
    _rule("intent", r"\b(?:invited|invites|inviting)\b"),
    _rule("intent", r"\bopen\s+to\s+(?:talks|dialogue|negotiations|discussions)\b"),
    _rule("intent", r"\b(?:ready|prepared|willing)\s+to\b"),
    _rule("intent", r"\b(?:would|'d)\s+like\s+to\b"),
    _rule("intent", rf"\baccepted\s+{_ANY_UP_TO_3}invitation\b"),
    _Rule("intent", _GENERIC_FUTURE, priority=2),
    # consult
    _rule("consult", r"\b(?:met|meets|meet|meeting)\s+(?:with\b|again\b|on\b|in\b|for\b)"),
    _rule("consult", r"\b(?:met|meets)\b"),
    _rule("consult", r"\b(?:discussed|discusses|discuss)\b"),
    _rule("consult", r"\b(?:spoke|speaking|talked|talking|spoken)\s+(?:by\s+(?:tele)?phone|on\s+the\s+(?:tele)?phone)\b"),
    _rule("consult", r"\b(?:visited|visits)\b"),
    # the verb "visit" takes a named place; the noun is followed by "to" or nothing
    _Rule("consult", re.compile(r"\bvisit\s+(?=(?:the\s+)?[A-Z])")),
    _rule("consult", rf"\b(?:paid|pays|paying|made|makes|making)\s+{_ANY_UP_TO_3}visits?\b"),
    _Rule("consult", re.compile(r"\b(?:arrived|arrives|arriving|arrive)\s+(?:in|at)\s+(?=(?:the\s+)?[A-Z])", re.IGNORECASE)),
    _TRAVEL,
    _rule("consult", r"\b(?:hosted|hosts|hosting)\b"),
    # "received Tillerson", "will host Stoltenberg": a person received is a meeting
    _Rule("consult", re.compile(r"\b(?:received|receives|receiving|host)\s+(?=(?:the\s+)?[A-Z][a-z])")),
    # "talks between A and B" names both sides: a specific meeting even with no date beside it
    _Rule("consult", re.compile(r"\b(?:talks|meetings?|summit|consultations)\s+(?:[\w'’-]+\s+){0,3}?between\s+"
                                r"(?=[A-Z]|the\s+two\b)", re.IGNORECASE), is_noun=True, priority=2),
    _rule("consult", rf"\b(?:continue|continued|continues|resume|resumed|resumes)\s+{_ANY_UP_TO_3}"
                     r"(?:talks|meetings?|discussions|consultations|dialogue)\b"),
    _Rule("consult", re.compile(r"\b(?:they|the\s+two(?:\s+(?:leaders|sides|ministers|men))?|both\s+(?:leaders|sides|men))"
                                r"\s+(?:[a-z]+ly\s+|also\s+|last\s+)?(?:spoke|talked|met)\b", re.IGNORECASE),
          priority=0),
    _rule("consult", r"\b(?:spoke|talked)\s+with\s+(?!reporters|journalists|the\s+media|the\s+press)"),
    _rule("consult", r"\b(?:talks|meetings?|summit|consultations)\b(?:[^.;]{0,60}?)\b(?:be|been|was|were|is|are)\s+held\b"),
    _rule("consult", rf"\b(?:held|holding|hold|holds|had|have|has|conducted)\s+{_ANY_UP_TO_5}"
                     r"(?:talks|meetings?|summit|consultations|discussions?|(?:tele)?phone\s+(?:call|conversation)|"
                     r"conversation)\b"),
    _noun("consult", r"\b(?:talks|meetings?|summit|consultations|discussions?|visit|"
                     r"(?:telephone|phone)\s+(?:call|conversation|talks))\b", needs_anchor=True),
    # cooperate
    _rule("cooperate", rf"\b(?:agreed|agrees|agree|agreeing)\s+{_DAY}"
                       r"(?:(?:at|in|during|after|with|over|by)\s+(?:[\w'’.-]+\s+){1,6}?)?"
                       r"(?:to\s+(?!disagree)|on\b(?!\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day))"),
    _rule("cooperate", rf"\b(?:reached|signed|concluded|struck)\s+{_ANY_UP_TO_3}"
                       r"(?:agreements?|deals?|accords?|treat(?:y|ies)|pacts?|memorand(?:um|a)|declarations?|"
                       r"contracts?)\b"),
    _noun("cooperate", r"\b(?:joint|bilateral)\s+(?:statement|declaration|communiqu[eé])\b",
          needs_anchor=False),
    # refuse
    _rule("refuse", r"\b(?:refused|refuses|refuse|refusing|rejected|rejects|reject|rejecting|"
                    r"vetoed|boycotted|boycotts)\b"),
    _rule("refuse", r"\b(?:declined|declines|declining)\s+to\s+"
                    r"(?!comment|elaborate|discuss|confirm|say|give|provide|answer|respond)"),
    _rule("refuse", r"\b(?:ruled|rules)\s+out\b|\bturned\s+down\b"),
    _rule("refuse", r"\bnot\s+(?:yet\s+)?(?:ready|willing|prepared)\s+to\b"),
    _rule("refuse", r"\b(?:would|will)\s+not\s+(?:support|back|accept|endorse|join|sign|recogni[sz]e)\b|"
                    r"\bwon[’']t\s+(?:support|back|accept|endorse|join|sign|recogni[sz]e)\b"),
    _rule("refuse", r"\bnot\s+the\s+(?:right\s+)?time[\"”’']?\s+for\b"),
    # condemn
    _rule("condemn", r"\b(?:condemned|condemns|condemn|condemning|denounced|denounces|denounce|"
                     r"accused|accuses|accuse|protested|criticized|criticised|criticizes|criticises|"
                     r"slammed|blasted|decried|deplored|censured|rebuked|lambasted)\b"),
    _rule("condemn", r"\b(?:denouncing|accusing|criticizing|criticising|slamming|condemning)\b"),
    _rule("condemn", rf"\b(?:lodged|lodges|filed|files|registered|lodging)\s+{_ANY_UP_TO_3}protests?\b"),
    _rule("condemn", r"\bprotests?\s+against\b"),
    # "called the move 'reckless'", "called Trump a 'warmonger'"; not "called on ... to stop provocations"
    _rule("condemn", r"\b(?:called|calls|calling|described|describes|branded|brands|labell?ed|dubbed)\s+"
                     r"(?!(?:on|for|upon)\b)(?:[\w'’.-]+\s+){0,4}?(?:an?\s+)?[\"“]?(?:[\w-]+\s+){0,2}?"
                     rf"(?:{_PEJORATIVES})\b"),
    _rule("condemn", r"\b(?:firmly|strongly|resolutely|vehemently)\s+(?:opposed|opposes|oppose)\b"),
    # threaten
    _rule("threaten", r"\b(?:threatened|threatens|threaten|threatening)\b|\bultimatum\b"),
    _rule("threaten", r"\b(?:be|been)\s+held\s+(?:[a-z]+ly\s+)?(?:accountable|responsible)\b"),
    _rule("threaten", r"\bmake\s+(?:[\w.'’-]+\s+){1,3}?pay\b|\bpay\s+(?:a|the)\s+(?:heavy\s+|high\s+|dear\s+)?price\b"),
    _rule("threaten", rf"\b(?:warned|warns|warning)\s+(?:that\s+)?{_WORDS.format(n=6)}(?:would|will)\s+(?:{_HARM})\b",
          priority=0),
    _rule("threaten", r"\b(?:warned|warns|warning)\s+of\s+(?:[\w\"“”'’-]+\s+){0,3}?"
                      r"(?:retaliation|reprisals?|consequences|attacks?|strikes?|war|punishment|destruction|countermeasures)\b"),
    _rule("threaten", r"\b(?:warned|warns)\s+(?:[\w'’.-]+\s+){1,3}?not\s+to\b"),
    # a plan to strike, or to fire missiles at a place, is a threat against it
    _rule("threaten", r"\b(?:plans?|planning)\s+to\s+(?:strike|attack|hit|destroy)\b|"
                      rf"\b(?:plans?|planning)\s+to\s+(?:launch|fire)\s+{_ANY_UP_TO_5}(?:missiles?|rockets?)\s+"
                      r"(?:toward|towards|at|against|near|around)\b"),
    # sanction: a sanctioning verb with its object, in either voice
    _rule("sanction", rf"\b(?<!-)(?:imposed|imposes|impose|imposing|slapped|slaps|adopted|adopts|adopt|"
                      r"approved|approves|passed|passes|backed|backs|tightened|tightens|expanded|"
                      r"extended|levied|ordered|orders|unveiled|toughened)\s+"
                      rf"{_ANY_UP_TO_3}(?:sanctions|embargo|resolutions?|restrictions|curbs)\b"),
    _rule("sanction", rf"\b(?:sanctions|embargo|resolution\s+\d+|resolution|restrictions|curbs)\s+"
                      rf"(?:[\w'’-]+\s+){{0,2}}?(?:was|were|be|been|is|are)\s+{_ADVERB}"
                      r"(?:imposed|adopted|approved|passed|applied|tightened|extended|levied)\b"),
    _rule("sanction", r"\b(?:ratchet(?:ed|s)?|ramp(?:ed|s)?|step(?:ped|s)?)\s+up\s+(?:new\s+)?sanctions\b"),
    _rule("sanction", r"\b(?:sanctioned|blacklisted)\b"),
    # "the Council's approval on Saturday of new sanctions"; "for the adoption of sanctions" is an aim
    _Rule("sanction", re.compile(r"\b(?:approval|adoption|imposition|passage)\s+(?:[\w'’-]+\s+){0,3}?of\s+"
                                 r"(?:[\w-]+\s+){0,2}?(?:sanctions|resolution)\b", re.IGNORECASE), is_noun=True),
    # trade cut off: "limit exports of refined petroleum", "banned imports of coal"
    # (gerunds such as "banning textile exports" and the simple present describe a measure's
    # content, not an act)
    _rule("sanction", rf"\b(?:limited|banned|restricted|curbed|halted|capped)\s+{_TRADE}"),
    # bare forms only after "would", "will", "shall" or "to"
    _rule("sanction", rf"\b(?<=ld\s|ll\s|to\s)(?:limit|ban|restrict|curb|halt|cap)\s+{_TRADE}"),
    # military
    _rule("military", rf"\b(?<!missile\s)(?<!rocket\s)(?<!nuclear\s)"
                      rf"(?:fired|fires|fire|launched|launches|launch|tested|tests|test-fired|"
                      r"conducted|conducts|carried\s+out|carries\s+out|detonated|staged|held|"
                      r"testing|firing|launching)\s+"
                      rf"{_ANY_UP_TO_5}(?:missiles?|rockets?|ICBMs?|(?:nuclear\s+)?tests?|"
                      r"warheads?|satellites?|exercises?|drills|war\s+games|bombs?)\b"),
    _rule("military", r"\b(?:deployed|deploys|deploying)\b"),
    _noun("military", r"\b(?:nuclear|missile|rocket|weapons?)\s+(?:test|tests|launch|launches)\b|"
                      r"\b(?:launch|firing|test)\s+(?:by\s+[\w'’ -]+?\s+)?of\s+(?:an?\s+)?"
                      r"(?:[\w-]+\s+){0,2}(?:missile|rocket)\b|"
                      r"\b(?:military|joint|naval)\s+(?:exercises?|drills)\b|\bdeployment\b",
          needs_anchor=True),
    # leadership
    _rule("leadership", r"\b(?:took|takes|taking)\s+(?:the\s+)?(?:oath|office)\b"),
    _rule("leadership", r"\b(?:inaugurated|sworn\s+in|inauguration|appointed|appoints|elected|"
                        r"re-elected|named\s+as|nominated)\b"),
    _rule("leadership", r"\b(?:won|wins|gathered|secured)\s+{0}(?:votes?|election|ballot|percent)\b"
          .format(_ANY_UP_TO_5)),
    _noun("leadership", r"\b(?:election|inauguration)\b", needs_anchor=True),
)

# Rules are tried only where a word opens with letters that can start them.
_WORD_START = re.compile(r"\b\w{1,3}")
_UNGATED_RULES = tuple(rule for rule in _RULES if rule.openings is None)
_RULES_BY_OPENING: dict[str, tuple[_Rule, ...]] = {}
for _gated in _RULES:
    for _opening in _gated.openings or ():
        _RULES_BY_OPENING[_opening] = _RULES_BY_OPENING.get(_opening, ()) + (_gated,)
_RULE_ORDER = {rule: index for index, rule in enumerate(_RULES)}

_NEGATION = re.compile(r"\b(?:not|never|no\s+longer|neither|nor)\b|n[’']t\b", re.IGNORECASE)
_FUTURE = re.compile(
    r"\b(?:will|shall|going\s+to|(?:set|due|scheduled|expected|slated|poised|plans|planned|intends)\s+to)\b|'ll\b",
    re.IGNORECASE,
)
_HYPOTHETICAL = re.compile(r"\b(?:could|might|may|would|if|unless|whether)\b", re.IGNORECASE)
_HABITUAL = re.compile(
    r"\b(?:repeatedly|routinely|regularly|often|frequently|usually|always|mostly|constantly|"
    r"continually|habitually|time\s+and\s+again|has\s+long|have\s+long)\b",
    re.IGNORECASE,
)
# Simple-present forms of stance verbs: "China says", "analysts argue" state a standing position.
_PRESENT_STANCE = frozenset(
    """
    says say argues argue tells tell states stresses stress insists insist denies deny believes
    believe thinks think claims claim maintains maintain accuses accuse condemns condemn
    criticizes criticises criticize criticise rejects reject refuses refuse urges urge calls call
    demands demand wants want hopes hope welcomes welcome hails praises warns warn
    """.split()
)
_SPEECH_VERB = re.compile(rf"\b(?:{_SPEECH_VERBS})\b", re.IGNORECASE)
_SPEECH_BEFORE = re.compile(rf"\b(?:{_SPEECH_VERBS}|agreed|agrees)\b", re.IGNORECASE)
_AUXILIARY_BEFORE = re.compile(
    r"\b(?:to|will|would|could|should|might|may|must|did|does|do|has|have|had|shall|can)\s+$",
    re.IGNORECASE,
)
_INFINITIVE_BEFORE = re.compile(r"\bto\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE)
# Verbs after which an infinitive is a plan fixed on the calendar, not just an aim.
_FUTURE_INFINITIVE = re.compile(
    r"\b(?:set|due|scheduled|expected|slated|poised|going|is|are|was|were|plans|planned|plan|planning|"
    r"intends|intended)\s+to\s+(?:[a-z]+ly\s+)?$",
    re.IGNORECASE,
)
_TAIL = 120  # characters before a trigger that the word-window patterns read
_NOUN_IN_INFINITIVE = re.compile(r"\bto\s+[a-z]+\s+(?:[\w'’-]+\s+){0,3}$")
_DOCUMENT_SUBJECT = re.compile(
    r"\b(?:the|this|that|it|its)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:statement|report|communiqu[eé]|document|release|letter|readout|agency|broadcast|dispatch|"
    r"commentary)\s+(?:also\s+)?$"
    r"|\b(?:it|which)\s+(?:also\s+)?$",
    re.IGNORECASE,
)
_DETERMINER_BEFORE = re.compile(r"(?:\b(?:the|an?|its|his|her|their)|['’]s)\s+$", re.IGNORECASE)
_DEFINITE_BEFORE = re.compile(r"\b(?:the|those|these|this|that)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
_POSSESSIVE_BEFORE = re.compile(
    r"(?:['’]s?|\b(?:its|his|her|their|our))\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE
)
_SUBJECT_DETERMINER = re.compile(r"^\W*(?:the|those|these)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
_PERSONAL_PRONOUN_BEFORE = re.compile(r"\b(?:he|she|they|we|i|it)\s+$", re.IGNORECASE)
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:for|of|from|before|after|without|about|by|on|in|at)\s+(?:test-)?$", re.IGNORECASE
)
_HABITUAL_OPENINGS = _openings(_HABITUAL.pattern)
_SPEECH_VERB_OPENINGS = _openings(_SPEECH_VERB.pattern)
_SPEECH_BEFORE_OPENINGS = _openings(_SPEECH_BEFORE.pattern)
_QUOTES = re.compile(r"[\"“”]")
_WORD = re.compile(r"[\w'’-]+")


def find_triggers(sentence: str) -> list[Trigger]:
    """Event triggers of one sentence, in text order, with offsets into the sentence."""
    words = _word_openings(sentence)
    candidates = [
        (rule, match.start(), match.end())
        for rule in _UNGATED_RULES
        for match in rule.pattern.finditer(sentence)
    ]
    for position, opening in words:
        for rule in _RULES_BY_OPENING.get(opening, ()):
            match = rule.pattern.match(sentence, position)
            if match:
                candidates.append((rule, match.start(), match.end()))
    kept = [
        (rule, start, end)
        for rule, start, end in _without_overlaps(candidates)
        if not _is_dependent(sentence, words, rule, start)
    ]
    document = _known_document_attribution(sentence, words, kept)
    is_habitual = next(_gated_finditer(_HABITUAL, _HABITUAL_OPENINGS, sentence, words, len(sentence)), None) is not None
    return [
        Trigger(
            start=start,
            end=end,
            text=sentence[start:end],
            type=rule.type,
            negated=_is_negated(sentence, rule, start),
            mood="habitual" if is_habitual else _mood(sentence, words, rule, start),
            is_nominal=_needs_anchor(sentence, rule, start, end),
            is_noun=rule.is_noun or _is_determined(sentence, start),
        )
        for rule, start, end in kept
        if not (rule.type == "statement" and start > document)
    ]


def _word_openings(sentence: str) -> list[tuple[int, str]]:
    """Where every word starts, with its opening letters in lower case (see ``_openings``)."""
    return [(word.start(), word.group(0).lower()) for word in _WORD_START.finditer(sentence)]


def _gated_finditer(
    pattern: re.Pattern, openings: frozenset[str], sentence: str, words: list[tuple[int, str]], endpos: int
) -> Iterator[re.Match]:
    """``pattern.finditer(sentence, 0, endpos)`` for a pattern that starts only at words
    with the given openings, tried at those words alone; ``endpos`` must not split a word."""
    resume = 0
    for position, opening in words:
        if position >= endpos:
            break
        if position >= resume and opening in openings:
            match = pattern.match(sentence, position, endpos)
            if match:
                resume = match.end()
                yield match


def _speech_before(sentence: str, words: list[tuple[int, str]], position: int) -> bool:
    """``_SPEECH_BEFORE.search(sentence[:position])``: a saying (or agreeing) verb before ``position``."""
    return next(_gated_finditer(_SPEECH_BEFORE, _SPEECH_BEFORE_OPENINGS, sentence, words, position), None) is not None


def _known_document_attribution(sentence: str, words: list[tuple[int, str]], kept: list[tuple[_Rule, int, int]]) -> int:
    """Where an already-reported document starts being quoted ("The statement said that..."),
    or the sentence's length. Statements after it (X "stressed") are that document again."""
    statements = [start for rule, start, _ in kept if rule.type == "statement"]
    if not statements:
        return len(sentence)
    for match in _gated_finditer(_SPEECH_VERB, _SPEECH_VERB_OPENINGS, sentence, words, statements[-1]):
        if _DOCUMENT_SUBJECT.search(sentence[:match.start()]):
            return match.start()
    return len(sentence)


def _without_overlaps(candidates: list[tuple[_Rule, int, int]]) -> list[tuple[_Rule, int, int]]:
    """Keep the best of overlapping matches: lower priority number, then longer, then earlier rule."""
    ranked = sorted(candidates, key=lambda c: (c[0].priority, -(c[2] - c[1]), _RULE_ORDER[c[0]]))
    kept: list[tuple[_Rule, int, int]] = []
    for candidate in ranked:
        if all(candidate[2] <= other[1] or candidate[1] >= other[2] for other in kept):
            kept.append(candidate)
    return sorted(kept, key=lambda c: c[1])


def _is_dependent(sentence: str, words: list[tuple[int, str]], rule: _Rule, start: int) -> bool:
    """Triggers that name an act without reporting it: an aim ("to hold talks"), a document
    already introduced and now quoted ("the statement said"), a purpose ("for test-firing")."""
    before = sentence[:start]
    # the patterns anchored at the trigger read a few words back; a short tail is enough
    tail = sentence[max(0, start - _TAIL):start]
    if _INFINITIVE_BEFORE.search(tail) and not _FUTURE_INFINITIVE.search(tail):
        return True
    if rule.type == "statement" and not rule.is_noun and _DOCUMENT_SUBJECT.search(tail):
        return True
    aim = _NOUN_IN_INFINITIVE.search(tail) if rule.is_noun else None
    if aim and not _FUTURE_INFINITIVE.search(tail[: aim.start() + 3]):
        return True  # "invited Trump to pay a state visit": the visit is the aim
    if rule is _TRAVEL and _is_quoted(sentence, start):
        return True  # "would 'immediately fly to Washington if necessary'": words, not a trip
    if rule.is_noun and _SUBJECT_DETERMINER.match(before):
        return True  # "The talks collapsed...": a definite subject re-mentions a known act
    if rule.pattern is _GENERIC_FUTURE and _speech_before(sentence, words, start):
        # Intent is the speaker's own commitment: "Moon said he would send an envoy",
        # but not "confirmed that the ambassador will attend".
        return _PERSONAL_PRONOUN_BEFORE.search(before) is None
    first_word = _WORD.match(sentence, start)
    is_gerund = first_word is not None and first_word.group(0).lower().endswith("ing")
    return is_gerund and _PREPOSITION_BEFORE.search(tail) is not None


def _is_determined(sentence: str, start: int) -> bool:
    """Whether a verb rule's match is used as a noun: "its launch of a missile", "an emergency
    meeting ... will be held"; a word in -ed after a determiner is still a verb ("the North fired")."""
    first_word = _WORD.match(sentence, start)
    if first_word is None or first_word.group(0).lower().endswith("ed"):
        return False
    return _DETERMINER_BEFORE.search(sentence, max(0, start - 12), start) is not None


def _needs_anchor(sentence: str, rule: _Rule, start: int, end: int) -> bool:
    """Whether a noun trigger needs a time expression beside it to count as an event.

    A definite noun ("the talks") usually re-mentions an act reported elsewhere; a test
    or launch owned by its agent ("its sixth nuclear test") is a specific act on its own.
    """
    if not rule.is_noun:
        return False
    before = sentence[:start]
    is_possessed = _POSSESSIVE_BEFORE.search(before) is not None
    is_plural = sentence[start:end].endswith("s")
    if rule.type == "military" and is_possessed and not is_plural:
        return False
    return rule.needs_anchor or _DEFINITE_BEFORE.search(before) is not None


def _is_negated(sentence: str, rule: _Rule, start: int) -> bool:
    if rule.type == "refuse" and _NEGATION.match(sentence, start):
        return False
    window = " ".join(_last_words(sentence, start, 3))
    return _NEGATION.search(window) is not None


def _mood(sentence: str, words: list[tuple[int, str]], rule: _Rule, start: int) -> str:
    before = sentence[:start]
    window = " ".join(_last_words(sentence, start, 4))
    first_word = _WORD.match(sentence, start)
    token = first_word.group(0).lower() if first_word else ""
    if token in {"will", "shall"} or _FUTURE.search(window):
        return "future"
    if token == "would" and rule.pattern is _GENERIC_FUTURE:
        is_reported = _speech_before(sentence, words, start) or _is_quoted(sentence, start)
        return "asserted" if is_reported else "hypothetical"
    # "said he would send an envoy", "said the US would be held accountable": reported commitments
    if _HYPOTHETICAL.search(window) and not (
        rule.type in ("intent", "threaten", "sanction") and _speech_before(sentence, words, start)
    ):
        return "hypothetical"
    if (
        token in _PRESENT_STANCE
        and not _AUXILIARY_BEFORE.search(before)
        and not _is_quoted(sentence, start)
    ):
        return "opinion"
    return "asserted"


def _last_words(sentence: str, position: int, count: int) -> list[str]:
    """``_WORD.findall(sentence[:position])[-count:]``, read from a short tail when that
    holds more than ``count`` words (only its first word can be cut short)."""
    tail_start = max(0, position - _TAIL)
    words = _WORD.findall(sentence, tail_start, position)
    if tail_start > 0 and len(words) <= count:
        words = _WORD.findall(sentence, 0, position)
    return words[-count:]


def _is_quoted(sentence: str, position: int) -> bool:
    """Whether ``position`` sits inside quotation marks (counted from the sentence start)."""
    marks = _QUOTES.findall(sentence[:position])
    opening = sum(1 for mark in marks if mark in "“")
    closing = sum(1 for mark in marks if mark in "”")
    straight = sum(1 for mark in marks if mark == '"')
    return opening > closing or straight % 2 == 1
