"""Which countries a text names: country names and demonyms in a sentence
(``countries_in``, the weights place resolution starts from), and the one
country a whole article is about (``article_country``).

An article that comes with no country (no source hint, no dateline country)
still says where it is: "Nigeria" three times, or "Borno State", "Zamfara"
(admin1 names found in one country only). When one country clearly leads, it
is read as the article's country, so a village the gazetteer lacks is not
matched to a namesake abroad ("Solhan" in Turkey, "Kocha" as a Chinese town's
other name, a newspaper's "Tribune" in Kansas): towns of countries the text
never names then need their country named near them. Used by
etl.extract.places.resolve and the event assembly (etl.extract).
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from etl.extract.places import gazetteer as gz
from etl.extract.places.text import STOP, fold_token, neighbour, tokenize

DEMONYM_SHARE = 0.6     # a people's adjective ("Nigerian troops") counts less than the name
ADMIN1_SHARE = 0.6      # an admin1 name found in one country only ("Borno", "Zamfara State")
ARTICLE_MIN = 2.0       # the article's country must be named about twice...
ARTICLE_LEAD = 2.0      # ...and at least twice as often as the next one

_country_heads: dict[int, dict[str, int]] = {}


def _heads(g: gz.Gazetteer) -> dict[str, int]:
    """First word of every country name and demonym -> most words such a name
    has: most capitalised tokens start none, and are skipped at once."""
    heads = _country_heads.get(id(g))
    if heads is None:
        heads = {}
        for key in (*g.country_index, *g.demonyms):
            words = key.split()
            if words:
                heads[words[0]] = max(heads.get(words[0], 0), len(words))
        _country_heads.clear()
        _country_heads[id(g)] = heads
    return heads


gz.on_reset(_country_heads.clear)


def _mentions(tokens: list[str], g: gz.Gazetteer) -> Iterator[tuple[str, float]]:
    """(iso2, 1.0) for each country name, (iso2, DEMONYM_SHARE) for each demonym."""
    heads = _heads(g)
    folded = None
    for i, tok in enumerate(tokens):
        if not tok[:1].isupper():
            continue
        longest = heads.get(fold_token(tok).split(" ", 1)[0])
        if longest is None:
            continue
        if folded is None:
            folded = [fold_token(t) for t in tokens]
        for j in range(min(longest, 4), 0, -1):
            key = " ".join(folded[i:i + j])
            if neighbour(tokens, i, i + j):
                if key in g.country_index:
                    break  # "near the Niger Republic border": the neighbour, not "Niger" either
                continue
            cc = g.country_index.get(key)
            if cc:
                yield cc, 1.0
                break
            cc = g.demonyms.get(key)
            if cc:
                yield cc, DEMONYM_SHARE
                break


def countries_in(tokens: list[str], g: gz.Gazetteer, weight: float) -> dict[str, float]:
    found: dict[str, float] = {}
    for cc, w in _mentions(tokens, g):
        found[cc] = max(found.get(cc, 0.0), weight * w)
    return found


def admin1_named(tokens: list[str], g: gz.Gazetteer) -> Iterator[tuple[int, ...]]:
    """The admin1 areas each admin1 name (of one, two or three capitalised words) may be."""
    folded = [fold_token(t) for t in tokens]
    i, n = 0, len(tokens)
    while i < n:
        if not tokens[i][:1].isupper() or folded[i] in STOP:
            i += 1
            continue
        step = 1
        for j in (3, 2, 1):
            if i + j > n or not all(t[:1].isupper() for t in tokens[i:i + j]):
                continue
            key = " ".join(folded[i:i + j])
            subs = tuple(s for s in g.admins(key) if g.sub_level[s] == 1)
            if subs and key not in g.country_index:
                yield subs
                step = j
                break
        i += step


def _admin1_votes(tokens: list[str], g: gz.Gazetteer) -> Iterator[str]:
    """The country of each admin1 name that exists in one country only and is no country's name."""
    for subs in admin1_named(tokens, g):
        ccs = {g.sub_cc[s] for s in subs}
        if len(ccs) == 1:
            yield next(iter(ccs))


def country_counts(text: str) -> Counter:
    """How often each country is named in a text (demonyms and admin1 names count less)."""
    g = gz.load()
    tokens = tokenize(text)
    counts: Counter = Counter()
    for cc, w in _mentions(tokens, g):
        counts[cc] += w
    for cc in _admin1_votes(tokens, g):
        counts[cc] += ADMIN1_SHARE
    return counts


def article_country(text: str) -> str | None:
    """The ACLED name of the country a whole text is about, when one clearly leads
    (named about twice at least, twice as often as any other), else None."""
    ranked = country_counts(text).most_common(2)
    if not ranked or ranked[0][1] < ARTICLE_MIN or len(ranked) > 1 and ranked[0][1] < ARTICLE_LEAD * ranked[1][1]:
        return None
    g = gz.load()
    return g.country_info.get(ranked[0][0], (None,))[0]
