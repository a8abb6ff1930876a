"""Dates and time precision resolved against the publication date."""
from datetime import date

import pytest

from etl.extract.dates_fatalities.dates import event_date, is_historical

PUB = date(2022, 4, 20)   # a Wednesday


@pytest.mark.parametrize("text, day, precision", [
    ("On 3 April 2022, gunmen attacked the village.", date(2022, 4, 3), 1),
    ("On April 3, 2022 gunmen attacked the village.", date(2022, 4, 3), 1),
    ("On 3 April, gunmen attacked the village.", date(2022, 4, 3), 1),          # year-less
    ("On 30 December, gunmen attacked the village.", date(2021, 12, 30), 1),    # not in the future
    ("In early April, the army attacked the camp.", date(2022, 4, 5), 2),
    ("In late March, the army attacked the camp.", date(2022, 3, 25), 2),
    ("In March 2021 the rebels seized the port.", date(2021, 3, 15), 3),
    ("In February the rebels seized the port.", date(2022, 2, 15), 3),          # month-only
    ("Last February the rebels seized the port.", date(2022, 2, 15), 3),        # a past month named
    ("Last April a car bomb struck the market.", date(2021, 4, 15), 3),        # the publication's month: a year back
    ("Around 12 April 2022 (as reported), gunmen attacked the village.", date(2022, 4, 12), 2),
    ("On Monday, gunmen attacked the village.", date(2022, 4, 18), 1),
    ("Gunmen attacked the village yesterday.", date(2022, 4, 19), 1),
    ("Gunmen attacked the village last week.", date(2022, 4, 13), 2),
    # the weekend just past is coded to its Saturday, precision 2
    ("Gunmen attacked the village at the weekend.", date(2022, 4, 16), 2),
    ("Over the weekend gunmen attacked the village.", date(2022, 4, 16), 2),
    ("Gunmen attacked the village last weekend.", date(2022, 4, 16), 2),
    ("Le 5 avril, des hommes armés ont attaqué le village.", date(2022, 4, 5), 1),
    ("2022-04-02: gunmen attacked the village.", date(2022, 4, 2), 1),
    ("On 02/04/2022 gunmen attacked the village.", date(2022, 4, 2), 1),      # day first
    ("On 13.04.2022 gunmen attacked the village.", date(2022, 4, 13), 1),
    ("On 04/13/2022 gunmen attacked the village.", date(2022, 4, 13), 1),     # only month first is a date
])
def test_event_dates(text, day, precision):
    d = event_date(text, PUB)
    assert (d.day, d.precision) == (day, precision)
    assert d.explicit


def test_modal_may_is_not_a_month_and_undated_falls_back_to_publication():
    d = event_date("Officials said more attacks may 5 times worse follow.", PUB)
    assert not d.explicit and d.day == PUB


def test_since_and_dated_do_not_date_the_event():
    assert not event_date("Troops have been deployed since July 2021 in the region.", PUB).explicit


def test_historical_flag():
    assert is_historical(event_date("In March 2021 the rebels seized the port.", PUB), PUB)
    assert is_historical(event_date("In December 2021 the army retook the town.", PUB), PUB)
    assert not is_historical(event_date("In early April, the army attacked the camp.", PUB), PUB)
    assert not is_historical(event_date("In March, the army attacked the camp.", PUB), PUB)  # ends < 30 days ago
    assert not is_historical(event_date("Gunmen attacked the village yesterday.", PUB), PUB)


