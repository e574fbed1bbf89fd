"""Actors in article text: states, international organizations and the people who act for them.

Five passes over one article body, each claiming text the next ones leave alone:
1. the gazetteer: names, adjectives, capitals, seats of government, organizations and
   known people, found by one trie-shaped regex compiled at import (longest match wins);
2. context phrases that name an actor only after a cue ("the North" once North Korea is
   mentioned, "the council" once the Security Council is);
3. unknown people introduced by a title and a nationality ("Russian Deputy Foreign
   Minister Igor Morgulov", "Jo Jong Chol, spokesman at the North Korean mission");
4. bare surnames ("Putin", "Kim"), resolved against the people already introduced;
5. definite titles ("the Secretary", "the UN envoy"), resolved to the last person named
   before them with that title (a role in the gazetteer, or the title written with the name).
"""

import calendar
import functools
import re
from dataclasses import dataclass

from timeline.extract.gazetteer import (
    ALIASES,
    FAMILY_NAME_FIRST,
    LEXICON,
    PEOPLE,
    ActorInfo,
    Alias,
    Person,
    actor_infos,
    alias_key,
    kind_of,
    spellings,
)

__all__ = ["ActorInfo", "ActorMention", "actor_info", "find_actors", "known_actors", "surname_of"]


@dataclass(frozen=True)
class ActorMention:
    start: int
    end: int
    text: str
    code: str
    kind: str
    person: str | None
    via: str


# Gazetteer regex ---------------------------------------------------------------------------

_CHAR_PATTERNS = {" ": r"\s+", "'": "['’]", "-": "[-‐‑]"}


def _trie(words: list[str], *, fold_apostrophes: bool = True) -> dict:
    root: dict = {}
    for word in words:
        node = root
        for char in word.replace("’", "'") if fold_apostrophes else word:
            node = node.setdefault(char, {})
        node[""] = {}
    return root


def _trie_pattern(node: dict) -> str:
    """A regex for the words of a trie; optional tails are greedy, so the longest word wins."""
    branches = [_CHAR_PATTERNS.get(c, re.escape(c)) + _trie_pattern(child) for c, child in sorted(node.items()) if c]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


def _literal_trie_pattern(node: dict) -> str:
    """A regex for the words of a trie, character for character; the longest word is tried first."""
    branches = [re.escape(c) + _literal_trie_pattern(child) for c, child in sorted(node.items()) if c]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


def _compile_gazetteer(words: list[str]) -> re.Pattern:
    return re.compile(r"(?<!\w)" + _trie_pattern(_trie(words)) + r"(?!\w)")


_GAZETTEER_RE = _compile_gazetteer(spellings())
_ARTICLE_PREFIX_RE = re.compile(r"(?:al|el|ad|as|ash|at|bin|ibn|abu)[-‐‑](?=[A-Z])")
_NAME_TOKEN_RE = re.compile("(?:" + _ARTICLE_PREFIX_RE.pattern + r")?[A-Z][^\W\d_]*(?:[-‐‑'’][^\W\d_]+)*")

_TITLE_ABBREVIATIONS = frozenset(LEXICON["title_abbreviations"])
_TITLE_HEADS = frozenset(LEXICON["title_heads"]) | _TITLE_ABBREVIATIONS
_TITLE_WORDS = _TITLE_HEADS | frozenset(LEXICON["title_modifiers"])
_CONNECTORS = frozenset(LEXICON["title_connectors"])
_PARTICLES = frozenset(LEXICON["name_particles"])
_NOT_NAMES = frozenset(LEXICON["not_names"])
_NAME_LIKE = frozenset(LEXICON["name_like"])
_DATE_PREPOSITIONS = frozenset({"in", "of", "since", "until", "by", "on", "early", "late", "mid", "last", "next", "this", "from", "to"})

def _people_by_surname() -> dict[str, tuple[Person, ...]]:
    table: dict[str, tuple[Person, ...]] = {}
    for person in PEOPLE:
        key = alias_key(person.surname)
        table[key] = table.get(key, ()) + (person,)
    return table


