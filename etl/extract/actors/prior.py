"""A country prior from the actors an article names, for articles that come
with no country (global feeds such as GDELT) and no dateline.

"Koglweogo", "Ansaroul Islam" or "the Nigerian Army" tell the country even when
the village named is missing from the gazetteer; "JNIM" or "Boko Haram" narrow
it to the few countries the group operates in. The dictionary's
``active_countries`` columns (actors/named_actors.csv, actors/state_forces.csv)
say where each group or force operates; an empty value gives no prior
(international brands such as "Al Qaeda", forces deployed almost anywhere).

The prior is soft: etl.extract.places.resolve weighs it like a country named in the
context, ignores it when the text names a country, and lets a place named
elsewhere win; several countries only favour their own namesakes of the
places the text names, and place nothing on their own.
"""
from __future__ import annotations

from collections import Counter

from etl.extract.actors.lexicon import find_mentions

ONE_COUNTRY = 1.0   # the weight of a country named in the context
SHARED = 0.5        # each of several countries a group operates in

# tags a mention must consist of to count: a named group or a state force
_ACTOR_KINDS = frozenset({"named", "unit"})


def actor_countries(text: str) -> list[frozenset[str]]:
    """For each actor mention that tells a country, the countries it may be in.

    A mention counts only when every reading of it is a named group or a state
    force with known active countries: "militants" (also a generic noun) and
    "Islamic State" (also the international brand) tell nothing. Lower-case
    mentions are generic words ("prison guards", "peacekeepers"), not names.
    """
    out: list[frozenset[str]] = []
    for m in find_mentions(text):
        if m.text.islower() or not m.kind_set <= _ACTOR_KINDS:
            continue
        sets = [payload.active for _, payload in m.tags]
        if not all(sets):
            continue
        out.append(frozenset().union(*sets))
    return out


def country_prior(text: str) -> dict[str, float]:
    """Country name -> weight, from the actors the text names; {} when they
    tell nothing or disagree.

    Actors of one country vote for it (a clear majority wins: "the FAMa and
    Koglweogo" tells nothing); without one, the countries every multi-country
    group shares ("JNIM and ISGS": Mali, Burkina Faso, Niger) each get a share.
    """
    found = actor_countries(text)
    if not found:
        return {}
    singles = Counter(next(iter(s)) for s in found if len(s) == 1)
    if singles:
        (top, n), = singles.most_common(1)
        return {top: ONE_COUNTRY} if 2 * n > sum(singles.values()) else {}
    shared = frozenset.intersection(*found)
    if len(shared) == 1:
        return {next(iter(shared)): ONE_COUNTRY}
    return {c: SHARED for c in sorted(shared)}