def test_ranges_typos_and_weekday_before_full_date():
    from etl.extract.dates_fatalities.dates import event_date
    pub = date(2019, 11, 20)
    d = event_date("From November 1 to 17 2019, the army conducted operations.", pub)
    assert (d.day, d.precision) == (date(2019, 11, 1), 2)
    d = event_date("Du 1er au 3 novembre, des combats ont eu lieu.", pub)
    assert (d.day, d.precision) == (date(2019, 11, 1), 2)
    assert event_date("on Oct.8, gunmen attacked a bus", pub).day == date(2019, 10, 8)
    assert event_date("On Octobr 5, militants executed a man", pub).day == date(2019, 10, 5)
    assert event_date("On Septmber 3, gunmen attacked", pub).day == date(2019, 9, 3)
    assert event_date("le dimanche 4 octobre 2026, les forces", pub).day == date(2026, 10, 4)
    assert event_date("On Sunday, October 4, gunmen attacked", pub).day == date(2019, 10, 4)
    # "since" still dates nothing
    assert not event_date("detained since 3 May", pub).explicit


def test_a_bare_earlier_year_is_a_past_fact_not_the_event_date():
    d = event_date("Thousands marched to demand justice for the journalist murdered in 1998.", PUB)
    assert d.day == PUB and not d.explicit and not d.year_only
    # a bare current year stays too vague to code
    assert event_date("Militants attacked the town in 2022.", PUB).year_only


def test_relative_clause_dates_are_history_not_the_event():
    from datetime import date
    from etl.extract.dates_fatalities.dates import find_dates
    published = date(2022, 5, 10)
    text = ("Since the withdrawal of the mission, which was launched in February 2014 to secure the north, "
            "the army has carried out several operations.")
    assert find_dates(text, published) == []
    days = [m.day for m in find_dates("The truce signed in June 2019 collapsed when rebels attacked Kidal on 4 May.", published)]
    assert days == [date(2022, 5, 4)]
    # a plain report is unaffected
    assert [m.day for m in find_dates("Police said that on 3 May gunmen attacked the market.", published)] == [date(2022, 5, 3)]


def test_a_day_beats_the_month_it_overlaps():
    from datetime import date
    from etl.extract.dates_fatalities.dates import find_dates
    published = date(2021, 1, 20)
    m = find_dates("Workers held a sit-in May 19 at the ministry.", published)
    assert [(x.day, x.precision) for x in m] == [(date(2020, 5, 19), 1)]
    m = find_dates("Rioters blocked the highway on the morning of Oct. 23 near the capital.", published)
    assert [(x.day, x.precision) for x in m] == [(date(2020, 10, 23), 1)]


def test_the_day_a_statement_was_made_is_not_the_act_s_day():
    from datetime import date
    from etl.extract.dates_fatalities.dates import event_date
    pub = date(2022, 4, 21)
    said = event_date("Five people were killed in the raid, the governor said on Wednesday.", pub)
    assert said.reported and said.day == date(2022, 4, 20)
    act = event_date("The army said on Wednesday that five people were killed on Monday.", pub)
    assert not act.reported and act.day == date(2022, 4, 18)


@pytest.mark.parametrize("text, day, precision", [
    # counted from the day the text last spoke of (here Saturday 16 April)
    ("Two days prior, bandits had looted the market.", date(2022, 4, 14), 1),
    ("The day before, bandits looted the market.", date(2022, 4, 15), 1),
    ("On the previous day, bandits looted the market.", date(2022, 4, 15), 1),
    ("A day earlier, bandits looted the market.", date(2022, 4, 15), 1),
    ("The following day, soldiers retook the market.", date(2022, 4, 17), 1),
    ("Three days later, soldiers retook the market.", date(2022, 4, 19), 1),
    ("The raid on the market took place two days prior.", date(2022, 4, 14), 1),
    ("The same day, the mayor's house was set ablaze.", date(2022, 4, 16), 1),
])
def test_days_counted_from_the_day_the_text_gives(text, day, precision):
    from etl.extract.dates_fatalities.dates import find_dates
    d = event_date(text, PUB, matches=find_dates(text, PUB, anchor=date(2022, 4, 16)))
    assert (d.day, d.precision) == (day, precision)


