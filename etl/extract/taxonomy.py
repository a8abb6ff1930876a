"""ACLED event type / sub-event type / disorder type from an event passage.

Features are regex lexicons (triggers.toml); the decision order below is the
codebook's precedence: Battles > Protests > Riots > Explosions/Remote violence
> Violence against civilians > Strategic developments, with its special cases
(an air strike or shelling within a ground battle is a Battle; a suicide
bombing stays an Explosion even when gunmen follow; an abduction followed by a
killing is an Attack; an attack on armed forces is a Battle, on civilians
Violence against civilians).
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

_LEXICON = Path(__file__).with_name("triggers.toml")

DISORDER = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Protests": "Demonstrations",
    "Riots": "Demonstrations",
    "Strategic developments": "Strategic developments",
}
# sub-event types whose disorder type differs from their event type's
DISORDER_BY_SUB = {
    "Excessive force against protesters": "Political violence; Demonstrations",
    "Mob violence": "Political violence",
}
# features that make a sentence a candidate event sentence (the cheap prefilter)
TRIGGER_FEATURES = (
    "protest", "riot_violent", "mob", "air", "suicide", "shelling", "ied", "grenade", "chemical",
    "clash", "attack", "kill", "abduct", "sexual", "arrest", "loot_destroy", "disrupted",
    "agreement", "hq_base", "transfer", "gov_regain", "nsa_overtake", "surrender", "activity", "other_sd",
)
# verbs after which the victim / target is named
_TARGET_VERB = re.compile(
    r"\b(?:attack\w*|ambush\w*|kill\w*|raid\w*|storm\w*|invad\w+|opened fire (?:on|at)|shot(?: at)?|"
    r"abduct\w*|kidnap\w*|target\w*|struck|assault\w*|besieg\w+|overran|fired (?:on|at)|"
    r"clash\w* with|fought(?: with)?|engag\w+|neutrali[sz]\w+|behead\w*|murder\w*|massacr\w+|"
    r"hit|killing|assassinat\w*|execut\w+|attaqu\w+)(?=\s+(?P<obj>[^.;]{0,70}))")
# (the object is a lookahead: a verb inside another verb's object is read too,
# "attacked the village and killed four militiamen")
# "<victims> were killed": the passive verb is found first and its subject read
# back from it (a pattern that starts with the subject tries every position: slow)
_PASSIVE_VERB = re.compile(
    r"\s(?:were|was|have been|had been|got)\s+(?:\w+\s+)?(?:killed|attacked|"
    r"ambushed|abducted|kidnapped|shot|murdered|wounded|injured|targeted)\b")
_CLAUSE_END = re.compile(r"[.;,]")


def _passive_victims(text: str) -> list[tuple[int, str]]:
    """(start, subject) of each passive harm clause: up to 50 characters before
    the verb, from the last clause break."""
    out = []
    for m in _PASSIVE_VERB.finditer(text):
        start = max(0, m.start() - 50)
        window = text[start:m.start()]
        cut = None
        for cut in _CLAUSE_END.finditer(window):
            pass
        if cut is not None:
            start += cut.end()
            window = window[cut.end():]
        out.append((start, window))
    return out


_CROWD_VIOLENCE = re.compile(
    r"\b(?:protesters|demonstrators|youths?|they|students|supporters|crowd|rioters)\s+(?:\w+\s+){0,2}"
    r"(?:attacked|clashed|stoned|pelted|burn\w*|set|destroyed|vandali[sz]ed|looted|assaulted|beat)\b")
# violent or destructive acts that make a demonstration a riot when the crowd commits them
_RIOT_ACT = re.compile(
    r"\b(?:burn(?:t|ed)|destroyed|damaged|vandali[sz]ed|looted|assaulted|attacked|beat|clashed|stoned|pelted|threw|"
    r"hurled|set (?:ablaze|fire|on fire)|torched|ransacked|smashed|broke (?:into|down)|stormed|raided|fought|lynched|"
    r"disarmed|rammed|(?:with|wielding) (?:\w+ )?(?:machetes|stones|rocks|sticks|clubs|cutlasses)|unearthed|uprooted|"
    r"forced (?:their|its) way|(?:tyres|tires) (?:were )?(?:burnt|burned|set)|arson|"
    r"(?:set up|erected|mounted|put up) (?:\w+ )?(?:road ?blocks|barricades))\b")
_STATE_SUBJECT = re.compile(
    r"\b(?:police\w*|soldiers?|troops|army|military|gendarm\w+|security (?:forces|agents|operatives|personnel|guards)|"
    r"officers|forces|guards|operatives|authorities)\b")
# crowd justice and street fights whoever the victims are (suspected robbers, militiamen)
_MOB_CERTAIN = re.compile(r"\b(?:mobs?|lynch\w*|jungle justice|mob justice|vigilante justice|street[- ]?fight\w*|"
                          r"(?:angry|irate) (?:youths?|residents|villagers|crowds?|mobs?|people|traders))\b")
_GRIEVANCE_BEFORE = re.compile(r"\b(?:over|against|to demand|demanding|condemn\w*|denounc\w*|who|that|which)\b")
_PASSIVE_BEFORE = re.compile(r"\b(?:were|was|been|being|got)\s+(?:\w+\s+)?$")


def _crowd_act(lowered: str) -> bool:
    """A violent act in a demonstration report committed by the crowd, not by the
    forces that met it ("protesters burnt tyres", "police were attacked with stones";
    not "police beat protesters")."""
    for m in _RIOT_ACT.finditer(lowered):
        clause = re.split(r"[.;]", lowered[max(0, m.start() - 80):m.start()])[-1]
        if _GRIEVANCE_BEFORE.search(clause[-30:]):
            continue   # "protested over police who attacked a driver": the grievance, not the crowd
        if _PASSIVE_BEFORE.search(clause):
            # "police were attacked" is the crowd's act; "protesters were beaten" is not
            if _STATE_SUBJECT.search(clause) or re.search(r"\b(?:property|shops?|cars?|vehicles?|buildings?|offices?|tyres?|tires?)\b", clause):
                return True
            continue
        if not _STATE_SUBJECT.search(clause):
            return True
    return False


_AGREED = re.compile(r"\b(?:agreed (?:to|on|upon)|signed (?:a|an|the)|peace (?:deal|agreement|accord|pact)|ceasefire|truce|reconciliation (?:agreement|pact))\b")
_STRONG_CLASH = re.compile(
    r"\b(?:clash\w*|fought|fighting|gun ?battles?|gun ?duels?|gun ?fights?|firefights?|exchange\w* (?:of )?(?:gun)?fire|"
    r"exchanged (?:gun)?fire|repel\w*|repuls\w+|engaged|engaged with|affrontements?|accrochages?|shoot-?outs?|returned fire|responded to the (?:attack|assault|gunfire|incursion)|fought back|routed|thwarted|repouss\w+|combats|accrochages?|"
    r"en déroute)\b")


def _compile(patterns: list[str]) -> re.Pattern:
    # texts are lowercased once, so no re.I (several times faster)
    return re.compile(r"(?<![\w-])(?:" + "|".join(f"(?:{p})" for p in patterns) + r")(?![\w-])")


def _anchor(pattern: str) -> str:
    """The literal start of a pattern ('attack' for 'attack\\w*'): a word that
    must begin with it for the pattern to match anywhere."""
    out = ""
    for i, c in enumerate(pattern):
        if c in "\\()[]{}|.^$+*? ":
            if c in "?*{" and out:
                out = out[:-1]
            break
        if i + 1 < len(pattern) and pattern[i + 1] in "?*{":
            break
        out += c
    return out


def _load() -> tuple[dict[str, re.Pattern], dict[str, set[str]], set[str]]:
    with _LEXICON.open("rb") as fh:
        data = tomllib.load(fh)["features"]
    compiled = {name: _compile(pats) for name, pats in data.items()}
    anchors: dict[str, set[str]] = {}
    always: set[str] = set()
    for name, pats in data.items():
        for p in pats:
            a = _anchor(p)
            if a:
                anchors.setdefault(a, set()).add(name)
            else:
                always.add(name)
    return compiled, anchors, always


FEATURES, _ANCHORS, _ALWAYS = _load()
_ANCHOR_LENGTHS = sorted({len(a) for a in _ANCHORS})
_WORDS = re.compile(r"[#\w]+")


def active_features(lowered: str) -> set[str]:
    """Features whose anchor word-prefixes occur in the text: only these can match,
    so only their regexes run (the cheap prefilter)."""
    found = set(_ALWAYS)
    for w in set(_WORDS.findall(lowered)):
        hit = _WORD_FEATURES.get(w)
        if hit is None:
            hit = _word_features(w)
        found |= hit
    return found


_WORD_FEATURES: dict[str, frozenset[str]] = {}


def _word_features(w: str) -> frozenset[str]:
    """Features whose anchors start word w; cached because news reuses its words."""
    hit: set[str] = set()
    for n in _ANCHOR_LENGTHS:
        if n > len(w):
            break
        hit |= _ANCHORS.get(w[:n], set())
    if len(_WORD_FEATURES) > 500_000:   # bound memory on huge vocabularies
        _WORD_FEATURES.clear()
    _WORD_FEATURES[w] = result = frozenset(hit)
    return result


class Scan:
    """A text's lexicon features, searched on first use: most decisions look at a
    handful of features, and the sentence prefilter and the classifier ask about
    the same text, so scans are cached."""

    __slots__ = ("lowered", "active", "_pos")

    def __init__(self, lowered: str):
        self.lowered = lowered
        self.active = active_features(lowered)
        self._pos: dict[str, int] = {}

    def pos(self, name: str) -> int:
        """Offset of the feature's first match, -1 if absent."""
        p = self._pos.get(name)
        if p is None:
            m = FEATURES[name].search(self.lowered) if name in self.active else None
            self._pos[name] = p = m.start() if m else -1
        return p

    def __getitem__(self, name: str) -> bool:
        return self.pos(name) >= 0