_SURNAMES = _people_by_surname()
_PEOPLE_BY_NAME = {person.name: person for person in PEOPLE}

_ACTORS = actor_infos()


@dataclass(frozen=True)
class _Unit:
    """A word, or a stretch of text a pass has already claimed (alias None: names no actor)."""

    start: int
    end: int
    text: str
    is_claim: bool = False
    alias: Alias | None = None


def known_actors() -> list[ActorInfo]:
    """Every state and organization in the gazetteer, states first, each once."""
    return list(_ACTORS.values())


def actor_info(code: str) -> ActorInfo | None:
    return _ACTORS.get(code)


def surname_of(person: str) -> str:
    """The name a headline calls a person by: the gazetteer's surname ("Xi" for Xi Jinping,
    "Moon" for Moon Jae-in), else the last word of the name."""
    known = _PEOPLE_BY_NAME.get(person)
    return known.surname if known else person.split()[-1]


def find_actors(text: str) -> list[ActorMention]:
    """Every actor mention in `text` (a whole article body), in order, non-overlapping (longest match wins)."""
    claims = _gazetteer_claims(text)
    claims = sorted(claims + _context_claims(text, claims), key=lambda u: u.start)
    units = _units(text, claims)
    mentions = [_claim_mention(u) for u in claims if u.alias is not None]
    titled = _titled_people(text, units)
    mentions += titled
    mentions += _surname_mentions(text, units, mentions)
    mentions = sorted(mentions, key=lambda m: m.start)
    return sorted(mentions + _definite_mentions(text, mentions), key=lambda m: m.start)


def _claim_mention(unit: _Unit) -> ActorMention:
    alias = unit.alias
    return ActorMention(unit.start, unit.end, unit.text, alias.code, alias.kind, alias.person, alias.via)


# Pass 1: the gazetteer ---------------------------------------------------------------------


def _gazetteer_claims(text: str) -> list[_Unit]:
    claims = []
    for match in _GAZETTEER_RE.finditer(text):
        _, alias = ALIASES[alias_key(match.group())]
        if match.group() in _NAME_LIKE and _is_personal_name(text, match.start(), match.end()):
            continue
        if _is_short_acronym(match.group()) and _is_in_capitals(text, match.start(), match.end()):
            continue
        claims.append(_Unit(match.start(), match.end(), match.group(), True, alias))
    return claims


@functools.lru_cache(maxsize=8192)
def _is_name_word(word: str) -> bool:
    """Whether a word can be part of a personal name (cached: articles repeat their words)."""
    folded = word.casefold()
    return (
        bool(_NAME_TOKEN_RE.fullmatch(word))
        and word not in _NOT_NAMES
        and folded not in _TITLE_WORDS
        and folded not in _TITLE_ABBREVIATIONS
    )


def _is_short_acronym(word: str) -> bool:
    return len(word) <= 3 and word.isupper()


_CAPITALS_BEFORE_RE = re.compile(r"\b[A-Z]{2,}[ \t\u00a0]+$")
_CAPITALS_AFTER_RE = re.compile(r"[ \t\u00a0]+[A-Z]{2,}\b")


def _is_in_capitals(text: str, start: int, end: int) -> bool:
    """Whether "UN" or "US" sits in a run of capitals ("KIM JONG UN"), where it is a word, not an acronym."""
    before, after = _CAPITALS_BEFORE_RE.search(text, max(0, start - 20), start), _CAPITALS_AFTER_RE.match(text, end)
    return any(m is not None and alias_key(m.group()) not in ALIASES for m in (before, after))


_CALENDAR_NAMES = frozenset(calendar.day_name) | frozenset(calendar.month_name[1:])


def _is_name_part(word: str) -> bool:
    """A capitalized word that can follow a given name: "Wolf" in "Chad Wolf", "West" in "America West"."""
    return word[0].isupper() and word not in _CALENDAR_NAMES and word.casefold() not in _TITLE_WORDS


