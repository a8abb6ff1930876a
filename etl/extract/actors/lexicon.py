"""The actor dictionary (data files under ``actors/``) and its one-pass matcher.

All aliases - named groups, state-force units, generic nouns ("gunmen",
"soldiers"), associated-group nouns ("students"), ethnic names and demonyms -
go into one token-sequence table indexed by first token. Finding every actor
mention in a note is one tokenizing regex pass plus one dict probe per token
(a few tens of microseconds), longest alias first. Punctuation is ignored on
both sides, so "U.S. forces" and "US forces" tokenize alike. The lexicon is
built lazily on first use and cached for the process.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from itertools import accumulate, compress
from operator import ne, or_
from pathlib import Path

DATA_DIR = Path(__file__).with_name("data")


def in_scope(countries: frozenset[str], start: date | None, end: date | None,
             country: str, day: date) -> bool:
    """Whether an entry applies to an event in `country` on `day` (empty = everywhere/always)."""
    if countries and country not in countries:
        return False
    return (start is None or day >= start) and (end is None or day <= end)


@dataclass(frozen=True)
class NamedActor:
    name: str                 # ACLED name; "{C}" is replaced by the event country
    inter: int
    countries: frozenset[str]  # empty: the alias means this actor anywhere
    start: date | None
    end: date | None
    assoc: tuple[str, ...]    # actors ACLED always lists alongside (e.g. a parent group)
    role: str                 # "armed" or "org" (unions, parties: associated actors)
    active: frozenset[str] = frozenset()  # where the group operates (a country prior); empty: no prior

    def valid(self, country: str, day: date) -> bool:
        return in_scope(self.countries, self.start, self.end, country, day)


@dataclass(frozen=True)
class StateUnit:
    home: str                 # the state whose forces these are
    force: str                # "Military" or "Police"
    unit: str                 # ACLED unit suffix, may be ""
    countries: frozenset[str]
    start: date | None
    end: date | None
    label: str = ""           # regime years of its own ("2017-" for the Houthis), if any
    active: frozenset[str] = frozenset()  # where these forces operate; empty: too many places to tell

    def valid(self, country: str, day: date) -> bool:
        return in_scope(self.countries, self.start, self.end, country, day)


@dataclass
class Lexicon:
    # alias key -> tags, a tag being (kind, payload); lists while building, then
    # frozen to (tuple of tags, frozenset of kinds)
    tags_ci: dict[str, object] = field(default_factory=dict)
    tags_cs: dict[str, object] = field(default_factory=dict)
    # first token -> alias lengths (in tokens) starting with it, longest first
    first_ci: dict[str, tuple[int, ...]] = field(default_factory=dict)
    first_cs: dict[str, tuple[int, ...]] = field(default_factory=dict)
    state_names: dict[str, str] = field(default_factory=dict)   # country -> "the Central African Republic"
    regimes: dict[str, list[tuple[date, date | None, str]]] = field(default_factory=dict)
    ethnic_countries: dict[str, frozenset[str]] = field(default_factory=dict)


def _date(text: str) -> date | None:
    return date.fromisoformat(text) if text.strip() else None


def _countries(text: str) -> frozenset[str]:
    return frozenset(c.strip() for c in text.split(";") if c.strip())


def _read(name: str) -> list[dict[str, str]]:
    with open(DATA_DIR / name, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _is_acronym(alias: str) -> bool:
    """Acronyms match case-sensitively: "OLA" is a group, "Ola" a first name."""
    letters = [ch for ch in alias if ch.isalpha()]
    return bool(letters) and all(ch.isupper() for ch in letters) and " " not in alias and len(alias) <= 8


_SPACES = str.maketrans({**{c: " " for c in '.,;:!?()[]{}"“”/\\|+*=<>&%$@~`\n\t\r«»…–—'}, "’": "'"})


# "Islamic State-affiliated group", "al-Shabaab-linked militants": the group named before
# the hyphen is the actor (the hyphen becomes a space, so offsets survive)
_AFFILIATE = re.compile(r"-(?=(?:linked|affiliated|allied|aligned|inspired)\s+\w)", re.I)


def tokens_of(text: str) -> list[str]:
    """Alias keys are tokenized exactly as notes are (see find_mentions)."""
    cleaned = text.replace("' ", "  ").replace(" '", "  ").replace("''", "  ").translate(_SPACES)
    return [p for p in cleaned.split(" ") if p]


def norm_key(text: str) -> str:
    return " ".join(tokens_of(text.lower().replace("’", "'")))


def _add(lex: Lexicon, alias: str, tag: tuple[str, object]) -> None:
    alias = alias.strip().replace("’", "'")
    if not alias:
        return
    if _is_acronym(alias):
        lex.tags_cs.setdefault(" ".join(tokens_of(alias)), []).append(tag)
    else:
        lex.tags_ci.setdefault(norm_key(alias), []).append(tag)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    lex = Lexicon()
    for row in _read("countries.csv"):
        lex.state_names[row["country"]] = row["state_name"]
        for demonym in row["demonyms"].split("|"):
            _add(lex, demonym, ("demonym", row["country"]))
    for row in _read("regimes.csv"):
        lex.regimes.setdefault(row["country"], []).append(
            (date.fromisoformat(row["start"]), _date(row["end"]), row["label"]))
    for row in _read("named_actors.csv"):
        actor = NamedActor(row["name"], int(row["inter"]), _countries(row["countries"]),
                           _date(row["from"]), _date(row["to"]),
                           tuple(a for a in row["assoc"].split(";") if a), row["role"] or "armed",
                           _countries(row.get("active_countries") or ""))
        for alias in row["aliases"].split("|"):
            _add(lex, alias, ("named", actor))
    for row in _read("state_forces.csv"):
        unit = StateUnit(row["home"], row["force"], row["unit"], _countries(row["countries"]),
                         _date(row["from"]), _date(row["to"]), row.get("label") or "",
                         _countries(row.get("active_countries") or ""))
        for alias in row["aliases"].split("|"):
            _add(lex, alias, ("unit", unit))
    for row in _read("generic_terms.csv"):
        for term in row["terms"].split("|"):
            _add(lex, term, (row["kind"], row["value"]))
    for row in _read("associated_groups.csv"):
        for term in row["terms"].split("|"):
            _add(lex, term, ("assoc", row["group"]))
    for row in _read("ethnic_groups.csv"):
        lex.ethnic_countries[row["name"]] = _countries(row["countries"])
        for alias in row["aliases"].split("|"):
            _add(lex, alias, ("ethnic", row["name"]))

    # freeze each alias's tags with its kind set once, not per mention
    for table in (lex.tags_ci, lex.tags_cs):
        for key, tags in table.items():
            table[key] = (tuple(tags), frozenset(kind for kind, _ in tags))
    for table, first in ((lex.tags_ci, lex.first_ci), (lex.tags_cs, lex.first_cs)):
        lengths: dict[str, set[int]] = {}
        for key in table:
            parts = key.split(" ")
            lengths.setdefault(parts[0], set()).add(len(parts))
        first.update({tok: tuple(sorted(ns, reverse=True)) for tok, ns in lengths.items()})
    return lex


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    tags: tuple[tuple[str, object], ...]
    kind_set: frozenset[str] = frozenset()

    def kinds(self) -> frozenset[str]:
        return self.kind_set


def find_mentions(text: str) -> list[Mention]:
    """Every alias occurrence, left to right, longest alias at each position."""
    lex = lexicon()
    # Punctuation becomes spaces (same length, so offsets survive), quote marks
    # at word edges too; a plain split on " " then yields tokens and empty
    # strings. Everything below is C-level (map/compress/accumulate): this runs
    # for every note, and a Python loop per token would dominate the cost.
    if "-" in text:
        text = _AFFILIATE.sub(" ", text)
    cleaned = text.replace("' ", "  ").replace(" '", "  ").replace("''", "  ").translate(_SPACES)
    parts = cleaned.split(" ")
    low_parts = cleaned.lower().split(" ")
    if len(low_parts) != len(parts) or any(map(ne, map(len, parts), map(len, low_parts))):
        low_parts = [p.lower() for p in parts]   # rare: lower() changed a length
    n_parts = len(parts)
    idx = list(compress(range(n_parts), parts))
    words = list(filter(None, parts))
    lower = list(filter(None, low_parts)) if len(low_parts) == n_parts else [w.lower() for w in words]
    first_ci, first_cs = lex.first_ci, lex.first_cs
    flags = map(or_, map(first_ci.__contains__, lower), map(first_cs.__contains__, words))
    hits = list(compress(range(len(words)), flags))
    if not hits:
        return []
    cum = list(accumulate(map(len, parts)))   # part k spans cum[k]-len+k .. cum[k]+k
    out: list[Mention] = []
    n = len(words)
    free = 0
    for i in hits:
        if i < free:
            continue
        best_len, best_tags = 0, None
        for length in first_ci.get(lower[i], ()):
            if i + length <= n:
                tags = lex.tags_ci.get(" ".join(lower[i:i + length]))
                if tags:
                    best_len, best_tags = length, tags
                    break
        for length in first_cs.get(words[i], ()):
            if length > best_len and i + length <= n:
                tags = lex.tags_cs.get(" ".join(words[i:i + length]))
                if tags:
                    best_len, best_tags = length, tags
                    break
        if best_tags:
            k0, k1 = idx[i], idx[i + best_len - 1]
            start, end = cum[k0] - len(parts[k0]) + k0, cum[k1] + k1
            out.append(Mention(start, end, text[start:end], best_tags[0], best_tags[1]))
            free = i + best_len
    return out


def regime_label(country: str, day: date) -> str:
    for start, end, label in lexicon().regimes.get(country, ()):
        if start <= day and (end is None or day <= end):
            return label
    return ""


@lru_cache(maxsize=8192)
def state_actor(force: str, home: str, day: date, unit: str = "", label: str = "") -> str:
    """"Military Forces of Nigeria (2015-2023)", with the regime's years when known."""
    lex = lexicon()
    state = lex.state_names.get(home, home)
    label = label or regime_label(home, day)
    name = f"{force} Forces of {state}" if force in ("Military", "Police") else f"{force} of {state}"
    if label:
        name += f" ({label})"
    if unit:
        name += f" {unit}"
    return name
