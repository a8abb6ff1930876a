"""Context cues for the event classifier (taxonomy.py): whether a crowd or the forces
meeting it acted, whether people or only property were harmed, and the phrases that
decide between neighbouring sub-event types (who the target is: targets.py; a place
taken: territory.py).
Written from the ACLED codebook's definitions and from how news words events.
"""
from __future__ import annotations

import re

from etl.extract.text.targets import TARGET_VERB  # noqa: F401 (read by views.py)

# any passive harm or destruction ("were massacred", "was burnt down"): its grammatical subject is no agent
PASSIVE_HARM = re.compile(
    r"\s(?:were|was|have been|had been|got)\s+(?:\w+\s+)?(?:killed|attacked|ambushed|abducted|kidnapped|shot|"
    r"murdered|wounded|injured|targeted|massacred|slaughtered|executed|beheaded|butchered|hacked|stabbed|burnt|"
    r"burned|torched|looted|razed|destroyed)\b")






CROWD_VIOLENCE = re.compile(
    r"\b(?:protesters|demonstrators|youths?|they|students|supporters|crowd|rioters)\s+(?:\w+\s+){0,2}"
    r"(?:attacked|clashed|stoned|pelted|burn\w*|set|destroyed|vandali[sz]ed|looted|assaulted|beat)\b")
# violent or destructive acts that make a demonstration a riot when the crowd commits them
_RIOT_ACT = re.compile(
    r"\b(?:burn(?:t|ed)|destroyed|damaged|vandali[sz]ed|looted|assaulted|attacked|beat|clashed|stoned|pelted|"
    r"threw (?:\w+ )?(?:stones|rocks|bottles|missiles|objects|sticks|petrol|molotov\w*|bricks|firecrackers|projectiles)|"
    r"hurled|set (?:ablaze|fire|on fire)|torched|ransacked|smashed|broke (?:into|down)|stormed|raided|fought|"
    r"disarmed|rammed|(?:with|wielding) (?:\w+ )?(?:machetes|stones|rocks|sticks|clubs|cutlasses)|unearthed|uprooted|"
    r"forced (?:their|its) way|(?:tyres|tires) (?:were )?(?:burnt|burned|set)|arson|"
    r"(?:set up|erected|mounted|put up) (?:\w+ )?(?:road ?blocks|barricades)|plunder\w*|pillag\w+|forcibly (?:released|freed)|"
    r"retaliat\w+|fought back|(?:street )?fight(?:ing|s)? (?:erupted|broke out)|injuries on both sides|(?:engaged in|started|got into) (?:a )?(?:fight|brawl|scuffle)|scuffl\w+|overwhelmed|throw\w* stones|"
    # an attempt is the act too ("attempted to force themselves into the offices"), and harassing
    # the forces, a brawl ("an altercation between the two groups") or crude arms carried
    r"(?:attempted|tried|sought) to (?:force|attack|storm|break into|burn|loot|lynch)|forc\w+ themselves|"
    r"harass\w+ (?:the )?(?:security|police\w*|gendarm\w*|soldiers|forces|officers)|(?<!verbal )altercations? between|lynch\w*|"
    r"armed with (?:\w+ ){0,2}(?:rudimentary|crude|traditional|bladed|blade) weapons)\b")
# a demonstration by armed state personnel (a mutiny) that fires weapons is violent
STATE_PROTEST = re.compile(
    r"\b(?:soldiers|troops|servicemen|gendarmes|policemen|police officers|military personnel)\b(?:\s+[\w-]+){0,3}?\s+"
    r"(?:protest(?:ed|ing)|demonstrat(?:ed|ing)|took to the streets|left (?:their )?barracks|mutin\w+)|"
    r"\bprotests? by (?:\w+ ){0,2}(?:soldiers|troops|servicemen|gendarmes|policemen)\b|"
    r"\b(?:soldiers|troops|servicemen|gendarmes|policemen)\b(?:\s+[\w-]+){0,8}?\s+(?:took to the streets|left (?:their )?barracks)")