_SCANS: dict[str, Scan] = {}


def scan(text: str) -> Scan:
    lowered = text.lower()
    hit = _SCANS.get(lowered)
    if hit is None:
        if len(_SCANS) > 256:
            _SCANS.clear()
        _SCANS[lowered] = hit = Scan(lowered)
    return hit


def detect(text: str) -> dict[str, bool]:
    """Which lexicon features the text contains."""
    found = scan(text)
    return {name: found[name] for name in FEATURES}


@dataclass(frozen=True)
class Classification:
    event_type: str
    sub_event_type: str
    disorder_type: str
    civilian_targeting: str
    confidence: float


def is_candidate(sentence: str) -> bool:
    """Cheap prefilter: does the sentence mention any event trigger at all?"""
    found = scan(sentence)
    return any(found[n] for n in TRIGGER_FEATURES if n in found.active)


# armed people whose harming makes an attack a battle wherever they appear in the report
_STRONG_ARMED = re.compile(
    r"\b(?:soldiers?|troops?|army|military|servicem[ae]n|police(?:men|man)?|police officers?|gendarm\w+|"
    r"militia\w*|vigilantes?|vdp|volunteer fighters?|koglweogos?|dozos?|cjtf|jtf|rangers?|eco-?guards?|"
    r"militants?|insurgents?|jihadists?|rebels?|bandits?|assailants|attackers|gunmen|patrol|(?:military|army|police|security|escort\w*|gendarmerie|armou?red) convoy|fighters|"
    r"barracks|base|outpost|checkpoint|position)\b")
