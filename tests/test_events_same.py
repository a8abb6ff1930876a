"""etl.events on its own: pair decisions, clustering and the merged row (pure Python)."""
from __future__ import annotations

import dataclasses
import random
from datetime import date, datetime, timedelta, timezone

from etl.events import cluster_reports, merge_cluster, same_event
from etl.events.records import Report

T0 = datetime(2021, 8, 27, 8, tzinfo=timezone.utc)


def rep(n: int, article: str = "", **kw) -> Report:
    base = dict(
        report_id=f"AFG{n:010d}", article_id=article or f"art{n}", outlet=f"Outlet {n}",
        published_at=T0 + timedelta(hours=n), event_date=date(2021, 8, 26), time_precision=1,
        disorder_type="Political violence", event_type="Explosions/Remote violence",
        sub_event_type="Suicide bomb", actor1="Unidentified Armed Group (Afghanistan)", inter1=3,
        actor2="Civilians (Afghanistan)", inter2=7, interaction=37, country="Afghanistan",
        admin1="Kabul", location="Kabul", latitude=34.5167, longitude=69.1833, geo_precision=1,
        fatalities=60, civilian_targeting="Civilian targeting", evidence="A suicide bomber struck.")
    base.update(kw)
    return Report(**base)


def test_decision_is_symmetric_and_explained():
    a, b = rep(1), rep(2, fatalities=103)
    d = same_event(a, b)
    assert d == same_event(b, a)
    assert d.same and d.report_a == a.report_id and 0.9 < d.score <= 1
    assert any("same date" in r for r in d.reasons) and any("fatalities 60 / 103" in r for r in d.reasons)


def test_hard_rules_keep_reports_apart_and_say_which():
    a = rep(1)
    cases = {
        "article": rep(2, article="art1"),
        "date": rep(2, event_date=date(2021, 8, 29)),
        "place": rep(2, location="Jalalabad", admin1="Nangarhar", latitude=34.43, longitude=70.45),
        "type": rep(2, event_type="Protests", sub_event_type="Peaceful protest", actor1="Protesters (Afghanistan)",
                    inter1=6, actor2="", inter2=0),
    }
    for rule, b in cases.items():
        d = same_event(a, b)
        assert not d.same and rule in d.apart, (rule, d)
    # two different named groups; a combined actor naming both is related to each
    iskp = rep(3, actor1="Islamic State (Khorasan Province)", inter1=2)
    taliban = rep(4, actor1="Taliban", inter1=2)
    assert "actors" in same_event(iskp, taliban).apart
    both = rep(5, actor1="Islamic State (Khorasan Province) and/or Taliban", inter1=2)
    assert same_event(iskp, both).same
    # an attack on civilians and a clash with state forces at one place and day
    clash = rep(6, event_type="Battles", sub_event_type="Armed clash", actor2="Military Forces of Afghanistan",
                inter2=1, civilian_targeting="")
    assert "actors" in same_event(a, clash).apart
    # two protests in one city on one day by different crowds
    protest = dict(event_type="Protests", sub_event_type="Peaceful protest", actor1="Protesters (Afghanistan)",
                   inter1=6, actor2="", inter2=0, civilian_targeting="", fatalities=0)
    teachers = rep(7, assoc_actor_1="Teachers (Afghanistan)", **protest)
    students = rep(8, assoc_actor_1="Students (Afghanistan)", **protest)
    assert "actors" in same_event(teachers, students).apart
    assert same_event(teachers, rep(9, assoc_actor_1="Teachers (Afghanistan); Women (Afghanistan)", **protest)).same


def test_precision_widens_the_windows():
    a = rep(1)
    week = rep(2, event_date=date(2021, 8, 30), time_precision=2, location="Kabul")
    assert same_event(a, week).same                       # 4 days apart, within a week's window
    assert not same_event(a, rep(3, event_date=date(2021, 8, 27))).same   # two precise days
    district = rep(4, location="Paghman", latitude=34.59, longitude=68.95, geo_precision=2)
    assert same_event(a, district).same                   # 23 km, within a district's radius
    town = rep(5, location="Qarabagh", latitude=34.85, longitude=69.17, geo_precision=1)
    assert not same_event(a, town).same                   # 37 km between two named towns