_NEXT_WORD_RE = re.compile(r"[ \t\u00a0]+(\w+)")
_PREV_WORD_RE = re.compile(r"(\w+)[ \t\u00a0]+$")


def _is_personal_name(text: str, start: int, end: int) -> bool:
    """Whether a state name that is also a given name or surname ("Chad", "Jordan") is used as one here."""
    following = _NEXT_WORD_RE.match(text, end)
    if following and _is_name_part(following.group(1)):
        return True
    preceding = _PREV_WORD_RE.search(text[max(0, start - 40) : start])
    return preceding is not None and _is_name_word(preceding.group(1))


# Pass 2: context phrases -------------------------------------------------------------------


def _context_pattern(phrase: str) -> re.Pattern:
    """The phrase as a whole word, not the start of a longer name ("the North Atlantic").

    The word boundary before it is tested after its first letter, by a look-behind, so that
    the pattern opens with a letter: ``re`` then skips ahead to that letter instead of
    trying the whole pattern at every position.
    """
    if not re.match(r"\w", phrase):
        raise ValueError(f"a context phrase starts with a letter: {phrase!r}")
    words = r"\s+".join(map(re.escape, phrase.split()))
    first = "[Tt]" if phrase.startswith("the ") else re.escape(phrase[0])
    rest = words[1:]
    return re.compile(first + r"(?<!\w" + first + ")" + rest + r"\b(?![-‐‑])(?!\s+[A-Z])")


_CONTEXT_RULES = [(_context_pattern(rule["phrase"]), rule) for rule in LEXICON["contextual"]]


def _context_claims(text: str, claims: list[_Unit]) -> list[_Unit]:
    found = []
    for pattern, rule in _CONTEXT_RULES:
        for match in pattern.finditer(text):
            if _is_free(match.start(), match.end(), claims) and _cue_before(rule, match.start(), claims):
                alias = Alias(rule["code"], kind_of(rule["code"]), "name")
                found.append(_Unit(match.start(), match.end(), match.group(), True, alias))
    return found


def _is_free(start: int, end: int, claims: list[_Unit]) -> bool:
    return all(end <= c.start or start >= c.end for c in claims)


def _cue_before(rule: dict, start: int, claims: list[_Unit]) -> bool:
    earlier = [c for c in claims if c.end <= start and c.alias is not None]
    codes = rule.get("after_codes", ())
    texts = rule.get("after_texts", ())
    return any(c.alias.code in codes or any(t in c.text for t in texts) for c in earlier)


# Words and claims in reading order -----------------------------------------------------------


_FUNCTION_WORDS = _TITLE_WORDS | _TITLE_ABBREVIATIONS | _CONNECTORS | _PARTICLES | _DATE_PREPOSITIONS | {"and", "a", "an"}


def _units(text: str, claims: list[_Unit]) -> list[_Unit]:
    """Claims and the words the later passes read, in order.

    Other lowercase words are left out: the text they leave in a gap keeps the units
    on either side from counting as adjacent, which is all the passes need to know.
    """
    units, position = [], 0
    for claim in claims + [_Unit(len(text), len(text), "")]:
        for word in _READ_CANDIDATE_RE.finditer(text, position, claim.start):
            written = word.group()
            if _is_read(written):
                units.append(_Unit(word.start(), word.end(), written))
        if claim.text:
            units.append(claim)
        position = claim.end
    return units


# Words that may be read, found in one scan instead of testing every word: a word that does
# not start with a lowercase ASCII letter, a function word, or an Arabic article prefix.
_READ_CANDIDATE_RE = re.compile(
    r"(?<![\w‐‑-])(?:(?![a-z])\w+(?:[-‐‑]\w+)*|(?:"
    + _literal_trie_pattern(_trie(_FUNCTION_WORDS, fold_apostrophes=False))
    + r")(?![\w‐‑-])|" + _ARTICLE_PREFIX_RE.pattern + r"\w+(?:[-‐‑]\w+)*)"
)