# the report itself says the victim could not fight back: Violence against civilians
_UNARMED_VICTIM = re.compile(
    r"\b(?:no (?:report of (?:a )?)?clash|without (?:any |a )?(?:report of (?:a )?)?(?:clash|exchange of fire)|"
    r"no exchange of fire|off-duty|unarmed|retired|(?:private |palace )?security guards?|extrajudicial\w*"
    r")\b")


_BY_AGENT = re.compile(r"(?:dead |and (?:killed|injured|wounded) |in the \w+ )?by\b")
_BACKGROUND = re.compile(r"\b(?:after|revenge|reprisal|retaliat\w*|following|over|earlier|previous|blamed|accused|"
                         r"suspected of|believed to|in response to)\b[^.;]*$")


def _target_kind(text: str) -> str:
    """Who was attacked: 'security' (state or armed group), 'civilian', or ''."""
    votes: list[tuple[int, str, bool]] = []
    for m in _TARGET_VERB.finditer(text):
        if _BY_AGENT.match(m.group("obj")):   # "killed by soldiers": the attacker, not the target
            continue
        kind = _kind_of(m.group("obj"))
        if kind:
            # a past attack named as the motive ("in revenge for an attack on troops") is background
            background = _BACKGROUND.search(text[max(0, m.start() - 40):m.start()]) is not None
            votes.append((m.start(), kind, kind == "security" and not background
                          and bool(_STRONG_ARMED.search(m.group("obj")[:40]))))
    for start, subj in _passive_victims(text):
        kind = _kind_of(subj[-40:], last=True)
        if kind:
            votes.append((start, kind, kind == "security" and bool(_STRONG_ARMED.search(subj[-40:]))))
    if not votes:
        return ""
    if _UNARMED_VICTIM.search(text):
        return "civilian"
    # Battles rank above Violence against civilians: an attack that hits armed
    # people (soldiers, police, militia, rangers) anywhere in the report is a battle,
    # even when civilians or their village are named first
    if any(strong for _, _, strong in votes):
        return "security"
    votes.sort()
    return votes[0][1]


