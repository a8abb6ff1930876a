"""Re-tellings (etl.extract.retellings): one incident told again later in an article is
one row; a separate incident told in similar words stays its own row. Invented texts."""
from datetime import date, datetime, timezone
from types import SimpleNamespace

import pytest

from etl.extract import extract_events
from etl.extract.dates_fatalities.dates import DateMatch
from etl.extract.retellings import fold_retellings, retelling_cue
from etl.records import Article

PUB = datetime(2022, 4, 20, tzinfo=timezone.utc)   # a Wednesday


def _article(text, country="Mali"):
    return Article(url="https://example.test/retell", source="Test Wire", title="Report", text=text,
                   published_at=PUB, fetched_at=PUB, country_hint=country, language="en")


def _rows(text):
    return sorted((e.event_type, e.location, e.event_date.isoformat()) for e in extract_events(_article(text)))


@pytest.mark.parametrize("sentence, cue", [
    ("“The attack took place as people gathered for prayers,” the officer added.", "subject"),
    ("The blast, by two bombers, struck the crowd at the gate.", "subject"),
    ("The mayor survived the attack and told reporters that two aides were killed.", "definite"),
    ("Police said the gang escaped after the Monday clash, with some wounded.", "definite"),
    ("The raiders, who came on motorbikes, had on Monday stormed the village.", "backstory"),
    ("The ministry said riots broke out on Monday afternoon in the town.", "frame"),
    ("The radio reported how gunmen burnt down three hamlets between Monday and Tuesday.", "frame"),
    # another incident, or one before the first
    ("In a separate attack, gunmen killed three traders.", None),
    ("Another attack on Tuesday killed two herders.", None),
    ("The latest in a string of attacks took place two days prior in the north.", None),
    ("The raid came just hours after militants shot dead a chief at the market.", None),
    ("Gunmen also attacked the police station, freeing prisoners.", None),
    ("Gunmen killed four farmers near the river.", None),
    # a response to the attack is an incident of its own
    ("The army said its counter-offensive after the attack killed nine of the gunmen.", None),
    ("The soldiers said they killed six of the raiders in a reprisal on the camp.", None),
])
def test_how_a_sentence_refers_back_to_an_incident(sentence, cue):
    assert retelling_cue(sentence) == cue


def test_the_attack_told_again_with_its_victims_is_the_bombing_already_reported():
    text = ("A suicide bomber blew himself up at a mosque in Gao in northern Mali on Friday, killing 15 "
            "worshippers, police said.\n\nRescue teams worked through the night.\n\n"
            "\"The attack took place as people gathered for the Friday prayers,\" a police officer told reporters.")
    assert _rows(text) == [("Explosions/Remote violence", "Gao", "2022-04-15")]


def test_a_survivor_of_the_attack_tells_of_the_same_bombing():
    text = ("Two explosions targeted the office of the governor of Mopti in Sevare on Monday, killing nine people, "
            "officials said.\n\nThe governor survived the attack and told reporters on Monday that two of his "
            "aides were killed.")
    events = extract_events(_article(text))
    assert [(e.event_type, e.event_date.isoformat(), e.fatalities) for e in events] == [
        ("Explosions/Remote violence", "2022-04-18", 9)]


def test_a_ministry_telling_the_same_day_in_the_same_town_is_the_same_demonstration():
    text = ("Two protesters were killed in Kayes on Monday when police fired on a march against fuel prices.\n\n"
            "The teachers' union says its members will strike next week.\n\n"
            "The interior ministry said riots broke out on Monday afternoon in Kayes, where shops were looted.")
    assert len(_rows(text)) == 1


def test_a_backstory_of_the_aftermath_first_told_gives_the_act_its_day():
    text = ("Residents found the bodies of 12 villagers in Ogossagou in the Mopti region on Wednesday.\n\n"
            "The gunmen, who came on motorbikes, had on Monday attacked the village and killed the men.")
    assert _rows(text) == [("Violence against civilians", "Ogossagou", "2022-04-18")]


