"""Event assembly on invented articles: events told across sentences, in clauses, recalled."""
from datetime import datetime, timezone

from etl.extract import extract_events
from etl.records import Article

PUB = datetime(2022, 4, 20, tzinfo=timezone.utc)   # a Wednesday


def _article(text, country="Mali"):
    return Article(url="https://example.test/asm", source="Test Wire", title="Report", text=text,
                   published_at=PUB, fetched_at=PUB, country_hint=country, language="en")


def test_a_lead_in_the_capital_is_placed_by_the_later_sentence_naming_the_city():
    text = ("At least 20 people were killed on Monday when two bombs exploded in the capital of Mali, "
            "officials said.\n\nThe government convened an emergency meeting.\n\n"
            "The prime minister visited the site of the blasts near the main market in Bamako.")
    events = extract_events(_article(text))
    assert [(e.location, e.event_date.isoformat(), e.fatalities) for e in events] == [("Bamako", "2022-04-18", 20)]


def test_a_toll_over_two_attacks_at_the_weekend_is_an_incident_not_a_statistic():
    text = ("Soldiers repelled an assault on a military post in Djenne in the Mopti region on Monday, the army said.\n\n"
            "The region has seen years of violence.\n\n"
            "Around 25 villagers were killed at the weekend in two attacks near Douentza.")
    events = sorted(extract_events(_article(text)), key=lambda e: e.event_date)
    assert [(e.location, e.event_date.isoformat(), e.time_precision) for e in events] == [
        ("Douentza", "2022-04-16", 2), ("Djenne", "2022-04-18", 1)]


def test_an_incident_in_a_since_clause_is_a_historical_event_of_its_own():
    text = ("Gunmen killed 12 villagers in Djenne in the Mopti region on Monday, officials said.\n\n"
            "It was the deadliest attack in the region since the bombing of a market in Douentza in March 2019 "
            "that killed 30 people.")
    events = sorted(extract_events(_article(text)), key=lambda e: e.event_date)
    assert [(e.location, e.event_date.isoformat(), e.fatalities, e.historical) for e in events] == [
        ("Douentza", "2019-03-15", 30, True), ("Djenne", "2022-04-18", 12, False)]


def test_an_incident_the_act_came_hours_after_is_its_own_event_that_day():
    text = ("Gunmen stormed a police post in Djenne in the Mopti region on Monday night, killing four officers.\n\n"
            "The raid came just hours after militants shot dead a village chief at a market in Bankass.")
    events = sorted(extract_events(_article(text)), key=lambda e: e.location)
    assert [(e.location, e.event_date.isoformat(), e.fatalities) for e in events] == [
        ("Bankass", "2022-04-18", 1), ("Djenne", "2022-04-18", 4)]


def test_a_relative_clause_dates_the_past_kidnapping_of_the_people_it_describes():
    text = ("Soldiers clashed with gunmen near Djenne in the Mopti region on Monday, the army said.\n\n"
            "The army said it was still searching for 12 traders from Bankass who were kidnapped on 2 March.")
    events = sorted(extract_events(_article(text)), key=lambda e: e.event_date)
    assert [(e.event_type, e.location, e.event_date.isoformat()) for e in events] == [
        ("Violence against civilians", "Bankass", "2022-03-02"), ("Battles", "Djenne", "2022-04-18")]


def test_a_clause_with_no_incident_or_no_date_adds_nothing():
    text = ("Gunmen killed 12 villagers in Djenne in the Mopti region on Monday, officials said.\n\n"
            "The attack came a day after the governor visited the town.\n\n"
            "It was the worst violence since the attack on the convoy.")
    assert len(extract_events(_article(text))) == 1


def test_an_incident_the_act_followed_is_its_own_only_when_dated_days_apart():
    text = ("Hundreds of residents fled Djenne in the Mopti region on Monday, following the attack on a market "
            "in Bankass in early March that killed nine traders.")
    events = extract_events(_article(text))
    assert [(e.location, e.event_date.isoformat(), e.fatalities) for e in events] == [("Bankass", "2022-03-05", 9)]
    text = "Residents found 30 bodies in Djenne on Tuesday after the attacks earlier this week on villages near the town."
    assert len(extract_events(_article(text))) <= 1


def test_an_incident_days_before_told_after_a_comma_is_its_own_event():
    text = ("Shells struck the market in Djenne in the Mopti region on Tuesday, officials said.\n\n"
            "One shell hit the mayor's office, a witness said, two days after the town's army camp was first "
            "attacked in drone strikes.")
    events = sorted(extract_events(_article(text)), key=lambda e: e.event_date)
    assert [(e.location, e.event_date.isoformat()) for e in events] == [("Djenne", "2022-04-17"), ("Djenne", "2022-04-19")]
    text = ("Gunmen stormed a police post in Djenne in the Mopti region on Monday, killing four officers.\n\n"
            "Soldiers arrived in the town, two days after the attack.")
    assert len(extract_events(_article(text))) == 1