WEAPON_FIRE = re.compile(r"\b(?:fir(?:ed|ing) (?:their |warning |gun ?)?(?:shots|guns|weapons|rifles|bullets|in the air|into the air)|"
                          r"gunfire|gun ?shots|shooting)\b")
_STATE_SUBJECT = re.compile(
    r"\b(?:police\w*|soldiers?|troops|army|military|gendarm\w+|security (?:forces|agents|operatives|personnel|guards)|"
    r"officers|forces|guards|operatives|authorities)\b")
# crowd justice and street fights whoever the victims are (suspected robbers, militiamen)
MOB_CERTAIN = re.compile(r"\b(?:mobs?|lynch\w*|jungle justice|mob justice|vigilante justice|street[- ]?fight\w*|"
                          r"(?:angry|irate) (?:youths?|residents|villagers|crowds?|mobs?|people|traders))\b")
_GRIEVANCE_BEFORE = re.compile(r"\b(?:over|against|to demand|demanding|condemn\w*|denounc\w*|who|that|which)\b")
# an act done to the demonstrators ("armed men attacked protesters"), not by them
_AT_CROWD_AFTER = re.compile(r"\s+(?:\w+\s+){0,2}(?:protesters|demonstrators|marchers|the crowd|them|participants)\b")
_PASSIVE_BEFORE = re.compile(r"\b(?:were|was|been|being|got)\s+(?:\w+\s+)?$")


def crowd_act(lowered: str) -> bool:
    """A violent act in a demonstration report committed by the crowd, not by the
    forces that met it ("protesters burnt tyres", "police were attacked with stones";
    not "police beat protesters")."""
    for m in _RIOT_ACT.finditer(lowered):
        if _AT_CROWD_AFTER.match(lowered, m.end()):
            continue
        clause = re.split(r"[.;]", lowered[max(0, m.start() - 80):m.start()])[-1]
        if _GRIEVANCE_BEFORE.search(clause[-30:]) or "solidarity" in clause:
            continue   # "protested over police who attacked a driver": the grievance, not the crowd
        if _PASSIVE_BEFORE.search(clause):
            # "police were attacked" is the crowd's act; "protesters were beaten" is not
            if _STATE_SUBJECT.search(clause) or re.search(r"\b(?:property|shops?|stores?|cars?|vehicles?|buildings?|offices?|tyres?|tires?)\b", clause):
                return True
            continue
        if not _STATE_SUBJECT.search(clause):
            return True
    return False


AGREED = re.compile(r"\b(?:agreed (?:to|on|upon)|signed (?:a|an|the)|peace (?:deal|agreement|accord|pact)|ceasefire|truce|reconciliation (?:agreement|pact))\b")
STRONG_CLASH = re.compile(
    r"\b(?:clash\w*|fought|fighting|gun ?battles?|gun ?duels?|gun ?fights?|firefights?|exchange\w* (?:of )?(?:gun)?fire|"
    r"exchanged (?:gun)?fire|battl(?:ed|es|ing)|in (?:the|a) (?:gun ?)?battle|fire ?fights?|ground (?:operations?|assaults?|offensives?|troops)|"
    r"encounter(?:ed)? (?:\w+ ){0,3}(?:resistance|forces|fighters|militants|gunmen|insurgents|militias?|troops|soldiers)|repel\w*|repuls\w+|engaged|engaged with|affrontements?|accrochages?|shoot-?outs?|returned fire|responded\W+(?:\w+\W+){0,2}to (?:the |an |this |that )?(?!earlier|previous|last)(?:[\w-]+ )?(?:attack|assault|gunfire|incursion|raid|ambush)|fought back|routed|thwarted|repouss\w+|combats|accrochages?|"
    r"en déroute)\b")



