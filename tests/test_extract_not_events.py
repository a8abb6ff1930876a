"""Wording that mentions violence without reporting an act, as any outlet writes it:
court cases, threats and plans, comments and pictures, a conflict's course, the
consequences of an act told elsewhere (etl.extract.statements, etl.extract.text.candidates).
All sentences are invented."""
from datetime import datetime, timezone

from etl.extract import extract_events
from etl.extract.statements import is_reaction, is_statistic
from etl.extract.text.candidates import is_candidate
from etl.records import Article

PUB = datetime(2022, 4, 20, tzinfo=timezone.utc)   # a Wednesday
LEAD = "Gunmen killed five villagers in Djenne in the Mopti region on Monday, residents said."


def _extra_events(paragraph):
    """Events an article yields from a paragraph after a lead that reports one killing."""
    text = LEAD + "\n\n" + paragraph
    article = Article(url="https://example.test/n", source="Test Wire", title="Violence in central Mali", text=text,
                      published_at=PUB, fetched_at=PUB, country_hint="Mali", language="en")
    return [e for e in extract_events(article) if e.evidence_start > len(LEAD)]


def test_court_cases_are_not_acts():
    assert is_reaction("A tribunal in Mopti on Tuesday sentenced four men to life in prison for the ambush on a bus.")
    assert is_reaction("The trial of nine suspects accused of killing a chief opened in Segou on Tuesday.")
    assert is_reaction("Two herders were charged on Tuesday with the murder of a farmer near Segou.")
    assert is_reaction("A military court on Tuesday convicted three soldiers over the shooting of a trader.")
    assert is_reaction("Six militants went on trial in Segou on Tuesday over the 2018 hotel siege.")
    # an act of violence before the court words is still an act
    assert not is_reaction("Gunmen killed a judge who had convicted two militants, police said on Tuesday.")
    assert not is_reaction("Police charged at protesters in Segou on Tuesday.")


def test_threats_plans_and_fears_are_not_acts():
    assert is_reaction("The militia threatened on Tuesday to attack Segou unless its leader was freed.")
    assert is_reaction("Villagers in Segou fear that the gunmen will return, a local official said on Tuesday.")
    assert is_reaction("The minister said on Tuesday that attacks on aid workers would not be tolerated.")
    assert is_reaction("The governor said on Tuesday that those behind the raid would be brought to justice.")
    assert not is_reaction("Gunmen killed three farmers near Segou on Tuesday, and residents fear more attacks.")


def test_comments_and_pictures_of_an_act_are_not_acts():
    assert is_reaction("Observers say the ambush near Segou on Tuesday shows the insurgents' growing strength.")
    assert is_reaction("The massacres in Segou highlight the failure of the ceasefire, experts said on Tuesday.")
    assert is_reaction("Footage posted online on Tuesday appeared to show torched huts and bodies in Segou.")
    assert is_reaction("A hashtag mourning the victims of Segou was trending on social media on Tuesday.")
    assert is_reaction("The regional governor on Tuesday decried the killings as senseless.")
    assert not is_reaction("Soldiers opened fire on the crowd in Segou on Tuesday, footage posted online showed.")


def test_a_conflicts_course_is_no_act():
    assert is_statistic("The separatists began fighting government troops in March 2019 over the land dispute.")
    assert is_statistic("Clashes that broke out last week have rapidly become the country's gravest crisis in years.")
    assert is_statistic("The province has been gripped by violence since the elections.")
    assert is_statistic("About 400 people were killed in the province in the first six months of the year.")
    assert not is_statistic("The two militias clashed in Segou on Tuesday morning.")
    assert not is_statistic("Gunmen killed twelve herders in Segou on Tuesday.")


def test_consequences_of_an_act_told_elsewhere_are_no_candidates():
    assert not is_candidate("Markets in Segou stayed shut on Tuesday because of the attacks.")
    assert not is_candidate("Security was stepped up around the Segou barracks on Tuesday after the attack.")
    assert not is_candidate("The gendarmerie said it had opened an investigation into the killings in Segou.")
    assert not is_candidate("The injured were rushed to the district hospital in Segou, a nurse said.")
    assert not is_candidate("The violence has left thousands of families in Segou without shelter.")
    # the act itself, or an act named with what it did to whom, is still a candidate
    assert is_candidate("Gunmen killed four traders in Segou on Tuesday after the attack on the market.")
    assert is_candidate("The march was held after the killing of two teachers by unknown gunmen on Saturday.")


def test_articles_yield_no_event_from_such_paragraphs():
    for paragraph in (
        "A court in Douentza on Tuesday sentenced two men to death for the 2019 attack on a bus station.",
        "The insurgents threatened on Tuesday to attack Douentza if the army did not leave.",
        "A video shared online on Tuesday purportedly showed burned houses in Douentza.",
        "The rebels began fighting the army near Douentza in January 2020 over the gold mines.",
        "Schools in Douentza have been closed since Tuesday because of the attacks.",
        "The wounded were taken to the hospital in Douentza on Tuesday, a doctor said.",
    ):
        assert _extra_events(paragraph) == [], paragraph
    # a dated act in the same slot is still an event
    assert _extra_events("Gunmen attacked a bus near Douentza on Tuesday, killing two passengers.")
    # a war's onset is background; two groups that began fighting on a given day is a clash
    assert _extra_events("Two rival militias began fighting in Douentza on Tuesday morning, residents said.")


def test_denials_silence_sanctions_and_outcry_are_not_acts():
    assert is_reaction("The defence ministry denied on Friday that its troops had shot any villagers near Kidal.")
    assert is_reaction("The police have not commented on the raid in Kidal.")
    assert is_reaction("The massacre near Kidal drew widespread condemnation from rights groups.")
    assert is_reaction("The European Union imposed sanctions on three commanders over the killings near Kidal.")
    assert is_reaction("Rallies against the new tax are planned in Kidal next week.")
    assert not is_reaction("Soldiers shot two villagers near Kidal on Friday; the ministry denied that they were civilians.")


def test_a_wars_span_a_photo_caption_and_burials_are_not_events():
    assert is_statistic("Fighting between the two brigades killed 60 people between late May and early July.")
    assert not is_candidate("Residents look at the body of a man shot near the market in Kidal, Mali, 12 March 2021.")
    assert not is_candidate("Women walk past a burned truck in Kidal. (Photo: AGENCY/PHOTOGRAPHER)")
    assert not is_candidate("The bodies of the victims were buried in Kidal on Saturday.")
    assert not is_candidate("Talks aimed at ending the fighting around Kidal broke down on Saturday.")
    assert not is_candidate("The minister was sacked on Saturday after the attack in Kidal.")
    # a sentence that ends with a date but tells an act is still a candidate elsewhere in the text
    assert is_candidate("Gunmen killed two traders in Kidal on 12 March 2021.")
