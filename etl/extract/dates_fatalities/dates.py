"""Event dates from text, resolved against the article's publication date.

Regex based (dateparser is far too slow for per-sentence use at 1,000 notes/s).
time_precision follows ACLED: 1 a known day, 2 a week / part of a month /
"around" a day, 3 a month (coded to its middle, or its first/last day for
"beginning/end of").
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    # French
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "decembre": 12,
}
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6, "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4,
    "samedi": 5, "dimanche": 6,
}
HISTORICAL_DAYS = 30


def _misspellings(months: dict[str, int]) -> dict[str, int]:
    """Long month names with one inner letter dropped ("Octobr", "Septmber", "Febuary"):
    common in hand-typed reports, and no English or French word."""
    out: dict[str, int] = {}
    for name, num in months.items():
        if len(name) < 7 or not name.isascii():
            continue
        for i in range(2, len(name) - 1):
            variant = name[:i] + name[i + 1:]
            if variant not in months:
                out.setdefault(variant, num)
    return out


MONTHS.update(_misspellings(MONTHS))

_M = r"(?P<mon>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_M2 = _M.replace("?P<mon>", "?P<mon2>")
_D = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er)?"
_D2 = r"(?P<day2>[0-3]?\d)(?:st|nd|rd|th|er)?"
_Y = r"(?P<year>(?:19|20)\d\d)"
_PART = (r"(?P<part>early|earlier in|late|later in|mid|the middle of|the beginning of|"
         r"the start of|the end of|beginning of|start of|end of|début|fin|mi)[\s-]+(?:of\s+)?")

_PATTERNS: list[tuple[str, re.Pattern]] = [
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mon>\d\d)-(?P<day>\d\d)\b")),
    # "19/12/2020", "19.12.2020", "19-12-2020" (police and army statements); day first
    # unless only month first makes a date
    ("numeric", re.compile(r"(?<![\d/.-])(?P<a>[0-3]?\d)(?P<sep>[/.-])(?P<b>[01]?\d)(?P=sep)"
                           r"(?P<year>(?:19|20)\d\d)(?![\d/.-]\d)")),
    ("dmy", re.compile(r"\b" + _D + r"(?:\s*(?:-|and|to|&|au|et)\s*(?P<until>[0-3]?\d)(?:st|nd|rd|th|er)?)?\s+(?:of\s+)?" + _M
                       + r"(?:,?\s+" + _Y + r")?\b")),
    ("mdy", re.compile(r"\b" + _M2 + r"(?:\s+|(?<=\.))" + _D2 + r"\b(?!\s*(?:%|people|persons))"
                       r"(?:\s*(?:-|to|and|&|through|until)\s*(?P<until2>[0-3]?\d)\b(?!\s*(?:%|people|persons)))?(?:,?\s+"
                       + _Y.replace("year", "year2") + r")?")),
    ("part", re.compile(r"\b" + _PART + _M + r"(?:,?\s+" + _Y + r")?\b")),
    # a bare month needs a preposition or a year so "may" the verb is not a date
    ("month", re.compile(r"\b(?:(?P<prep>in|during|since|of|en|depuis|throughout|last|past)\s+(?:the\s+month\s+of\s+)?"
                         + _M + r"(?:,?\s+" + _Y + r")?|" + _M2 + r",?\s+" + _Y.replace("year", "year2")
                         + r")\b")),
    ("weekday", re.compile(r"\b(?P<rel>last|this|on|past|previous|dernier)?\s*(?P<wd>monday|tuesday|"
                           r"wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|"
                           r"vendredi|samedi|dimanche)\b")),
    ("relative", re.compile(r"\b(?P<rel>yesterday|today|this morning|tonight|last night|"
                            r"earlier today|last week|(?:last|past|(?:at|over|during) the(?: past)?) weekend|this week|last month|"
                            r"hier|aujourd'hui|la semaine dernière|le mois dernier|"
                            r"(?P<n>\d+|two|three|four|five|six|seven) days ago)\b")),
    ("year", re.compile(r"\b(?:in|since|en|of)\s+" + _Y + r"\b")),
    # days counted from another day the text gives ("two days prior", "the day before",
    # "the following day", "that same day"): from that day, else the publication's
    ("anchored", re.compile(
        r"\b(?:(?P<an>a|one|two|three|four|five|six|seven|\d)\s+days?\s+(?:(?P<back>earlier|before|prior)"
        r"(?=\s*(?:[,.;:)]|$|earlier))|(?P<back2>earlier)|(?P<fwd>later))|"
        r"the\s+(?:(?P<back3>previous|preceding)|(?P<fwd2>following|next)|same)\s+(?:day|night|morning|evening)\b|"
        r"the\s+(?:day|night)\s+(?P<back4>before)(?=\s*(?:[,.;:)]|$))|"
        r"(?:earlier|later)\s+(?:that|the\s+same)\s+day|(?<!on )that\s+same\s+day|la\s+veille)")),
    # a part of the publication's week, month or year ("earlier this week")
    ("current", re.compile(r"\b(?:earlier|plus tôt)\s+(?:this|in the|cette)\s+(?P<unit>week|month|semaine|mois)\b|"
                           r"\b(?P<wn>a|one|two|three|\d)\s+weeks?\s+ago\b")),
    # only a year: ACLED codes nothing so vague
    ("thisyear", re.compile(r"\b(?:earlier|plus tôt)\s+(?:this|in the|cette)\s+(?:year|année)\b")),
]
_ANCHOR_N = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_NUMWORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
# date expressions that do not date the event itself
_NOT_EVENT_DATE = re.compile(r"(?:since|dated|until|till|by|from|before|depuis)\s+(?:the\s+)?$", re.I)
# a date inside a relative or participial clause describes the noun before it, not the
# sentence's event: "Serval, which was launched in January 2013", "Barkhane, which in
# 2014 took over", "the accord signed in 2015" (history the report recalls)
_BACKGROUND_CLAUSE = re.compile(
    r"(?:\b(?:which|whom)\s+(?:\w+\s+){0,5}?|"
    r"\b(?:who|that)\s+(?:had|has|have)?\s*(?:been|was|were)\s+(?:\w+\s+){0,3}?|"
    r"\b(?:its|their|the|an?)\s+(?:[\w-]+\s+){0,3}(?:launched|created|founded|established|formed|begun|started|"
    r"signed|adopted|introduced|enacted|inaugurated)\s+)(?:in|on|since)\s+(?:early\s+|late\s+|mid-?\s*)?$")
# a date in a since-clause: "the first attack since this crisis occurred in December"
_SINCE_CLAUSE = re.compile(r"\bsince\s+(?:[\w'’-]+,?\s+){1,6}?$")
# a day counted from another opens the sentence ("Two days prior, ...", "On the previous
# day ...") or dates its main verb ("took place two days prior"); elsewhere it dates a detail
_FRONTED = re.compile(r"^[\"“‘'(]?\s*(?:(?:and|but|then|on|just|only|the|it was)\s+)*$")
_HAPPENED = re.compile(r"\b(?:took place|occurred|happened|(?:was|were) (?:carried out|launched|staged))\s+(?:on\s+)?$")
_CLAUSE_BEFORE = re.compile(r"\b(?:who|which|that|whose)\b[^,;]*$")
_NAME_AFTER = re.compile(r" [A-Z][a-z]+\b(?<!Morning)(?<!Evening)(?<!Night)(?<!Afternoon)(?<!Prayer)(?<!Prayers)(?<!Mass)")
_RANGE_END = re.compile(r"\s*(?:-|to|until|till|through|au)\s+", re.I)
_AROUND = re.compile(r"\b(?:around|about|or around|as reported|between|week of|weekend|"
                     r"overnight|night of|vers)\b", re.I)
# a date that dates the statement: "an official said on Thursday", "announced Sunday",
# "released a statement Sunday evening", "told AFP on Monday"
_SAID_BEFORE = re.compile(r"\b(?:said|says|told|announced|reported|confirmed|stated|added|declared|"
                          r"(?:released|issued) a statement|in a statement|"
                          # news of the act came out that day: "reports emerged late on Monday of an attack on Sunday"
                          r"(?:reports?|news|word|details|accounts?|footage|videos?|images)\s+(?:\w+\s+)?(?:emerged|surfaced))(?:\s+(?:\w+|\(\w+\))){0,2}?(?:\s+on)?\s*$")
# the statement or speaker before the date: "a statement by X, on Sunday", "speaking on Monday"
_STATEMENT_BEFORE = re.compile(r"\b(?:speaking|(?:our|a|an|the|its|their)\s+(?:report|statement|communiqu[eé]|"
                               r"press release|(?:news|press) conference|briefing)(?:\s+(?:by|from)\s+[^.;]{0,70}?)?)"
                               r"\s*,?\s*(?:on\s+)?$")
# the date between the speaker and the speech verb: "Police on Sunday said", "X, on Sunday, revealed"
_SAID_AFTER = re.compile(r"\s*,?\s*(?:(?:during|at|in)\s+(?:a|an|the)\s+(?:news|press)\s+(?:conference|briefing),?\s+)?"
                         r"(?:said|says|revealed|disclosed|announced|confirmed|told|stated)\b")
# the day a toll was counted, not the act's: "the death toll rose to 100 on Tuesday"
_TOLL_ROSE_BEFORE = re.compile(r"\b(?:rose|risen|climbed|reached|increased|jumped|hit)\s+(?:to\s+)?[\d,]+(?:\s+\w+)?\s+(?:on\s+)?$")
_SAID_WORDS = ("said", "says", "told", "announced", "reported", "confirmed", "stated", "added", "declared", "emerged",
               "surfaced",
               "statement", "speaking", "report", "revealed", "disclosed", "conference", "briefing")
_MONTH_OF = re.compile(r"\(month of\)|\bmonth of\b", re.I)


def _in_background_clause(sentence: str, m: re.Match) -> bool:
    """Is the date (its first word, after any preposition the pattern took in) the
    date of a relative or participial clause?"""
    core = min((m.start(g) for g, v in m.groupdict().items() if v is not None and g not in ("prep", "rel")),
               default=m.start())
    before = sentence[max(0, core - 60):core]
    return _BACKGROUND_CLAUSE.search(before) is not None


@dataclass(frozen=True)
class DateMatch:
    day: date
    precision: int
    start: int          # offset in the sentence
    latest: date        # last day the expression can mean (for the historical test)
    explicit: bool      # False for the publication-date fallback
    year_only: bool = False
    reported: bool = False   # the day a statement was made ("police said on Sunday"), not of the act


def _year_for(month: int, day: int, published: date) -> int:
    """A year-less date takes the publication year, unless that would put it
    in the future (an article of 2 January about "31 December")."""
    y = published.year
    try:
        if date(y, month, day) > published + timedelta(days=1):
            y -= 1
    except ValueError:
        pass
    return y


def _safe(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _month_span(y: int, m: int) -> tuple[date, date]:
    return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])


def _resolve(kind: str, m: re.Match, published: date, anchor: date | None = None) -> tuple[date, int, date] | None:
    g = m.groupdict()
    if kind == "iso":
        d = _safe(int(g["year"]), int(g["mon"]), int(g["day"]))
        return (d, 1, d) if d else None
    if kind == "numeric":
        a, b, y = int(g["a"]), int(g["b"]), int(g["year"])
        d = _safe(y, b, a) or _safe(y, a, b)
        return (d, 1, d) if d else None
    if kind in ("dmy", "mdy"):
        mon = MONTHS[(g.get("mon") or g.get("mon2")).lower().rstrip(".")]
        day = int(g.get("day") or g.get("day2"))
        year = g.get("year") or g.get("year2")
        y = int(year) if year else _year_for(mon, day, published)
        d = _safe(y, mon, day)
        return (d, 1, d) if d else None
    if kind in ("part", "month"):
        mon = MONTHS[(g.get("mon") or g.get("mon2")).lower().rstrip(".")]
        year = g.get("year") or g.get("year2")
        y = int(year) if year else _year_for(mon, 1, published)
        if not year and (g.get("prep") or "").lower() in ("last", "past") and (y, mon) >= (published.year, published.month):
            y -= 1   # "last March" said in March means the year before
        first, last = _month_span(y, mon)
        part = (g.get("part") or "").lower()
        if part in ("early", "début") or part.startswith(("earlier",)):
            return date(y, mon, 5), 2, date(y, mon, 10)
        if part in ("mid", "mi", "the middle of"):
            return date(y, mon, 15), 2, date(y, mon, 20)
        if part in ("late", "fin") or part.startswith("later"):
            return date(y, mon, 25), 2, last
        if "beginning" in part or "start" in part:
            return first, 3, date(y, mon, 10)
        if "end" in part:
            return last, 3, last
        return date(y, mon, 15), 3, last
    if kind == "weekday":
        wd = WEEKDAYS[g["wd"].lower()]
        back = (published.weekday() - wd) % 7
        rel = (g.get("rel") or "").lower()
        if back == 0 and rel in ("last", "past", "previous", "dernier"):
            back = 7
        d = published - timedelta(days=back)
        return d, 1, d
    if kind == "relative":
        rel = g["rel"].lower()
        if g.get("n"):
            n = int(g["n"]) if g["n"].isdigit() else _NUMWORDS[g["n"].lower()]
            d = published - timedelta(days=n)
            return d, 1, d
        if rel in ("yesterday", "last night", "hier"):
            d = published - timedelta(days=1)
            return d, 1, d
        if rel.endswith("weekend"):   # the Saturday of the weekend just past
            d = published - timedelta(days=(published.weekday() - 5) % 7 or 7)
            return d, 2, d + timedelta(days=1)
        if rel in ("last week", "la semaine dernière"):
            d = published - timedelta(days=7)
            return d, 2, published
        if rel in ("last month", "le mois dernier"):
            pm = published.replace(day=1) - timedelta(days=1)
            return pm.replace(day=15), 3, pm
        if rel == "this week":
            return published, 2, published
        return published, 1, published
    if kind == "year":
        y = int(g["year"])
        return date(y, 7, 1), 3, date(y, 12, 31)
    if kind == "anchored":
        base = anchor or published
        n = g.get("an")
        days = (int(n) if n.isdigit() else _ANCHOR_N[n]) if n else 1
        if g.get("back") or g.get("back2") or g.get("back3") or g.get("back4") or "veille" in m.group(0):
            days = -days
        elif not (g.get("fwd") or g.get("fwd2")):
            days = 0   # "that same day", "earlier that day"
        if days > 0 and anchor is None:
            return None   # "the next day" after an unknown day
        d = base + timedelta(days=days)
        return (d, 1, d) if d <= published + timedelta(days=1) else None
    if kind == "current":
        if g.get("wn"):
            n = _ANCHOR_N.get(g["wn"]) or int(g["wn"])
            d = published - timedelta(days=7 * n)
            return d, 2, d + timedelta(days=3)
        unit = g["unit"]
        if unit in ("week", "semaine"):
            monday = published - timedelta(days=published.weekday())
            return monday + timedelta(days=(published - monday).days // 2), 2, published
        return published.replace(day=min(15, published.day)), 3, published
    if kind == "thisyear":
        return date(published.year, 7, 1), 3, published
    return None


_RANK = {"iso": 0, "numeric": 0, "dmy": 0, "mdy": 0, "part": 1, "month": 2, "weekday": 1, "relative": 1, "year": 4,
         "anchored": 1, "current": 1, "thisyear": 4}


_TOKEN = re.compile(r"[^\W\d_]+|\d+")
_RELATIVE_WORDS = {"yesterday", "today", "morning", "tonight", "night", "week", "weekend", "month",
                   "ago", "hier", "aujourd", "semaine", "mois"}
_ANCHORED = dict(_PATTERNS)["anchored"]
_ANCHORED_WORDS = {"day", "days", "night", "morning", "evening", "veille"}
_CURRENT_WORDS = {"earlier", "ago", "tôt"}


def _kinds_present(sentence: str) -> set[str]:
    """Which pattern families can match at all (most sentences have no date)."""
    words = set(_TOKEN.findall(sentence.lower()))
    kinds = set()
    if words & MONTHS.keys():
        kinds |= {"dmy", "mdy", "part", "month"}
    if words & WEEKDAYS.keys():
        kinds.add("weekday")
    if words & _RELATIVE_WORDS:
        kinds.add("relative")
    if any(len(w) == 4 and w.isdigit() for w in words):
        kinds |= {"iso", "year", "numeric"}
    if words & _ANCHORED_WORDS:
        kinds.add("anchored")
    if words & _CURRENT_WORDS:
        kinds |= {"current", "thisyear"}
    return kinds


def find_dates(sentence: str, published: date, anchor: date | None = None) -> list[DateMatch]:
    """All date expressions in a sentence, in text order (overlaps removed); ``anchor``
    is the day the text last spoke of, from which "the day before" counts."""
    found: list[tuple[int, int, int, tuple]] = []
    original, sentence = sentence, sentence.lower()   # patterns are lowercase: no re.I needed
    kinds = _kinds_present(sentence)
    for kind, pat in _PATTERNS:
        if kind not in kinds:
            continue
        for m in pat.finditer(sentence):
            before = _NOT_EVENT_DATE.search(sentence[max(0, m.start() - 12):m.start()])
            gd = m.groupdict()
            until = gd.get("until") or gd.get("until2")
            if before and not (before.group(0).lower().startswith("from")
                               and (until or _RANGE_END.match(sentence, m.end()))):
                continue   # "since 3 May", "until Friday"; but "from 1 to 17 November" is the event's span
            if m.group(0).lower().startswith(("since", "depuis")):
                continue
            core = m.start() + (sentence[m.start()] == " ")   # a weekday's match may open on a space
            if _in_background_clause(sentence, m) or _SINCE_CLAUSE.search(sentence, max(0, core - 60), core):
                continue   # a relative or since-clause's date: history recalled, not the event's day
            if kind == "anchored" and not (_FRONTED.search(sentence, 0, m.start())
                                           or _HAPPENED.search(sentence, max(0, m.start() - 30), m.start())):
                continue   # "released the following day", "the killing ... the day before": a detail's day
            if kind in ("current", "thisyear") and _CLAUSE_BEFORE.search(sentence, max(0, m.start() - 50), m.start()):
                continue   # "a journalist who was killed earlier this month"
            if kind == "weekday" and not gd.get("rel") and _NAME_AFTER.match(original, m.end()):
                continue   # "Sunday Tribune", "Honourable Sunday Abdul": a name, not a day
            mon = m.groupdict().get("mon") or m.groupdict().get("mon2")
            if mon in ("may", "mar") and original[m.start("mon" if m.groupdict().get("mon") else "mon2")].islower():
                continue  # lowercase English "may" / "mar": the verb, not a month
            r = _resolve(kind, m, published, anchor)
            if r and r[0]:
                # a night "of 12 to 13 March" is its first day; a longer span is less precise
                ranged = (until and int(until) - r[0].day >= 2) or (before is not None and not until)
                if ranged and r[1] == 1:
                    r = (r[0], 2, r[2])   # a span of days is coded to its first day, precision 2
                found.append((m.start(), m.end(), _RANK[kind], r))
    # "Sunday, 4 October" / "dimanche 4 octobre": the weekday only names the full date's day
    full = [f[0] for f in found if f[2] == 0]
    found = [f for f in found if not (f[2] == 1 and any(0 <= s0 - f[1] <= 3 for s0 in full))]
    # of overlapping expressions the most specific wins: "the morning of December 19"
    # is a day, not the month "of December"; "a sit-in May 19" is not "in May"
    found.sort(key=lambda f: (f[2], f[0], -(f[1] - f[0])))
    kept: list[tuple] = []
    for f in found:
        if not any(f[0] < k[1] and k[0] < f[1] for k in kept):
            kept.append(f)
    kept.sort(key=lambda f: f[0])
    out: list[DateMatch] = []
    speech = any(w in sentence for w in _SAID_WORDS)
    for start, end, rank, (d, prec, latest) in kept:
        # qualifiers around the expression ("Around 3 May", "(or around)") widen precision
        window = sentence[max(0, start - 12):end + 40]
        if prec == 1 and _AROUND.search(window):
            prec = 2
        if _MONTH_OF.search(sentence[end:end + 20]):
            prec = 3
        said = speech and (_SAID_BEFORE.search(sentence, max(0, start - 40), start) is not None
                           or _STATEMENT_BEFORE.search(sentence, max(0, start - 110), start) is not None
                           or _SAID_AFTER.match(sentence, end) is not None) \
            or "to" in sentence and _TOLL_ROSE_BEFORE.search(sentence, max(0, start - 40), start) is not None
        if out and out[-1].reported and out[-1].precision == 1 and rank == 1 and not said:
            # "said on Friday that fighting took place the previous day": counted from the statement's day
            m = _ANCHORED.match(sentence, start)
            if m and (r := _resolve("anchored", m, published, out[-1].day)):
                d, prec, latest = r
        out.append(DateMatch(d, prec, start, latest, True, rank == 4, said))
    return out


def event_date(sentence: str, published: date, context_dates: list[DateMatch] = (),
               matches: list[DateMatch] | None = None) -> DateMatch:
    """The event's date: the first specific date in the sentence, else the last
    date of the preceding context, else the publication date (precision 2)."""
    if matches is None:
        matches = find_dates(sentence, published)
    specific = [m for m in matches if not m.year_only]
    if specific:
        # the act's own date before the day someone spoke about it; a full date before
        # a vaguer one beside it ("Three weeks ago, on 23 November")
        return min(specific, key=lambda m: (m.reported, m.latest != m.day and any(
            o.precision == 1 and not o.reported and abs(o.start - m.start) < 40 for o in specific)))
    # a bare earlier year ("the journalist assassinated in 1998") dates a past fact the
    # report refers to, not the reported event; a bare current year is too vague to code
    current = [m for m in matches if m.day.year >= published.year]
    if current:
        return current[0]
    if context_dates:
        return context_dates[-1]
    return DateMatch(published, 2, -1, published, False)


def is_historical(match: DateMatch, published: date, days: int = HISTORICAL_DAYS) -> bool:
    """Background event: even its latest possible day is well before publication."""
    return match.explicit and (published - match.latest).days > days