def test_the_forces_counter_offensive_after_a_massacre_is_a_battle_of_its_own():
    text = ("Gunmen killed 14 villagers in Djenne in the Mopti region on Monday evening, the governor said.\n\n"
            "The governor said five more villagers were wounded.\n\n"
            "\"A counter-offensive by the army after the killings led to the neutralisation of four gunmen,\" he said.")
    events = sorted(extract_events(_article(text)), key=lambda e: e.event_type)
    assert [(e.event_type, e.location, e.event_date.isoformat(), e.fatalities) for e in events] == [
        ("Battles", "Djenne", "2022-04-18", 4), ("Violence against civilians", "Djenne", "2022-04-18", 14)]
    text = ("Gunmen ambushed an army patrol near Djenne in the Mopti region on Monday, killing six soldiers.\n\n"
            "Several of the attackers were killed in the army's counterattack, the army said.")
    assert [e.event_type for e in extract_events(_article(text))] == ["Battles"]


def test_a_new_town_with_its_own_act_in_an_undated_paragraph_is_its_own_event():
    text = ("Protesters clashed with police in Bamako on Monday, burning tyres and throwing stones, witnesses said.\n\n"
            "In the southern city of Sikasso, the army intervened after protesters set fire to the town hall.")
    events = sorted(extract_events(_article(text)), key=lambda e: e.location)
    assert [(e.location, e.event_date.isoformat()) for e in events] == [
        ("Bamako", "2022-04-18"), ("Sikasso", "2022-04-18")]


def test_a_town_named_as_the_speaker_s_or_a_recalled_one_is_no_new_event():
    text = ("Gunmen attacked an army post in Djenne in the Mopti region on Monday, killing four soldiers.\n\n"
            "The soldiers fought back for two hours, a security source in Bamako told reporters.\n\n"
            "The raid recalled the attack in Sikasso that killed nine soldiers.")
    events = extract_events(_article(text))
    assert [e.location for e in events] == ["Djenne"]


def test_a_reprisal_told_after_an_attack_with_its_own_toll_is_its_own_event():
    text = ("Gunmen killed 15 villagers in a raid on Djenne in the Mopti region on Monday, officials said.\n\n"
            "Residents said the raid and the reprisal by local hunters that led to the killing of six herders "
            "had emptied the village.")
    events = sorted(extract_events(_article(text)), key=lambda e: -e.fatalities)
    assert [(e.location, e.event_date.isoformat(), e.fatalities) for e in events] == [
        ("Djenne", "2022-04-18", 15), ("Djenne", "2022-04-18", 6)]


def test_an_attack_that_was_itself_a_reprisal_is_one_event():
    text = ("Gunmen killed 15 villagers in a raid on Djenne in the Mopti region on Monday, officials said.\n\n"
            "Residents said the raid, in reprisal for the killing of six herders, had emptied the village.")
    assert [e.fatalities for e in extract_events(_article(text))] == [15]


def test_a_round_up_of_demonstrations_is_one_event_per_town_with_its_clause_s_type():
    from etl.extract.roundups import round_up
    text = ("Opposition supporters took to the streets across Algeria on Friday.\n\n"
            "Police dispersed marchers in Oran and Setif, there were scuffles in Batna, "
            "while rallies went ahead in Bejaia, the opposition said.")
    events = extract_events(_article(text, "Algeria"))
    got = sorted((e.location, e.event_type, e.sub_event_type) for e in events if e.location != "Algeria")
    assert ("Bejaia", "Protests", "Peaceful protest") in got
    assert {"Oran", "Setif", "Batna", "Bejaia"} <= {g[0] for g in got}
    assert [c.text for c in round_up("Protests were held in Lagos and Abuja; in Kano, police fired tear gas "
                                     "at the marchers.")] == ["Protests were held in Lagos and Abuja",
                                                             "in Kano, police fired tear gas at the marchers."]
    # one act in one town, or a list of killings, is no round-up of demonstrations
    assert round_up("Protesters marched in Oran on Friday, a witness in Algiers said.") == []
    assert round_up("Six were killed in Oran, two in Setif and one in Batna.") == []


def test_arrests_counted_after_a_battle_are_their_own_event_but_not_after_a_protest():
    text = ("Militants attacked an army camp in Djenne on Monday, and soldiers killed eight of them, the army said.\n\n"
            "The army added that 17 suspected militants had been arrested.")
    got = sorted((e.location, e.event_type, e.sub_event_type) for e in extract_events(_article(text)))
    assert ("Djenne", "Strategic developments", "Arrests") in got and ("Djenne", "Battles", "Armed clash") in got
    text = ("Hundreds of students protested in Djenne on Monday against the closure of their school.\n\n"
            "Some 40 protesters were arrested, the police said.")
    assert all(e.sub_event_type != "Arrests" for e in extract_events(_article(text)))
