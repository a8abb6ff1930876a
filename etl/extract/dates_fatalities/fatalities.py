"""Fatality counts as ACLED codes them.

The lowest reported figure; numbers in words; vague amounts by scale
("several"/"a few" 3, "many" 10, "dozens" 12, "hundreds" 100); injuries are not
fatalities; no information is 0. A suicide bomber who dies counts.
"""
from __future__ import annotations

import re

from etl.extract.dates_fatalities.background import DEATH_HINTS, is_aggregate_toll, strip_grievances
from etl.extract.dates_fatalities.bombers import bombers_to_add

_UNITS = {
    "zero": 0, "no": 0, "one": 1, "a": 1, "an": 1, "single": 1, "two": 2, "three": 3,
    "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100, "thousand": 1000, "dozen": 12, "couple": 2,
    "both": 2, "pair": 2,
    # French
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "quinze": 15, "vingt": 20,
    "trente": 30, "quarante": 40, "cinquante": 50, "cent": 100,
}
# vague amounts, by scale (the codebook's convention)
_VAGUE = {
    "several": 3, "some": 3, "few": 3, "a few": 3, "a number of": 3, "unspecified number of": 3,
    "an unspecified number of": 3, "unknown number of": 3, "an unknown number of": 3,
    "numerous": 10, "many": 10, "scores of": 20, "scores": 20, "unreported number of": 3,
    "an unreported number of": 3, "undisclosed number of": 3, "an undisclosed number of": 3, "dozens of": 12, "dozens": 12,
    "hundreds of": 100, "hundreds": 100, "thousands of": 1000, "plusieurs": 3,
    "des dizaines de": 12, "des centaines de": 100,
    # French approximate numbers ("une vingtaine de", about twenty)
    "une dizaine de": 10, "une douzaine de": 12, "une quinzaine de": 15, "une vingtaine de": 20,
    "une trentaine de": 30, "une quarantaine de": 40, "une cinquantaine de": 50, "une centaine de": 100,
}
_VAGUE.update({k[:-3]: v for k, v in _VAGUE.items() if k.startswith("une ")})   # "une trentaine d'assaillants"
_NUMWORD = "|".join(sorted((k for k in _UNITS if k not in ("no", "a", "an")), key=len, reverse=True))
_NUMBER = rf"(?:\d[\d,]*|(?:{_NUMWORD})(?:[\s-](?:{_NUMWORD}))*)"
NUMBER = _NUMBER   # a number in figures or words ("1,200", "twenty-five")
_QUALIFIER = (r"(?:at least|as many as|(?:well|just|slightly) (?:over|above|more than)|more than|over|about|around|some|nearly|almost|up to|an estimated|between|ranging from|"
              r"a total of|approximately|roughly|close to|no fewer than|not less than|au moins|plus de|"
              r"environ)\s+")
# "une vingtaine de" is a vague amount, not "une" (one)
_FR_ABOUT = r"(?!\s+(?:dizaine|douzaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|centaine)\b)"
_QUANT = rf"(?:{_QUALIFIER})?(?P<num>{_NUMBER}){_FR_ABOUT}(?:\s*(?:-|to|or|and)\s*{_NUMBER})?"
_VAGUE_RE = "|".join(sorted((re.escape(k) for k in _VAGUE), key=len, reverse=True))

_KILL_VERB = (r"(?:killing|killed|kills|kill|shot dead|shooting dead|murdering|murdered|assassinating|assassinated|beheading|"
              r"beheaded|slaughtering|slaughtered|massacring|massacred|executing|executed|"
              r"lynching|lynched|burning to death|burnt to death|burned to death|claiming the lives of|"
              r"claimed the lives of|[\"“‘']?neutrali[sz]ation[\"”’']? of|neutralized|neutralised|neutralising|neutralizing|tuant|tué|tués)")