def _is_read(word: str) -> bool:
    return word[0].isupper() or word.isdigit() or word.casefold() in _FUNCTION_WORDS or bool(_ARTICLE_PREFIX_RE.match(word))


def _gap(text: str, left: _Unit, right: _Unit) -> str:
    return text[left.end : right.start]


_PLAIN_GAP_RE = re.compile(r"[ \t\u00a0]+")
_POSSESSIVE_GAP_RE = re.compile(r"['’]s?[ \t\u00a0]+")
_ABBREVIATION_GAP_RE = re.compile(r"\.[ \t\u00a0]+")


def _is_joined(text: str, left: _Unit, right: _Unit) -> bool:
    """Whether two units are adjacent words on one line.

    A possessive "'s" may follow a claim ("North Korea's"), a full stop may follow
    a title abbreviation ("Gen. Norman Schwarzkopf").
    """
    gap = _gap(text, left, right)
    if _PLAIN_GAP_RE.fullmatch(gap):
        return True
    if left.is_claim:
        return bool(_POSSESSIVE_GAP_RE.fullmatch(gap))
    return left.text.casefold() in _TITLE_ABBREVIATIONS and bool(_ABBREVIATION_GAP_RE.fullmatch(gap))


# Pass 3: people introduced by a title --------------------------------------------------------


@dataclass(frozen=True)
class _Name:
    first: int  # index of the first unit
    last: int  # index of the last unit


def _name_runs(text: str, units: list[_Unit]) -> list[_Name]:
    """Runs of two to four capitalized words (particles such as "de" inside) that may be a name."""
    runs, i = [], 0
    while i < len(units):
        j = i
        while j + 1 < len(units) and _continues_name(text, units, j + 1):
            j += 1
        while j > i and units[j].text in _PARTICLES:
            j -= 1
        if _starts_name(units[i]) and 2 <= sum(1 for u in units[i : j + 1] if u.text not in _PARTICLES) <= 4:
            runs.append(_Name(i, j))
        i = j + 1
    return runs


def _starts_name(unit: _Unit) -> bool:
    return not unit.is_claim and _is_name_word(unit.text)


def _continues_name(text: str, units: list[_Unit], k: int) -> bool:
    unit, before = units[k], units[k - 1]
    if unit.is_claim or before.is_claim or not (_is_name_word(before.text) or before.text in _PARTICLES):
        return False
    if not (_is_name_word(unit.text) or unit.text in _PARTICLES):
        return False
    return bool(_PLAIN_GAP_RE.fullmatch(_gap(text, before, unit)))


def _titled_people(text: str, units: list[_Unit]) -> list[ActorMention]:
    people: list[ActorMention] = []
    for name in _name_runs(text, units):
        code = _code_before(text, units, name, people) or _code_after(text, units, name)
        if code:
            start, end = units[name.first].start, units[name.last].end
            written = " ".join(text[start:end].split())
            people.append(ActorMention(start, end, text[start:end], code, kind_of(code), written, "title"))
    return people


def _code_before(text: str, units: list[_Unit], name: _Name, people: list[ActorMention]) -> str | None:
    """The actor of a title phrase just before a name ("North Korea's Foreign Minister ___")."""
    code, has_head, k = None, False, name.first - 1
    while k >= 0 and _is_joined(text, units[k], units[k + 1]):
        unit, word = units[k], units[k].text.casefold()
        if unit.is_claim:
            if unit.alias is None:
                break
            code = unit.alias.code
        elif word in _TITLE_WORDS or word in _CONNECTORS or word in _TITLE_ABBREVIATIONS:
            has_head = has_head or word in _TITLE_HEADS
        else:
            if word == "and" and code is None and k > 0:
                code = _coordinated_code(text, units, k, people)
            break
        k -= 1
    return code if has_head else None


def _coordinated_code(text: str, units: list[_Unit], k: int, people: list[ActorMention]) -> str | None:
    """"X's Foreign Minister A and Vice Foreign Minister B": B acts for A's state."""
    left = units[k - 1]
    if not _is_joined(text, left, units[k]):
        return None
    if left.is_claim and left.alias is not None and left.alias.person:
        return left.alias.code
    return next((p.code for p in people if p.end == left.end), None)


