"""Who an event's violence hit, read from the text for the event classifier (taxonomy.py):
the objects of attack and harm verbs and the subjects of passive ones, sorted into armed
people (state forces or armed groups: a battle) and civilians (Violence against civilians).
Written from the ACLED codebook's definitions and from how news words events.
"""
from __future__ import annotations

import re

from etl.extract.text.labels import AUTHOR_OBJ, HARM_VERB, PRONOUN_SUBJECT, SCENE_OBJ, SENTENCE_START
from etl.extract.text.lexicon import FEATURES

TARGET_VERB = re.compile(
    r"\b(?:attack\w*|ambush\w*|kill\w*|raid\w*|storm\w*|invad\w+|opened fire (?:on|at)|shot(?: at)?|"
    r"abduct\w*|kidnap\w*|target\w*|struck|assault\w*|besieg\w+|overran|fired (?:on|at|against)|"
    r"opened fire against|stabb\w+|gunned down|hacked|macheted|"
    r"clash\w* with|fought(?: with)?|engag\w+|neutrali[sz]\w+|behead\w*|murder\w*|massacr\w+|"
    r"hit|rocked|killing|assassinat\w*|execut\w+|attaqu\w+)(?=\s+(?P<obj>[^.;]{0,70}))")
# (the object is a lookahead: a verb inside another verb's object is read too,
# "attacked the village and killed four militiamen")
# "<victims> were killed": the passive verb is found first and its subject read
# back from it (a pattern that starts with the subject tries every position: slow)
PASSIVE_VERB = re.compile(
    r"\s(?:were|was|have been|had been|got)\s+(?:\w+\s+)?(?:killed|attacked|"
    r"ambushed|abducted|kidnapped|shot|murdered|wounded|injured|targeted|subjected to)\b")
_CLAUSE_END = re.compile(r"[.;,]")


def _passive_victims(text: str) -> list[tuple[int, str]]:
    """(start, subject) of each passive harm clause: up to 50 characters before
    the verb, from the last clause break."""
    out = []
    for m in PASSIVE_VERB.finditer(text):
        start = max(0, m.start() - 50)
        # (a comma just before the verb closes an apposition, "25 civilians, including
        # women and a child, were killed": the subject lies before it)
        window = text[start:m.start()].rstrip(" ,")
        cut = None
        for cut in _CLAUSE_END.finditer(window):
            pass
        if cut is not None:
            start += cut.end()
            window = window[cut.end():]
        if PRONOUN_SUBJECT.search(window):
            # "..., when they were ambushed": the people the sentence opens with
            opening = SENTENCE_START.search(text, 0, m.start())
            begin = opening.end() if opening else 0
            start, window = begin, text[begin:begin + 60]
        out.append((start, window))
    return out


# armed people whose harming makes an attack a battle wherever they appear in the report
_STRONG_ARMED = re.compile(
    r"\b(?:soldiers?|troops?|army|military|servicem[ae]n|police(?:men|man)?|police officers?|gendarm\w+|"
    r"militia\w*|vigilantes?|vdp|volunteer fighters?|koglweogos?|dozos?|cjtf|jtf|rangers?|eco-?guards?|"
    r"militants?|insurgents?|jihadists?|rebels?|bandits?|assailants|attackers|gunmen|patrol|(?:military|army|police|security|escort\w*|gendarmerie|armou?red) convoy|fighters|"
    r"barracks|base|outpost|checkpoint|position)\b")
# the report itself says the victim could not fight back: Violence against civilians
_UNARMED_VICTIM = re.compile(
    r"\b(?:no (?:report of (?:a )?)?clash|without (?:any |a )?(?:report of (?:a )?)?(?:clash|exchange of fire)|"
    r"no exchange of fire|unarmed|extrajudicial\w*"
    r")\b")
# a victim off duty (a retired gendarme, a guard): no fight with him, but armed people
# killed beside him ("seven people including five militiamen and a retired gendarme") make one
_OFF_DUTY_VICTIM = re.compile(r"\b(?:off-duty|retired|(?:private |palace )?security guards?)\b")


# armed people (not places or units) whose killing anywhere in a victim list makes the
# event a fight: "killed seven people including five militiamen", "two people described
# as vigilantes", "three fighters and two civilians were killed"
_ARMED_PERSON = re.compile(
    r"\b(?:soldiers|troops|servicemen|policemen|police officers|gendarmes|militiamen|militia members|"
    r"vigilantes|vdps|volunteer fighters|koglweogos|dozos|rangers|eco-?guards|militants|insurgents|jihadists|"
    r"rebels|fighters|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several) (?:\w+ )?(?:koglweogos?|dozos?|vdps?)|"
    # members of an armed organisation, whatever their number
    r"(?:members?|officials?|men|leaders?|commanders?) (?:of|from) (?:the |a |an )?(?:[\w-]+ ){0,4}"
    r"(?:militias?|vigilantes?|vigilante groups?|joint task force|cjtf|civil defen[cs]e corps|cult militias?))\b")