_DIED = (r"(?:(?:were|was|have been|had been|are|is|got|being|reportedly|allegedly|also|later|all|"
         r"subsequently|confirmed|feared|found|ont été|a été|sont)\s+)*[\"“‘']?(?:killed|dead|died|murdered|assassinated|shot dead|slain|"
         r"beheaded|executed|lynched|burnt to death|burned to death|lost their lives|lost his life|"
         r"lost her life|perished|succumbed|neutralized|neutralised|burnt alive|burned alive|massacred|slaughtered|"
         r"(?:hacked|stabbed|beaten) to death|tués|tuées|morts|neutralisés|abattus|tombés)")
# "<quantity> [up to 6 words] were killed"
_PASSIVE = re.compile(rf"(?<![\w-])(?<!how )(?<!no )(?:{_QUANT}|(?P<vague>{_VAGUE_RE}))\b(?P<mid>(?:\s+[\w'’()/-]+){{0,6}}?)\s+{_DIED}\b")
# "four gunmen who attacked a police station in X have been killed": a relative clause
# between the counted subject and its verb
_PASSIVE_REL = re.compile(rf"(?<![\w-])(?<!how )(?<!no ){_QUANT}\s+(?:[\w-]+\s+){{0,2}}?(?:who|that)\s+(?:[^\s,.;]+\s+){{1,10}}?"
                          r"(?:have|has|had|were|was)\s+(?:been\s+)?(?:(?:later|also|all|reportedly)\s+)?"
                          r"(?:killed|shot dead|neutrali[sz]ed|slain|executed|lynched)\b")
_COUNT_NOUN = re.compile(rf"(?<![\w-]){_QUANT}\s+(?:people\s+|(?:reported|confirmed|recorded)\s+)?(?:dead|deaths?|fatalit(?:y|ies)|bodies|corpses|killed)\b")
_TOLL = re.compile(rf"\b(?:toll|the dead|fatalities)\s+(?:[\w-]+\s+){{0,8}}?(?:to|of|at|is|was|reached)\s+{_QUANT}")
_ACTIVE = re.compile(rf"\b{_KILL_VERB}\s+(?P<obj>[^.;:]*)")
_ZERO = re.compile(r"\b(?:no|without(?: any)?|zero)\s+(?:\w+\s+)?(?:fatalities|casualties|deaths|one was killed|"
                   r"loss of life|lives were lost)|\bno\s+(?:\w+\s+)?(?:were|was)\s+killed")
_FATALITIES_PLURAL = re.compile(r"\b(?:fatalities|deaths)\s+(?:were\s+)?(?:reported|recorded)\b")
_BOMBER_DIED = re.compile(r"\b(?:killing|killed)\s+(?:himself|herself|themselves)\b|"
                          r"\b(?:detonated|blew|blasted|exploded)\s+(?:himself|herself|themselves)\b|"
                          r"\bbombers?\b[^.]{0,40}\b(?:died|was killed|were killed|blew (?:himself|herself|themselves) up)")
# where an active object list stops: injuries and follow-up clauses
_OBJ_STOP = re.compile(r"\b(?:(?:and|while|as well as|,)?\s*(?:injur\w*|wound\w*|abduct\w*|kidnap\w*|leaving|before|after|"
                       r"when|while|as|in|at|on|near|during|following|over|from|with|by|who|which|whom|"
                       r"and (?:set|burn\w*|loot\w*|destroy\w*|rap\w*|carted|made|took|fled|escaped))\b|"
                       r"\band\s+(?:also\s+)?\w+(?:ing|ed)\b)")
# an active verb with its object, not a headline passive: "N gunmen killed five villagers"
_BARE_KILLED = re.compile(r"(?<!were )(?<!was )(?<!been )(?<!are )(?<!is )(?<!got )(?<!being )"
                          r"\b(?:killed|murdered|assassinated|massacred|slaughtered|executed|beheaded|lynched)$")
_OBJECT_AFTER = re.compile(rf"\s+(?:{_QUALIFIER})?(?:{_NUMBER}\b|(?:a|an|the|his|her|their|its|several|many|dozens|"
                           r"scores|hundreds|some|themselves|himself|herself|them|him|everyone|anyone)\b)")