_APPOSITION_END_RE = re.compile(r"\s*(?:[,.;:)]|$)")


def _code_after(text: str, units: list[_Unit], name: _Name) -> str | None:
    """The actor of an apposition after a name ("___, spokesman at the North Korean mission,")."""
    k = name.last + 1
    if k >= len(units) or not re.fullmatch(r",[ \t\u00a0]+", _gap(text, units[name.last], units[k])):
        return None
    code, has_head = None, False
    while k < len(units):
        unit, word = units[k], units[k].text.casefold()
        if unit.is_claim and unit.alias is not None and not unit.alias.person:
            code = code or unit.alias.code
        elif word in _TITLE_WORDS or word in _CONNECTORS or word in ("a", "an"):
            has_head = has_head or word in _TITLE_HEADS
        else:
            return None
        if k + 1 == len(units) or not _is_joined(text, unit, units[k + 1]):
            break
        k += 1
    ends_clause = _APPOSITION_END_RE.match(text, units[k].end)
    return code if has_head and ends_clause else None


# Pass 4: bare surnames -----------------------------------------------------------------------


@dataclass(frozen=True)
class _Introduced:
    start: int
    person: str
    code: str
    surname_key: str


def _introductions(mentions: list[ActorMention]) -> list[_Introduced]:
    surnames = {p.name: p.surname for p in PEOPLE}
    found = []
    for m in mentions:
        if m.person is None:
            continue
        surname = surnames.get(m.person) or _written_surname(m.person, m.code)
        found.append(_Introduced(m.start, m.person, m.code, alias_key(surname)))
    return sorted(found, key=lambda i: i.start)


def _written_surname(name: str, code: str) -> str:
    tokens = name.split(" ")
    return tokens[0] if code in FAMILY_NAME_FIRST and len(tokens[0]) <= 5 else tokens[-1]


_SURNAME_ENDS = frozenset(key.split(" ")[-1] for key in _SURNAMES)


def _surname_mentions(text: str, units: list[_Unit], mentions: list[ActorMention]) -> list[ActorMention]:
    introduced = _introductions(mentions)
    taken = [(m.start, m.end) for m in mentions if m.via == "title"]
    ends = _SURNAME_ENDS | {i.surname_key.split(" ")[-1] for i in introduced}
    found: list[ActorMention] = []
    k = 0
    while k < len(units):
        size = _may_start_surname(units[k]) and _surname_at(text, units, k, (introduced, taken, ends), found)
        k += size or 1
    return found


def _may_start_surname(unit: _Unit) -> bool:
    """Surnames start capitalized, with a particle ("von der Leyen") or an article ("al-Assad")."""
    word = unit.text
    return not unit.is_claim and (word[0].isupper() or word in _PARTICLES or bool(_ARTICLE_PREFIX_RE.match(word)))


@functools.lru_cache(maxsize=8192)
def _without_article(word: str) -> tuple[str, str]:
    """A word without an article prefix ("Assad" for "al-Assad"), and its alias key (cached:
    every word is tried as the end of surnames of three, two and one words)."""
    last = _ARTICLE_PREFIX_RE.sub("", word, count=1)
    return last, alias_key(last)


def _surname_at(text, units, k, known, found) -> int:
    """Try a surname of three, two, then one words at unit k; append the mention, return its size."""
    introduced, taken, ends = known
    for size in (3, 2, 1):
        words = units[k : k + size]
        if len(words) < size:
            continue
        last, last_key = _without_article(words[-1].text)
        if last_key not in ends or not _is_surname_shape(text, words, taken):
            continue
        start, end = words[0].start, words[-1].end
        key = alias_key(" ".join([*(w.text for w in words[:-1]), last]))
        resolved = _resolve_surname(text, units, k, size, key, introduced)
        if resolved is not None:
            code, person, via = resolved
            found.append(ActorMention(start, end, text[start:end], code, kind_of(code), person, via))
            return size
    return 0


