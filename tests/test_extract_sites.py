"""Several sites of one act in one passage (etl.extract.sites), and details told in later
paragraphs reaching the event they describe (etl.extract.incidents.attach_detail).
Sentences invented for the tests."""
from datetime import datetime, timezone

from etl.extract import extract_events
from etl.extract.sites import listed_sites, share
from etl.records import Article

PUB = datetime(2023, 3, 8, tzinfo=timezone.utc)


def _article(text, country="Nigeria"):
    return Article(url="https://example.test/s", source="Test Wire", title="Violence in the north", text=text,
                   published_at=PUB, fetched_at=PUB, country_hint=country, language="en")


def _names(text):
    return [s.name for s in listed_sites(text)]


def test_a_list_of_sites_of_one_act():
    assert _names("Soldiers were shot dead in Damboa, Biu and Gwoza on Monday.") == ["Damboa", "Biu", "Gwoza"]
    assert _names("The rebels captured Kala, Dikwa, and Bama towns overnight.") == ["Kala", "Dikwa", "Bama"]
    assert _names("Bandits raided the villages of Kurmin Dangana and Garin Bauchi.") == ["Kurmin Dangana", "Garin Bauchi"]


def test_sites_with_their_own_tolls():
    sites = listed_sites("Four were killed in Damboa, two in Biu and one in the town of Gwoza.")
    assert [(s.name, s.fatalities) for s in sites] == [("Damboa", 4), ("Biu", 2), ("Gwoza", 1)]


def test_one_place_and_its_area_or_a_road_is_one_site():
    assert _names("A farmer was killed in Damboa, Borno State.") == []
    assert _names("Troops clashed with gunmen in Damboa, near Biu.") == []
    assert _names("Gunmen attacked travellers on the road between Damboa and Biu.") == []
    assert _names("Bandits attacked villages in Maru and Anka local government areas.") == []
    assert _names("Bandits attacked villages in Maru and Anka LGAs.") == []
    assert _names("Herders who were grazing in Damboa and Biu were attacked.") == []


def test_no_act_no_sites():
    # where a group holds ground is no act at those places
    assert _names("Its fighters control much of the bush around Damboa, Biu and Gwoza.") == []


def test_a_toll_for_all_sites_is_shared_evenly_first_takes_the_remainder():
    assert share(7, 3) == [3, 2, 2]
    assert share(0, 2) == [0, 0]


def test_an_article_listing_sites_gives_one_event_per_site_with_their_tolls():
    text = ("Seven people were killed in attacks in Borno State on Monday, police said.\n\n"
            "Four were killed in Damboa, two in Biu and one in Gwoza, a police spokesman said.")
    events = extract_events(_article(text))
    assert sorted((e.location, e.fatalities) for e in events) == [("Biu", 2), ("Damboa", 4), ("Gwoza", 1)]
    assert len({e.event_id_cnty for e in events}) == 3


def test_a_detail_paragraph_reaches_the_event_whose_place_it_names():
    text = ("Gunmen attacked a police post in Damboa on Monday.\n\n"
            "On Sunday, gunmen stormed a market in Biu and abducted traders.\n\n"
            "In Damboa, three of the attackers were killed, residents said.")
    events = {e.location: e for e in extract_events(_article(text))}
    assert events["Damboa"].fatalities == 3
    assert events["Biu"].fatalities == 0


def test_a_detail_paragraph_reaches_the_event_it_shares_words_with():
    text = ("Gunmen stormed a police station in Damboa on Tuesday, police said.\n\n"
            "On Monday, bandits burnt a primary school in Biu, razing classrooms.\n\n"
            "The police spokesman said four of the gunmen were killed by officers at the station.")
    events = {e.location: e for e in extract_events(_article(text))}
    assert events["Damboa"].fatalities == 4
    assert set(events) == {"Damboa", "Biu"}


def test_a_toll_counted_later_and_the_bombers_own_death_stay_one_event():
    text = ("The death toll from the suicide bombing in Damboa rose to 30 on Tuesday, police said.\n\n"
            "The suicide bomber blew himself up in Damboa on Monday during prayers.")
    events = extract_events(_article(text))
    assert [(e.location, e.event_date.isoformat(), e.fatalities) for e in events] == [("Damboa", "2023-03-06", 31)]


def test_sites_given_as_examples_of_the_areas_hit():
    assert _names("Traders were killed in towns such as Damboa, Biu and Gwoza.") == ["Damboa", "Biu", "Gwoza"]
    assert _names("Shops were looted in areas including Damboa and Biu.") == ["Damboa", "Biu"]


def test_deaths_by_town_in_a_report_of_the_days_protests_are_the_protests_own():
    text = ("Thousands of demonstrators took to the streets of Kano and Kaduna on Tuesday to protest fuel prices.\n\n"
            "The police fired tear gas in several cities.\n\n"
            "The highest toll was in Zaria, where four people were shot dead. Others were killed in areas "
            "such as Funtua and Katsina.")
    events = [e for e in extract_events(_article(text)) if e.location in ("Zaria", "Funtua", "Katsina")]
    assert sorted((e.location, e.event_type, e.fatalities) for e in events) == [
        ("Funtua", "Protests", 0), ("Katsina", "Protests", 0), ("Zaria", "Protests", 4)]
    text = ("Thousands of demonstrators took to the streets of Kano and Kaduna on Tuesday to protest fuel prices.\n\n"
            "The police fired tear gas in several cities.\n\n"
            "Gunmen killed villagers in areas such as Funtua and Katsina.")
    assert {e.event_type for e in extract_events(_article(text)) if e.location in ("Funtua", "Katsina")} == {
        "Violence against civilians"}