# harm to people (as opposed to property) anywhere in the passage
PERSON_HARM = re.compile(
    r"\b(?:kill\w*|shot (?:dead|and)|shot (?:at )?(?:a|an|the|one|two|three|\d+|him|her|them|\w+ (?:man|woman|civilian|soldier)s?)\b|"
    r"murder\w*|wound\w*|injur\w*|assault\w*|dead|died|deaths?|beat(?:en|ing)?|(?:was|were) shot|shot in the (?!air)|abduct\w*|kidnap\w*|rap(?:e|ed|ing)|"
    r"hostages?|execut\w*|behead\w*|lynch\w*|tortur\w*|massacr\w*|(?:slaughter|butcher)\w*(?! (?:\w+ )?(?:poultry|chickens?|cattle|cows?|goats?|sheep|animals|livestock|camels))|assassinat\w*|hacked|stabb\w*|flogg\w*|whipp\w*|bodies|"
    r"corpses?|lives|fatalit\w+|victims?|casualt\w+ (?:were|was)?\s*(?:reported|recorded))\b")
ABDUCTION_HARM = re.compile(
    r"\b(?:kill\w*|shot (?:dead|and)|shot (?:at )?(?:a|an|the|one|two|three|\d+|him|her|them)\b|murder\w*|wound\w*|"
    r"injur\w*|dead|died|deaths?|execut\w*|behead\w*|tortur\w*|massacr\w*|slaughter\w*|hacked|stabb\w*|fatalit\w+|beaten|"
    r"rap(?:e|ed)|bodies|corpses?|lost (?:their|his|her) lives)\b")
# force used on demonstrators: still a demonstration event, led by the force
AT_PROTESTERS = re.compile(
    r"\b(?:beat|attacked|assaulted|dispersed|tear-?gassed|shot at|fired (?:\w+ ){0,3}(?:at|on)|flogged|whipped|"
    r"charged at|baton-?charged|opened fire (?:on|at))\s+(?:\w+\s+){0,3}(?:(?:group|crowd) of (?:\w+\s+){0,4})?(?:protesters|demonstrators|marchers|protesting|"
    r"protests?|demonstrations?|march|rally|sit-in)\b")
COMMUNAL = re.compile(
    r"\b(?:inter-?communal|inter-?ethnic)\s+(?:violence|clash\w*|conflict|fighting|hostilities)|"
    r"\b(?:conflict|clash\w*|fighting|violence|feud) between (?:two |rival )?(?:\w+ ){0,2}(?:camps|communities|clans|"
    r"ethnic groups|farmers and herders|herders and farmers|herdsmen and farmers|farmers and herdsmen)\b")
FORCES_WITHDREW = re.compile(
    r"\b(?:soldiers|troops|army|military|forces|naf|policemen|police officers|gendarmes|cjtf|garrison)\s+"
    r"(?:(?!before|after|until|and|as|when|while|then)\w+\s+){0,2}"   # the forces themselves, not the attackers after them
    r"(?:withdr\w+|fled|flee|retreat\w*|abandon\w*|pulled out|vacated)|"
    r"\bforc\w+ (?:the )?(?:\w+ ){0,3}(?:soldiers|troops|army|military|forces|naf|police\w*|gendarmes) to (?:withdraw|flee|retreat|abandon)|"
    r"\bprompting (?:the )?(?:\w+ ){0,4}(?:soldiers|troops|army|military|forces|naf|police\w*|gendarmes)(?: \w+){0,3} to (?:flee|withdraw|retreat)")
_CROWD = (r"(?:students|pupils|protesters|protestors|demonstrators|youths?|residents|traders|merchants|shopkeepers|vendors|"
          r"miners|supporters|activists|individuals|crowds?|villagers|locals|rioters|(?:taxi |bus |truck |motorbike |okada )?drivers|"
          r"motorcyclists|(?:okada |motorbike |motorcycle )riders|workers|strikers)")
_POLICE = r"(?:the |a |an )?(?:police\w*|anti-riot police|gendarm\w+|security forces|soldiers|troops|officers|security agents)"
_POLICE_FIRST = (r"(?:the )?(?:[\w-]+ )?(?:police\w*|gendarm\w+|security forces|soldiers|troops|security agents)"
                 r"(?: (?:officers|officials|personnel|agents))?")
