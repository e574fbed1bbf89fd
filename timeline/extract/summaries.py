"""One-line summaries of events: the agents' names and a verb phrase built from the trigger.

"Putin and Macron say the crisis needs to be resolved through diplomatic means",
"North Korea fires a ballistic missile on Friday over Japan", "Feltman visits Pyongyang
last weekend". The verb phrase is the trigger's clause as written, with its auxiliaries
("will speak", "is set to fly"); a gerund becomes a present verb ("testing" -> "tests");
an event noun becomes a verb phrase ("visit to Pyongyang" -> "visits Pyongyang",
"statement" -> "issues a statement"). A modal or passive act whose grammatical subject is
not the agent is reported ("X say the crisis needs to be resolved"). Quotation marks and
attributions stay out; the result is cut at a word to SUMMARY_LENGTH characters.
"""
from __future__ import annotations

import re

from timeline.extract.actors import actor_info, surname_of
from timeline.extract.agents import Agents
from timeline.extract.events import Trigger
from timeline.extract.sentences import Span

SUMMARY_LENGTH = 120

_WHITESPACE = re.compile(r"\s+")
_QUOTE_MARKS = re.compile(r"[\"“”]")
# Where a summary stops: a clause break, or a subordinate clause after the main act.
_SUMMARY_BREAK = re.compile(
    r"[;:()]|,\s|\s--?\s|[—–]|\s(?:because|although|though|while|whereas|as\s+part\s+of)\s", re.IGNORECASE
)
# After an event noun, a clause of its own ("phone call on Friday that ...") is left out too.
_NOUN_BREAK = re.compile(
    _SUMMARY_BREAK.pattern + r"|\s(?:that|which|who|where|during\s+which)\s|\s(?!during\b|following\b|including\b)[a-z]{3,}ing\b",
    re.IGNORECASE,
)
# "a joint statement issued after the talks": the participle repeats the verb phrase.
_ISSUED = re.compile(r"^(?:issued|released|made|held|given|delivered)\s+", re.IGNORECASE)
# Attribution inside or after the clause: ", the statement said", "according to ...".
_ATTRIBUTION = re.compile(
    r",?\s*(?:[\"”’']\s*)?(?:the\s+[\w\s'’-]{0,40}?\s(?:said|added|stated|reported)|according\s+to\s+[^,.;]+)"
    r"[,.]?\s*$",
    re.IGNORECASE,
)
# ", they said" left once quotation marks are gone.
_PRONOUN_ATTRIBUTION = re.compile(r",\s*(?:they|he|she|we)\s+(?:said|added)$", re.IGNORECASE)
# Auxiliaries and adverbs written before the trigger, kept with it ("will speak", "is set to fly").
_AUXILIARIES = frozenset(
    "has have had will would shall can could may might must is are was were be been did also then "
    "set expected scheduled due going plan plans planned intend intends to".split()
)
_TAIL_WORDS = re.compile(r"\b[a-z]+\s+$")
_LEADING_ANAPHOR = re.compile(r"^(?:they|the\s+two(?:\s+(?:leaders|sides|men|ministers))?|both\s+(?:leaders|sides|men))\s+",
                              re.IGNORECASE)
# Acts whose grammatical subject is not their agent: "the crisis needs to be resolved",
# "there needs to be a way", "the US would be held accountable".
_REPORTED_ACT = re.compile(r"^(?:should|there\s+needs?|needs?\s+to|be|been|is|are|was|were|not\s+the\s+(?:right\s+)?time)\b",
                           re.IGNORECASE)
_CLAUSE_START = re.compile(r"(?:^|[,;:\"“”]|\b(?:that|said|says|told|agreed|added|stressed)\b)\s*", re.IGNORECASE)
# Words in -ing that are nouns, not gerunds: "meeting" stays "meeting".
_ING_NOUNS = frozenset({"meeting", "briefing", "hearing", "gathering", "warning", "signing", "opening", "ruling",
                        "building", "funding", "morning", "evening", "beginning", "spending", "bombing", "shooting"})
