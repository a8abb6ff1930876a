"""Event extraction: article text to ACLED-style events.

Public entry point: ``extract_events(article) -> list[Event]``;
``extract_with_diagnostics(article)`` also returns why candidate events were
dropped, so the pipeline can record them (nothing is dropped silently).

Flow: sentences with offsets -> cheap trigger prefilter -> event passages (an
event sentence plus the follow-up sentences of its paragraph that add no new
date) -> type (text.taxonomy), date and fatalities (dates_fatalities), place
(places), actors (actors) -> one row per incident (incidents: a later mention of
the same incident, or a paragraph elaborating it, is folded into it; a passage listing
several sites of its act is one row per site, sites) -> Event.

Sub-packages, one per concern, each saying what it may import: text (sentences,
lexicon, cues, taxonomy), dates_fatalities, places (gazetteer and resolution),
actors. May import: etl.records. Nothing here touches the warehouse.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache
from datetime import date, datetime, timezone

from etl.extract.actors.prior import country_prior
from etl.extract.actors.assign import assign_actors
from etl.extract.dates_fatalities.dates import DateMatch, find_dates, is_historical
from etl.extract.dates_fatalities.recalled import anniversary
from etl.extract.dates_fatalities.fatalities import count_fatalities
from etl.extract.incidents import (Found, add_sites, attach_detail, counter_attack, demonstration_deaths, lend_lead,
                                   same_incident)
from etl.extract.text.notes import make_note
from etl.extract.places.countries import article_country
from etl.extract.places.resolve import resolve_location
from etl.extract.sites import listed_sites, own_town, place_sites, with_own_site
from etl.extract.statements import is_attribution, is_reaction, is_statistic
from etl.extract.passages import Passage, passage_context, split_passages
from etl.extract.retellings import fold_retellings
from etl.extract.roundups import add_round_up, round_up
from etl.extract.text.sentences import split_sentences
from etl.extract.text.learned import active_model
from etl.extract.text.taken import classify_taken, taken_place
from etl.extract.text.taxonomy import DISORDER, DISORDER_BY_SUB, Classification, classify, is_candidate
from etl.records import Article, Event

EXTRACTOR_VERSION = "rules-0.3"
SUPPORTED_LANGUAGES = ("en", "fr")

_EN = re.compile(r"\b(?:the|and|of|was|were|in|on|by|with|killed|that)\b", re.I)
_FR = re.compile(r"\b(?:le|la|les|des|et|du|une|dans|est|sont|ont|été|par)\b", re.I)


@dataclass
class Skip:
    """A candidate event the extractor dropped, and why."""

    reason: str      # e.g. "no_country", "unsupported_language"
    detail: str
    evidence_start: int = 0


def guess_language(text: str) -> str | None:
    """Cheap stopword vote between the two languages we read."""
    sample = text[:3000]
    en, fr = len(_EN.findall(sample)), len(_FR.findall(sample))
    words = len(sample.split())
    if max(en, fr) < max(2, words // 12):
        # a long text with neither language's function words is in another language;
        # a short one is too short to tell, and English is the target language
        return None if words >= 40 else "en"
    return "en" if en >= fr else "fr"


def extract_events(article: Article) -> list[Event]:
    return extract_with_diagnostics(article)[0]


def extract_with_diagnostics(article: Article) -> tuple[list[Event], list[Skip]]:
    language = article.language or guess_language(article.text)
    if language not in SUPPORTED_LANGUAGES:
        return [], [Skip("unsupported_language", f"language {language!r} is not read by the extractor")]
    published = _publication_date(article)
    sentences = split_sentences(article.text)
    passages = split_passages(sentences, published)
    events: list[Event] = []
    skips: list[Skip] = []
    found: list[Found] = []
    placeless: list[tuple[Passage, Classification, DateMatch]] = []   # a lead naming no place
    # a multi-paragraph article mentions much that is not an event (aims, history,
    # statements); a one-paragraph report (a wire brief, an ACLED-style note) is the event
    is_article = len({x.paragraph for x in sentences}) > 1
    # the country the text itself is about, when neither the source nor the dateline tells it
    hint = article.country_hint or article_country(article.title + "\n" + article.text)
    home = hint or _dateline_country(article.text)
    # no country from the source or the dateline: the actors named may tell it
    prior = {} if home else country_prior(article.title + "\n" + article.text)
    model = active_model()
    for i, passage in enumerate(passages):
        coded = classify(passage.text, passage.primary.text) or _taken(passage.text, passage.primary.text)
        if coded is None:
            continue
        if model is not None:
            coded = _learned(model, coded, passage.text)
        d = passage.date
        if is_article and not d.year_only and (clauses := round_up(passage.primary.text)):
            # "marches were prevented in A and B, confrontations in C, rallies went ahead in D"
            where = _resolve_place(passage, passage_context(article.title, sentences, passage), hint, prior)
            if where is not None and where.country and add_round_up(found, passage, clauses, d,
                                                                    not d.explicit or d.reported, where):
                continue
        if is_article and found and not d.explicit and passage.primary.paragraph > 0:
            # an undated later paragraph that tells an act in a town no event has yet
            # ("In the city of X, protesters set fire to a police station"): its own event
            passage = _told_elsewhere(found, passage)
            if passage is None:
                continue
        if is_article and not (d.explicit and coded.event_type != "Strategic developments"
                               or _realis(passage.primary.text)):
            if found and not d.explicit and passage.primary.paragraph > 0 \
                    and coded.event_type == "Explosions/Remote violence" and not _CLAIM.search(passage.primary.text) \
                    and found[-1].coded.sub_event_type == "Attack":
                # an undated paragraph telling the means of the attack on civilians just reported
                # ("The group launched a barrage of drones, followed by shelling") tells its type
                attach_detail(found, passage.text).more.append(passage)
            elif found and not d.explicit and passage.primary.paragraph > 0 and (counter := counter_attack(
                    found, passage, coded, True)) is not None:
                found.append(counter)   # the forces' counter-offensive after the attack is a battle of its own
            elif found and not d.explicit and passage.primary.paragraph > 0 and count_fatalities(passage.text):
                # an undated paragraph telling how the incident unfolded gives its toll
                # ("... fought for an hour. Three soldiers and two militants were killed")
                attach_detail(found, passage.text).counted.append(passage)
            continue   # undated, or a strategic "development" without a reported act
        if d.year_only:
            continue   # ACLED codes nothing dated less precisely than a month ("began in 2017")
        recalled = anniversary(passage.primary.text, d) if is_article else None
        if recalled is not None:
            d = recalled   # the event whose anniversary was marked, N years before
        elif is_article and _not_an_act(passage.primary.text, d):
            skips.append(Skip("not_an_act", "a reaction, statement or statistic: " + passage.primary.text[:160],
                              passage.primary.start))
            continue
        sites = listed_sites(passage.text) if is_article else []
        if sites and found and not d.explicit and not place_sites(sites, found[-1].place)[1:]:
            sites = []   # sites the gazetteer cannot place: the passage elaborates as before
        if is_article and found and (_CLAIM.search(passage.primary.text) and not _claims_earlier(found, d)
                                     or is_attribution(passage.primary.text)
                                     or not d.explicit and passage.primary.paragraph > 0 and not sites):
            # a claim, or an undated later paragraph, elaborates the event just reported
            # (its assailants, toll, how it unfolded): it reports no new one
            if (counter := counter_attack(found, passage, coded, not d.explicit)) is not None:
                found.append(counter)
                continue
            attach_detail(found, passage.text).more.append(passage)
            continue
        context = passage_context(article.title, sentences, passage)
        later = [s.text for s in sentences[passage.sentences[-1].index + 1:]]
        place = _resolve_place(passage, context, hint, prior, later)
        while place is not None and place.from_sentence and _another_day(place.from_sentence, d.day, published):
            # the later sentence that would place the event tells an incident of another day
            later = [s for s in later if s != place.from_sentence]
            place = _resolve_place(passage, context, hint, prior, later)
        if place is None or not place.country:
            skips.append(Skip("no_country", "no resolvable country for: " + passage.primary.text[:160],
                              passage.primary.start))
            continue
        if home and place.country != home and not _country_named(place.country, article.text + " " + article.title):
            # a town abroad that shares a name with a word of the text ("Fano"), in a
            # report whose outlet or dateline places it elsewhere and never names that country
            skips.append(Skip("foreign_namesake", f"{place.country} is not named in a report from {home}: "
                              + passage.primary.text[:160], passage.primary.start))
            continue
        if is_article and not _named_in(place, passage.primary.text + " " + context) \
                and not _placed_later(passage, context, hint, prior, place, later):
            placeless.append((passage, coded, d))
            skips.append(Skip("country_level", "no place below country level named for: "
                              + passage.primary.text[:160], passage.primary.start))
            continue
        fatalities = count_fatalities(passage.text)
        weak = not d.explicit or d.reported
        placed = place_sites(sites, place) if sites else []
        if placed:   # the lead's own town, before the sites its follow-up lists
            placed = with_own_site(sites, placed, passage.primary.text, place, count_fatalities(passage.primary.text))
        if len(placed) >= 2:   # "killed in A, B and C": one event per site
            coded, d = demonstration_deaths(found, coded, d, weak, passage.text)
            add_sites(found, passage, coded, d, weak, placed, fatalities)
            continue
        same = same_incident(found, coded.event_type, place, d.day, weak, passage.primary.text) if is_article else None
        borrowed = None
        if same is None and is_article:
            # the sentence an earlier event took its place from tells that same incident (and its day)
            same = borrowed = next((c for c in found if c.place.from_sentence == passage.primary.text
                                    and c.coded.event_type == coded.event_type), None)
        if same is not None:
            # a mention that counts only the attacker who blew himself up is no competing toll
            toll = fatalities if not fatalities or count_fatalities(passage.text, attackers=False) else 0
            same.absorb(place, d, weak, toll, passage.text)
            if borrowed is not None and not weak:
                same.date, same.weak = d, False
            continue
        key = (place.country, place.admin1, place.location, d.day, coded.event_type)
        if any(c.key == key for c in found):
            continue   # a repeated mention is not a second event
        found.append(Found(passage, coded, d, place, fatalities, weak, key))
    for passage, coded, d in placeless:
        lend_lead(found, passage, coded, d)
    for c in found:
        c.settle()
    for c in fold_retellings(found):
        # the sites of one passage share its evidence: the ordinal keeps their ids apart
        ordinal = sum(e.evidence_start == c.passage.primary.start for e in events)
        events.append(replace(_event(article, c, published), ordinal=ordinal))
    return events, skips


def _event(article: Article, c: Found, published: date) -> Event:
    d, coded, place, passage, fatalities = c.date, c.coded, c.place, c.passage, c.fatalities
    actors = _assign_actors(passage.text, coded.event_type, coded.sub_event_type, place.country, d.day,
                            article.title + "\n" + article.text)
    historical = is_historical(d, published)
    if d.reported and d.precision == 1:
        # only the day a statement was made ("officials said on Sunday that ..."): the act
        # fell on or shortly before it, so the day is approximate
        d = replace(d, precision=2)
    confidence = coded.confidence * (0.9 if d.explicit else 0.7) * (1.0 if place.location else 0.8)
    return Event(
        event_date=d.day, time_precision=d.precision,
        event_type=coded.event_type, sub_event_type=coded.sub_event_type,
        disorder_type=coded.disorder_type,
        actor1=actors.actor1, inter1=actors.inter1, assoc_actor_1=actors.assoc_actor_1,
        actor2=actors.actor2, inter2=actors.inter2, assoc_actor_2=actors.assoc_actor_2,
        civilian_targeting=coded.civilian_targeting,
        country=place.country, iso=place.iso, region=place.region, admin1=place.admin1,
        admin2=place.admin2, admin3=place.admin3, location=place.location,
        latitude=place.latitude, longitude=place.longitude, geo_precision=place.geo_precision,
        source=article.source, source_scale=article.source_scale,
        notes=make_note(d.day, d.precision, coded.sub_event_type, actors.actor1, actors.actor2,
                        place.location, place.admin1, place.country, fatalities),
        fatalities=fatalities, tags="",
        article_id=article.article_id, evidence=passage.primary.text,
        evidence_start=passage.primary.start, evidence_end=passage.primary.end,
        confidence=round(confidence, 3), historical=historical,
        extractor_version=EXTRACTOR_VERSION, ordinal=0,
    )


def _learned(model, coded: Classification, text: str) -> Classification:
    """The user's trained model's type for a passage the rules found to be an event."""
    event_type, sub, prob = model.predict(text)
    if event_type not in DISORDER:
        return coded
    civ = "Civilian targeting" if event_type == "Violence against civilians" or (
        coded.civilian_targeting and event_type == coded.event_type) else ""
    return Classification(event_type, sub, DISORDER_BY_SUB.get(sub, DISORDER[event_type]), civ,
                          round(min(0.95, max(coded.confidence, prob)), 3))


def _taken(passage: str, primary: str) -> Classification | None:
    """Territory taken, named bare ("the rebels seized X", "troops have entered the city of
    X"), which the trigger lexicon cannot read (text.taken)."""
    taken = classify_taken(passage, primary)
    if taken is None:
        return None
    event_type, sub = taken
    return Classification(event_type, sub, DISORDER_BY_SUB.get(sub, DISORDER[event_type]), "", 0.55)


def _realis(sentence: str) -> bool:
    """Does the sentence tell an act done (a past-tense verb of one), not a plan or a state?"""
    return _REALIS.search(sentence) is not None or taken_place(sentence) is not None


def _told_elsewhere(found: list[Found], passage: Passage) -> Passage | None:
    """The sentences of an undated follow-up paragraph that each tell an act of their own in
    a town no event found so far is placed at (a report's round-up: "In the city of X, the
    army intervened after protesters set fire to a police station") are events of their own,
    on the day of the event the paragraph follows. The rest of the passage (None when
    nothing is left) still elaborates that event."""
    if listed_sites(passage.text):
        return passage   # a list of sites: one event per site, as the passage goes on to tell
    lead = next((c for c in reversed(found) if c.coded.event_type != "Strategic developments"), found[-1])
    taken = []
    for s in passage.sentences:
        text = s.text
        if not (_realis(text) or _TOWN_ACT.search(text)) or not is_candidate(text) or _CLAIM.search(text) \
                or is_attribution(text) or _not_an_act(text, passage.date):
            continue
        coded = classify(text, text) or _taken(text, text)
        if coded is None or coded.event_type == "Strategic developments":
            continue
        place = own_town(text, lead.place, [c.place for c in found])
        if place is None:
            continue
        key = (place.country, place.admin1, place.location, lead.date.day, coded.event_type)
        found.append(Found(Passage([s], lead.date), coded, lead.date, place, count_fatalities(text), lead.weak, key))
        taken.append(s)
    if not taken:
        return passage
    rest = [s for s in passage.sentences if s not in taken]
    return replace(passage, sentences=rest) if rest else None


_TOWN_ACT = re.compile(r"\b(?:intervened|set (?:fire|ablaze)|erupted|broke out|died)\b", re.I)


def _claims_earlier(found: list[Found], d: DateMatch) -> bool:
    """A claim dated days before every incident told ("The group last week claimed the
    siege of a hotel in X") claims an earlier incident, not the one just reported."""
    return d.explicit and all((c.date.day - d.day).days > 3 for c in found)


def _not_an_act(sentence: str, d: DateMatch) -> bool:
    """A reaction or a statement of intent, or a statistic not dated to a day or two
    ("killed at the weekend in two attacks near X" is the weekend's incidents)."""
    return is_reaction(sentence) or (is_statistic(sentence) and not (
        d.explicit and (d.precision == 1 or (d.latest - d.day).days <= 2)))


def _placed_later(passage: Passage, context: str, hint: str | None, prior, place, later: list[str]) -> bool:
    """Is the place one a later sentence names ("The fighting took place in the village
    of X"), where the event's own sentence named only its region? Then it is named."""
    if not later or not _named_in(place, " ".join(later)):
        return False
    own = _resolve_place(passage, context, hint, prior, [])
    if own is not None and _CAPITAL.search(passage.primary.text) and _named_in(place, place.from_sentence):
        return True   # "in the capital of X" and a later sentence names the city
    return own is None or (own.location, own.latitude) != (place.location, place.latitude)


_CAPITAL = re.compile(r"\bcapital\b", re.I)


_REALIS = re.compile(
    r"\b(?:killed|attacked|hit|struck|clashed|abducted|kidnapped|ambushed|stormed|raided|bombed|shelled|exploded|"
    r"detonated|protested|demonstrated|marched|rioted|looted|burned|burnt|torched|seized|captured|"
    r"recaptured|retook|occupying|occupied|overran|took (?:full )?control|freed|liberated|arrested|fought|shot|opened fire|massacred|"
    r"signed|withdrew|pulled out|handed over|entered|detained|surrendered|defected|defused|dismantled|"
    r"established|set up|imposed|stole|prevented|suppressed|dispersed|broke up|(?:went|gone) ahead|(?:managed|went on) to steal|destroyed|tué|attaqué|enlevé|repoussé|arrêté|signé)\b", re.I)
# a claim of responsibility restates an attack already reported, it is no new event
_CLAIM = re.compile(r"\b(?:claimed (?:responsibility|the (?:attack|killing|abduction|bombing|ambush|raid))|"
                    r"revendiqu\w+)", re.I)


@lru_cache(maxsize=512)  # an article's context is folded once per passage that asks
def _fold(text: str) -> str:
    if text.isascii():  # most news text: NFKD changes nothing and nothing combines
        return text.lower()
    return "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))


def _named_in(place, text: str) -> bool:
    """Is the event's place (town, or admin area) actually named in the text?
    ACLED codes no country-level events; a country's capital picked as a
    fallback point is not a place the article reports."""
    folded = _fold(text)
    names = [n for n in (place.location, place.admin3, place.admin2, place.admin1) if n]
    return any(_fold(n).split(" - ")[0][:6] in folded or _bare_stem(n) in folded
               for n in names)


# an Arabic (or French) article the gazetteer writes and the news often drops:
# "Al-Tabqa" is reported as "Tabqa", "Ar-Raqqa" as "Raqqa"
_ARTICLE = re.compile(r"^(?:al|el|ar|as|at|ad|an|ash|ath|az|adh|es|et|ed|en|er|le|la|les|l')[- ']")


def _bare_stem(name: str) -> str:
    """A name's first letters without its article, one letter short of a
    transliterated ending ('raqqah' -> 'raqqa'); a string found in no text when
    the name has no article or is too short to tell."""
    bare = _ARTICLE.sub("", _fold(name).split(" - ")[0])
    if bare == _fold(name).split(" - ")[0] or len(bare) < 5:
        return "\x00"
    return bare[:min(6, len(bare) - 1)]


_DATELINE = re.compile(r"^[A-Z][A-Z .'’-]+,\s+(?P<country>[A-Z][\w .'-]{2,40}?)\s+[-–—]\s")
_GENERIC_WORDS = {"republic", "democratic", "central", "united", "south", "north", "states", "kingdom",
                  "islands", "federal", "people's", "arab", "the", "of", "and", "rep.", "dem."}


def _dateline_country(text: str) -> str | None:
    """'BANDIAGARA, Mali - ...' -> 'Mali' (a dateline that names only a city gives None)."""
    m = _DATELINE.match(text.lstrip())
    return m.group("country").strip() if m else None


def _country_named(country: str, text: str) -> bool:
    """Does the text name the country, or its people ('Ethiopian', 'Congolese')?"""
    folded = _fold(text)
    words = [w for w in re.findall(r"[\w']+", _fold(country)) if w not in _GENERIC_WORDS and len(w) >= 4]
    return any(re.search(r"\b" + re.escape(w[:max(4, len(w) - 2)]), folded) for w in words)


def _another_day(sentence: str, day: date, published: date) -> bool:
    """Does the sentence date what it tells to another day (a week or more away, or another month)?"""
    return any(m.explicit and not m.reported and not m.year_only
               and (abs((m.day - day).days) > 7 if m.precision < 3 else (m.day.year, m.day.month) != (day.year, day.month))
               for m in find_dates(sentence, published))


def _publication_date(article: Article) -> date:
    when = article.published_at or article.fetched_at or datetime.now(timezone.utc)
    return when.date() if isinstance(when, datetime) else when


# -- collaborators: places and actors are separate modules (gazetteer and actor
#    dictionary load lazily, on first use).

def _resolve_place(passage: Passage, context: str, hint: str | None, prior: dict[str, float] | None = None,
                   later: list[str] | None = None):
    return resolve_location(passage.primary.text, context, hint, prior, later or ())


def _assign_actors(text: str, event_type: str, sub_event_type: str, country: str, day: date, article: str = ""):
    return assign_actors(text, event_type, sub_event_type, country, day, article)
