"""How a sentence relates a name to the place it speaks of, read from the words before
the name: a distance measured from it ("30 km south of X": X is a reference point,
near the place at best, and far from it beyond a few tens of km), or an addressee
of a statement ("told Reuters in X": X is where the statement was heard). Used by
etl.extract.places.text when it reads a mention."""
from __future__ import annotations

import tomllib
from pathlib import Path

_TELLING = frozenset(tomllib.loads((Path(__file__).with_name("geo") / "place_words.toml")
                                   .read_text(encoding="utf-8"))["telling"])

# "30 km (18 miles) south of X", "about 150km from the state capital, X", "some
# 20 kilometres north-east of X": X is a reference point the text measures from
_UNIT_KM = {"km": 1.0, "kms": 1.0, "kilometres": 1.0, "kilometers": 1.0, "kilometre": 1.0, "kilometer": 1.0,
            "miles": 1.609, "mile": 1.609}
_DIRECTIONS = frozenset(
    f"{a}{sep}{b}" for a in ("north", "south") for b in ("east", "west") for sep in ("", "-")
) | {"north", "south", "east", "west", "away", "outside", "northward", "southward", "eastward", "westward"}
# words between "from"/"of" and the reference name ("from the state capital, X")
_REF_FILLER = frozenset(["the", "state", "regional", "provincial", "district", "national", "federal",
                         "capital", "city", "town", "centre", "center", "headquarters", "commercial", ","])


def reference_km(lowered: list[str], i: int) -> float:
    """The distance (km) the text gives from the name at token i to the place it
    speaks of ("30 km (18 miles) south of X"), or -1 when it gives none."""
    k = i - 1
    while k >= 0 and i - k <= 5 and lowered[k] in _REF_FILLER:
        k -= 1
    if k < 2 or lowered[k] not in ("of", "from"):
        return -1.0
    k -= 1
    if lowered[k] in _DIRECTIONS:
        k -= 1
    if k >= 3 and lowered[k] == ")":
        # "30 km (18 miles) south of": the converted figure in brackets
        while k > 0 and i - k < 12 and lowered[k] != "(":
            k -= 1
        k -= 1
    if k < 1 or lowered[k] not in _UNIT_KM or not lowered[k - 1].isdigit():
        return -1.0
    return int(lowered[k - 1]) * _UNIT_KM[lowered[k]]


# verbs that give a statement to a named outlet or person ("told Reuters in Kano",
# "confirmed this to Daily Trust in Maiduguri")
_STATEMENT_VERBS = _TELLING | {"confirmed", "confirming", "said", "disclosed", "disclosing", "explained",
                              "revealed", "revealing", "spoke", "speaking", "narrated", "recounted"}


def told_outlet(lowered: list[str], cap: list[bool], tokens: list[str], k: int) -> bool:
    """Is the "in"/"at" at token k preceded by a statement's addressee ("told Reuters",
    "confirmed the attack on Monday to LEADERSHIP")? The name after it is where the
    outlet or person heard the statement, not where the event was."""
    start = k
    while start > 0 and k - start < 4 and cap[start - 1] and tokens[start - 1] not in ",;:(":
        start -= 1
    if start == k or start == 0:
        return False
    if lowered[start - 1] in _STATEMENT_VERBS:
        return True
    return lowered[start - 1] == "to" and any(w in _STATEMENT_VERBS for w in lowered[max(0, start - 9):start - 1])


# "the highway linking the city of Goma to the Ugandan border", "the road connecting X and
# Y": a route's ends are references for where along it something happened, not the place
_ROUTE_VERBS = frozenset(["linking", "links", "linked", "connecting", "connects", "connected", "joining", "joins"])
ROUTE_END_KM = 60.0  # read as a reference this far away: the place only when nothing else is given


def route_end_km(lowered: list[str], i: int) -> float:
    """ROUTE_END_KM when the name at token i ends a route the text describes, else -1."""
    for k in range(i - 1, max(-1, i - 9), -1):
        if lowered[k] in _ROUTE_VERBS:
            return ROUTE_END_KM
        if lowered[k] in (",", ".", ";", "(", ")") or lowered[k] in _TELLING:
            break
    return -1.0