_DEMONSTRATORS = r"(?:protesters|protestors|demonstrators|rioters|marchers|students|activists|supporters)\b"
CROWD_VS_POLICE = re.compile(
    r"\b(?:clash\w*|confrontations?|fights?|fighting|skirmish\w*) (?:\w+ ){0,4}between (?:\w+ ){0,2}" + _CROWD + r" and " + _POLICE
    + r"|\b" + _CROWD + r"\b(?:\s+[\w-]+){0,5}\s+(?:clash(?:ed|es) with|attacked|stoned|pelted|threw stones at|hurled stones at|"
    r"fought) " + _POLICE
    + r"|\bthrew (?:\w+ )?(?:stones|rocks|bottles|objects) at " + _POLICE
    # "youths were killed amidst violent confrontations with the police"
    + r"|\b" + _CROWD + r"\b(?:\s+[\w-]+){0,8}\s+(?:violent |deadly )?(?:confrontations?|skirmish\w*) with " + _POLICE
    # the police named first: "a clash between riot police and protesters", "police clashed with demonstrators"
    + r"|\b(?:clash\w*|confrontations?|skirmish\w*) (?:\w+ ){0,3}between " + _POLICE_FIRST + r" and (?:\w+ ){0,2}" + _DEMONSTRATORS
    + r"|\b" + _POLICE_FIRST + r"\s+(?:clash(?:ed|es) with|fought (?:running battles )?with) (?:the )?(?:\w+ ){0,2}" + _DEMONSTRATORS
    # the crowd after "clashes by": "the clashes by taxi and motorbike drivers against security forces"
    + r"|\b(?:clash\w*|confrontations?|skirmish\w*) (?:by|of) (?:\w+ ){0,4}" + _CROWD + r" (?:against|with) " + _POLICE)
# a crowd named as the agent of a passive act ("stores were attacked by merchants")
CROWD_AGENT = re.compile(
    r"\b(?:was|were|been)\s+(?:\w+\s+)?(?:attacked|assaulted|burn(?:ed|t)|ransacked|looted|vandali[sz]ed|beaten|stoned|torched)"
    r"(?:\s+[\w-]+){0,7}?\s+by (?:the |a |an )?(?:[\w-]+ ){0,3}" + _CROWD + r"\b")
RIVAL_CROWDS = re.compile(
    r"\b(?:two|rival|opposing)\s+(?:\w+\s+)?(?:groups|camps|factions|clans|families|parties|sides)\b|"
    r"\b(?:activists|partisans|supporters|political opponents|opponents|miners|villagers|locals|residents|youths|"
    r"students|traders|worshippers|members|teachers|workers|drivers|associations|staff)\b(?:\s+[\w-]+){0,4}\s+"
    r"(?:clashed|fought|began fighting|engaged in)|"
    # "clashes between political opponents", "fighting between party supporters"
    r"\b(?:clash\w*|fighting|fights?|violence) between (?:\w+ ){0,2}(?:political opponents|opponents|supporters|"
    r"activists|partisans|students|teachers|traders|workers|drivers)\b")
GROUND_FIGHT = re.compile(r"\b(?:ambush\w*|gunfire|small arms|gun ?fire|complex (?:attack|ambush)|shoot-?out|"
                           r"shot (?:and killed|dead)|firefight|exchange of fire|opened fire)\b")
DEATHS = re.compile(r"\b(?:killed|killing|shot dead|dead|died|deaths?|fatal\w*|lives|live (?:bullets|ammunition|rounds))\b")
ARREST_VERB = re.compile(r"\b(?:arrest(?:ed|s|ing)?|detain(?:ed|ing)?|apprehended|rounded up|took (?:\w+ )?into custody)\b")
GUNFIRE_AT = re.compile(r"\b(?:opened fire(?! in(?:to)? the air)|shot at|fired (?:\w+ )?(?:at|on|against) (?!the air))")
# abduction vocabulary that PERSON_HARM would misread ("no reported fatalities", "hostages")
NOT_HARM = re.compile(r"\bno (?:reported |other )?(?:fatalit\w+|casualt\w+|injur\w+|deaths?)\b|\bhostages?\b|"
                       r"\bvictims?\b|(?<!lost their )(?<!lost his )(?<!lost her )\blives\b")