def _kind_of(span: str, last: bool = False) -> str:
    """The class of the first (or last) actor word in a span of text."""
    best, pos_best = "", None
    for kind, feats in (("security", ("security", "armed_group")), ("civilian", ("civilian",))):
        for f in feats:
            hits = [m.start() for m in FEATURES[f].finditer(span)]
            if not hits:
                continue
            pos = max(hits) if last else min(hits)
            if pos_best is None or (pos > pos_best if last else pos < pos_best):
                best, pos_best = kind, pos
    return best


class _Lazy:
    """A string computed on first comparison: the target is costly and most
    branches never ask for it."""

    def __init__(self, compute):
        self._compute, self._value = compute, None

    def _get(self) -> str:
        if self._value is None:
            self._value = self._compute()
        return self._value

    def __eq__(self, other: object) -> bool:
        return self._get() == other

    def __ne__(self, other: object) -> bool:
        return self._get() != other

    __hash__ = None


# harm to people (as opposed to property) anywhere in the passage
_PERSON_HARM = re.compile(
    r"\b(?:kill\w*|shot (?:dead|and)|shot (?:at )?(?:a|an|the|one|two|three|\d+|him|her|them|\w+ (?:man|woman|civilian|soldier)s?)\b|"
    r"murder\w*|wound\w*|injur\w*|assault\w*|dead|died|deaths?|beat(?:en|ing)?|abduct\w*|kidnap\w*|rap(?:e|ed|ing)|"
    r"hostages?|execut\w*|behead\w*|lynch\w*|tortur\w*|massacr\w*|hacked|stabb\w*|flogg\w*|whipp\w*|bodies|"
    r"corpses?|lives|fatalit\w+|victims?|casualt\w+ (?:were|was)?\s*(?:reported|recorded))\b")
