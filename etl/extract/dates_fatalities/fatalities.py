"""Fatality counts as ACLED codes them.

The lowest reported figure; numbers in words; vague amounts by scale
("several"/"a few" 3, "many" 10, "dozens" 12, "hundreds" 100); injuries are not
fatalities; no information is 0. A suicide bomber who dies counts.
"""
from __future__ import annotations

import re

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
}
_NUMWORD = "|".join(sorted((k for k in _UNITS if k not in ("no", "a", "an")), key=len, reverse=True))
_NUMBER = rf"(?:\d[\d,]*|(?:{_NUMWORD})(?:[\s-](?:{_NUMWORD}))*)"
_QUALIFIER = (r"(?:at least|more than|over|about|around|some|nearly|almost|up to|an estimated|between|ranging from|"
              r"a total of|approximately|roughly|close to|no fewer than|not less than|au moins|plus de|"
              r"environ)\s+")
_QUANT = rf"(?:{_QUALIFIER})?(?P<num>{_NUMBER})(?:\s*(?:-|to|or|and)\s*{_NUMBER})?"
_VAGUE_RE = "|".join(sorted((re.escape(k) for k in _VAGUE), key=len, reverse=True))

_KILL_VERB = (r"(?:killing|killed|kills|kill|shot dead|shooting dead|murdering|murdered|beheading|"
              r"beheaded|slaughtering|slaughtered|massacring|massacred|executing|executed|"
              r"lynching|lynched|burning to death|burnt to death|burned to death|claiming the lives of|"
              r"claimed the lives of|neutralized|neutralised|neutralising|neutralizing|tuant|tué|tués)")
_DIED = (r"(?:(?:were|was|have been|had been|are|is|got|being|reportedly|allegedly|also|later|all|"
         r"subsequently|confirmed|feared|found)\s+)*(?:killed|dead|died|murdered|shot dead|slain|"
         r"beheaded|executed|lynched|burnt to death|burned to death|lost their lives|lost his life|"
         r"lost her life|perished|succumbed|neutralized|neutralised|burnt alive|burned alive|tués|tuées|morts)")
# "<quantity> [up to 6 words] were killed"
_PASSIVE = re.compile(rf"(?<![\w-])(?:{_QUANT}|(?P<vague>{_VAGUE_RE}))\b(?P<mid>(?:\s+[\w'’()-]+){{0,6}}?)\s+{_DIED}\b")
_COUNT_NOUN = re.compile(rf"(?<![\w-]){_QUANT}\s+(?:people\s+|(?:reported|confirmed|recorded)\s+)?(?:dead|deaths?|fatalit(?:y|ies)|bodies|corpses|killed)\b")
_TOLL = re.compile(rf"death toll\s+(?:\w+\s+){{0,3}}?(?:to|of|at|is|was)\s+{_QUANT}")
_ACTIVE = re.compile(rf"\b{_KILL_VERB}\s+(?P<obj>[^.;:]*)")
_ZERO = re.compile(r"\b(?:no|without(?: any)?|zero)\s+(?:\w+\s+)?(?:fatalities|casualties|deaths|one was killed|"
                   r"loss of life|lives were lost)|\bno\s+(?:\w+\s+)?(?:were|was)\s+killed")
_FATALITIES_PLURAL = re.compile(r"\b(?:fatalities|deaths)\s+(?:were\s+)?(?:reported|recorded)\b")
_BOMBER_DIED = re.compile(r"\b(?:killing|killed)\s+(?:himself|herself|themselves)\b|"
                          r"\bbombers?\b[^.]{0,40}\b(?:died|was killed|were killed|blew (?:himself|herself|themselves) up)")
# where an active object list stops: injuries and follow-up clauses
_OBJ_STOP = re.compile(r"\b(?:(?:and|while|as well as|,)?\s*(?:injur\w*|wound\w*|abduct\w*|kidnap\w*|leaving|before|after|"
                       r"when|while|as|in|at|on|near|during|following|over|from|with|who|which|whom|"
                       r"and (?:set|burn\w*|loot\w*|destroy\w*|rap\w*|carted|made|took|fled|escaped))\b|"
                       r"\band\s+(?:also\s+)?\w+(?:ing|ed)\b)")
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


