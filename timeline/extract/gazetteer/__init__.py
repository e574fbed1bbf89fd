"""The gazetteer: states, organizations, people and title words, read once at import.

Data lives beside this module as JSON: ``states.json`` (common names, adjectives,
capitals and seats of government, keyed by ISO 3166-1 alpha-3), ``orgs.json``,
``people.json`` (people active in 2017 with their role and the code they act for)
and ``lexicon.json`` (title words, non-actor phrases, guards). ``pycountry``
adds each state's official name.
"""

import json
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pycountry

_DIR = Path(__file__).parent

# Family name first in English-language press for these states ("Kim Jong-un" is Kim).
FAMILY_NAME_FIRST = frozenset({"PRK", "KOR", "CHN", "TWN", "VNM"})


@dataclass(frozen=True)
class ActorInfo:
    code: str
    name: str
    kind: str
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class Person:
    name: str
    code: str
    role: str
    surname: str
    # How a bare surname resolves with no earlier full name in the text: "unique"
    # (only if no other gazetteer person shares it), "owner" (the dominant bearer,
    # e.g. Kim Jong-un for "Kim") or "never" (a common word: "May", "Sessions").
    bare: str


@dataclass(frozen=True)
class Alias:
    code: str
    kind: str
    via: str
    person: str | None = None


def _read(name: str):
    return json.loads((_DIR / name).read_text(encoding="utf-8"))


def alias_key(text: str) -> str:
    """The lookup key of an alias or a matched text: accents, case, quote and hyphen variants folded."""
    if text.isascii():
        return " ".join(text.replace("-", " ").split()).casefold()
    folded = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    folded = folded.replace("’", "'").replace("‐", "-").replace("‑", "-")
    return " ".join(folded.replace("-", " ").split()).casefold()


def _ascii(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _hyphen_forms(token: str) -> set[str]:
    if "-" not in token:
        return {token}
    head, *rest = token.split("-")
    return {token, "-".join([head, *(p.capitalize() for p in rest)]), " ".join([head, *(p.capitalize() for p in rest)])}


def name_forms(name: str) -> set[str]:
    """Spellings of a person's name seen in the press: "Kim Jong-un", "Kim Jong-Un", "Kim Jong Un"."""
    forms = set()
    for spelling in {name, _ascii(name)}:
        combos = [""]
        for token in spelling.split(" "):
            combos = [f"{c} {form}".strip() for c in combos for form in _hyphen_forms(token)]
        forms.update(combos)
    return forms


def demonym_forms(adjective: str) -> set[str]:
    """An adjective and, where English makes one with -s, its plural noun ("Russians", "Israelis")."""
    if adjective.endswith(("ese", "sh", "ss", "ch", "men", "y")):
        return {adjective}
    return {adjective, adjective + "s"}


def _default_surname(name: str, code: str) -> str:
    tokens = name.split(" ")
    return tokens[0] if code in FAMILY_NAME_FIRST else tokens[-1]


def _pycountry_names(code: str) -> list[str]:
    country = pycountry.countries.get(alpha_3=code)
    if country is None:
        return []
    names = [getattr(country, field, None) for field in ("common_name", "official_name", "name")]
    return [n for n in names if n and "," not in n and "(" not in n]


STATES: dict = _read("states.json")
ORGS: dict = _read("orgs.json")
LEXICON: dict = _read("lexicon.json")

PEOPLE: tuple[Person, ...] = tuple(
    Person(
        name=p["name"],
        code=p["code"],
        role=p["role"],
        surname=p.get("surname") or _default_surname(p["name"], p["code"]),
        bare=p.get("bare", "unique"),
    )
    for p in _read("people.json")
)
PERSON_VARIANTS: dict[str, tuple[str, ...]] = {p["name"]: tuple(p.get("variants", ())) for p in _read("people.json")}


def _state_entries(code: str, entry: dict) -> list[tuple[str, Alias]]:
    fields = (("names", "name"), ("adjectives", "adjective"), ("capitals", "capital"), ("seats", "seat"))
    rows = [(entry["name"], Alias(code, "state", "name"))]
    for field, via in fields:
        for text in entry.get(field, ()):
            forms = demonym_forms(text) if via == "adjective" else {text}
            rows.extend((form, Alias(code, "state", via)) for form in sorted(forms))
    return rows


def _org_entries(code: str, entry: dict) -> list[tuple[str, Alias]]:
    rows = [(entry["name"], Alias(code, "organization", "name"))]
    rows += [(text, Alias(code, "organization", "name")) for text in entry.get("names", ())]
    rows += [(text, Alias(code, "organization", "seat")) for text in entry.get("seats", ())]
    return rows


def kind_of(code: str) -> str:
    return "state" if code in STATES else "organization"


def _person_entries(person: Person) -> list[tuple[str, Alias]]:
    alias = Alias(person.code, kind_of(person.code), "person", person.name)
    spellings = (person.name, *PERSON_VARIANTS[person.name])
    return [(form, alias) for spelling in spellings for form in sorted(name_forms(spelling))]


def _hand_entries() -> list[tuple[str, Alias | None]]:
    rows: list[tuple[str, Alias | None]] = [(text, None) for text in LEXICON["non_actors"]]
    for code, entry in STATES.items():
        rows += _state_entries(code, entry)
    for code, entry in ORGS.items():
        rows += _org_entries(code, entry)
    for person in PEOPLE:
        rows += _person_entries(person)
    return rows


def _build_aliases() -> dict[str, tuple[str, Alias | None]]:
    """Alias key -> (a spelling, what it stands for); None marks a phrase that names no actor.

    Hand-written entries must not contradict each other; pycountry's official names
    only fill keys that are still free (its "Congo" is the Republic of the Congo,
    ours is the DRC, the one the press means).
    """
    table: dict[str, tuple[str, Alias | None]] = {}
    for text, alias in _hand_entries():
        key = alias_key(text)
        known = table.get(key)
        if known is not None and _conflicts(known[1], alias):
            raise ValueError(f"gazetteer alias {text!r} stands for both {known[1]} and {alias}")
        table.setdefault(key, (text, alias))
    for code in STATES:
        for text in _pycountry_names(code):
            table.setdefault(alias_key(text), (text, Alias(code, "state", "name")))
    return table


def _conflicts(first: Alias | None, second: Alias | None) -> bool:
    if first is None or second is None:
        return first is not second
    return (first.code, first.person) != (second.code, second.person)


ALIASES: dict[str, tuple[str, Alias | None]] = _build_aliases()


def spellings() -> list[str]:
    """Every spelling to look for in text: each alias in all its person-name and quote forms."""
    texts = {text for text, _ in _hand_entries()}
    texts.update(text for text, _ in ALIASES.values())
    return sorted(t for t in texts if alias_key(t) in ALIASES)


def actor_infos() -> dict[str, ActorInfo]:
    aliases: dict[str, list[str]] = {}
    for text, alias in ALIASES.values():
        if alias is not None and alias.person is None:
            aliases.setdefault(alias.code, []).append(text)
    infos = {code: ActorInfo(code, entry["name"], "state", tuple(sorted(aliases[code]))) for code, entry in STATES.items()}
    infos |= {code: ActorInfo(code, entry["name"], "organization", tuple(sorted(aliases[code]))) for code, entry in ORGS.items()}
    return infos