_DANGLING = re.compile(r"(?:\s+(?:that|and|or|but|to|of|the|a|an|for|with|in|on|at|by|as|which|who|its|their))+$",
                       re.IGNORECASE)
# Words between a determiner and an event noun that the verb phrase keeps ("its sixth nuclear test").
_NOUN_MODIFIERS = re.compile(
    r"(?:\b(?:its|his|her|their|first|second|third|fourth|fifth|sixth|seventh|latest|new|annual|rare|joint|"
    r"bilateral|closed-door|state|official|emergency|[\w]+-(?:level|day|way))\s+){1,3}$",
    re.IGNORECASE,
)
_MODIFIER_OWNER = re.compile(r"^(?:its|his|her|their)\b", re.IGNORECASE)
# Event nouns as verb phrases: (pattern on the noun, third person singular verb, plural verb).
_NOUN_VERBS: tuple[tuple[re.Pattern, str, str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), singular, plural)
    for pattern, singular, plural in (
        (r"visits?$", "visits", "visit"),
        (r"(?:statement|communiqu[eé]|declaration)$", "issues", "issue"),
        (r"(?:briefing|speech|interview|remarks)$", "gives", "give"),
        (r"(?:test|tests)$", "conducts", "conduct"),
        (r"(?:launch|launches)$", "carries out", "carry out"),
        (r"", "holds", "hold"),
    )
)
# "firing by North Korea of a ballistic missile": the act's verb and its object.
_ACT_OF = re.compile(r"^(?P<act>launch|firing|test)\b(?:\s+by\s+.+?)?\s+of\s+(?P<object>.+)$", re.IGNORECASE)
_ACT_VERBS = {"launch": ("launches", "launch"), "firing": ("fires", "fire"), "test": ("tests", "test")}
_AGENT_PHRASE = re.compile(r"^\s+(?:by|of|between)\s+(?:the\s+)?(?:(?:[A-Z][\w.'’-]*|and|[a-z]+s)\s+){0,6}?"
                           r"(?=(?:in|on|at|last|this|next|earlier|later)\b)|^\s+(?:by|of|between)\s+[^,]*$")


def summarize(sentence: Span, trigger: Trigger, agents: Agents) -> str:
    """A short headline for one event: its agents' names and a verb phrase for its trigger.

    ``trigger`` has offsets into the text ``sentence`` points into.
    """
    start, end = trigger.start - sentence.start, trigger.end - sentence.start
    names = _agent_names(agents)
    is_plural = len(names) > 1
    if trigger.is_noun:
        text = f"{_joined(names)} {_noun_phrase(sentence.text, start, end, is_plural)}".strip()
    else:
        text = _verb_summary(sentence.text, start, names, is_plural)
    return _shortened(_DANGLING.sub("", text)) or _shortened(sentence.text)


def _verb_summary(text: str, start: int, agent_names: list[str], is_plural: bool) -> str:
    clause = _LEADING_ANAPHOR.sub("", _trigger_clause(text, start, _SUMMARY_BREAK))
    # a name the clause itself goes on to say ("met with Xi") is left to the clause
    names = _joined([name for name in agent_names if name not in clause])
    if not names:
        return _clause_with_subject(text, start, clause)
    before = text[_auxiliaries_start(text, start):start]
    if _REPORTED_ACT.match(clause):
        subject = _subject_before(text, start - len(before))
        say = "say" if is_plural else "says"
        return f"{names} {say} {subject} {before}{clause}".replace("  ", " ")
    if not before:
        clause = _finite(clause, is_plural)
    return f"{names} {before}{clause}"


def _auxiliaries_start(text: str, start: int) -> int:
    """Where the auxiliaries and adverbs right before ``start`` begin (``start`` if none);
    a bare "to" counts only inside "set to", "expected to" and the like."""
    position = start
    while True:
        word = _TAIL_WORDS.search(text, max(0, position - 16), position)
        if word is None:
            break
        token = word.group().strip()
        if not (token in _AUXILIARIES or token.endswith("ly")):
            break
        position = word.start()
    if text[position:start].startswith("to "):
        position += 3
    return position


