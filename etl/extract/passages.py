"""Event passages: an event sentence with the follow-up sentences that tell more of it.

``split_passages`` groups an article's sentences into passages (an event sentence opens
one unless it continues the previous one: same paragraph, no date of its own; a sentence
that is only a date dates the next), each with its date; a past incident told inside
a clause of a sentence (dates_fatalities.recalled) is a passage of its own.
``passage_context`` is the text around a passage that helps place it.

May import: etl.extract.text, etl.extract.dates_fatalities.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from etl.extract.dates_fatalities.dates import DateMatch, event_date, find_dates
from etl.extract.dates_fatalities.recalled import recalled_clauses
from etl.extract.text.sentences import Sentence
from etl.extract.text.taxonomy import is_candidate, names_reported_event


@dataclass
class Passage:
    sentences: list[Sentence] = field(default_factory=list)
    date: DateMatch | None = None
    recalled: bool = False   # a past incident told in a clause of a sentence about another
    others: list[str] = field(default_factory=list)   # clauses of its sentences that tell other incidents

    @property
    def primary(self) -> Sentence:
        return self.sentences[0]

    @property
    def text(self) -> str:
        """Its sentences, without the clauses that tell other incidents (their toll and act are theirs)."""
        text = " ".join(s.text for s in self.sentences)
        for other in self.others:
            text = text.replace(other, " ")
        return text


def split_passages(sentences: list[Sentence], published: date) -> list[Passage]:
    """Group sentences into event passages.

    An event sentence opens a passage unless it continues the previous one (same
    paragraph, no date of its own); follow-up sentences without triggers are
    attached for fatalities and details. A sentence that is only a date
    ("12 June.") dates the event sentence after it.
    """
    passages: list[Passage] = []
    current: Passage | None = None
    context_dates: list[DateMatch] = []
    last_paragraph = -1
    anchor: date | None = None   # the day the text last spoke of ("the day before" counts from it)
    for s in sentences:
        if s.paragraph != last_paragraph:
            context_dates = []
            current = None
            last_paragraph = s.paragraph
        found = find_dates(s.text, published, anchor)
        own = [m for m in found if not m.year_only]
        days = [m for m in own if m.precision == 1 and not m.reported]
        recalled = _recalled(s, published, days[0].day if days else anchor, own)
        if recalled and (s := _without_clause(s, recalled)).text:
            # the sentence's own act without the clause that tells another incident
            found = find_dates(s.text, published, anchor)
            own = [m for m in found if not m.year_only]
            days = [m for m in own if m.precision == 1 and not m.reported]
        if days:
            anchor = days[0].day
        if is_candidate(s.text):
            if current is not None and not own:
                current.sentences.append(s)
            else:
                current = Passage([s], event_date(s.text, published, context_dates, found))
                passages.append(current)
        elif current is not None and not own:
            current.sentences.append(s)
        elif own and passages and passages[-1].date.reported and names_reported_event(s.text):
            # "The assault on X on Monday is being investigated": the day of the event just
            # reported, whose lead gave only the day it was said
            passages[-1].sentences.append(s)
            passages[-1].date = event_date(s.text, published, context_dates, found)
        context_dates.extend(own)
        host = next((p for p in passages[-1:] if s in p.sentences), None)
        if recalled and host is not None:
            host.others.extend(r.primary.text for r in recalled)
        passages.extend(recalled)
    return passages


def _without_clause(s: Sentence, recalled: list[Passage]) -> Sentence:
    """The sentence up to a clause of another incident that ends it ("..., the deadliest
    since the bombing of X in 2019 that killed 30."); whole when the clause is inside it."""
    first = min(r.primary.start for r in recalled) - s.start
    last = max(r.primary.end for r in recalled) - s.start
    opener = _OPENER.search(s.text, 0, first)
    if opener is None or s.text[last:].strip(" .\"”’)"):
        return s
    cut = s.text[:opener.start()].rstrip(" ,;(-–—")
    return Sentence(cut, s.start, s.start + len(cut), s.paragraph, s.index) if len(cut.split()) >= 3 else s


_OPENER = re.compile(r"\b(?:since|following|after|in the wake of)\s*$", re.I)


def _recalled(s: Sentence, published: date, day: date | None, own: list[DateMatch]) -> list[Passage]:
    """The past incidents the sentence tells inside a clause, each a passage of its own,
    dated by its clause (or counted back from the sentence's day: "came hours after")."""
    out = []
    for c in recalled_clauses(s.text):
        if not is_candidate(c.text):
            continue
        dates = [m for m in find_dates(c.text[c.date_at:], published) if not m.year_only and not m.reported]
        if c.apart:   # "found bodies after the attacks earlier this week" tells the week's attacks
            host = [m.day for m in own if not c.start <= m.start < c.start + len(c.text)]
            if not dates or not host or any(abs((h - dates[0].day).days) <= 3 for h in host):
                continue
        if dates:
            d = dates[0]
        elif c.days_before is not None and day is not None:
            back = day - timedelta(days=c.days_before)
            d = DateMatch(back, c.precision, 0, back, True)
        else:
            continue
        start = s.start + c.start
        out.append(Passage([Sentence(c.text, start, start + len(c.text), s.paragraph, s.index)], d, recalled=True))
    return out


def passage_context(title: str, sentences: list[Sentence], passage: Passage) -> str:
    """Title, the first (dateline) sentences and the sentences just before the event."""
    i = passage.primary.index
    before = [s.text for s in sentences[max(0, i - 2):i]]
    head = [s.text for s in sentences[:2] if s.index < i - 2]
    follow = [s.text for s in passage.sentences[1:]]
    if passage.recalled:   # a clause: the rest of its sentence too ("Also hit was X, following an attack on the village")
        follow.insert(0, sentences[i].text)
    return " ".join([title, *head, *before, *follow])