def test_a_weekday_of_something_else_does_not_make_the_attack_a_second_one():
    text = ("Militants attacked a military post in Boni in the Mopti region on Sunday, killing four soldiers.\n\n"
            "The attack, claimed by no group, came as troops prepared for the elections set for Tuesday.")
    assert [d for _, _, d in _rows(text)] == ["2022-04-17"]


@pytest.mark.parametrize("second", [
    "The army said soldiers killed eight militants near Djenne on Saturday.",          # a frame, another day
    "In a separate attack on Monday, gunmen killed three traders in Djenne.",          # separate
    "The attack came two days after militants killed three soldiers in Djenne.",       # an earlier incident
    "The army said soldiers killed eight militants in Bankass on Monday.",             # another place
])
def test_a_second_incident_in_similar_words_stays_its_own_row(second):
    text = "Gunmen killed five villagers in Djenne in the Mopti region on Monday, residents said.\n\n" + second
    assert len(_rows(text)) == 2


def test_a_dated_attack_of_its_own_and_another_family_of_acts_stay_apart():
    own_day = ("Militants attacked a military post in Boni in the Mopti region on Sunday, killing four soldiers.\n\n"
               "The attack on Tuesday killed three civilians in Boni.")
    other_family = ("Protesters marched peacefully in Kayes on Monday against fuel prices.\n\n"
                    "The army said militants attacked a checkpoint in Kayes on Monday, killing two soldiers.")
    assert len(_rows(own_day)) == 2
    assert len(_rows(other_family)) == 2


def _found(sentence, start, event_type, day, weak, fatalities=0, precision=1):
    d = DateMatch(day, precision, 0, day, not weak)
    place = SimpleNamespace(country="Mali", admin1="Mopti", location="Bankass", latitude=14.08, longitude=-3.52,
                            geo_precision=2)
    passage = SimpleNamespace(text=sentence, primary=SimpleNamespace(text=sentence, start=start))
    return SimpleNamespace(passage=passage, coded=SimpleNamespace(event_type=event_type), date=d, place=place,
                           fatalities=fatalities, weak=weak, told=[])


def test_a_lead_dated_by_the_report_takes_the_day_of_the_clash_told_again():
    lead = _found("Gunmen killed a reservist in a raid near Bankass.", 0, "Battles", date(2022, 4, 20), True, 1)
    again = _found("Police said the gang escaped after the Monday clash, with some wounded.", 200, "Battles",
                   date(2022, 4, 18), False)
    kept = fold_retellings([lead, again])
    assert kept == [lead] and lead.date.day == date(2022, 4, 18) and not lead.weak and lead.fatalities == 1


def test_sites_of_one_passage_are_never_folded_into_one_another():
    first = _found("The attack hit Bankass and Koro.", 0, "Battles", date(2022, 4, 18), False)
    site = _found("The attack hit Bankass and Koro.", 0, "Battles", date(2022, 4, 18), False)
    site.passage = first.passage
    assert fold_retellings([first, site]) == [first, site]


def test_the_day_a_battle_began_is_a_row_of_its_own():
    text = ("Rebels took control of the town of Bankass in the Mopti region on Tuesday after two days of fighting "
            "with the army, residents said.\n\n"
            "The fighting began on Sunday morning when the rebels attacked army positions south of the town.")
    assert [d for _, _, d in _rows(text)] == ["2022-04-17", "2022-04-19"]


def test_attacks_told_over_two_days_are_more_than_the_one_day_first_told():
    text = ("Militants attacked a military base in Boni in the Mopti region on Sunday, residents said.\n\n"
            "The army said the militants shot dead traders at the market of Boni late Sunday and early Monday.")
    assert len(_rows(text)) == 2


def test_the_first_of_several_attacks_is_no_re_telling():
    assert retelling_cue("The first attack, near the border, came at dusk on Friday.") is None