def _object_count(obj: str) -> int | None:
    """Victims in the object of an active kill verb: 'two soldiers and a civilian' -> 3."""
    # "killing and wounding a number of soldiers": the victims follow the second verb;
    # "shot dead and three houses burnt": a new clause, not more victims
    obj = re.sub(r"^\s*and\s+(?:(?:injur|wound|maim)\w*|burn\w* (?:to death|alive))\s+", "", obj)
    if re.match(r"^\s*(?:and|but|while|,)\b", obj):
        return None
    stop = _OBJ_STOP.search(obj)
    if stop and stop.start() > 0:
        obj = obj[:stop.start()]
    obj = re.sub(r"^\s*of\s+", "", obj)   # "the killing of 10 people"
    total, found = 0, False
    for chunk in re.split(r"\s*(?:,|\band\b|&|\bplus\b)\s*", obj.strip()):
        chunk = re.sub(rf"^{_QUALIFIER}", "", chunk.strip())
        if not chunk:
            continue
        m = re.match(rf"(?:(?:his|her|their|its|the|other)\s+)?(?P<num>{_NUMBER})\b", chunk)
        v = re.match(rf"(?P<vague>{_VAGUE_RE})\b", chunk)
        if v:
            total, found = total + _VAGUE[v.group("vague").lower()], True
        elif m and parse_number(m.group("num")) is not None:
            total, found = total + parse_number(m.group("num")), True
        elif _SINGULAR.match(chunk) or re.match(r"^(?:him|her)\b", chunk):
            total, found = total + 1, True
        elif _PLURAL_GENERIC.match(chunk) and not found:   # "eight fishermen, traders and farmers"
            total, found = total + 3, True
        elif re.match(r"^(?:them|all)\b", chunk):
            found = True
    return total if found else None


# an analyst's explicit coding note ("Unknown fatalities coded as 3", "coded as 10 fatalities")
_CODED_AS = re.compile(rf"\bfor a total of\s+(?P<num0>{_NUMBER})\b|"
                       rf"\bcoded\s+(?:as|at)\s+(?P<num>{_NUMBER})\b(?!\s*(?:events?|separate|dates?|locations?|days?))")
# a total the source spreads over several days or places: each event gets its share
_SPLIT = re.compile(rf"(?P<num>{_NUMBER})\s+(?:reported\s+)?fatalit\w+\s+(?:were\s+)?(?:reported\s+and\s+)?"
                    rf"(?:split|coded|divided|distributed|spread)\s+(?:evenly\s+)?(?:across|between|over|among)\s+"
                    rf"(?P<parts>{_NUMBER})\s+(?:events?|days?|locations?)")
_RANGE_NOUN = re.compile(rf"\bfatalit\w+\s+(?:\w+\s+){{0,2}}?(?:ranging\s+)?from\s+(?P<num>{_NUMBER})\b")
# mob justice: people set ablaze or burnt alive are dead in news usage
_SET_ABLAZE = re.compile(rf"\bset\s+(?P<num>{_NUMBER}|a|an)\s+(?:suspected\s+|alleged\s+)?(?:[\w-]+\s+){{0,2}}?"
                         r"(?:thie(?:f|ves)|robbers?|kidnappers?|persons?|people|m[ae]n|wom[ae]n|youths?|boys?|girls?|"
                         r"suspects?|militiamen|herders?|herdsm[ae]n|bandits?|criminals?|witch(?:es)?|wizards?|"
                         r"ritualists?|rapists?|members?)\s+(?:ablaze|on fire|alight)\b")

# deaths named as the grievance or background of the reported act, not caused by it:
# "protested over the killing of a student", "an accident that killed four"
_GRIEVANCE = re.compile(
    r"\b(?:over|against|protest(?:ing|ed)?|condemn\w*|denounc\w*|mourn\w*|justice for|in reaction to|"
    r"in response to|following|after|to demand|demanding|in memory of|commemorat\w*|anniversary of)\s+"
    r"(?:[\w'’-]+\s+){0,6}?(?:killings?|deaths?|murders?|executions?|massacres?|lynching)\s+of\b[^.;]*|"
    r"\b(?:accident|crash|explosion|fire|collapse|flood\w*|pollution|disease|illness|outbreak)\s+"
    r"(?:that|which)\s+(?:[\w-]+\s+){0,2}(?:killed|claimed)\b[^.;]*|"
    r"\b(?:those|people|persons|members)\s+(?:allegedly\s+|reportedly\s+)?killed\s+by\b[^.;,]*|"
    r"\b(?:executed|killed)\s+[^.;]{0,30}\byears ago\b")
