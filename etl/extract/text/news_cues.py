"""Cues for news prose (issue 11), used by the event classifier (taxonomy.py): what in a
report is background rather than an event (habits, tallies, fears), deaths told as
happening in a demonstration, and the phrasing of strategic developments that have no
lexicon feature of their own (a coup, displacement after fighting, a mass grave).
Written from the ACLED codebook's definitions and from how news words events.
"""
from __future__ import annotations

import re

# deaths or injuries reported as happening in a demonstration ("killed during the protests",
# "died in the riots", "killed after protesters went on the rampage"): the demonstration is the event
DEATH_IN_DEMO = re.compile(
    r"\b(?:killed|dead(?! bod)|died|lost (?:their|his|her) lives?|shot dead|injured|wounded)\b[^.;]{0,50}?"
    r"\b(?:in|during|at|amid|amidst) (?:the |a |an |similar |violent |deadly |ongoing |street )?(?:[\w-]+ ){0,2}"
    r"(?:protests?|demonstrations?|riots?|rioting|march(?:es)?|rall(?:y|ies)|sit-ins?|unrest)\b|"
    r"\b(?:killed|dead|died)\b[^.;]{0,40}?\b(?:after|when|as) (?:\w+ ){0,2}(?:protesters|demonstrators|rioters|crowds?)\b")
# state forces using firearms on a crowd: what makes deaths in a demonstration excessive force
STATE_FIRED = re.compile(
    r"\b(?:killed|shot dead|murdered) by (?:the )?(?:\w+ ){0,2}(?:police\w*|soldiers|troops|army|military|gendarm\w+|security)\b|"
    r"\b(?:police\w*|soldiers|troops|army|military|gendarm\w+|security (?:forces|services|agents|personnel|operatives))\b"
    r"[^.;]{0,60}?\b(?:rifles|live (?:bullets|ammunition|rounds)|opened fire|fired (?!tear|teargas|rubber|warning|water|in the air|into the air)|shot (?:at|dead|and killed)|gunfire)\b")
# background that is no event of its own: a habitual clause ("where herders and farmers have
# repeatedly clashed"), a general statement ("attacks are common in the region") or a tally over
# a period ("eleven clashes have taken place since the start of the month")
BACKGROUND_CLAUSE = re.compile(
    r"\b(?:raising |sparking |amid |stoking )?(?:fears?|threats?|risks?|prospects?) of (?:a |an |renewed |further |more |new )?"
    r"(?:\w+ )?(?:fighting|clashes|violence|attacks?|reprisals?|confrontations?)\b|"
    r"(?:,\s*)?\b(?:where|as|which|who|whose|that)\b[^.;]{0,80}?\b(?:have|has|had) (?:\w+ )?"
    r"(?:repeatedly|frequently|regularly|often|routinely|long|previously) (?:\w+ )?"
    r"(?:clashed|fought|attacked|targeted|raided|been (?:attacked|targeted|raided))\b[^.;,]*|"
    r"\b(?:attacks|clashes|violence|killings|kidnappings|abductions|raids|bombings|fighting|banditry|insecurity)\b"
    r"(?:\s+[\w-]+){0,4}?\s+(?:are|is|have been|has been|remain|remains|had been)\s+(?:\w+\s+)?"
    r"(?:common|frequent|rife|recurrent|rampant|widespread|on the rise|increasing|escalating|commonplace|"
    r"a regular occurrence|a common occurrence)\b[^.;,]*|"
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens of|hundreds of|several|many|"
    r"numerous|multiple)\s+(?:\w+\s+)?(?:clashes|attacks|incidents|raids|abductions|kidnappings|killings|bombings)\s+"
    r"(?:have|had)\s+(?:already\s+)?(?:taken place|been (?:recorded|reported|registered|carried out|documented))\b[^.;,]*|"
    # an opinion on the violence ("it is unfortunate that people are fighting among themselves")
    # (not one that frames a counted act: "it is sad that gunmen killed 12 farmers in ...")
    r"\bit(?: is|'s| was| would be)\s+(?:\w+\s+)?(?:unfortunate|sad|regrettable|shameful|deplorable|unacceptable|"
    r"a shame|a pity|tragic|worrying|saddening)\b(?![^.;]*\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|"
    r"dozens|scores|hundreds)\b)[^.;]*|"
    # the past a superlative is measured against ("the deadliest attack since jihadist
    # violence erupted in 2015", "the worst violence since the war began")
    r"\bsince\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:violence|insurgency|conflict|war|fighting|crisis|unrest|rebellion|"
    r"uprising|attacks?)\s+(?:first\s+)?(?:erupted|began|broke out|started|flared up|emerged)\b[^.;,]*|"
    # a comparison with the past ("this is the first time the county is attacked since December")
    r"\b(?:this|it|that)\s+(?:is|was)\s+(?:not\s+)?the\s+(?:first|second|third|fourth|fifth|only|latest|\w+th)\s+time\b[^.;,]*|"
    # a group's or a place's long war, told as background ("rebels, who have been battling the army
    # for seven years", "the town has been plagued by fighting between X and Y in recent years")
    r"\b(?:who|which|that|has|have|had)\s+(?:\w+\s+)?been\s+(?:fighting|battling|clashing|waging|plagued by|hit by|"
    r"wracked by|racked by|beset by|ravaged by|torn by|scarred by|marred by|affected by|the scene of)\b"
    r"(?=[^.;]*?\b(?:in recent (?:years|months|weeks)|for (?:\w+ ){0,2}(?:years|decades|months)|since (?:(?:19|20)\d\d|the)|"
    r"(?:years|decades|months) of)\b)[^.;]*|"
    # habitual attacks ("carrying out frequent attacks and bombings", "has been launching incessant attacks")
    r"\b(?:carr(?:y|ies|ying|ied) out|launch(?:es|ing|ed)?|stag(?:es|ing|ed)|conduct(?:s|ing|ed)?|mount(?:s|ing|ed)?)\s+"
    r"(?:frequent|regular|repeated|incessant|numerous|persistent|sporadic|countless|daily|near-daily|almost daily|"
    r"deadly and frequent|relentless)\s+(?:[\w-]+\s+){0,2}?(?:attacks|bombings|raids|assaults|ambushes|strikes)\b[^.;]*")