_LEAD_QUALIFIER = re.compile(rf"^\s*{_QUALIFIER}")
# "were killed by", "had been killed in": the participle of a passive clause has no object
_AUX_BEFORE = re.compile(r"\b(?:were|was|been|being|got)\s+(?:\w+ly\s+|also\s+|all\s+)?$")
# the figure is a part of a toll given elsewhere ("two commanders were among the dead"),
# or a hypothetical ("many more would have died")
_NOT_TOLL_MID = re.compile(r"\b(?:among|would|could|might|may|should)\b")
# one victim in a passive clause: "a gendarme was killed", "the prefect was shot and killed"
_PASSIVE_ONE = re.compile(
    r"(?<![\w-])(?<!how )(?<!no )(?:a|an|one|the|another|his|her|its|their)\s+(?:(?!who\b|that\b|which\b)[\w'’-]+\s+){0,4}?"
    r"(?:(?:was|has been|had been|got)\s+(?:(?:reportedly|allegedly|also|later|then|subsequently|fatally|found|"
    r"(?:shot|attacked|abducted|kidnapped|beaten|stabbed|tortured|ambushed|waylaid|captured)\s+and)\s+)*"
    r"(?:killed|shot dead|murdered|assassinated|beheaded|lynched|executed|slain|(?:stabbed|beaten|hacked|burnt|burned) to death)|"
    r"died|lost (?:his|her) life|succumbed)\b")
# a breakdown of a toll just given ("12 people, including seven policemen, were killed")
_ANIMALS = re.compile(r"\s+(?:[\w-]+\s+)?(?:cattle|cows?|goats?|sheep|camels?|livestock|animals|donkeys?|horses?|"
                      r"herds?|heads? of cattle|chickens?|pigs?)\b")
_SUBSET = re.compile(r",?\s*\(?\b(?:including|among them|of whom|dont)\b"
                     r"(?:(?!\s(?:were|was|had|have|are|died|killed)\b)[^,;.)])*[,)]?")
_PLURAL_GENERIC = re.compile(r"^(?:the\s+)?(?:\w+\s+)?(?:people|persons|civilians|villagers|residents|soldiers|"
                             r"troops|militants|fighters|farmers|herders|worshippers|women|men|children|"
                             r"policemen|officers|gunmen|insurgents|bandits|members|students|traders|"
                             r"passengers|miners|hunters|others|locals|youths|vigilantes|jihadists|"
                             r"terrorists|assailants|attackers)\b")
_SINGULAR = re.compile(r"^(?:a|an|the|one|his|her|their|its|another|un|une|le|la)\s+(?!number|few|dozen|couple|total)\w+")


def parse_number(text: str) -> int | None:
    """'twenty-five' -> 25, '1,200' -> 1200, 'a dozen' -> 12, 'three hundred' -> 300."""
    t = text.lower().strip()
    if re.fullmatch(r"\d[\d,]*", t):
        return int(t.replace(",", ""))
    total, current = 0, 0
    for w in re.split(r"[\s-]+", t):
        if w not in _UNITS:
            return None
        v = _UNITS[w]
        if v in (100, 1000):
            current = max(current, 1) * v
            if v == 1000:
                total, current = total + current, 0
        else:
            current += v
    return total + current


def _quant(m: re.Match) -> int | None:
    if m.groupdict().get("vague"):
        return _VAGUE[m.group("vague").lower()]
    num = m.group("num")
    return parse_number(num) if num else None


# a reporting clause after the victims: "..., a military source in the town said", "according to police"
_ATTRIBUTION = re.compile(r"(?:,\s*[^,]{0,80}?\b(?:said|says|told|reported|added|stated|confirmed)\b|"
                          r",?\s+according to\b).*$")