# a figure someone else contests: the lowest reported one (zero when it is refuted)
_REFUTED = re.compile(
    r"\b(?:refuted|denied|dismissed)\s+(?:\w+\s+){0,2}(?:fatalit\w+|deaths?|killings?|casualt\w+|claims?|reports?)|"
    r"\bunverified\b|\bnot (?:been )?independently (?:verified|confirmed|reported)|"
    r"\bcould not be (?:independently )?(?:verified|confirmed)")
_SOURCE_CLAIM = re.compile(
    r"\b(?:sources?|officials?|spokes\w+|reports?)\s+(?:\w+\s+)?(?:report\w*|claim\w*|sa(?:y|id)|put|state\w*|indicat\w*)\b|"
    r"\baccording to\b|\bclaim(?:ed|s|ing)?\b|\bconflicting\b")


def count_fatalities(text: str) -> int:
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
            return v
    if not any(h in text for h in _DEATH_HINTS):
        return 0
    split = _SPLIT.search(text) if "fatalit" in text else None
    if split:
        total, parts = parse_number(split.group("num")), parse_number(split.group("parts"))
        if total is not None and parts:
            return -(-total // parts)   # the first day's share carries the remainder
    ranged = _RANGE_NOUN.search(text) if "fatalit" in text else None
    if ranged and parse_number(ranged.group("num")) is not None:
        return parse_number(ranged.group("num"))
    counts = []
    for sentence in re.split(r"(?<=[.;])\s+", text):
        counts.append((_sentence_count(sentence), sentence))
    total = sum(n for n, _ in counts)
    if not total:
        return 0
    claims = [n for n, s in counts if n and _SOURCE_CLAIM.search(s)]
    if _REFUTED.search(text) and claims:
        return 0
    if len(claims) >= 2 or (claims and re.search(r"\bconflicting\b|\bwhile\b[^.]*\bsources?\b", text)):
        return min(claims) + sum(n for n, s in counts if n and not _SOURCE_CLAIM.search(s))
    return total


_DEATH_HINTS = ("kill", "dead", "death", "died", "fatal", "bod", "behead", "murder", "slain", "lynch",
                "execut", "massacr", "slaughter", "lives", "life", "perish", "succumb", "toll", "neutrali",
                "tué", "mort", "corpse", "bomber", "ablaze", "alive", "on fire", "alight")


def _sentence_count(s: str) -> int:
    if not any(h in s for h in _DEATH_HINTS):
        return 0
    s = _GRIEVANCE.sub(" ", s)   # only sentences that mention deaths pay for this
    counts: list[tuple[int, int]] = []   # (start offset, value)
    for pat in (_COUNT_NOUN, _TOLL, _PASSIVE):
        for m in pat.finditer(s):
            q = _quant(m)
            if q is None:
                continue
            if pat is _PASSIVE and re.search(r"\b(?:injur|wound|abduct|kidnap|arrest|rescued)", m.group("mid") or ""):
                continue
            if pat is _PASSIVE and re.search(r"\band\b|,", m.group("mid") or ""):
                # "two soldiers and a civilian were killed": count the whole list
                subject = m.group(0)[:m.end("mid") - m.start()]
                q = max(q, _object_count(subject + " .") or 0)
            counts.append((m.start(), q))
    for m in _ACTIVE.finditer(s):
        # "killed 3 soldiers", "killing a woman and her two children"
        q = _object_count(m.group("obj"))
        if q is not None:
            counts.append((m.start(), q))
    for m in _SET_ABLAZE.finditer(s):
        n = m.group("num").lower()
        counts.append((m.start(), 1 if n in ("a", "an") else parse_number(n) or 0))
    if _BOMBER_DIED.search(s):
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