# a coup as the act reported (not a protest against one)
COUP_ACT = re.compile(
    r"\b(?:staged|launched|attempted|carried out|mounted|foiled|thwarted|led) (?:a |an |the )(?:\w+ )?coup\b|"
    r"\bcoup (?:attempt )?(?:was |had been |has been )?(?:foiled|thwarted)|\b(?:seized|took|grabbed) power\b|"
    r"\boverthr(?:ew|own)\b|\bdeposed\b")
# a security measure declared, imposed or lifted: a development, whatever violence it answers
# ("declared a state of emergency following days of clashes")
MEASURE_DECLARED = re.compile(
    r"\b(?:declared|imposed|extended|lifted|announced|decreed|instituted|proclaimed)\s+(?:a |an |the )?(?:[\w-]+ ){0,3}?"
    r"(?:state of emergency|curfews?|martial law|state of siege|lockdown)\b")
# people fleeing, told as the aftermath of fighting ("hundreds fled their homes after the clashes")
DISPLACED_AFTER = re.compile(
    r"\b(?:fled|flee(?:ing)?|displaced|forced to leave|abandoned their (?:homes|villages))\b[^.;]{0,60}?"
    r"\b(?:after|following|due to|because of|amid|fearing|in the wake of)\b")
MASS_GRAVE = re.compile(r"\bmass graves?\b|\bcharniers?\b")
# levies and extortion: the only "looting" at an illegal checkpoint, which stays an Other
EXTORTION = re.compile(r"\b(?:extort\w*|lev(?:y|ied|ies|ying)|tax(?:es)?|tolls?|zakat|money|cash|fees?)\b")
# a reaction whose only violent words are quoted or name the event as a topic ("appealed for
# calm, saying 'those who loot...'", "the attack is being investigated"): no new event
REACTION_FRAME = re.compile(
    r"\b(?:appealed for calm|call(?:ed|s) for calm|urged (?:calm|restraint)|condemned|denounced|deplored|"
    r"express(?:ed|es) (?:\w+ )?(?:condolences|sorrow|concern|outrage)|paid tribute|offered condolences|"
    r"(?:thoughts|prayers|sympathies|hearts?) (?:are|go|goes|is) (?:\w+ )?(?:out )?(?:to|with)|extend(?:ed|s)? (?:\w+ )?condolences|"
    r"(?:shocked|saddened|horrified|outraged) (?:by|at|over))\b")
QUOTED = re.compile(r"\"[^\"]{0,400}\"|“[^”]{0,400}”")
_TOPIC_TAIL = re.compile(
    r"\b(?:the|this|that|last|\w+day['’]s|\w+['’]s)\s+(?:[\w-]+\s+){0,6}?(?:attacks?|raids?|killings?|massacres?|ambush(?:es)?|"
    r"incidents?|violence|bombings?|assaults?|clashes)\b[^.;]{0,60}?\b(?:is|was|has been|have been|are|were) (?:being |now |still )?"
    r"(?:investigated|probed|condemned|claimed by|blamed on|denounced|under investigation)\b")
# an event already reported, named as the place of a visit ("paid a visit to the sites of the
# recent explosions", "toured the scene of the massacre")
_VISITED_SITE = re.compile(
    r"\b(?:paid a visit to|visit\w*|tour\w*|inspect\w*|went to|arrived at)\s+(?:the\s+)?(?:sites?|scenes?|venue|spot|location)\s+"
    r"of\s+(?:the\s+|last\s+\w+['’]s\s+)?(?:[\w-]+\s+){0,3}?(?:attacks?|bombings?|blasts?|explosions?|massacres?|raids?|killings?|"
    r"strikes?|clashes|fighting|violence)\b")
