"""The analysis views and sql/examples/, on a warehouse built through the real load path."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from etl.config import PROJECT_ROOT
from etl.warehouse.load import connect, load_interval, writer
from etl.records import INTER_LABELS, interaction_label
from etl.warehouse.views import MART_VIEWS, apply_views
from tests.analysis_warehouse import _day, build
from tests.helpers import checksums

EXAMPLES = sorted((PROJECT_ROOT / "sql" / "examples").glob("*.sql"))
ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2",
    "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
    "notes", "fatalities", "tags", "timestamp",
]


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, dict]:
    work = tmp_path_factory.mktemp("analysis")
    path = work / "conflict.duckdb"
    return path, build(path, work)


@pytest.fixture
def con(built):
    c = connect(built[0], read_only=True, wait_s=5)
    yield c
    c.close()


def rows(con, sql, params=None):
    return con.execute(sql, params or {}).fetchall()


def test_apply_views_is_repeatable_and_creates_every_mart(built):
    with writer(built[0], wait_s=5) as c:  # writer() applied them once already
        created = apply_views(c)
        again = apply_views(c)
        names = {r[0] for r in c.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()}
    assert created == again
    assert set(MART_VIEWS) <= names
    assert {"stg_events", "stg_articles", "stg_mentions"} <= names


def test_acled_events_has_acleds_31_columns_in_order(con):
    cols = [d[0] for d in con.execute("SELECT * FROM acled_events LIMIT 0").description]
    assert cols == ACLED_COLUMNS
    legacy = [d[0] for d in con.execute("SELECT * FROM acled_events_legacy LIMIT 0").description]
    assert legacy == ACLED_COLUMNS
    assert rows(con, "SELECT count(*) FROM acled_events") == rows(con, "SELECT count(*) FROM events")


def test_inter_labels_match_the_python_labels(con):
    for a in range(1, 9):
        for b in range(0, 9):
            got = rows(con, "SELECT inter_label($a), interaction_label($a, $b)", {"a": a, "b": b})[0]
            assert got == (INTER_LABELS[a], interaction_label(a, b))


def test_acled_events_value_forms(con):
    row = dict(zip(ACLED_COLUMNS, rows(con, "SELECT * FROM acled_events WHERE location = 'Tera'")[0]))
    assert row["event_date"] == date(2026, 10, 4)
    assert (row["inter1"], row["inter2"], row["interaction"]) == ("Rebel group", "State forces",
                                                                  "State forces-Rebel group")
    assert row["civilian_targeting"] is None and row["source"] == "Radio Tillaberi"
    protest = rows(con, "SELECT inter1, inter2, interaction FROM acled_events "
                        "WHERE sub_event_type = 'Peaceful protest' LIMIT 1")[0]
    assert protest == ("Protesters", None, "Protesters only")
    legacy = rows(con, "SELECT inter1, inter2, interaction FROM acled_events_legacy WHERE location = 'Tera'")[0]
    assert legacy == (2, 1, 12)


def test_source_joins_every_mentioning_outlet(con, built):
    shared = built[1]["shared_event_id"]
    assert rows(con, "SELECT source FROM acled_events WHERE event_id_cnty = $id", {"id": shared}) == [
        ("Kano Observer; Lake Chad Monitor",)]


def test_reloading_a_day_keeps_every_table_and_the_joined_source(built):
    path, facts = built
    before = checksums(path)
    with writer(path, wait_s=5) as c:
        for day in (date(2026, 10, 6), date(2026, 10, 7)):  # the shared event's two days
            load_interval(c, _day(day), facts["staged"][day])
    assert checksums(path) == before


def test_marts_add_up_to_the_events_table(con):
    total = rows(con, "SELECT count(*), sum(fatalities) FROM events")[0]
    for view in ("events_monthly", "fatalities_by_admin1", "actor_dyads", "hotspots"):
        assert rows(con, f"SELECT sum(events), sum(fatalities) FROM {view}")[0] == total, view
    assert rows(con, "SELECT events, fatalities FROM events_monthly WHERE country = 'Mali' "
                     "AND month = DATE '2026-10-01' AND event_type = 'Explosions/Remote violence'") == [(2, 7)]
    assert rows(con, "SELECT events, fatalities, fatal_events FROM fatalities_by_admin1 "
                     "WHERE admin1 = 'Borno' AND year = 2026") == [(3, 9, 2)]


def test_hotspots_use_a_half_degree_grid(con):
    # Konna (14.94, -3.89) falls in the cell whose south-west corner is (14.5, -4.0).
    got = rows(con, "SELECT period, events, fatalities, center_lat, center_lon FROM hotspots "
                    "WHERE cell_lat = 14.5 AND cell_lon = -4.0 ORDER BY period")
    assert got == [(date(2019, 3, 1), 1, 30, 14.75, -3.75), (date(2026, 9, 1), 1, 5, 14.75, -3.75),
                   (date(2026, 10, 1), 1, 2, 14.75, -3.75)]
    week = rows(con, "SELECT location, events FROM hotspots_between(DATE '2026-10-01', DATE '2026-10-07') "
                     "ORDER BY events DESC, location")
    assert week[0] == ("Nairobi", 3) and ("Tera", 1) in week and ("Djibo", 1) not in week


def test_source_coverage_counts_articles_events_and_rejects(con):
    got = {r[0]: r[1:] for r in rows(con, "SELECT source, articles, articles_with_events, events, rejects, "
                                          "reject_rate FROM source_coverage")}
    assert got["Nairobi Daily"] == (5, 4, 4, 0, 0.0)  # one article without events
    assert got["Kano Observer"] == (1, 1, 2, 1, 0.5)


def test_recent_events_are_the_last_seven_days_with_evidence(con, built):
    got = rows(con, "SELECT event_date, evidence, article_urls, as_of FROM recent_events")
    assert {r[3] for r in got} == {built[1]["as_of"]}
    assert all(date(2026, 10, 1) <= r[0] <= date(2026, 10, 7) for r in got)
    assert len(got) == 9 and all(r[1] and r[2][0].startswith("https://") for r in got)
    shared = rows(con, "SELECT evidence, sources FROM recent_events WHERE event_id_cnty = $id",
                  {"id": built[1]["shared_event_id"]})[0]
    assert len(shared[0]) == 2 and shared[1] == "Kano Observer; Lake Chad Monitor"


def test_there_are_at_least_ten_examples_each_with_a_question():
    assert len(EXAMPLES) >= 10
    for path in EXAMPLES:
        assert path.read_text(encoding="utf-8").startswith("-- Question:"), path.name


# What each example must answer on the test warehouse (others: at least one row).
EXPECTED = {
    "01_sahel_fatalities_by_month_and_actor_type.sql":
        lambda r: sum(x[3] for x in r) == 36 and {x[1] for x in r} == {"State forces", "Rebel group"},
    "02_new_hotspots_this_week.sql": lambda r: sorted(x[2] for x in r) == ["Niono", "Tera"],
    "03_top_sources_in_admin1.sql": lambda r: sorted((x[0], x[1]) for x in r) == [
        ("Kano Observer", 2), ("Lake Chad Monitor", 2)],
    "04_civilian_targeting_share_by_country.sql": lambda r: r[0][0] == "Burkina Faso" and r[0][3] == 100,
    "06_protests_turning_violent.sql": lambda r: [(x[1], x[4]) for x in r] == [("Nairobi", "Riots"),
                                                                             ("Nairobi", "Protests")],
    "08_historical_vs_new.sql": lambda r: ("Mali", 4, 1, date(2019, 3, 23)) in r,
    "12_corroborated_events.sql": lambda r: len(r) == 1 and r[0][7] == "Kano Observer; Lake Chad Monitor",
    "13_reports_merged_into_an_event.sql": lambda r: sorted(x[2] for x in r) == ["Kano Observer",
                                                                                 "Lake Chad Monitor"],
    "14_why_reports_were_merged.sql": lambda r: len(r) == 1 and r[0][5] and r[0][6],
}


# Look-alike events this warehouse has none of: answered on tests/merge_fixture.py (test_events_views).
NEEDS_LOOKALIKES = {"15_close_pairs_not_merged.sql"}


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_example_answers_its_question(con, path):
    result = rows(con, path.read_text(encoding="utf-8"))
    assert result or path.name in NEEDS_LOOKALIKES, f"{path.name} returned no rows"
    check = EXPECTED.get(path.name)
    assert check is None or check(result), result


def test_sqlalchemy_read_only_url_for_pandas(built):
    import pandas as pd
    import sqlalchemy as sa
    from sqlalchemy.pool import NullPool

    engine = sa.create_engine(f"duckdb:///{built[0]}?access_mode=read_only", poolclass=NullPool)
    frame = pd.read_sql("SELECT * FROM events_monthly ORDER BY month", engine)
    assert list(frame.columns[:3]) == ["country", "month", "event_type"] and frame["events"].sum() == 14
    with engine.connect() as c, pytest.raises(sa.exc.DBAPIError, match="read-only"):
        c.execute(sa.text("DELETE FROM events"))
    engine.dispose()
