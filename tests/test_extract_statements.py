"""Passages that mention violence without reporting an act (etl.extract.statements), and
how an article's passages become one row per incident (etl.extract.incidents)."""
from datetime import datetime, timezone

from etl.extract import extract_events
from etl.extract.statements import is_attribution, is_reaction, is_statistic
from etl.records import Article

PUB = datetime(2022, 4, 20, tzinfo=timezone.utc)   # a Wednesday


def _article(text, country="Mali"):
    return Article(url="https://example.test/s", source="Test Wire", title="Violence in the centre", text=text,
                   published_at=PUB, fetched_at=PUB, country_hint=country, language="en")


def test_reactions_are_not_acts():
    assert is_reaction("The prime minister appealed for calm on Monday, saying that those who kill their neighbours will be punished.")
    assert is_reaction("The regional bloc, which has long backed the transition, also condemned the violence.")
    assert is_reaction("The opposition coalition said on Tuesday it would go ahead with the march despite the ban.")
    assert is_reaction("The town on Friday marked the second anniversary of the bombing that killed 40 traders.")
    assert is_reaction("A relative of one of the victims confirmed the death toll of nine people.")


def test_an_act_before_the_reaction_or_reported_speech_is_still_an_act():
    assert not is_reaction("After gunmen killed five farmers near Sofara, the governor condemned the attack.")
    assert not is_reaction("Gunmen killed a teacher in Sofara on Monday, the police confirmed.")
    assert not is_reaction("A spokesman said soldiers killed four militants on Sunday.")


def test_attribution_of_an_incident_already_told():
    assert is_attribution("The mayor, in a statement on Tuesday, said bandits from the forest carried out the attack.")
    assert is_attribution("Officials blamed a local militia for the killings.")
    assert not is_attribution("Bandits attacked the convoy on Tuesday.")


def test_counts_of_incidents_and_period_tolls_are_statistics():
    assert is_statistic("Fourteen attacks have already been recorded in the district this month, according to a monitoring group.")
    assert is_statistic("More than 2,300 people were killed in the region last year.")
    assert not is_statistic("Gunmen killed twelve villagers in Sofara on Monday.")
    # a superlative's yardstick ranks the act, it counts no period
    assert not is_statistic("A truck bomb killed 40 at the depot, the region's deadliest attack since 2015.")
    assert not is_statistic("Raiders killed nine herders in the worst violence in years.")
    assert is_statistic("Since 2015, more than 900 people have been killed in the district.")
    assert is_statistic("It was the deadliest year since 2015, with 900 people killed in the district.")


REACTION_ARTICLE = """Gunmen kill seven in Sofara

On Monday, gunmen attacked the village of Sofara in the Mopti region, killing seven civilians.

The prime minister appealed for calm on Tuesday, saying the killers of Sofara would be found.

Nine attacks have taken place in the region this month, according to a security report."""


def test_an_article_yields_the_act_not_the_reaction_nor_the_statistic():
    events = extract_events(_article(REACTION_ARTICLE))
    assert [(e.event_date.isoformat(), e.fatalities) for e in events] == [("2022-04-18", 7)]


DAYS_ARTICLE = """Fighting near Sofara

At least eleven fighters have been killed in the Mopti region, a military source said on Tuesday.
The militia had been fighting the army since Friday, when at least four fighters died.
The army said soldiers killed seven others on Sunday.
The fighting took place in the village of Sofara near the river."""


def test_a_running_total_gives_way_to_each_days_toll():
    # the lead's 11 is the sum of the days the later sentences tell one by one
    events = extract_events(_article(DAYS_ARTICLE))
    assert sorted((e.event_date.isoformat(), e.fatalities) for e in events) == [("2022-04-15", 4), ("2022-04-17", 7)]


STRIKES_ARTICLE = """Militants raid army base

Militants killed six soldiers in a raid on an army base in Sofara in the Mopti region on Sunday.

Fighter jets then bombed the attackers in airstrikes as they fled, a security source said."""


def test_air_strikes_on_fleeing_attackers_do_not_retype_the_battle():
    events = extract_events(_article(STRIKES_ARTICLE))
    assert [(e.event_type, e.fatalities) for e in events] == [("Battles", 6)]


def test_also_opens_another_incident_only_next_to_an_incident_word():
    from etl.extract.incidents import opens_another
    assert opens_another("In a separate development, gunmen stormed a school in Sofara.")
    assert opens_another("Another attack hit the market of Sofara on Monday.")
    assert opens_another("Soldiers on Monday also found the bodies of eight herders near Sofara.")
    assert opens_another("The insurgents also attacked the police station in Sofara on Monday.")
    assert not opens_another("The mayor said nine villagers were killed in Sofara on Monday and four others were also missing.")
    assert not opens_another("Two of the gunmen were also killed in Sofara on Monday, the army said.")


def test_a_dated_paragraph_of_destruction_or_theft_is_an_act():
    # a strategic development with its own date and a realis verb of looting or destruction
    text = ("Gunmen killed six farmers in Djenne on Monday, residents said.\n\n"
            "On 2 April, soldiers destroyed several militant camps in Tenenkou, the army said.\n\n"
            "On 9 April, raiders stole dozens of goats from herders near Douentza.")
    events = extract_events(_article(text))
    places = {e.location for e in events}
    assert {"Tenenkou", "Douentza"} <= places, places


def test_a_claim_dated_well_before_the_incident_told_is_an_earlier_incident():
    text = ("Gunmen killed six farmers in Djenne on Monday, residents said.\n\n"
            "The group last month claimed responsibility for an ambush near Douentza that killed eleven soldiers.")
    events = extract_events(_article(text))
    assert {e.location for e in events} >= {"Djenne", "Douentza"}
    # a claim dated with the incident restates it
    text = ("Gunmen killed six farmers in Djenne on Monday, residents said.\n\n"
            "The group on Tuesday claimed responsibility for the attack near Djenne that killed six farmers.")
    assert len(extract_events(_article(text))) == 1