# a security operation aimed at an armed group ("operations against suspected militants")
OPERATION_AGAINST = re.compile(r"\b(?:operations?|offensives?|sweeps?|raids?)\s+(?:\w+\s+){0,2}(?:against|targeting|on)\b")
# captives killed after their capture (an execution of prisoners, not a fight with them)
CAPTIVES_KILLED = re.compile(
    r"\b(?:abduct\w*|kidnap\w*|captured|taken away|took away)\s+(?:and|,)\s+(?:\w+\s+)?(?:killed|executed|beheaded|murdered|tortured)\b|"
    r"\b(?:who|that) (?:had been|were|was) (?:\w+ )?(?:abducted|kidnapped|captured)\b|\bexecution of\b")
# a crowd's demand or grievance, or its blocking of roads: what makes crowd violence a
# (violent) demonstration rather than mob violence
CROWD_DEMAND = re.compile(
    r"\b(?:demand\w*|to protest|in protest|protesting|in reaction to|in response to|accusing|to express|"
    r"to register|discontent\w*|grievances?|dissatisf\w+|not satisfied|barricad\w+|bonfires?|"
    r"block(?:ed|ing) (?:off )?(?:the |a |all |major |main |several )?(?:[\w-]+ ){0,3}(?:roads?|highways?|expressways?|streets?|routes?))")
# crowd justice done on people: lynching, beating or burning to death, "jungle justice"
CROWD_JUSTICE = re.compile(
    r"\b(?:lynch\w*|jungle justice|mob justice|(?:beat|beaten|burnt|burned|stoned|set ablaze) (?:\w+ )?(?:to death|alive)|"
    r"suspected (?:thie\w+|robbers?|kidnappers?|criminals?|ritualists?)|street[- ]?fight\w*)\b")
FIREARMS = re.compile(r"\b(?:firearms?|guns?|gun ?fire|gunshots?|shoot-?outs?|gun ?battles?|rifles?|armed (?:factions?|groups?|youths?|men))\b")
# a death named as the grievance or motive, not as a result of the event
GRIEVANCE_DEATH = re.compile(
    r"\b(?:over|after|following|against|avenge|protest\w*) (?:the )?(?:\w+ )?(?:death|killing|murder)s? of\b|"
    # an earlier death the crowd reacts to: "days after eight people were killed in an accident",
    # "in honour of those who died in ...", "an inquiry into the journalist's death", "killed in 1998"
    r"\b(?:after|following|over) (?:\w+ ){0,5}(?:was|were|had been) (?:killed|shot dead|murdered)|"
    r"\bwho (?:had )?(?:died|was killed|were killed|had been killed|was murdered|were murdered)\b[^.;]*|"
    r"\b\w+'?s (?:death|killing|murder)\b|"
    r"\b(?:investigation|inquiry|justice|truth) (?:\w+ ){0,4}(?:death|killing|murder)s?\b|"
    r"\b(?:killed|died|murdered|assassinated) in (?:\d{1,2}/\d{2,4}|(?:19|20)\d\d)\b")
# serious harm done to demonstrators by whoever met them (the codebook's excessive force:
# lethal violence or serious injuries, by state forces or by other armed actors)
FORCE_INJURY = re.compile(
    r"\b(?:wounded|injured|shot|hurt|hospitali[sz]ed) by (?:the )?(?:\w+ ){0,2}(?:police\w*|soldiers|troops|gendarm\w+|"
    r"security|forces|military|army|assailants|gunmen|attackers|armed men)\b|"
    r"\b(?:protesters|demonstrators|marchers|protestors)\b(?:\s+[\w-]+){0,5}?\s+(?:were|was) (?:attacked|shot|wounded|injured)\b|"
    r"\b(?:violently|brutally) (?:dispersed|repressed|crushed)\b[^.;]{0,80}\b(?:serious(?:ly)? (?:injur|wound)\w*|hospital\w*)")