def _is_surname_shape(text: str, words: list[_Unit], taken: list[tuple[int, int]]) -> bool:
    if any(w.is_claim for w in words) or not _ARTICLE_PREFIX_RE.sub("", words[-1].text, count=1)[:1].isupper():
        return False
    if any(not _PLAIN_GAP_RE.fullmatch(_gap(text, a, b)) for a, b in zip(words, words[1:])):
        return False
    return all(words[-1].end <= s or words[0].start >= e for s, e in taken)


def _resolve_surname(text, units, k, size, key, introduced) -> tuple[str, str, str] | None:
    if key not in _SURNAMES and not any(i.surname_key == key for i in introduced):
        return None
    if _is_part_of_other_name(text, units, k, size) or _is_date_word(text, units, k, size):
        return None
    earlier = [i for i in introduced if i.surname_key == key and i.start < units[k].start]
    if earlier:
        first = earlier[0]  # the first person introduced owns the bare surname, as in news style
        return first.code, first.person, "surname"
    return _gazetteer_surname(key, _has_title_before(text, units, k))


def _gazetteer_surname(key: str, has_title: bool) -> tuple[str, str, str] | None:
    people = _SURNAMES.get(key, ())
    owners = [p for p in people if p.bare == "owner"]
    if owners:
        return owners[0].code, owners[0].name, "surname"
    if len(people) == 1 and people[0].bare == "unique":
        return people[0].code, people[0].name, "surname"
    if len(people) == 1 and has_title:
        return people[0].code, people[0].name, "title"
    return None


def _has_title_before(text: str, units: list[_Unit], k: int) -> bool:
    return k > 0 and _is_joined(text, units[k - 1], units[k]) and units[k - 1].text.casefold() in _TITLE_HEADS


def _is_part_of_other_name(text: str, units: list[_Unit], k: int, size: int) -> bool:
    """ "Kim" in "Kim Hyun-woo" or "Trump" in "Ivanka Trump" is someone else."""
    after = k + size
    if after < len(units) and _is_joined(text, units[after - 1], units[after]) and _starts_name(units[after]):
        return True
    if k == 0 or not _is_joined(text, units[k - 1], units[k]) or not _starts_name(units[k - 1]):
        return False
    return not _is_sentence_start(text, units[k - 1].start)


def _is_sentence_start(text: str, position: int) -> bool:
    before = text[:position].rstrip(" \t\u00a0\"“'‘")
    return not before or before[-1] in ".!?:;\n"


def _is_date_word(text: str, units: list[_Unit], k: int, size: int) -> bool:
    """ "May" in "in May" or "May 5" is the month, not Theresa May."""
    if size != 1 or units[k].text not in _NOT_NAMES:
        return False
    after = k + 1
    if after < len(units) and units[after].text.isdigit():
        return True
    return k > 0 and units[k - 1].text.casefold() in _DATE_PREPOSITIONS


# Pass 5: definite titles ---------------------------------------------------------------------

# "the Secretary", "the foreign minister", "the UN envoy": a title with no name after it refers
# back to the last person named with that title. Plural and possessed titles are left alone.
_SAME_TITLE = {"spokeswoman": "spokesman", "spokesperson": "spokesman", "advisor": "adviser",
               "counselor": "counsellor", "chairwoman": "chairman", "chairperson": "chairman"}
# Title heads too vague to point back at one person, and modifiers that do not narrow a title.
_NOT_DEFINITE_HEADS = frozenset({"counterpart", "general", "head", "chief", "aide", "delegate", "official", "officer"})
_LOOSE_MODIFIERS = frozenset({"new", "top", "senior", "veteran"})
_APPOSITION_GAP_RE = re.compile(r",\s*")
_TITLE_CONTEXT_END_RE = re.compile(r"[,.;:()\"“”\n]")
_DEFINITE_TITLE_RE = re.compile(
    r"\b[Tt]he\s+(?P<modifiers>(?:[\w.'’-]+\s+){0,3}?)(?P<head>(?i:"
    + "|".join(sorted((re.escape(h) for h in _TITLE_HEADS - _NOT_DEFINITE_HEADS if h.isalpha() or "-" in h), key=len, reverse=True))
    + r"))(?![\w‐‑'’-])(?!\s+(?:[A-Z]|of\b))"
)


