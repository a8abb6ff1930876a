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
    r"shoot|fight|attaqu|enlev)(?:e?d|ing)|overr[au]n|fought|shot|died|struck|burnt|open(?:ed|ing)\s+fire|abattu|tu[ée]e?s?)\b", re.I)
# the main verb of a reaction or a statement about the violence, not the violence
_REACTION = re.compile(
    r"\b(?:appeal(?:ed|s)?\s+(?:for|to)|condemn(?:ed|s)?|denounc(?:ed|es)|vow(?:ed|s)|urg(?:ed|es)|"
    r"call(?:ed|s)\s+(?:for|on)|pledg(?:ed|es)|promis(?:ed|es)|warn(?:ed|s)|welcom(?:ed|es)|"
    r"deplor(?:ed|es)|mourn(?:ed|s)|decr(?:ied|ies)|lament(?:ed|s)|critici[sz](?:ed|es)|castigat(?:ed|es)|"
    r"express(?:ed|es)\s+(?:\w+\s+)?(?:concern|condolences|sorrow|shock|outrage|regret)|"
    r"den(?:ied|ies|y)\s+(?:on\s+\w+\s+)?(?:that|any|the|its|their|involvement|responsibility|reports?|claims?)|"
    r"(?:comment(?:ed|s)?\s+on|declined\s+to\s+comment|(?:not|yet\s+to)\s+(?:\w+\s+)?(?:comment|respond)(?:ed)?\b)|"
    r"dr(?:ew|awn|aws)\s+(?:\w+\s+){0,2}?(?:condemnation|criticism|outrage)|"
    r"impos(?:ed|es|ing)\s+(?:\w+\s+)?sanctions|sanction(?:ed|s)\s+(?!\w+\s+(?:for|by)\b)|"
    r"(?:offer|sen)(?:ed|t|s)?\s+(?:\w+\s+)?condolences|paid\s+(?:\w+\s+)?tribute|commemorat(?:ed|es)|"
    r"marked\s+(?:the\s+)?(?:\w+\s+)?anniversary|"
    r"confirm(?:ed|s)\s+(?:the|its|their)\s+(?:death\s+)?(?:toll|attack|assault|raid|killings?|deaths?|incident)|"
    r"(?:said|says|announced|stated|declared)\s+(?:\w+\s+){0,3}?(?:it|they|he|she|we|the\s+\w+)\s+"
    r"(?:would|will|plans?\s+to|intends?\s+to)|"
    r"condamn\w*|appel\w*\s+au\s+calme)\b", re.I)
# a court case over an act told or past: the trial, charge or sentence is the news, not
# the act ("A court sentenced three men to death for the attack on the market")
_LEGAL = re.compile(
    r"\b(?:sentenc(?:ed|es)\s+(?!to\s+(?:die|burn)\b)|convict(?:ed|s)\b|acquitt(?:ed|al|ing)\b|indict(?:ed|ment|s)\b|"
    r"arraign(?:ed|ment|s)\b|found\s+(?:\w+\s+)?guilty\b|ple(?:a)?d(?:ed)?\s+(?:not\s+)?guilty\b|"
    r"(?:went|go|goes|going|stand|stands|stood|face[sd]?|facing)\s+(?:on\s+)?trial\b|"
    r"trial\s+(?:of|over|for|opened|began|resumed|started)\b|"
    r"(?:was|were|been|being|is|are)\s+charged\s+(?:\w+\s+){0,3}?(?:with|over|in\s+connection\s+with)\b|"
    r"charged\s+(?:\w+\s+){1,4}?(?:with|over|in\s+connection\s+with)\b|jailed\s+for\b|"
    r"court(?:-martial|\s+martial)?\s+(?:\w+\s+){0,4}?(?:sentenced|convicted|jailed|ruled|acquitted|heard|ordered))", re.I)
# a threat, a plan or a fear of violence to come: nothing has happened yet
_THREAT = re.compile(
    r"\b(?:threaten(?:ed|s|ing)?\s+(?:\w+\s+){0,3}?(?:to|that|with)|(?:fears?|feared|fearing)\s+(?:that|of|for|further|more|new|renewed)|"
    r"plan(?:s|ned|ning)?\s+to|(?:is|are|was|were|been|being)\s+(?:\w+\s+)?planned|planned\s+for|(?:would|will|shall)\s+not\s+(?:be\s+)?(?:tolerat\w+|go\s+unpunished|allow\w*)|"
    r"(?:would|will)\s+be\s+(?:punished|held\s+(?:to\s+)?account\w*|brought\s+to\s+(?:justice|book)|hunted\s+down))\b", re.I)
# a comment on what an act told means ("the attack shows the group's reach"), or the act as
# pictures and posts show it ("a video purportedly showed burned houses", "a hashtag was trending")
_COMMENT = re.compile(
    r"\b(?:shows|show\s+(?:that|how)|highlight(?:s|ed)?|underscor(?:e|es|ed)|illustrat(?:e|es|ed)|underlin(?:e|es|ed)|exposes|reflects|"
    r"points\s+to|is\s+(?:a|another|the\s+latest)\s+(?:sign|reminder|blow|setback|indication|example|test)|"
    r"hashtags?|trend(?:ed|ing)\s+on|went\s+viral|took\s+to\s+(?:social\s+media|twitter|facebook)|"
    r"(?:footage|videos?|images|photos|photographs|pictures|clips?)\s+(?:[\w-]+\s+){0,6}?"
    r"(?:show(?:s|ed|ing)?|depict\w*|purport\w*|appear\w*\s+to\s+show))\b", re.I)
