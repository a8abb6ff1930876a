"""Sentence splitting with character offsets, regex only (fast, no model).

Offsets index into the article text so the warehouse can point at the exact
evidence span. Paragraph numbers let the extractor attach follow-up sentences
to the event sentence before them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# Abbreviations that end with a period but do not end a sentence in news copy.
_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "cpl", "sgt", "gov",
    "sen", "rep", "st", "no", "vs", "etc", "approx", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "inc", "ltd", "co",
    "mt", "ft", "hon", "rev", "prof", "brig", "cmdr", "adm", "supt", "insp", "dept",
    "est", "fig", "al", "av", "ave", "u.s", "u.n", "e.g", "i.e",
}

# A sentence may end at . ! ? (optionally followed by closing quotes/brackets),
# when the next token starts like a sentence.
_BOUNDARY = re.compile(r"""[.!?](?:['"”’)\]]*\s+(?=[A-Z0-9"“‘'(\[#])|(?<=[a-z]{3}[.!?])(?=[A-Z][a-z]))""")
_PARAGRAPH = re.compile(r"\n\s*\n|\r\n\s*\r\n")
# a line that ends a paragraph even without a blank line after it: one that ends a
# sentence, or a short heading ("Security challenges"). Text taken from web pages
# often keeps one paragraph per line; a hard-wrapped line ends mid-sentence.
_SENTENCE_LINE = re.compile(r"""[.!?:]['"”’)\]]*[ \t]*\r?\n$""")
_HEADING_LINE = re.compile(r"""[ \t]*[^\W\d][\w'’]*(?:[ \t]+[\w'’]+){0,5}[ \t]*\r?\n$""")
_NEXT_STARTS = re.compile(r"""\s*[A-Z0-9"“‘'(\[]""")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)[.!?]['\"”’)\]]*\s*$")


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int      # offset of the first character in the source text
    end: int        # offset just past the last character
    paragraph: int  # 0-based paragraph number
    index: int      # 0-based sentence number in the document


def _is_abbreviation(chunk: str) -> bool:
    m = _WORD_BEFORE.search(chunk)
    if not m:
        return False
    word = m.group(1).lower().rstrip(".")
    # single initials ("J. Smith") and known abbreviations do not end sentences
    return len(word) == 1 or word in _ABBREVIATIONS


def split_sentences(text: str) -> list[Sentence]:
    """Split text into sentences, keeping offsets and paragraph numbers."""
    out: list[Sentence] = []
    breaks = _paragraph_breaks(text)
    para_starts = [0] + [e for _, e in breaks]
    para_ends = [s for s, _ in breaks] + [len(text)]
    for p, (ps, pe) in enumerate(zip(para_starts, para_ends)):
        cursor = ps
        for m in _BOUNDARY.finditer(text, ps, pe):
            if _is_abbreviation(text[cursor:m.end()]):
                continue
            _append(out, text, cursor, m.end(), p)
            cursor = m.end()
        _append(out, text, cursor, pe, p)
    return out


def _paragraph_breaks(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph separator: a blank line, or a single line break
    after a line that ends a sentence or is a heading, before a line that starts one."""
    out = [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text)]
    if "\n" not in text.strip():
        return out
    line_start = 0
    for nl in [i for i, c in enumerate(text) if c == "\n"]:
        line = text[line_start:nl + 1]
        line_start = nl + 1
        if not line.strip() or any(a <= nl < b for a, b in out):
            continue
        if (_SENTENCE_LINE.search(line) or _HEADING_LINE.match(line)) and _NEXT_STARTS.match(text, nl + 1):
            out.append((nl, nl + 1))
    return sorted(out)


def _append(out: list[Sentence], text: str, start: int, end: int, paragraph: int) -> None:
    # trim whitespace but keep offsets exact
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(text[start:end], start, end, paragraph, len(out)))
