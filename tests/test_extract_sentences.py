"""Sentence and paragraph splitting: offsets exact, web text with one paragraph per line."""
from etl.extract.text.sentences import split_sentences


def _check(text):
    out = split_sentences(text)
    assert all(text[s.start:s.end] == s.text for s in out)
    return out


def test_one_paragraph_per_line_and_headings():
    text = ("Gunmen raided a market on Monday. Ten traders died.\n"
            "The governor visited the town.\n"
            "Background\n"
            "The region has seen unrest for years.")
    out = _check(text)
    assert [s.paragraph for s in out] == [0, 0, 1, 2, 3]


def test_a_hard_wrapped_line_is_not_a_paragraph():
    out = _check("Soldiers clashed with militants near the river and\nkilled four of them. Two escaped.")
    assert [s.paragraph for s in out] == [0, 0]


def test_a_sentence_run_into_the_next_without_a_space():
    out = _check("The attack shocked the district.Eleven farmers were killed in the raid.")
    assert [s.text for s in out] == ["The attack shocked the district.", "Eleven farmers were killed in the raid."]


def test_abbreviations_do_not_end_sentences():
    out = _check("Lt. Col. Abu said the U.N. base was hit. Nobody died.")
    assert len(out) == 2