def test_clusters_do_not_depend_on_input_order():
    reports = [rep(1), rep(2, fatalities=90), rep(3, fatalities=103), rep(4, event_date=date(2021, 8, 29),
               sub_event_type="Air/drone strike", fatalities=10), rep(5, fatalities=10,
               event_date=date(2021, 8, 29), sub_event_type="Air/drone strike"), rep(6, article="art1")]
    first = cluster_reports(reports)
    for seed in range(20):
        shuffled = reports[:]
        random.Random(seed).shuffle(shuffled)
        assert cluster_reports(shuffled) == first
    assert sorted(len(c.reports) for c in first) == [1, 2, 3]


def test_complete_linkage_stops_chains_and_one_article_stays_split():
    month = rep(2, time_precision=3, event_date=date(2021, 8, 15))       # "in August": meets both days
    day1, day20 = rep(1, fatalities=60), rep(3, event_date=date(2021, 8, 20))
    assert same_event(day1, month).same and same_event(month, day20).same
    assert not same_event(day1, day20).same
    clusters = cluster_reports([day1, month, day20])
    assert len(clusters) == 2                              # never all three through the vague report
    # two incidents of one article: another outlet's report joins one, not both
    a, b = rep(10, article="x", fatalities=2), rep(11, article="x", fatalities=5)
    other = rep(12, fatalities=5)
    groups = sorted(c.report_ids for c in cluster_reports([a, b, other]))
    assert groups == [(a.report_id,), (b.report_id, other.report_id)]


def test_merged_row_follows_the_codebook():
    precise = rep(1, actor1="Unidentified Armed Group (Afghanistan)", fatalities=60, outlet="Houston Chronicle")
    named = rep(2, actor1="Islamic State (Khorasan Province)", inter1=2, interaction=27, fatalities=103,
                location="Kabul", outlet="Straits Times", time_precision=2, event_date=date(2021, 8, 27))
    update = rep(3, fatalities=170, outlet="24 News", geo_precision=2,
                 evidence="The death toll has risen to 170, health officials said.")
    merged = merge_cluster([update, named, precise])
    row = merged.row
    assert row["event_id_cnty"] == precise.report_id          # the first report's id
    assert row["event_date"] == date(2021, 8, 26) and row["time_precision"] == 1
    assert row["geo_precision"] == 1
    assert row["actor1"] == "Islamic State (Khorasan Province)" and row["interaction"] == 27
    assert row["fatalities"] == 170                            # a later explicit toll update
    assert row["source"] == "24 News; Houston Chronicle; Straits Times"
    assert len(merged.mentions) == 3 and {m["event_id_cnty"] for m in merged.mentions} == {precise.report_id}
    rules = {c.field: c for c in merged.choices}
    assert rules["fatalities"].report_id == update.report_id and "toll update" in rules["fatalities"].rule
    # without the update the lowest figure stands; an "update" published first raises nothing
    early = dataclasses.replace(update, published_at=T0 - timedelta(days=1))
    assert merge_cluster([precise, named]).row["fatalities"] == 60
    assert merge_cluster([precise, named, early]).row["fatalities"] == 60


def test_single_report_is_kept_as_it_is():
    r = rep(1, notes="On 26 August 2021, a suicide bomber ...", source_scale="International", tags="x")
    m = merge_cluster([r])
    assert m.row["notes"] == r.notes and m.row["source_scale"] == "International" and m.row["tags"] == "x"
    assert m.choices == ()