def _title_word(word: str) -> str:
    folded = word.casefold()
    return _SAME_TITLE.get(folded, folded)


def _titles_before(text: str, start: int) -> set[str]:
    """The title words in the capitalized run just before a name ("Chinese Foreign Minister ___")."""
    window = text[max(0, start - 60):start]
    fragment = _TITLE_CONTEXT_END_RE.split(window)[-1]
    titles = set()
    for word in reversed(fragment.split()):
        folded = word.casefold()
        if folded in _TITLE_WORDS:
            titles.add(_title_word(word))
        elif not (word[0].isupper() or folded in _CONNECTORS):
            break
    return titles


def _titles_after(text: str, end: int) -> set[str]:
    """The title words of an apposition after a name ("___, spokesman at the mission,")."""
    apposition = re.match(r",\s+(?:(?:a|an|the)\s+)?([^,.;()\"“”\n]{1,60})", text[end:end + 70])
    if apposition is None:
        return set()
    words = apposition.group(1).split()
    if _title_word(words[0]) not in _TITLE_WORDS and not words[0][0].isupper():
        return set()
    return {_title_word(w) for w in words if _title_word(w) in _TITLE_WORDS}


def _role_titles(person: str) -> set[str]:
    known = _PEOPLE_BY_NAME.get(person)
    return {_title_word(w) for w in known.role.split()} & _TITLE_WORDS if known else set()


def _definite_mentions(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """People meant by a definite title ("the Secretary"), each the last person before it in
    the text whose titles include the head and its modifiers; the mention spans the head."""
    titles: dict[str, set[str]] = {}
    named: list[tuple[int, str, str]] = []  # (start, person, code) in text order
    for m in mentions:
        if m.person:
            titles.setdefault(m.person, set()).update(_role_titles(m.person), _titles_before(text, m.start),
                                                      _titles_after(text, m.end))
            named.append((m.start, m.person, m.code))
    if not named:
        return []
    taken = [(m.start, m.end) for m in mentions]
    # "Gen. Ali Hassan, the commander": a title in apposition names the person again
    appositions = {m.end + len(a.group()) for m in mentions if m.person for a in [_APPOSITION_GAP_RE.match(text, m.end)] if a}
    claims = {(m.start, m.end): m.code for m in mentions if not m.person}
    found = []
    for match in _DEFINITE_TITLE_RE.finditer(text):
        head = _title_word(match.group("head"))
        start, end = match.span("head")
        if any(s < end and start < e for s, e in taken) or match.start() in appositions:
            continue
        wanted = _definite_modifiers(match, claims)
        if wanted is None:
            continue
        words, code = wanted
        earlier = [n for n in named if n[0] < start and {head, *words} <= titles[n[1]] and code in (None, n[2])]
        if earlier:
            _, person, person_code = earlier[-1]
            found.append(ActorMention(start, end, match.group("head"), person_code, kind_of(person_code), person,
                                      "definite"))
    return found


def _definite_modifiers(match: re.Match, claims: dict[tuple[int, int], str]) -> tuple[set[str], str | None] | None:
    """The title words and the actor code the modifiers of a definite title ask for
    ("the foreign minister", "the UN envoy"); None when a modifier is neither."""
    words, code = set(), None
    for word in re.finditer(r"[\w.'’-]+", match.group("modifiers")):
        start = match.start("modifiers") + word.start()
        claim = next((c for (s, e), c in claims.items() if s <= start < e), None)
        folded = _title_word(word.group())
        if claim is not None:
            code = claim
        elif folded in _TITLE_WORDS:
            if folded not in _LOOSE_MODIFIERS:
                words.add(folded)
        else:
            return None
    return words, code
