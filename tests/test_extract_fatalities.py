"""Fatality counts: lowest figure, words, vague amounts by scale, injuries excluded."""
import pytest

from etl.extract.dates_fatalities.fatalities import count_fatalities, parse_number


@pytest.mark.parametrize("text, expected", [
    ("Gunmen attacked the village, killing five residents.", 5),
    ("The army said it killed more than 200 fighters.", 200),
    ("Between 10 and 15 people were killed in the raid.", 10),
    ("Twenty-three people were killed.", 23),
    ("The attackers killed a farmer and his two sons.", 3),
    ("Gunmen shot dead the village head.", 1),
    ("The raid left 12 dead and 30 injured.", 12),
    ("Three soldiers were wounded in the ambush.", 0),
    ("Gunmen killed one person and injured four others.", 1),
    ("No casualties were reported.", 0),
    ("Several people were killed in the clash.", 3),
    ("Dozens of people were killed.", 12),
    ("Hundreds of people were killed in the massacre.", 100),
    ("A suicide bomber blew herself up, killing herself and four worshippers.", 5),
    ("Protesters marched through the city centre.", 0),
    ("Two soldiers and a civilian were killed. Police later arrested three suspects.", 3),
])
def test_fatalities(text, expected):
    assert count_fatalities(text) == expected


def test_parse_number_words():
    assert parse_number("twenty-five") == 25
    assert parse_number("1,200") == 1200
    assert parse_number("three hundred") == 300
    assert parse_number("dozen") == 12
