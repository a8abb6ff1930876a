"""An optional learned event-type classifier, fitted on the user's own ACLED export.

`python -m etl train --acled FILE.csv --output MODEL.npz` fits a multinomial naive
Bayes over word unigrams and bigrams of each row's notes, predicting the
sub_event_type (the event type follows from it). `extract` uses it when the
environment variable ETL_MODEL names such a file: the rules still decide whether a
passage reports an event at all, and stay the fallback when no model is set. The
shipped default uses no ACLED data; a model file is the user's and stays out of
the repository.
"""
from __future__ import annotations

import json
import os
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np

_TOKEN = re.compile(r"[a-zà-ÿ]+|\d+")
# dates, numbers and place qualifiers say nothing about the type: dropped to generalize across countries
_STOP = {"on", "in", "the", "of", "a", "an", "and", "at", "to", "lga", "state", "around", "as", "reported",
         "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
         "november", "december", "size", "no", "report"}


def features(text: str) -> list[str]:
    words = [w for w in _TOKEN.findall(text.lower()) if not w.isdigit() and w not in _STOP]
    return words + [a + " " + b for a, b in zip(words, words[1:])]


@dataclass
class NaiveBayes:
    labels: list[str]
    event_types: dict[str, str]
    vocab: dict[str, int]
    log_prior: np.ndarray      # (labels,)
    log_lik: np.ndarray        # (vocab, labels)

    def predict(self, text: str) -> tuple[str, str, float]:
        """(event_type, sub_event_type, posterior probability of that label)."""
        idx = [self.vocab[f] for f in features(text) if f in self.vocab]
        scores = self.log_prior + (self.log_lik[idx].sum(axis=0) if idx else 0.0)
        best = int(np.argmax(scores))
        probs = np.exp(scores - scores[best])
        sub = self.labels[best]
        return self.event_types[sub], sub, float(1.0 / probs.sum())

    def save(self, path: str | Path) -> None:
        meta = {"labels": self.labels, "event_types": self.event_types,
                "vocab": sorted(self.vocab, key=self.vocab.get), "kind": "multinomial-nb-1"}
        np.savez_compressed(path, meta=np.array(json.dumps(meta)), log_prior=self.log_prior,
                            log_lik=self.log_lik.astype(np.float32))

    @classmethod
    def load(cls, path: str | Path) -> "NaiveBayes":
        with np.load(path, allow_pickle=False) as z:
            meta = json.loads(str(z["meta"]))
            return cls(meta["labels"], meta["event_types"], {w: i for i, w in enumerate(meta["vocab"])},
                       z["log_prior"], z["log_lik"])


def fit(texts: list[str], event_types: list[str], sub_event_types: list[str],
        min_count: int = 2, alpha: float = 0.5) -> NaiveBayes:
    docs = [set(features(t)) for t in texts]   # presence, not counts: notes are short
    df = Counter(f for d in docs for f in d)
    vocab = {f: i for i, f in enumerate(sorted(f for f, n in df.items() if n >= min_count))}
    labels = sorted(set(sub_event_types))
    li = {lab: j for j, lab in enumerate(labels)}
    counts = np.zeros((len(vocab), len(labels)))
    prior = np.zeros(len(labels))
    for d, sub in zip(docs, sub_event_types):
        j = li[sub]
        prior[j] += 1
        for f in d:
            i = vocab.get(f)
            if i is not None:
                counts[i, j] += 1
    log_lik = np.log(counts + alpha) - np.log(counts.sum(axis=0) + alpha * len(vocab))
    mapping = {s: e for e, s in zip(event_types, sub_event_types)}
    return NaiveBayes(labels, mapping, vocab, np.log(prior / prior.sum()), log_lik)


_LOADED: dict[str, NaiveBayes | None] = {}


def active_model() -> NaiveBayes | None:
    """The model named by ETL_MODEL, loaded once; None when unset or unreadable."""
    path = os.environ.get("ETL_MODEL")
    if not path:
        return None
    if path not in _LOADED:
        try:
            _LOADED[path] = NaiveBayes.load(path)
        except (OSError, ValueError, KeyError) as exc:
            import sys
            print(f"ETL_MODEL={path}: not loaded ({exc}); using the rules", file=sys.stderr)
            _LOADED[path] = None
    return _LOADED[path]