_ABDUCTION_HARM = re.compile(
    r"\b(?:kill\w*|shot (?:dead|and)|shot (?:at )?(?:a|an|the|one|two|three|\d+|him|her|them)\b|murder\w*|wound\w*|"
    r"injur\w*|dead|died|deaths?|execut\w*|behead\w*|tortur\w*|massacr\w*|hacked|stabb\w*|fatalit\w+)\b")
# force used on demonstrators: still a demonstration event, led by the force
_AT_PROTESTERS = re.compile(
    r"\b(?:beat|attacked|assaulted|dispersed|tear-?gassed|shot at|fired (?:\w+ ){0,3}(?:at|on)|flogged|whipped|"
    r"charged at|baton-?charged|opened fire (?:on|at))\s+(?:\w+\s+){0,3}(?:protesters|demonstrators|marchers|protesting|"
    r"protests?|demonstrations?|march|rally|sit-in)\b")
_COMMUNAL = re.compile(
    r"\b(?:inter-?communal|inter-?ethnic)\s+(?:violence|clash\w*|conflict|fighting|hostilities)|"
    r"\b(?:conflict|clash\w*|fighting|violence|feud) between (?:two |rival )?(?:\w+ ){0,2}(?:camps|communities|clans|"
    r"ethnic groups|farmers and herders|herders and farmers|herdsmen and farmers|farmers and herdsmen)\b")
_FORCES_WITHDREW = re.compile(
    r"\b(?:soldiers|troops|army|military|forces|naf|policemen|police officers|gendarmes|cjtf|garrison)\s+(?:\w+\s+){0,2}"
    r"(?:withdr\w+|fled|flee|retreat\w*|abandon\w*|pulled out|vacated)|"
    r"\bforc\w+ (?:the )?(?:\w+ ){0,3}(?:soldiers|troops|army|military|forces|naf|police\w*|gendarmes) to (?:withdraw|flee|retreat|abandon)|"
    r"\bprompting (?:the )?(?:\w+ ){0,4}(?:soldiers|troops|army|military|forces|naf|police\w*|gendarmes)(?: \w+){0,3} to (?:flee|withdraw|retreat)")
_CROWD = r"(?:students|pupils|protesters|demonstrators|youths?|residents|traders|miners|supporters|activists|individuals|crowds?|villagers|locals|rioters)"
_POLICE = r"(?:the )?(?:police\w*|anti-riot police|gendarm\w+|security forces|soldiers|troops|officers|security agents)"
_CROWD_VS_POLICE = re.compile(
    r"\b(?:clash\w*|confrontations?|fights?|fighting) (?:\w+ ){0,2}between (?:\w+ ){0,2}" + _CROWD + r" and " + _POLICE
    + r"|\b" + _CROWD + r"\b(?:\s+[\w-]+){0,5}\s+(?:clashed with|attacked|stoned|pelted|threw stones at|hurled stones at|"
    r"fought) " + _POLICE
    + r"|\bthrew (?:\w+ )?(?:stones|rocks|bottles|objects) at " + _POLICE)
_RIVAL_CROWDS = re.compile(
    r"\b(?:two|rival|opposing)\s+(?:\w+\s+)?(?:groups|camps|factions|clans|families|parties|sides)\b|"
    r"\b(?:activists|partisans|supporters|political opponents|opponents|miners|villagers|locals|residents|youths|"
    r"students|traders|worshippers|members)\b(?:\s+[\w-]+){0,4}\s+(?:clashed|fought|began fighting|engaged in)")
_GROUND_FIGHT = re.compile(r"\b(?:ambush\w*|gunfire|small arms|gun ?fire|complex (?:attack|ambush)|shoot-?out|"
                           r"shot (?:and killed|dead)|firefight|exchange of fire|opened fire)\b")