# (plural only: one member of a group shot dead is usually a targeted killing, an Attack)
# where a victim list ends: the next clause names other people (the attackers, helpers),
# or the victims were only suspected of being armed
_VICTIM_LIST_END = re.compile(r"[.;:(]|,\s+(?:the|a|an|and|then)\b|\b(?:before|after|when|while|by|who|whom|"
                              r"(?<!described )(?<!identified )as|until|but|accused|suspect\w*|"
                              r"suspicion|claim\w*|alleged\w*|believed)\b")


# where a verb's object ends and the scene begins ("shot a man in front of a military camp")
_OBJ_PLACE_END = re.compile(r"\b(?:in|at|near|outside|inside|close to|while|when)\b")
# where a verb's object ends and a new clause begins ("a raid on the camp when raiders ...")
_OBJ_CLAUSE_END = re.compile(r"\b(?:when|while|after|before|because|who|whom|which|where)\b")
# a passive verb: what follows it names the scene and the agent ("were murdered in their
# sleep by gunmen"), not a target
_PASSIVE_TAIL = re.compile(r"\b(?:was|were|been|being|got)\s+(?:\w+\s+)?$")
_AGENT = re.compile(r"\bby\b")


def _armed_victim(span: str) -> bool:
    """An armed person in a victim list (up to its end)."""
    end = _VICTIM_LIST_END.search(span)
    return _ARMED_PERSON.search(span[:end.start()] if end else span) is not None


_BY_AGENT = re.compile(r"(?:dead |and \w+ |in the \w+ )?by\b")
_BACKGROUND = re.compile(r"\b(?:after|(?:revenge|reprisal|retaliat\w*) (?:for|over|after|against)|following|over|earlier|"
                         r"previous|blamed|accused|"
                         r"suspected of|believed to|in response to)\b[^.;]*$")


def target_kind(text: str) -> str:
    """Who was attacked: 'security' (state or armed group), 'civilian', or ''."""
    votes: list[tuple[int, str, bool]] = []
    motive: list[tuple[int, str, bool]] = []   # used only when the report names no other target
    armed_list = False   # armed people (plural) named in a victim list
    for m in TARGET_VERB.finditer(text):
        if _BY_AGENT.match(m.group("obj")):   # "killed by soldiers": the attacker, not the target
            continue
        if HARM_VERB.match(m.group(0)) and SCENE_OBJ.match(m.group("obj")) or AUTHOR_OBJ.match(m.group("obj")):
            # "killed during gunmen attacks", "killed in an assault attributed to the
            # separatists": the scene or its author, no target
            continue
        obj = _OBJ_CLAUSE_END.split(m.group("obj"), 1)[0]
        if " by " in obj and _PASSIVE_TAIL.search(text, max(0, m.start() - 20), m.start()):
            obj = _AGENT.split(obj, 1)[0]
        kind = _kind_of(obj)
        if kind:
            # a past attack named as the motive ("in revenge for an attack on troops") is background
            background = _BACKGROUND.search(text[max(0, m.start() - 40):m.start()]) is not None
            if background:
                motive.append((m.start(), kind, False))
                continue
            listed = _armed_victim(m.group("obj")[:60])
            armed_list = armed_list or listed
            votes.append((m.start(), kind, (
                (kind == "security" and bool(_STRONG_ARMED.search(_OBJ_PLACE_END.split(m.group("obj")[:40], 1)[0])))
                or listed)))
    for start, subj in _passive_victims(text):
        kind = _kind_of(subj[-40:], last=True)
        if kind:
            listed = _ARMED_PERSON.search(subj[-60:]) is not None
            armed_list = armed_list or listed
            votes.append((start, kind, (kind == "security" and bool(_STRONG_ARMED.search(subj[-40:]))) or listed))
    votes = votes or motive
    if not votes:
        return ""
    if _UNARMED_VICTIM.search(text):
        return "civilian"
    # Battles rank above Violence against civilians: an attack that hits armed
    # people (soldiers, police, militia, rangers) anywhere in the report is a battle,
    # even when civilians or their village are named first
    off_duty = _OFF_DUTY_VICTIM.search(text)
    if any(strong for _, _, strong in votes) and not (off_duty and not armed_list):
        return "security"
    if off_duty:
        return "civilian"
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