@pytest.mark.parametrize("text, day, precision", [
    ("A day earlier, bandits looted the market.", date(2022, 4, 19), 1),   # no day given: the report's
    ("Earlier this week, bandits looted the market.", date(2022, 4, 19), 2),   # the week so far, its middle
    ("Earlier this month, bandits looted the market.", date(2022, 4, 15), 3),
    ("Bandits looted the market two weeks ago.", date(2022, 4, 6), 2),
])
def test_relative_dates_from_the_publication(text, day, precision):
    d = event_date(text, PUB)
    assert (d.day, d.precision) == (day, precision)


def test_a_year_so_far_is_too_vague_and_a_day_before_an_object_is_no_date():
    assert event_date("Earlier this year, bandits looted the market.", PUB).year_only
    assert not event_date("Two days before the vote, bandits looted the market.", PUB).explicit
    # a detail's day, not the sentence's act: "released the following day", a grievance
    assert not event_date("The hostages were released the following day.", PUB).explicit
    assert not event_date("Traders protested against the killing of a driver the day before.", PUB).explicit
    assert not event_date("They mourned a teacher who was killed earlier this month.", PUB).explicit


def test_the_day_before_counts_from_the_event_told_earlier_in_the_article():
    from datetime import datetime, timezone
    from etl.extract import extract_events
    from etl.records import Article
    text = ("On Saturday, gunmen attacked the village of Sofara in the Mopti region, killing seven civilians.\n\n"
            "Two days prior, gunmen had ambushed a convoy of soldiers near Djenne, killing three soldiers.")
    pub = datetime(2022, 4, 20, tzinfo=timezone.utc)
    art = Article(url="https://example.test/d", source="Test", title="Attacks in Mopti", text=text,
                  published_at=pub, fetched_at=pub, country_hint="Mali", language="en")
    assert sorted((e.event_date.isoformat(), e.fatalities) for e in extract_events(art)) == [
        ("2022-04-14", 3), ("2022-04-16", 7)]


def test_an_anniversary_dates_the_event_it_marks_years_before():
    from etl.extract.dates_fatalities.recalled import anniversary
    said = event_date("On Monday the city marked the second anniversary of the market bombing.", PUB)
    recalled = anniversary("On Monday the city marked the second anniversary of the market bombing.", said)
    assert recalled.day == date(2020, 4, 18) and recalled.precision == 1
    assert is_historical(recalled, PUB)
    # a march on the anniversary is itself the event
    assert anniversary("Thousands marched on Monday to mark the first anniversary of the killings.", said) is None
    assert anniversary("Gunmen attacked the village on Monday.", said) is None


def test_a_date_in_a_since_clause_is_history_not_the_event_day():
    from etl.extract.dates_fatalities.dates import find_dates
    assert find_dates("It is the first raid on the town since the war broke out in January.", PUB) == []
    assert find_dates("The region has been unstable since fighting began in mid-March.", PUB) == []
    assert [m.day for m in find_dates("Gunmen raided the town on Monday, the first raid since the army left.", PUB)] \
        == [date(2022, 4, 18)]


def test_a_since_clause_date_does_not_date_the_next_sentence():
    from etl.extract import extract_events
    from etl.records import Article
    from datetime import datetime, timezone
    pub = datetime(2022, 4, 20, tzinfo=timezone.utc)
    text = ("On Monday, gunmen attacked the village of Sofara in the Mopti region, killing seven civilians.\n\n"
            "\"It is the first attack on Sofara since the crisis began in January. Seven people died on the spot,\" "
            "the mayor said.")
    events = extract_events(Article(url="https://example.test/d", source="T", title="Attack", text=text,
                                    published_at=pub, fetched_at=pub, country_hint="Mali", language="en"))
    assert [(e.event_date.isoformat(), e.fatalities) for e in events] == [("2022-04-18", 7)]


