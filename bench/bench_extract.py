"""Extraction speed: notes/s (short ACLED-style reports), articles/s (~600 words)
and peak memory. Medians of several runs. Run: .venv/bin/python bench/bench_extract.py

The inputs are generated here from templates (no ACLED data): short one-event
reports, and ~600-word articles mixing event and background paragraphs.
"""
from __future__ import annotations

import random
import resource
import statistics
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from etl.extract import extract_events  # noqa: E402
from etl.records import Article  # noqa: E402

TOWNS = [("Mopti", "Mali"), ("Gao", "Mali"), ("Djibo", "Burkina Faso"), ("Kaya", "Burkina Faso"),
         ("Maiduguri", "Nigeria"), ("Kaduna", "Nigeria"), ("Jos", "Nigeria"), ("Beni", "Democratic Republic of Congo"),
         ("Baidoa", "Somalia"), ("Tillaberi", "Niger")]
EVENTS = [
    "On {d} {m} 2021, unidentified gunmen attacked {t}, killing {n} civilians and abducting several others.",
    "On {d} {m} 2021, soldiers clashed with militants near {t}; {n} militants and two soldiers were killed.",
    "Around {d} {m} 2021, hundreds of traders protested in {t} against new taxes. Police dispersed them with tear gas.",
    "On {d} {m} 2021, an IED exploded under a military vehicle near {t}, killing {n} soldiers.",
    "On {d} {m} 2021, the air force carried out air strikes on militant camps around {t}.",
    "On {d} {m} 2021, a mob lynched a suspected thief in {t}.",
    "On {d} {m} 2021, police arrested {n} suspected members of an armed group in {t}.",
]
FILLER = ("The government said it would hold talks with community leaders next month, and officials "
          "described the security situation in the region as difficult but under control. Analysts noted "
          "that the economy had suffered from the closure of markets and roads, while aid agencies called "
          "for more funding to help families who have left their homes over the past two years. ")
MONTHS = "January February March April May June July August September October November December".split()


def make_note(rng: random.Random) -> tuple[str, str]:
    town, country = rng.choice(TOWNS)
    return rng.choice(EVENTS).format(d=rng.randint(1, 28), m=rng.choice(MONTHS), t=town,
                                     n=rng.randint(1, 30)), country


def make_article(rng: random.Random) -> tuple[str, str]:
    paragraphs, country = [], None
    while sum(len(p.split()) for p in paragraphs) < 600:
        if rng.random() < 0.4:
            note, country = make_note(rng)
            paragraphs.append(note + " " + FILLER[:200])
        else:
            paragraphs.append(FILLER)
    return "\n\n".join(paragraphs), country or "Mali"


def article(text: str, country: str) -> Article:
    now = datetime(2021, 12, 31, tzinfo=timezone.utc)
    return Article(url="bench", source="Bench Wire", title="Bench", text=text, published_at=now,
                   fetched_at=now, country_hint=country, language="en")


def rate(docs: list[Article]) -> float:
    start = time.perf_counter()
    for a in docs:
        extract_events(a)
    return len(docs) / (time.perf_counter() - start)


def main(runs: int = 5) -> None:
    rng = random.Random(7)
    notes = [article(*make_note(rng)) for _ in range(2000)]
    articles = [article(*make_article(rng)) for _ in range(200)]
    words = statistics.mean(len(a.text.split()) for a in articles)
    rate(notes[:50])  # warm-up: loads lexicons and the gazetteer once
    note_rates = [rate(notes) for _ in range(runs)]
    article_rates = [rate(articles) for _ in range(runs)]
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"notes/s    {statistics.median(note_rates):8.0f}   (median of {runs}; target >= 1000)")
    print(f"articles/s {statistics.median(article_rates):8.1f}   (median of {runs}, ~{words:.0f} words; target >= 50)")
    print(f"peak RSS   {peak_mib:8.0f} MiB (target < 1536)")


if __name__ == "__main__":
    main()