# the rivals of a riot who are no organised armed group: party supporters, students, workers
POLITICAL_CROWD = re.compile(
    r"\b(?:political (?:opponents|groups|rivals)|opposing political|party (?:supporters|members|activists)|"
    r"supporters (?:of|and opponents)|\w+ and \w+ supporters|activists|partisans|students|teachers|traders|merchants|worshippers|"
    r"workers|(?:\w+ )?associations|staff)\b")
# crude weapons (machetes, clubs, stones) mark rioters, not an armed group (the codebook's mob violence)
CRUDE_WEAPONS = re.compile(r"\b(?:machetes?|clubs|cudgels|sticks|stones|rocks|knives|cutlass\w*|axes|bows? and arrows)\b")
# a fight the report denies ("no clash reported", "without any exchange of fire")
NO_CLASH = re.compile(
    r"\b(?:no|without(?: any| a)?) (?:reports? of (?:a |any )?)?(?:clash\w*|exchange of fire|fighting|gun ?battle)"
    r"(?: (?:was |were )?reported)?\b|\bthere (?:was|were) no (?:reports? of (?:a |any )?)?clash\w*")
STATE_RAMPAGE = re.compile(r"\b(?:fir(?:ed|ing) (?:\w+ ){0,3}(?:in|into) the air|shooting (?:in|into) the air|rampag\w+|"
                            r"wreak\w* havoc|(?:angry|mutinous|disgruntled|irate|rebellious) (?:\w+ )?(?:soldiers|troops|policemen|gendarmes|servicemen))\b")
# an attack on a post its staff had left ("while it was unmanned"): no one to fight
PROPERTY_ONLY = re.compile(r"\b(?:unmanned|empty|deserted|abandoned by (?:its|the) (?:staff|occupants|agents|guards))\b")
# an attack aimed at a person ("attacked a voter", "an ambush against aid workers"), not a place
ATTACKED_PERSON = re.compile(
    r"\b(?<!no )(?:attack\w*|ambush\w*|assault\w*|shot (?:at|sporadically at)|opened fire (?:on|at)) (?:against )?(?:an? |the |two |three |some |several |\d+ )?"
    r"(?:[\w-]+ ){0,2}(?:drivers?|voters?|observers?|journalists?|aid workers?|directors?|residents|civilians?|man|woman|men|women|"
    r"farmers?|traders?|passengers|worshippers|students|teachers?|officials?|chairman|pastors?|priests?|imams?|businessm[ae]n|"
    r"people|persons?|motorists?|travell?ers|population|inhabitants|villagers|locals)\b"
    r"(?!'?s?'? (?:offices?|homes?|houses?|quarters|residences?|shops?|property|vehicles?|cars?|premises))")
# vigilante justice: self-appointed vigilantes punishing suspected criminals (the codebook's mob violence)
VIGILANTE_JUSTICE = re.compile(
    r"\bvigilantes?\b(?:\s+[\w-]+){0,8}?\s+(?:beat|whipped|flogged|tortur\w+|lynched|caned|assaulted|burnt|burned|killed|shot)\b"
    r".{0,60}\b(?:presumed|suspected|alleged)\s+(?:\w+\s+)?(?:thie\w+|robbers?|kidnappers?|criminals?|witch\w*|rustlers?)")
# members of a militia or self-defence group seized by its enemies: an engagement between armed groups
MILITIA_SEIZED = re.compile(
    r"\b(?:abduct\w*|kidnap\w*) (?:\w+ ){0,3}(?:volunteer fighters?|vdps?|militiam[ae]n|militia members?|"
    r"members? of (?:the |a )?(?:[\w-]+ ){0,3}(?:militias?|vigilantes?|vigilante groups?|koglweogo)|koglweogos?|dozos?|vigilantes?)\b")