def _object_count(obj: str) -> int | None:
    """Victims in the object of an active kill verb: 'two soldiers and a civilian' -> 3."""
    # "killing and wounding a number of soldiers": the victims follow the second verb;
    # "shot dead and three houses burnt": a new clause, not more victims
    obj = re.sub(r"^\s*and\s+(?:(?:injur|wound|maim)\w*|burn\w* (?:to death|alive))\s+", "", obj)
    if re.match(r"^\s*(?:and|but|while|,)\b", obj):
        return None
    obj = _LEAD_QUALIFIER.sub("", obj)   # "at least", "over": not the prepositions that end a list
    obj = _ATTRIBUTION.sub("", obj)   # "killing 14 civilians, a local medical group said": no victim
    stop = _OBJ_STOP.search(obj)
    if stop:
        if stop.start() == 0:
            return None   # "killed in the raid", "killed by gunmen": a participle, no object
        obj = obj[:stop.start()]
    obj = re.sub(r"^\s*of\s+", "", obj)   # "the killing of 10 people"
    total, found = 0, False
    for chunk in re.split(r"\s*(?:,|\band\b|\bet\b|&|\bplus\b)\s*", obj.strip()):
        chunk = re.sub(rf"^(?:de\s+|d')?{_QUALIFIER}", "", chunk.strip())
        chunk = re.sub(r"^(?:de\s+|d')", "", chunk)   # "deux soldats et de trois VDP"
        if not chunk:
            continue
        m = re.match(rf"(?:(?:his|her|their|its|the|other)\s+)?(?P<num>{_NUMBER})\b", chunk)
        v = re.match(rf"(?P<vague>{_VAGUE_RE})\b", chunk)
        if v:
            total, found = total + _VAGUE[v.group("vague").lower()], True
        elif m and _ANIMALS.match(chunk, m.end("num")):
            continue
        elif m and parse_number(m.group("num")) is not None:
            total, found = total + parse_number(m.group("num")), True
        elif _SINGULAR.match(chunk) or re.match(r"^(?:him|her)\b", chunk):
            total, found = total + 1, True
        elif _PLURAL_GENERIC.match(chunk) and not found:   # "eight fishermen, traders and farmers"
            total, found = total + 3, True
        elif re.match(r"^(?:them|all)\b", chunk):
            found = True
    return total if found else None


# a kill verb whose victims stand between its words: "beat two men to death", "shot them dead"
_SPLIT_KILL = re.compile(r"\b(?:shot|shoot|shooting|beat|beating|hacked|hacking|stabbed|stabbing|burnt|burned|burning|"
                         r"stoned|stoning|clubbed|clubbing|bludgeoned|hanged|hanging)\s+"
                         r"(?P<obj>(?!(?:dead|to|and|at|in|on|by)\b)(?:[\w'’-]+\s+){1,5}?)(?:dead|to death)\b")
_THEM = re.compile(r"^\s*(?:them|all of them)\b")
# the people "them" stands for: the sentence's last figure of people before the verb
_PEOPLE_FIGURE = re.compile(rf"(?<![\w-])(?P<num>{_NUMBER})\s+(?:[\w-]+\s+){{0,2}}?(?:people|persons|civilians|"
                            r"villagers|residents|passengers|travell?ers|men|women|children|boys|girls|farmers|"
                            r"herders|soldiers|policemen|officers|workers|labou?rers|traders|miners|students|"
                            r"worshippers|hostages|captives|suspects|fishermen|motorists|drivers|teachers)\b")


def _antecedent(before: str) -> int | None:
    figures = list(_PEOPLE_FIGURE.finditer(before))
    return parse_number(figures[-1].group("num")) if figures else None


# an analyst's explicit coding note ("Unknown fatalities coded as 3", "coded as 10 fatalities")
_CODED_AS = re.compile(rf"\bfor a total of\s+(?P<num0>{_NUMBER})\b|"
                       rf"\bcoded\s+(?:as|at)\s+(?P<num>{_NUMBER})\b(?!\s*(?:events?|separate|dates?|locations?|days?))"
                       rf"(?:\s*(?:\+|plus)\s*(?P<plus>{_NUMBER}|the|a|an)\b)?")
