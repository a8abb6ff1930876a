"""Event passages: an event sentence with the follow-up sentences that tell more of it.

``split_passages`` groups an article's sentences into passages (an event sentence opens
one unless it continues the previous one: same paragraph, no date of its own; a sentence
that is only a date dates the next), each with its date; a past incident told inside
a clause of a sentence (dates_fatalities.recalled) is a passage of its own.
``passage_context`` is the text around a passage that helps place it.

May import: etl.extract.text, etl.extract.dates_fatalities.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from etl.extract.dates_fatalities.dates import DateMatch, event_date, find_dates
from etl.extract.text.sentences import Sentence
from etl.extract.text.taxonomy import is_candidate, names_reported_event


@dataclass
class Passage:
    sentences: list[Sentence] = field(default_factory=list)
    date: DateMatch | None = None

    @property
    def primary(self) -> Sentence:
        return self.sentences[0]

    @property
    def text(self) -> str:
        return " ".join(s.text for s in self.sentences)



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
    return passages


def passage_context(title: str, sentences: list[Sentence], passage: Passage) -> str:
    """Title, the first (dateline) sentences and the sentences just before the event."""
    i = passage.primary.index
    before = [s.text for s in sentences[max(0, i - 2):i]]
    head = [s.text for s in sentences[:2] if s.index < i - 2]
    follow = [s.text for s in passage.sentences[1:]]
    return " ".join([title, *head, *before, *follow])