@pytest.mark.parametrize("text, day, explicit", [
    # a weekday that begins a name is no date
    ("Saturday Herald learnt that the gunmen fled.", PUB, False),
    ("Chief Monday Okoro said the village was attacked.", PUB, False),
    ("On Monday Boko Haram fighters attacked the town.", date(2022, 4, 18), True),
    ("Fighters attacked the town Monday.", date(2022, 4, 18), True),
    # a full date beside a vaguer one dates the act
    ("Two weeks ago, on 5 April, gunmen raided the camp.", date(2022, 4, 5), True),
])
def test_weekday_names_and_full_dates_beside_vague_ones(text, day, explicit):
    m = event_date(text, PUB)
    assert (m.day, m.explicit) == (day, explicit)


def test_the_day_a_toll_rose_is_no_day_of_the_act():
    from etl.extract.dates_fatalities.dates import find_dates
    assert [m.reported for m in find_dates("The death toll from the blast rose to 41 on Tuesday.", PUB)] == [True]
    assert event_date("The death toll from Sunday's blast rose to 41 on Tuesday.", PUB).day == date(2022, 4, 17)


def test_a_since_clause_with_a_weekday_is_history():
    from etl.extract.dates_fatalities.dates import find_dates
    assert find_dates("The clashes, reported since the raid of Monday, April 18, are still going on.", PUB) == []


@pytest.mark.parametrize("text", [
    "Police on Tuesday said gunmen killed nine herders near the river.",
    "The governor, speaking on Tuesday, said nine herders were killed.",
    "A statement by the regional coordinator, on Tuesday, April 19, during a press conference revealed that nine "
    "herders were killed.",
    "The army in a statement on Tuesday disclosed that nine herders were killed.",
])
def test_a_date_between_the_speaker_and_the_speech_verb_dates_the_statement(text):
    m = event_date(text, PUB)
    assert m.reported and m.day == date(2022, 4, 19)


@pytest.mark.parametrize("text", [
    "Gunmen killed nine herders on Tuesday, police said.",
    "The raid on Tuesday, officials said, killed nine herders.",
])
def test_the_act_s_date_before_an_attribution_stays_the_act_s(text):
    m = event_date(text, PUB)
    assert not m.reported and m.day == date(2022, 4, 19) and m.precision == 1


def test_an_event_dated_only_by_its_statement_is_around_that_day():
    from etl.extract import extract_events
    from etl.records import Article
    from datetime import datetime, timezone
    pub = datetime(2022, 4, 20, tzinfo=timezone.utc)
    text = "The regional governor said on Tuesday that gunmen killed nine herders in Sofara in the Mopti region."
    events = extract_events(Article(url="https://example.test/d", source="T", title="Herders killed", text=text,
                                    published_at=pub, fetched_at=pub, country_hint="Mali", language="en"))
    assert [(e.event_date.isoformat(), e.time_precision) for e in events] == [("2022-04-19", 2)]
    text += "\n\nThe attack on Sofara on Monday was the deadliest this year."
    events = extract_events(Article(url="https://example.test/d", source="T", title="Herders killed", text=text,
                                    published_at=pub, fetched_at=pub, country_hint="Mali", language="en"))
    assert [(e.event_date.isoformat(), e.time_precision) for e in events] == [("2022-04-18", 1)]


def test_a_day_counted_after_a_statement_s_day_counts_from_it():
    m = event_date("The army said on Tuesday that heavy fighting took place the previous day.", PUB)
    assert not m.reported and m.day == date(2022, 4, 18) and m.precision == 1


@pytest.mark.parametrize("text, day", [
    # news of the act came out on a day: that day dates the report, the act is the other day
    ("Officials were counting their dead after reports emerged late on Monday of a raid on Saturday "
     "at a camp near the river.", date(2022, 4, 16)),
    ("Word surfaced on Tuesday of an ambush on Sunday on the road to the mines.", date(2022, 4, 17)),
])
def test_the_day_news_of_an_act_emerged_is_the_report_s(text, day):
    assert event_date(text, PUB, []).day == day


def test_emerged_without_a_report_noun_is_the_act_s_day():
    assert event_date("The fighters emerged from the forest on Monday and attacked the village.", PUB, []).day \
        == date(2022, 4, 18)