# an event already reported, named as the topic of a comment ("Friday's attack was only 25 km
# from the capital") or as what a protest answered ("the march was organised after ...")
_TOPIC_LEAD = re.compile(
    r"\W*(?:the|this|that|\w+day['’]s|last week['’]s|the latest|the recent)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:attacks?|raids?|assaults?|ambush|incident|protests?|demonstrations?|march|rally|sit-in)\s+"
    r"(?:was|is|were|are|came|comes)\s+(?!(?:carried out|launched|perpetrated|staged by|led by)\b)"
    r"(?:(?:organi[sz]ed|held|called|planned|staged)\s+)?")
# words without which no background clause or topic can match: a cheap gate (substring tests)
# before the costlier regexes, since most texts have neither
_BACKGROUND_WORDS = ("repeatedly", "frequently", "regularly", "often", "routinely", "long", "previously",
                     "common", "frequent", "rife", "recurrent", "rampant", "widespread", "on the rise",
                     "increasing", "escalating", "occurrence", "taken place", "been re", "been carried",
                     "been documented", "fear", "threat", "risk", "prospect", "unfortunate", "sad", "regrett",
                     "shame", "deplor", "unacceptable", "pity", "tragic", "worrying", " time", "since",
                     "recent ", "years", "decades", "months", "incessant", "repeated", "regular", "numerous",
                     "persistent", "sporadic", "daily", "countless", "relentless")
_TOPIC_WORDS = ("investigat", "probed", "condemned", "claimed by", "blamed on", "denounced")


def strip_background(lowered: str, topics: bool = True) -> str:
    """The text without its background clauses (and, with `topics`, without events named
    only as a topic); the very same string when it has none."""
    if any(w in lowered for w in _BACKGROUND_WORDS) and BACKGROUND_CLAUSE.search(lowered):
        lowered = BACKGROUND_CLAUSE.sub(" ", lowered)
    if topics:
        if any(w in lowered for w in _TOPIC_WORDS) and _TOPIC_TAIL.search(lowered):
            lowered = _TOPIC_TAIL.sub(" ", lowered)
        if ("visit" in lowered or "tour" in lowered or "inspect" in lowered or " went to" in lowered
                or "arrived at" in lowered) and _VISITED_SITE.search(lowered):
            lowered = _VISITED_SITE.sub(" ", lowered)
        lead = _TOPIC_LEAD.match(lowered)
        if lead:
            lowered = " " + lowered[lead.end():]
    return lowered
# a suicide bomber stopped before the blast: killed or arrested ("three suicide bombers were
# shot dead before the bombs detonated", "troops killed four fighters, among them a suicide
# bomber"): no bombing took place; the bomber is a fighter killed or a weapon use disrupted
SUICIDE_STOPPED = re.compile(
    r"\bsuicide (?:bombers?|vests?)\b[^.;]{0,60}?\b(?:was|were|had been|got)\s+(?:\w+\s+)?(?:killed|shot dead|shot|neutrali[sz]ed|"
    r"arrested|intercepted|apprehended|stopped|captured|caught)\b|"
    r"\b(?:killed|shot dead|neutrali[sz]ed|arrested|intercepted|apprehended|stopped|captured|caught)\s+"
    r"(?:and arrested\s+|and killed\s+)?(?:\w+\s+){0,5}suicide (?:bombers?|vests?)\b|"
    r"\b(?:including|among them|among whom)\s+(?:a |an |the |one |two |three |\d+ )?(?:\w+ )?suicide bombers?\b|"
    r"\bbefore (?:\w+ ){0,2}(?:could|was able to|were able to|managed to|had the chance to) (?:detonat|explod|blow|attack|reach|strike|enter)|"
    r"\bbefore (?:detonating|exploding|blowing|attacking|carrying out)\b|"
    r"\bbefore the (?:bombs?|vests?|explosives?|devices?) (?:detonated|exploded|went off)")
# the bomber's own act: "a suicide bomber attacked / killed three / detonated her vest"
SUICIDE_ACT = re.compile(
    r"\bsuicide bombers?\b(?:\s+(?!was\b|were\b|had\b|got\b)\w+){0,2}?\s+(?:attacked|killed|detonated|blew|struck|targeted|hit|"
    r"exploded|rammed)\b|\bwith (?:a |an |two |three |\d+ )?(?:\w+ )?suicide bombers?\b(?! and)|"
    r"\bblew (?:himself|herself|themselves) up\b|\b(?:detonated|set off|carried out) by (?:\w+ ){0,2}suicide bombers?\b|\bsuicide (?:attack|bombing|blast|explosion|car bomb)s?\b")
# a grenade only held, found or seized, not thrown: no grenade attack
GRENADE_HELD = re.compile(
    r"\b(?:armed with|carrying|in possession of|seized|recovered|confiscated|found|discovered)\b[^.;]{0,60}?\bgrenades?\b|"
    r"\bgrenades?\b[^.;]{0,30}?\b(?:were |was )?(?:seized|recovered|confiscated|found)\b")
# explosive remnants: an old or abandoned device that went off (the codebook's landmine class)
REMNANT = re.compile(r"\b(?:found|left behind|abandoned|unexploded|old|picked up|handling|handled|played with)\b"
                     r"[^.;]{0,40}?\b(?:grenades?|shells?|devices?|ordnance|explosives?)\b|\bunexploded\b")