def _subject_before(text: str, end: int) -> str:
    """The words between the clause's start and ``end``: "the crisis" in "The crisis needs"."""
    starts = list(_CLAUSE_START.finditer(text, max(0, end - 80), end))
    start = starts[-1].end() if starts else max(0, end - 80)
    subject = _QUOTE_MARKS.sub("", text[start:end]).strip()
    if text[end:end + 5].lower() == "there":
        return ""
    return subject[:1].lower() + subject[1:] if subject[:4].lower() in ("the ", "ther") else subject


def _noun_phrase(text: str, start: int, end: int, is_plural: bool) -> str:
    """An event noun as a verb phrase, with what follows it in its clause."""
    noun = text[start:end]
    rest = _trigger_clause(text, end, _NOUN_BREAK) if end < len(text) and text[end] != "," else ""
    rest = _ISSUED.sub("", _AGENT_PHRASE.sub("", " " + rest).strip())
    act = _ACT_OF.match(noun)
    if act:
        singular, plural = _ACT_VERBS[act.group("act").lower()]
        return f"{plural if is_plural else singular} {act.group('object')} {rest}".strip()
    verb = next(v for pattern, *v in _NOUN_VERBS if pattern.search(noun))
    modifiers = _NOUN_MODIFIERS.search(text, max(0, start - 50), start)
    owned = modifiers.group() if modifiers else ""
    if verb[0] == "visits":
        rest = re.sub(r"^to\s+", "", rest)
        return f"{verb[1] if is_plural else verb[0]} {rest}".strip()
    article = "" if _MODIFIER_OWNER.match(owned) or noun.endswith("s") else ("an " if owned[:1].lower() in "aeiou" and owned else "a ")
    return f"{verb[1] if is_plural else verb[0]} {article}{owned}{noun} {rest}".strip()


def _trigger_clause(text: str, start: int, breaks: re.Pattern) -> str:
    end = breaks.search(text, start)
    clause = _QUOTE_MARKS.sub("", text[start: end.start() if end else len(text)])
    return _PRONOUN_ATTRIBUTION.sub("", _ATTRIBUTION.sub("", clause).strip(" .,;:"))


def _finite(clause: str, is_plural: bool) -> str:
    """A clause opening with a gerund, in the present tense: "testing two missiles" -> "tests two missiles"."""
    first, _, rest = clause.partition(" ")
    if not first.lower().endswith("ing") or len(first) < 6 or first.lower() in _ING_NOUNS:
        return clause
    stem = first[:-3].lower()
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "aeioulsz":
        stem = stem[:-1]
    elif stem.endswith(("c", "v", "z")) or re.fullmatch(r"[^aeiou]*[aeiou][^aeiouwxy]", stem):
        stem += "e"
    verb = stem if is_plural else (stem + "es" if stem.endswith(("s", "sh", "ch", "x", "z")) else stem + "s")
    return f"{verb} {rest}".strip()


def _agent_names(agents: Agents) -> list[str]:
    """The agents' people by surname ("Putin", "Macron"), else their state names; three at most."""
    names = [surname_of(person) for person in agents.people]
    if not names:
        names = [info.name if (info := actor_info(code)) else code for code in agents.codes]
    return list(dict.fromkeys(names))[:3]


def _joined(names: list[str]) -> str:
    return " and ".join([", ".join(names[:-1]), names[-1]]) if len(names) > 1 else "".join(names)


def _clause_with_subject(text: str, start: int, clause: str) -> str:
    subject = _ATTRIBUTION.sub("", text[:start]) if len(text[:start]) <= 60 else ""
    return f"{_QUOTE_MARKS.sub('', subject).strip()} {clause}".strip()


def _shortened(text: str) -> str:
    flat = _WHITESPACE.sub(" ", text).strip().strip("\"“”'")
    if len(flat) <= SUMMARY_LENGTH:
        return flat
    cut = flat[: SUMMARY_LENGTH - 1].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "…"