# a total the source spreads over several days or places: each event gets its share
_SPLIT = re.compile(rf"(?P<num>{_NUMBER})\s+(?:reported\s+)?fatalit\w+\s+(?:were\s+)?(?:reported\s+and\s+)?"
                    rf"(?:split|coded|divided|distributed|spread)\s+(?:evenly\s+)?(?:across|between|over|among)\s+"
                    rf"(?P<parts>{_NUMBER})\s+(?:events?|days?|locations?)")
# "... 25 people were killed. Fatalities split between four events."
_SPLIT_BARE = re.compile(rf"\bfatalit\w+\s+(?:were\s+)?(?:split|divided|distributed|spread)\s+(?:evenly\s+)?"
                         rf"(?:across|between|over|among)\s+(?:the\s+)?(?P<parts>{_NUMBER})\s+(?:events?|days?|locations?)")
_SENTENCE_END = re.compile(r"(?<=[.;])\s+")
_RANGE_NOUN = re.compile(rf"\bfatalit\w+\s+(?:\w+\s+){{0,2}}?(?:ranging\s+)?from\s+(?P<num>{_NUMBER})\b")
# mob justice: people set ablaze or burnt alive are dead in news usage
_SET_ABLAZE = re.compile(rf"\bset\s+(?P<num>{_NUMBER}|a|an)\s+(?:suspected\s+|alleged\s+)?(?:[\w-]+\s+){{0,2}}?"
                         r"(?:thie(?:f|ves)|robbers?|kidnappers?|persons?|people|m[ae]n|wom[ae]n|youths?|boys?|girls?|"
                         r"suspects?|militiamen|herders?|herdsm[ae]n|bandits?|criminals?|witch(?:es)?|wizards?|"
                         r"ritualists?|rapists?|members?)\s+(?:ablaze|on fire|alight)\b")

_ONE_HINTS = ("was ", "been ", "got ", "died", "succumbed", "lost h")
# a figure the sentence itself calls false
_FALSE_CLAIM = re.compile(r"\bfake news\b")
# a figure someone else contests: the lowest reported one (zero when it is refuted)
_REFUTED = re.compile(
    r"\b(?:refuted|denied|dismissed)\s+(?:\w+\s+){0,2}(?:fatalit\w+|deaths?|killings?|casualt\w+|claims?|reports?)|"
    r"\bunverified\b|\bnot (?:been )?independently (?:verified|confirmed|reported)|"
    r"\bcould not be (?:independently )?(?:verified|confirmed)")
_SOURCE_CLAIM = re.compile(
    r"\b(?:sources?|officials?|spokes\w+|reports?)\s+(?:\w+\s+)?(?:report\w*|claim\w*|sa(?:y|id)|put|state\w*|indicat\w*|suggest\w*)\b|"
    r"\baccording to\b|\bclaim(?:ed|s|ing)?\b|\bconflicting\b")