_DEATHS = re.compile(r"\b(?:killed|killing|shot dead|dead|died|deaths?|fatal\w*|lives|live (?:bullets|ammunition|rounds))\b")
_ARREST_VERB = re.compile(r"\b(?:arrest(?:ed|s|ing)?|detain(?:ed|ing)?|apprehended|rounded up|took (?:\w+ )?into custody)\b")
_GUNFIRE_AT = re.compile(r"\b(?:opened fire (?:on|at)|shot at|fired (?:\w+ )?(?:at|on) (?!the air))")
# abduction vocabulary that _PERSON_HARM would misread ("no reported fatalities", "hostages")
_NOT_HARM = re.compile(r"\bno (?:reported |other )?(?:fatalit\w+|casualt\w+|injur\w+|deaths?)\b|\bhostages?\b|"
                       r"\bvictims?\b|\blives\b")


def _subject(text: str) -> str:
    """Text before the first violent verb: roughly the acting party."""
    m = _TARGET_VERB.search(text)
    return text[:m.start()] if m else text[:80]


def classify(passage: str, primary: str | None = None) -> Classification | None:
    """Code an event passage (its first sentence is `primary`); None if no event."""
    primary = primary or passage
    has = scan(passage)
    first = scan(primary)
    lead = {name: first.pos(name) if has[name] else -1 for name in
            ("protest", "riot_violent", "mob", "clash", "attack", "kill", "abduct", "air", "ied",
             "shelling", "suicide", "loot_destroy", "arrest")}
    violent_lead = min([p for n, p in lead.items()
                        if p >= 0 and n not in ("protest", "riot_violent", "mob", "arrest", "loot_destroy")], default=-1)
    lowered, primary_low = has.lowered, first.lowered
    subject = _subject(primary_low)
    target = _Lazy(lambda: _target_kind(lowered))
    subj_state = FEATURES["state_actor"].search(subject) is not None
    subj_armed = FEATURES["armed_group"].search(subject) is not None

    def make(et: str, sub: str, conf: float, civ: bool = False) -> Classification:
        dis = DISORDER_BY_SUB.get(sub, DISORDER[et])
        civ = civ or et == "Violence against civilians"
        return Classification(et, sub, dis, "Civilian targeting" if civ else "", conf)

    # Demonstrations: the report leads with a protest (not an armed attack that sparked one)
    protest_first = lead["protest"] >= 0 and (violent_lead < 0 or lead["protest"] <= violent_lead
                                              or _AT_PROTESTERS.search(lowered) is not None)
    if protest_first and not (has["suicide"] or has["air"]):
        # demonstrators who fight, destroy or barricade make it a riot, whatever force met them
        if has["riot_violent"] or _CROWD_VIOLENCE.search(lowered) or _crowd_act(lowered):
            return make("Riots", "Violent demonstration", 0.7)
        if has["excessive_force"] or (has["kill"] and (subj_state or _AT_PROTESTERS.search(lowered))
                                      and target != "security" and _DEATHS.search(lowered)):
            return make("Protests", "Excessive force against protesters", 0.75)
        if has["intervention"]:
            return make("Protests", "Protest with intervention", 0.75)
        return make("Protests", "Peaceful protest", 0.85)
    if lead["riot_violent"] >= 0 and lead["mob"] < 0 and re.search(r"\briot\w*|\bmutin", primary_low):
        return make("Riots", "Violent demonstration", 0.7)
    # an unarmed crowd fighting the police (stones, clashes) is a violent demonstration
    if _CROWD_VS_POLICE.search(lowered) and not subj_armed and not (has["air"] or has["ied"] or has["suicide"]):
        return make("Riots", "Violent demonstration", 0.6)
    if has["agreement"] and _AGREED.search(primary_low) and (violent_lead < 0 or _AGREED.search(primary_low).start() < violent_lead):
        return make("Strategic developments", "Agreement", 0.6)
    if has["mob"] and (_MOB_CERTAIN.search(lowered) or not (subj_state or subj_armed)):
        return make("Riots", "Mob violence", 0.7, civ=target == "civilian")
    # an unarmed crowd that fights, destroys or loots is a riot, not a battle or an attack
    crowd_subject = FEATURES["crowd"].search(subject) is not None and not subj_armed and not subj_state \
        and not _PASSIVE_VERB.search(primary_low)
    if crowd_subject and (has["riot_violent"] or has["loot_destroy"] or has["clash"] or has["attack"] or has["kill"]) \
            and not (has["air"] or has["suicide"] or has["ied"] or has["abduct"]):
        if has["protest"] or re.search(r"\bclash\w* with (?:the )?(?:police|soldiers|troops|security)", lowered):
            return make("Riots", "Violent demonstration", 0.6)
        return make("Riots", "Mob violence", 0.6, civ=target == "civilian")

    # detentions by state forces (or a de facto authority's security forces) with no
    # one hurt are Arrests, even when made "in raids"
    if has["arrest"] and subj_state and _ARREST_VERB.search(primary_low) \
            and not _ABDUCTION_HARM.search(_NOT_HARM.sub(" ", lowered)) and not has["clash"]:
        return make("Strategic developments", "Arrests", 0.6)
    # unarmed rival crowds fighting each other (party activists, two camps, miners and
    # villagers) are rioters, not organised armed groups
    if (has["clash"] or has["mob"]) and _RIVAL_CROWDS.search(lowered) and not has["armed_group"] \
            and not subj_state and not (has["air"] or has["shelling"] or has["ied"] or has["suicide"]):
        return make("Riots", "Mob violence", 0.55, civ=False)
    if has["chemical"]:
        return make("Explosions/Remote violence", "Chemical weapon", 0.7)
    if has["suicide"] and not (lead["clash"] >= 0 and lead["clash"] < lead["suicide"] and _STRONG_CLASH.search(lowered)):
        if has["disrupted"]:
            return make("Strategic developments", "Disrupted weapons use", 0.6)
        return make("Explosions/Remote violence", "Suicide bomb", 0.85, civ=target == "civilian")
    explosive = has["air"] or has["shelling"] or has["ied"] or has["grenade"]
    if has["ied"] and subj_state and not (has["kill"] or has["attack"] or has["clash"]):
        return make("Strategic developments", "Disrupted weapons use", 0.6)   # forces found / destroyed a device
    # weapons seized in a fight belong to the fight (a battle); only a seizure or defusal
    # with no violence reported is Disrupted weapons use
    if has["disrupted"] and (explosive or re.search(r"\b(?:weapons|arms|ammunition)\b", lowered)) \
            and not (has["kill"] or has["clash"] or (has["attack"] and not has["ied"] and not subj_state)):
        return make("Strategic developments", "Disrupted weapons use", 0.6)

    if has["disrupted"] and (has["kill"] or has["clash"]) and (subj_state or subj_armed) and target != "civilian":
        return make("Battles", "Armed clash", 0.6)   # a fight in which weapons or explosives were seized
    # an explosive that opens a ground assault on armed forces ("a complex ambush initiated by
    # an IED followed by gunfire") is part of a battle
    if (has["ied"] or has["grenade"]) and not has["air"] and _GROUND_FIGHT.search(lowered) and target == "security":
        return make("Battles", "Armed clash", 0.6)
    # Battles: territory first, then clashes (air strikes / shelling during a ground fight included)
    no_resistance = has["transfer"] and re.search(r"without|no resistance|withdr|pulled out|abandon|vacat|retreat", lowered)
    if has["gov_regain"] and (subj_state or not subj_armed):
        if no_resistance and not has["clash"]:
            return make("Strategic developments", "Non-violent transfer of territory", 0.6)
        return make("Battles", "Government regains territory", 0.7)
    if has["nsa_overtake"] and (subj_armed or not subj_state) and (has["clash"] or has["attack"] or has["transfer"]
                                                                   or re.search(r"\b(?:town|city|village|port|base)\b", lowered)):
        # forces that left before the group arrived gave the place up without a fight
        if not has["clash"] and (no_resistance or not (has["attack"] or has["kill"])):
            return make("Strategic developments", "Non-violent transfer of territory", 0.6)
        return make("Battles", "Non-state actor overtakes territory", 0.65)
    # an armed group's attack that makes state forces withdraw or flee takes the place
    if subj_armed and not subj_state and (has["attack"] or has["clash"]) \
            and _FORCES_WITHDREW.search(lowered):
        return make("Battles", "Non-state actor overtakes territory", 0.6)
    # remote violence stays an Explosion unless a ground fight is explicitly reported
    strong_clash = _STRONG_CLASH.search(lowered) is not None
    if has["clash"] and (strong_clash or (not explosive and target != "civilian")):
        return make("Battles", "Armed clash", 0.8)
    if has["air"]:
        return make("Explosions/Remote violence", "Air/drone strike", 0.8, civ=target == "civilian")
    if has["shelling"] and not re.search(r"\bshot\b", lowered) or has["shelling"] and not has["attack"]:
        return make("Explosions/Remote violence", "Shelling/artillery/missile attack", 0.7, civ=target == "civilian")
    if has["grenade"]:
        return make("Explosions/Remote violence", "Grenade", 0.7, civ=target == "civilian")
    if has["ied"] and not re.search(r"\bexplosives?\b", lowered) or has["ied"] and not has["attack"]:
        return make("Explosions/Remote violence", "Remote explosive/landmine/IED", 0.75, civ=target == "civilian")

    # communal / intercommunal fighting: identity militias on both sides (a battle)
    if _COMMUNAL.search(lowered) and (has["kill"] or has["attack"] or has["clash"]) and not has["abduct"]:
        return make("Battles", "Armed clash", 0.6)
    # Attacks: the target decides Battle vs Violence against civilians
    if has["sexual"]:
        return make("Violence against civilians", "Sexual violence", 0.75)
    violent = has["attack"] or has["kill"]
    if has["abduct"]:
        # the codebook: an abduction with fatalities or injuries, or within an
        # assault on the victims, is an Attack
        killed = _ABDUCTION_HARM.search(_NOT_HARM.sub(" ", lowered)) or _GUNFIRE_AT.search(lowered)
        if strong_clash:   # abductions are of civilians unless a fight is reported
            return make("Battles", "Armed clash", 0.6)
        if killed:
            return make("Violence against civilians", "Attack", 0.7)
        return make("Violence against civilians", "Abduction/forced disappearance", 0.8)
    if violent:
        if target == "security" or (subj_state and target != "civilian" and has["armed_group"]):
            return make("Battles", "Armed clash", 0.65)
        if has["loot_destroy"] and not _PERSON_HARM.search(_NOT_HARM.sub(" ", lowered)):
            # an attack or incursion that only seizes or destroys property (the codebook's
            # looting "outside the context of other forms of violence")
            return make("Strategic developments", "Looting/property destruction", 0.55)
        return make("Violence against civilians", "Attack", 0.7)
    if has["loot_destroy"]:
        return make("Strategic developments", "Looting/property destruction", 0.6)
    if has["arrest"]:
        return make("Strategic developments", "Arrests", 0.6)
    if has["agreement"]:
        return make("Strategic developments", "Agreement", 0.55)
    if has["surrender"]:
        return make("Strategic developments", "Change to group/activity", 0.55)
    if has["hq_base"]:
        return make("Strategic developments", "Headquarters or base established", 0.55)
    if has["transfer"]:
        return make("Strategic developments", "Non-violent transfer of territory", 0.5)
    if has["activity"]:
        return make("Strategic developments", "Change to group/activity", 0.5)
    if has["other_sd"]:
        return make("Strategic developments", "Other", 0.45)
    if has["change_group"]:
        return make("Strategic developments", "Change to group/activity", 0.5)
    return None
