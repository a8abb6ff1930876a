"""The merge part of bench/bench_sql.py (`--only merge`): a day of new reports loaded into
a big warehouse, with the events they touch re-decided (etl.warehouse.merging).

Each round loads a new day of `rows` staged reports through etl.warehouse.load.load_interval
(then a CHECKPOINT), and loads the same day again (a re-run). The day's reports are what a
daily run brings: 70% new events dated in the week before the day (3% of them older,
background), 30% other outlets' reports of events the warehouse already holds from that
week (copies of stored reports with another article, outlet and a slightly different toll),
from about one article per two reports, with their articles staged too.
"""
from __future__ import annotations

import statistics
import time
from datetime import timedelta
from pathlib import Path

import duckdb
import pyarrow as pa

from bench.generate_warehouse import _reference_tables, staged_events_sql
from etl.records import ARTICLE_SCHEMA, EVENT_SCHEMA, REJECT_SCHEMA, Interval
from etl.pipeline.staging import STATUS_SCHEMA
from etl.warehouse.load import StagedInterval, load_interval, writer

EVENT_COLUMNS = ", ".join(EVENT_SCHEMA.names)


def stage_day(wh: duckdb.DuckDBPyConnection, day: Interval, rows: int, round_no: int) -> StagedInterval:
    """The staged frames of one day of `rows` reports (see the module docstring)."""
    n_follow = rows * 3 // 10
    n_new = rows - n_follow
    first_day = day.start.date()
    con = duckdb.connect()
    try:
        _reference_tables(con)
        con.execute(f"CREATE TEMP TABLE gen_new AS {staged_events_sql(10**9 + round_no * rows, n_new, 99 + round_no, max(1, n_new // 2))}")
        new = con.execute(f"""
            SELECT {EVENT_COLUMNS.replace('event_date, year', 'event_date2 AS event_date, year(event_date2)::INT AS year')
                                  .replace('article_id', "replace(article_id, 'art', 'day{round_no}-art') AS article_id")
                                  .replace('historical', 'old AS historical')}
            FROM (SELECT *, hash(event_id_cnty, 3) % 100 < 3 AS old,
                         CASE WHEN hash(event_id_cnty, 3) % 100 < 3 THEN event_date
                              ELSE $day - 1 - (hash(event_id_cnty, 4) % 7)::INT END AS event_date2
                  FROM gen_new)""", {"day": first_day}).to_arrow_table()
    finally:
        con.close()
    follow = wh.execute(f"""
        SELECT report_id || 'R{round_no}' AS event_id_cnty, event_date, year, time_precision, disorder_type,
               event_type, sub_event_type, actor1, assoc_actor_1, inter1, actor2, assoc_actor_2, inter2,
               interaction, civilian_targeting, iso, region, country, admin1, admin2, admin3, location,
               latitude, longitude, geo_precision, 'Outlet ' || (hash(report_id, 5) % 300) AS source,
               source_scale, notes, fatalities + (hash(report_id, 6) % 3)::INT AS fatalities, tags,
               'day{round_no}-fart' || (hash(report_id, 7) % {max(1, n_follow // 2)}) AS article_id,
               evidence, 0 AS evidence_start, 40 AS evidence_end, confidence, historical, extractor_version
        FROM event_reports
        WHERE event_date >= $since AND event_date < $day
    USING SAMPLE reservoir({n_follow} ROWS) REPEATABLE ({11 + round_no})""",
                    {"since": first_day - timedelta(days=7), "day": first_day}).to_arrow_table()
    events = pa.concat_tables([new.cast(EVENT_SCHEMA), follow.cast(EVENT_SCHEMA)])
    con = duckdb.connect()
    try:
        con.register("staged", events)
        published = day.start + timedelta(hours=6)
        articles = con.execute("""
            SELECT article_id, 'https://news.example/' || article_id AS url,
                   'https://news.example/' || article_id AS canonical_url, []::VARCHAR[] AS extra_urls,
                   min(source) AS source, min(source_scale) AS source_scale, 'Story ' || article_id AS title,
                   $published AS published_at, $published AS fetched_at, 'en' AS language,
                   min(country) AS country_hint, md5(article_id) AS content_hash, '' AS raw_ref,
                   'Text of ' || article_id AS text
            FROM staged GROUP BY article_id ORDER BY article_id""", {"published": published}).to_arrow_table()
    finally:
        con.close()
    articles = articles.cast(ARTICLE_SCHEMA)
    status = pa.Table.from_pylist([{"article_id": a, "extraction_status": "extracted"}
                                   for a in articles.column("article_id").to_pylist()], schema=STATUS_SCHEMA)
    return StagedInterval(articles, status, events, REJECT_SCHEMA.empty_table())


def bench_merge(path: Path, rows: int, repeat: int, first_day: Interval) -> dict:
    """Medians of `repeat` rounds: a new day of `rows` reports, then the same day again."""
    times: dict[str, list[float]] = {"load_new_day": [], "reload_same_day": []}
    touched: list[int] = []
    with writer(path, wait_s=10) as con:
        days = [Interval(first_day.start + timedelta(days=k), first_day.end + timedelta(days=k))
                for k in range(repeat)]
        staged_days = [stage_day(con, day, rows, k) for k, day in enumerate(days)]   # untimed
        con.execute("CHECKPOINT")
        for k, (day, staged) in enumerate(zip(days, staged_days)):
            before = con.execute("SELECT count(*) FROM events").fetchall()[0][0]
            for key in ("load_new_day", "reload_same_day"):
                started = time.perf_counter()
                summary = load_interval(con, day, staged)
                con.execute("CHECKPOINT")
                times[key].append(time.perf_counter() - started)
            touched.append(summary.reports_decided)
            after = con.execute("SELECT count(*) FROM events").fetchall()[0][0]
            print(f"  round {k + 1}: new day {times['load_new_day'][-1]:.2f}s, re-run "
                  f"{times['reload_same_day'][-1]:.2f}s; {summary.reports_decided:,} reports decided, "
                  f"events {before:,} -> {after:,}", flush=True)
    result = {"rows": rows, "rounds": repeat, "reports_decided_median": int(statistics.median(touched))}
    for key, values in times.items():
        result[key + "_s"] = round(statistics.median(values), 3)
    print(f"  merge load of {rows:,} reports (median of {repeat}): new day {result['load_new_day_s']:.2f} s, "
          f"re-run {result['reload_same_day_s']:.2f} s (target: under 10 s)", flush=True)
    return result