def count_fatalities(text: str, attackers: bool = True) -> int:
    """Fatalities reported in an event passage (one or more sentences).

    Figures for different victims add up ("killed 5 soldiers and 10 militants" is 15;
    a follow-up sentence's deaths add to the first's); figures from competing sources
    are alternatives, of which the lowest counts (the codebook's rule)."""
    # every pattern is lowercase and compiled without re.I: case-insensitive
    # alternations defeat the regex engine's literal-prefix scan (several times slower)
    text = text.lower()
    coded = _CODED_AS.search(text) if "coded" in text or "total of" in text else None
    if coded:
        v = parse_number(coded.group("num0") or coded.group("num"))
        if v is not None:
            # "coded as 3 plus 2 suicide bombers", "coded as 10 + the bomber"
            plus = coded.groupdict().get("plus")
            return v + (1 if plus in ("the", "a", "an") else parse_number(plus) or 0 if plus else 0)
    if not any(h in text for h in DEATH_HINTS):
        return 0
    split = _SPLIT.search(text) if "fatalit" in text else None
    if split:
        total, parts = parse_number(split.group("num")), parse_number(split.group("parts"))
        if total is not None and parts:
            return -(-total // parts)   # the first day's share carries the remainder
    bare = _SPLIT_BARE.search(text) if "fatalit" in text else None
    if bare and parse_number(bare.group("parts")):
        total = _combine([(_sentence_count(x), x) for x in _SENTENCE_END.split(text[:bare.start()])])
        return -(-total // parse_number(bare.group("parts")))
    ranged = _RANGE_NOUN.search(text) if "fatalit" in text else None
    if ranged and parse_number(ranged.group("num")) is not None:
        return parse_number(ranged.group("num"))
    bombers = bombers_to_add(text) if attackers else 0
    counts = []
    for sentence in _SENTENCE_END.split(text):
        counts.append((_sentence_count(sentence, False), sentence))
    if bombers is None:   # the one attacker who blew himself up, however often the text says so
        bombers = 1 if ("self" in text or "bomber" in text) and _BOMBER_DIED.search(text) else 0
    return _reported(text, counts) + bombers


_NO_DEATHS = re.compile(r"\bno\s+(?:\w+\s+)?(?:deaths|fatalities|casualties|one was killed|lives were lost)\b|"
                        r"\bno\s+(?:\w+\s+)?(?:were|was)\s+killed\b|\bnobody (?:was|died)\b")


def reports_no_deaths(text: str) -> bool:
    """Does the text say nobody died ("No deaths were reported")?"""
    return _NO_DEATHS.search(text.lower()) is not None


def _reported(text: str, counts: list[tuple[int, str]]) -> int:
    """The sentences' figures as one toll: the lowest of competing sources' claims."""
    total = _combine(counts)
    if not total:
        return 0
    claims = [n for n, s in counts if n and _SOURCE_CLAIM.search(s)]
    if _REFUTED.search(text) and claims:
        return 0
    if len(claims) >= 2 or (claims and re.search(r"\bconflicting\b|\bwhile\b[^.]*\bsources?\b", text)):
        return min(claims) + sum(n for n, s in counts if n and not _SOURCE_CLAIM.search(s))
    return total


# a later sentence that adds victims to those already counted, or updates the toll
_MORE = re.compile(r"\b(?:also|another|other|others|additional(?:ly)?|as well|in addition|besides|too|further)\b|"
                   r"\bmore\b(?! than)")
_PART = re.compile(rf"(?<![\w-]){_QUANT}\s+(?:of them|of the (?:dead|victims)|(?:people|persons|civilians|victims)\b)")
_UPDATE = re.compile(r"\b(?:toll|in total|bringing|risen to|rose to|climbed to)\b")


_RETURN_FIRE = re.compile(r"\b(?:returned fire|fired back|fought back|retaliat\w*|repell?\w*|repuls\w*|"
                          r"in the exchange of fire|in the ensuing (?:gun ?battle|firefight|fighting|clash))\b")

_ALSO_KILLED = re.compile(r"\b(?:were|was|have been|had been)\s+also\s+[\"“]?(?:killed|neutrali[sz]ed|shot dead)\b")


def extend_toll(toll: int, told: str, detail: str) -> int:
    """A toll already read from ``told`` with the deaths a later detail paragraph adds
    ("police returned fire and killed four of the attackers" after "six officers were
    killed"); a figure the detail restates, updates or breaks down adds nothing."""
    if not toll:
        return count_fatalities(detail)
    # only the other side's dead, told as such ("returned fire and killed four of the
    # attackers", "two rebels were also killed"): other figures restate the toll
    added = [(_sentence_count(x, False), x) for x in _SENTENCE_END.split(detail.lower())
             if _RETURN_FIRE.search(x) or _ALSO_KILLED.search(x)]
    return _combine([(toll, told.lower()), *added]) if any(n for n, _ in added) else toll


def _combine(counts: list[tuple[int, str]]) -> int:
    """The passage's toll from its sentences' figures: figures for different victims
    add up, unless a later sentence restates the toll ("the toll is 58 dead": the
    larger figure stands) or repeats a figure already counted without saying the
    victims are others ("two attackers were also killed" adds)."""
    total, seen = 0, set()
    for n, s in counts:
        if not n:
            continue
        if total and n < total and not _MORE.search(s) and _PART.search(s):
            continue   # "around 20 of them on a bus", "a bus in which 20 people were killed": part of the toll
        if total and not _MORE.search(s) and (_UPDATE.search(s) or n >= 3 and n in seen):
            total = max(total, n)
        else:
            total += n
        seen.add(n)
    return total



def _sentence_count(s: str, lone_attacker: bool = True) -> int:
    if not any(h in s for h in DEATH_HINTS):
        return 0
    if is_aggregate_toll(s) or "fake" in s and _FALSE_CLAIM.search(s):
        return 0
    s = strip_grievances(s)   # only sentences that mention deaths pay for this
    if "includ" in s or " of whom" in s or "among them" in s or " dont " in s:
        s = _SUBSET.sub(" ", s)
    counts: list[tuple[int, int]] = []   # (start offset, value)
    rel = (_PASSIVE_REL,) if " who " in s or " that " in s else ()
    for pat in (_COUNT_NOUN, _TOLL, _PASSIVE, *rel):
        for m in pat.finditer(s):
            q = _quant(m)
            if q is None:
                continue
            if pat is _PASSIVE and re.search(r"\b(?:injur|wound|abduct|kidnap|arrest|rescued)", m.group("mid") or ""):
                continue
            if _ANIMALS.match(s, m.end("num") if m.groupdict().get("num") else m.end("vague")):
                continue   # "39 cattle were killed": livestock are no fatalities
            if pat is _PASSIVE and _NOT_TOLL_MID.search(m.group("mid") or ""):
                continue
            if pat is _PASSIVE and _BARE_KILLED.search(m.group(0)) and _OBJECT_AFTER.match(s, m.end()):
                continue   # "three gunmen killed five villagers": the gunmen are the killers
            if pat is _PASSIVE and re.search(r"\b(?:and|et)\b|,", m.group("mid") or ""):
                # "two soldiers and a civilian were killed": count the whole list
                subject = m.group(0)[:m.end("mid") - m.start()]
                q = max(q, _object_count(subject + " .") or 0)
            counts.append((m.start(), q))
    split = _SPLIT_KILL.finditer(s) if " dead" in s or " death" in s else ()
    for m in (*_ACTIVE.finditer(s), *split):
        # "killed 3 soldiers", "killing a woman and her two children", "beat two men to death"
        if _AUX_BEFORE.search(s, max(0, m.start() - 30), m.start()):
            continue
        q = _object_count(m.group("obj") + (" ." if m.re is _SPLIT_KILL else ""))
        if q == 0 and _THEM.match(m.group("obj")):
            q = _antecedent(s[:m.start()])   # "forced nine passengers off the bus and shot them dead"
        if q is not None:
            counts.append((m.start(), q))
    spans = [(pos, pos + 60) for pos, _ in counts]
    for m in (_PASSIVE_ONE.finditer(s) if any(h in s for h in _ONE_HINTS) else ()):
        # a fallback for a lone victim: not a plural subject ("the victims died"), not
        # inside a figure another pattern already counted
        head = s[m.start():m.end()].split()
        if _NOT_TOLL_MID.search(m.group(0)) or any(a <= m.start() < b for a, b in spans) or (
                head[-1] in ("died", "succumbed") and head[-2].endswith("s") and not head[-2].endswith("ss")):
            continue
        counts.append((m.start(), 1))
    for m in _SET_ABLAZE.finditer(s):
        n = m.group("num").lower()
        counts.append((m.start(), 1 if n in ("a", "an") else parse_number(n) or 0))
    if lone_attacker and _BOMBER_DIED.search(s):   # suicide bombers are counted by the caller
        counts.append((-1, 1))
    if not counts:
        if _FATALITIES_PLURAL.search(s) and not _ZERO.search(s):
            return 3
        return 0
    # overlapping patterns can report the same figure: keep one per distinct span
    counts.sort()
    total, last_pos, prev = 0, -100, None
    for pos, value in counts:
        if pos >= 0 and pos - last_pos < 25 and value == prev:
            continue
        total += value
        last_pos, prev = pos, value
    return total
