"""Passages that mention violence without reporting an act: reactions, statements of
intent, attributions of an incident already told, and statistics.

An article about an attack also tells who condemned it ("The governor condemned the
attack"), who appealed for calm, what a group said it would do, who was behind "the
attack", and how many incidents or deaths a period counted ("Eleven clashes have
taken place this month", "more than 1,500 people were killed last year"). None of
these is an event for an ACLED coder. The test is on the sentence's main verb: a
reaction verb that comes before any verb of violence ("After gunmen killed five, the
governor condemned the attack" reports the killing) - and on a subject that counts
incidents.

May import: etl.extract.dates_fatalities.
"""
from __future__ import annotations

import re

from etl.extract.dates_fatalities.background import is_aggregate_toll
from etl.extract.dates_fatalities.fatalities import NUMBER

# a verb of violence or of a protest: the act a sentence reports (its verb forms, not
# the nouns: "victims of Tuesday's attack" reports no act)
_ACT = re.compile(
    r"\b(?:(?:kill|attack|clash|abduct|kidnap|ambush|storm|raid|bomb|shell|explod|detonat|protest|demonstrat|"
    r"march|riot|loot|burn|torch|seiz|captur|arrest|fir|massacr|murder|behead|execut|invad|occupi|occupy|"
    r"shoot|fight|attaqu|enlev)(?:e?d|ing)|overr[au]n|fought|shot|died|struck|burnt|abattu|tu[ée]e?s?)\b", re.I)
# the main verb of a reaction or a statement about the violence, not the violence
_REACTION = re.compile(
    r"\b(?:appeal(?:ed|s)?\s+(?:for|to)|condemn(?:ed|s)?|denounc(?:ed|es)|vow(?:ed|s)|urg(?:ed|es)|"
    r"call(?:ed|s)\s+(?:for|on)|pledg(?:ed|es)|promis(?:ed|es)|warn(?:ed|s)|welcom(?:ed|es)|"
    r"deplor(?:ed|es)|mourn(?:ed|s)|express(?:ed|es)\s+(?:\w+\s+)?(?:concern|condolences|sorrow|shock|outrage|regret)|"
    r"(?:offer|sen)(?:ed|t|s)?\s+(?:\w+\s+)?condolences|paid\s+(?:\w+\s+)?tribute|commemorat(?:ed|es)|"
    r"marked\s+(?:the\s+)?(?:\w+\s+)?anniversary|"
    r"confirm(?:ed|s)\s+(?:the|its|their)\s+(?:death\s+)?(?:toll|attack|assault|raid|killings?|deaths?|incident)|"
    r"(?:said|says|announced|stated|declared)\s+(?:\w+\s+){0,3}?(?:it|they|he|she|we|the\s+\w+)\s+"
    r"(?:would|will|plans?\s+to|intends?\s+to)|"
    r"condamn\w*|appel\w*\s+au\s+calme)\b", re.I)
# an attribution of an incident already told: "said armed groups carried out the attack"
_ATTRIBUTION = re.compile(
    r"\b(?:carried\s+out|(?:was|were|is|are)\s+behind|(?:was|were|is|are)\s+responsible\s+for|perpetrated|"
    r"blamed\s+(?:[\w-]+\s+){0,5}?for|blamed)\s+the\s+(?:\w+\s+)?(?:attacks?|killings?|raids?|assault|ambush|"
    r"massacre|bombings?|violence|incident|abductions?|kidnappings?)\b", re.I)
# a subject that counts incidents: "Eleven clashes have already taken place ..."
_COUNTED = re.compile(
    rf"\b(?:more than\s+|over\s+|at least\s+|nearly\s+|some\s+|about\s+|a total of\s+)?{NUMBER}\s+"
    r"(?:[\w-]+\s+)?(?:clashes|attacks|incidents|raids|massacres|bombings|killings|abductions|kidnappings|"
    r"protests|demonstrations|ambushes|events)\s+(?:\w+\s+)?(?:have|had|were|took place|occurred|have been)\b", re.I)


def is_reaction(sentence: str) -> bool:
    """A reaction or statement is the sentence's main verb: it comes before any verb
    of violence ("appealed for calm, saying those who kill ..."; "said it would
    march")."""
    r = _REACTION.search(sentence)
    if r is None:
        return False
    act = _ACT.search(_unquoted(sentence[:r.start()]))
    return act is None


def is_attribution(sentence: str) -> bool:
    """Who was behind an incident already told ("police blamed the militia for the
    attack"); it elaborates that incident."""
    return _ATTRIBUTION.search(sentence) is not None


def is_statistic(sentence: str) -> bool:
    """A count over a period or over many incidents, not an act: the subject counts
    incidents, or the death toll is a period's or a conflict's."""
    return _COUNTED.search(sentence) is not None or is_aggregate_toll(sentence)


_QUOTED = re.compile(r"[\"“][^\"”]*[\"”]")


def _unquoted(text: str) -> str:
    return _QUOTED.sub(" ", text)