# each main-verb pattern with the words without which it cannot match (a cheap gate)
_MAIN_VERBS = (
    (_REACTION, ("appeal", "condemn", "denounc", "vow", "urg", "call", "pledg", "promis", "warn", "welcom", "deplor",
                 "deni", "deny", "comment", "respond", "condemnation", "criticism", "outrage", "sanction",
                 "mourn", "decr", "lament", "critic", "castigat", "express", "condolence", "tribute", "commemorat",
                 "anniversary", "confirm", "said", "says", "announced", "stated", "declared", "condamn", "appel")),
    (_LEGAL, ("sentenc", "convict", "acquitt", "indict", "arraign", "guilty", "trial", "charged", "jailed", "court")),
    (_THREAT, ("threaten", "fear", "plan", " not ", "punished", "account", "justice", "book", "hunted")),
    (_COMMENT, ("show", "highlight", "underscor", "illustrat", "underlin", "expos", "reflect", "points to", " is ",
                "hashtag", "trend", "viral", "took to", "footage", "video", "image", "photo", "picture", "clip")),
)
# an attribution of an incident already told: "said armed groups carried out the attack"
_ATTRIBUTION = re.compile(
    r"\b(?:carried\s+out|(?:was|were|is|are)\s+behind|(?:was|were|is|are)\s+responsible\s+for|perpetrated|"
    r"blamed\s+(?:[\w-]+\s+){0,5}?for|blamed)\s+the\s+(?:\w+\s+)?(?:attacks?|killings?|raids?|assault|ambush|"
    r"massacre|bombings?|violence|incident|abductions?|kidnappings?)\b", re.I)
# a conflict's course rather than an act: its onset ("the rebels began fighting the army in
# April 2020"), what it has become ("the fighting has become the region's worst crisis"),
# or a period's toll ("300 were killed in the first three months of the year")
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"
_COURSE = re.compile(
    r"\b(?:began|begun|started)\s+(?:fighting|(?:an?\s+|their\s+|its\s+)?(?:[\w-]+\s+)?(?:insurgency|rebellion|war|uprising|"
    r"armed\s+struggle))\b|"
    r"\b(?:has|have|had)\s+(?:\w+\s+)?(?:become|turned\s+into|grown\s+into|escalated\s+into|spirall?ed\s+into|"
    r"developed\s+into)\s+(?:[\w'’-]+\s+){0,5}?(?:crisis|conflict|war|threat|challenge|emergency|insurgency)\b|"
    r"\b(?:mired|gripped|plagued|wracked|racked|engulfed)\s+(?:in|by)\b|"
    r"\bin\s+the\s+(?:first|last|past)\s+(?:[\w-]+\s+)?(?:months?|weeks?|half|quarter)\s+of\s+(?:the\s+|this\s+)?"
    r"(?:year|\d{4})\b|\bso\s+far\s+(?:this|in)\s+(?:year|\d{4})\b|"
    rf"\bbetween\s+(?:(?:early|late|mid)[\s-]+)?{_MONTH}\s+and\s+(?:(?:early|late|mid)[\s-]+)?{_MONTH}", re.I)
_COURSE_WORDS = ("began", "begun", "started", "become", "turned into", "grown into", "escalated", "spiral", "developed into",
                 "mired", "gripped", "plagued", "wracked", "racked", "engulfed", "first", "last", "past", "so far",
                 "between")
# a subject that counts incidents: "Eleven clashes have already taken place ..."
_COUNTED = re.compile(
    rf"\b(?:more than\s+|over\s+|at least\s+|nearly\s+|some\s+|about\s+|a total of\s+)?{NUMBER}\s+"
    r"(?:[\w-]+\s+)?(?:clashes|attacks|incidents|raids|massacres|bombings|killings|abductions|kidnappings|"
    r"protests|demonstrations|ambushes|events)\s+(?:\w+\s+)?(?:have|had|were|took place|occurred|have been)\b", re.I)


def is_reaction(sentence: str) -> bool:
    """A reaction, statement, court case, threat or comment is the sentence's main verb:
    it comes before any verb of violence ("appealed for calm, saying those who kill ...";
    "said it would march"; "a court sentenced two men for the attack")."""
    lowered = sentence.lower()
    starts = [m.start() for rx, words in _MAIN_VERBS if any(w in lowered for w in words)
              if (m := rx.search(sentence))]
    if not starts:
        return False
    act = _ACT.search(_unquoted(sentence[:min(starts)]))
    return act is None


def is_attribution(sentence: str) -> bool:
    """Who was behind an incident already told ("police blamed the militia for the
    attack"); it elaborates that incident."""
    return _ATTRIBUTION.search(sentence) is not None


def is_statistic(sentence: str) -> bool:
    """A count over a period or over many incidents, or a conflict's course, not an
    act: the subject counts incidents, the death toll is a period's or a conflict's,
    or the sentence tells how a war began or what it has become."""
    lowered = sentence.lower()
    return (_COUNTED.search(sentence) is not None or is_aggregate_toll(sentence)
            or any(w in lowered for w in _COURSE_WORDS) and _COURSE.search(sentence) is not None)


_QUOTED = re.compile(r"[\"“][^\"”]*[\"”]")


def _unquoted(text: str) -> str:
    return _QUOTED.sub(" ", text)
