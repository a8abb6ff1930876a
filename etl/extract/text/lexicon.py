"""The trigger lexicon (triggers.toml) compiled, and the cheap per-text scan.

Each feature is one alternation regex over lowercased text. A text is first cut
into words whose prefixes name the features that could match (the prefilter);
only those features' regexes run, lazily, and scans are cached because the
sentence prefilter and the classifier ask about the same texts.
"""
from __future__ import annotations

import re
import tomllib
from pathlib import Path

_LEXICON = Path(__file__).with_name("triggers.toml")


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


def _close(pattern: str, start: int) -> int:
    """Index of the parenthesis closing the group opened at `start`; -1 if none."""
    depth, i = 0, start
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            j = pattern.find("]", i + 2)
            i = j + 1 if j > 0 else len(pattern)
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return -1


def _split_alternatives(inner: str) -> list[str]:
    """Top-level alternatives of a group's body."""
    out, depth, cur, i = [], 0, "", 0
    while i < len(inner):
        c = inner[i]
        if c == "\\":
            cur += inner[i:i + 2]
            i += 2
            continue
        if c in "([":
            depth += 1
        elif c in ")]":
            depth -= 1
        if c == "|" and depth == 0:
            out.append(cur)
            cur = ""
        else:
            cur += c
        i += 1
    return out + [cur]


def _anchors(pattern: str) -> set[str] | None:
    """Word-prefixes one of which any match must start with: a pattern opening with a
    group of alternatives ("(?:troops|fighters) ...") has one per alternative, and a
    leading lookbehind consumes nothing. None when the pattern can start anywhere."""
    while pattern.startswith(("(?<!", "(?<=")):
        end = _close(pattern, 0)
        if end < 0:
            return None
        pattern = pattern[end + 1:]
    if not pattern.startswith("(?:"):
        a = _anchor(pattern)
        return {a} if a else None
    end = _close(pattern, 0)
    if end < 0:
        return None
    rest = pattern[end + 1:]
    if rest[:1] == "{":
        return None
    found: set[str] = set()
    for alt in _split_alternatives(pattern[3:end]):
        a = _anchors(alt)
        if a is None:
            return None
        found |= a
    if rest[:1] in ("?", "*"):   # the group may be skipped: what follows it can start the match
        after = _anchors(rest[1:])
        if after is None:
            return None
        found |= after
    return found


def _load() -> tuple[dict[str, re.Pattern], dict[str, set[str]], set[str]]:
    with _LEXICON.open("rb") as fh:
        data = tomllib.load(fh)["features"]
    compiled = {name: _compile(pats) for name, pats in data.items()}
    anchors: dict[str, set[str]] = {}
    always: set[str] = set()
    for name, pats in data.items():
        for p in pats:
            found = _anchors(p)
            if found is None or "" in found:
                always.add(name)
                continue
            for a in found:
                anchors.setdefault(a, set()).add(name)
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