def test_a_misread_perpetrator_is_a_penalty_unless_both_name_theirs():
    """Two perpetrators keep reports apart when both reports name theirs in their own
    sentence, or when day or event type differ too; else (one unidentified, or lent from
    elsewhere in the article) it is a penalty: no actor similarity."""
    kidnap = dict(event_type="Violence against civilians", sub_event_type="Abduction/forced disappearance",
                  fatalities=0, location="Dandume", admin1="Katsina", country="Nigeria",
                  latitude=11.4588, longitude=7.126, geo_precision=2, event_date=date(2020, 12, 19))
    gunmen = rep(1, actor1="Unidentified Armed Group (Nigeria)", inter1=3,
                 evidence="Gunmen abducted 80 pupils of an Islamiyya school in Dandume.", **kidnap)
    # the police who rescued them, read as the abductors
    police = rep(2, actor1="Police Forces of Nigeria (2015-2023)", inter1=1,
                 evidence="We have rescued all abducted students, say police", **kidnap)
    d = same_event(gunmen, police)
    assert d.same and "actors" not in d.apart
    assert any("not named in its sentence" in r for r in d.reasons)
    same_abductors = dataclasses.replace(gunmen, report_id="NGA0000000003", article_id="art3")
    assert d.score < same_event(gunmen, same_abductors).score
    # ... but not a day later, nor for another kind of event: two events
    assert "actors" in same_event(gunmen, dataclasses.replace(police, event_date=date(2020, 12, 20))).apart
    assert "actors" in same_event(gunmen, dataclasses.replace(
        police, event_type="Explosions/Remote violence", sub_event_type="Air/drone strike")).apart
    # a drone strike by US forces named in its sentence and a bombing by a group named in its own
    strike = dict(event_type="Explosions/Remote violence", sub_event_type="Air/drone strike", fatalities=10,
                  actor2="Civilians (Afghanistan)", inter2=7, civilian_targeting="")
    us = rep(4, actor1="Military Forces of the United States (2021-2025)", inter1=8,
             evidence="Ten civilians were killed by a US drone strike in Kabul.", **strike)
    iskp = rep(5, actor1="Islamic State (Afghanistan)", inter1=2,
               evidence="Ten civilians were killed when Islamic State militants fired rockets in Kabul.", **strike)
    assert "actors" in same_event(us, iskp).apart
    # the same group lent from elsewhere in the article to a sentence that names nobody
    lent = dataclasses.replace(iskp, evidence="Ten civilians, seven of them children, died in the strike.")
    assert same_event(us, lent).same


def test_related_types_with_the_same_kind_of_attacker_are_one_incident():
    """A church attack told as a bombing by one outlet and as gunmen killing worshippers by
    another; a massacre told as the fight with vigilantes: the same kind of attacker makes
    the related types as alike as two sub-event types of one type. Soldiers fighting the
    attackers are another kind of attacker: only related types (a rescue or a reprisal)."""
    place = dict(country="Nigeria", admin1="Ondo", location="Owo", latitude=7.1962, longitude=5.5868)
    gunmen = rep(1, event_type="Violence against civilians", sub_event_type="Attack", fatalities=10,
                 actor1="Unidentified Armed Group (Nigeria)", inter1=3, actor2="Civilians (Nigeria)", inter2=7,
                 event_date=date(2022, 6, 6), time_precision=2, **place)
    bomb = rep(2, event_type="Explosions/Remote violence", sub_event_type="Remote explosive/landmine/IED",
               fatalities=58, actor1="Unidentified Armed Group (Nigeria)", inter1=3, actor2="Civilians (Nigeria)",
               inter2=7, event_date=date(2022, 6, 5), **place)
    d = same_event(gunmen, bomb)
    assert d.same and any("attacker an armed group in both" in r for r in d.reasons)
    vigilantes = rep(3, event_type="Battles", sub_event_type="Armed clash", fatalities=10, civilian_targeting="",
                     actor1="Unidentified Armed Group (Nigeria)", inter1=3,
                     actor2="Unidentified Armed Group (Nigeria)", inter2=3, event_date=date(2022, 6, 6),
                     time_precision=2, **place)
    strong = same_event(gunmen, vigilantes)
    assert strong.same
    soldiers = rep(4, event_type="Battles", sub_event_type="Armed clash", fatalities=10, civilian_targeting="",
                   actor1="Military Forces of Nigeria (2015-2023)", inter1=1,
                   actor2="Unidentified Armed Group (Nigeria)", inter2=3, event_date=date(2022, 6, 6),
                   time_precision=2, **place)
    weak = same_event(gunmen, soldiers)
    assert weak.score < strong.score and any("(related)" in r for r in weak.reasons)
    # still kept apart at another town, or with a protest
    far = dataclasses.replace(bomb, location="Akure", latitude=7.25, longitude=5.195, geo_precision=1)
    assert not same_event(gunmen, far).same
    protest = rep(5, event_type="Protests", sub_event_type="Peaceful protest", actor1="Protesters (Nigeria)", inter1=6,
                  actor2="", inter2=0, civilian_targeting="", fatalities=0, event_date=date(2022, 6, 6), **place)
    assert "type" in same_event(gunmen, protest).apart
