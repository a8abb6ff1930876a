"""Generate a synthetic warehouse of N events for benchmarks, inside DuckDB with SQL.

    .venv/bin/python bench/generate_warehouse.py /tmp/bench.duckdb --events 1000000

Nothing here is real data: every name is invented or generic. The distributions
aim at the shape of a real conflict-event table so that the views' group-bys and
joins meet realistic cardinalities:

* countries: 16, weighted like a busy region (a few countries hold most events);
  each has a centre, a spread, four admin1 names and 200 locations whose
  coordinates are fixed per location; locations are skewed (cube of a uniform),
  so some places recur often, as hotspots do;
* event types and sub-event types: ACLED's taxonomy with realistic weights
  (protests about a third, battles a fifth, ...), actors chosen by type (state
  forces vs rebel groups in battles, militias vs civilians in attacks on civilians,
  protesters alone or facing police);
* actors: per country, the state's forces, 10 rebel groups, 40 militias (skewed),
  protesters, rioters, civilians: a few thousand dyads in all;
* dates: 2018-01-01 to 2026-10-31, density rising linearly over time (sqrt of a
  uniform), 3% flagged historical and loaded a year later;
* fatalities: zero for most protests and riots, zero-inflated heavy-tailed for
  violence (Pareto-like, up to a few hundred);
* articles: one per two events, from 300 outlets with skewed volume; every event
  has one report (event_reports) and mention, 20% a second one from another article
  (their `source` then lists both outlets, as the merge writes it); rejects are 2% of
  events. The events are generated as they are and taken as decided: event_pairs holds a
  "same event" pair for each follow-up and no other (a load decides its new reports
  against every stored one, bench_sql.py's merge part).

Rows are inserted in load order (by interval), the layout daily loads give, so
DuckDB's zone maps work on dates as they do in a real warehouse.
Randomness is a hash of the row number and a salt (`u(i, salt)` below), so a seed
gives the same warehouse every time and DuckDB can generate in parallel.
The tables are the real ones (sql/migrations), created through etl.warehouse.load.writer,
so the views are the real views.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import duckdb  # noqa: E402

# name, iso, iso3, region, weight, centre lat, centre lon, spread (degrees), admin1 names
COUNTRIES = [
    ("Nigeria", 566, "NGA", "Western Africa", 14, 10.0, 8.0, 8.0, ["North", "South", "East", "West"]),
    ("Mali", 466, "MLI", "Western Africa", 9, 15.0, -3.0, 8.0, ["Mopti", "Segou", "Gao", "Timbuktu"]),
    ("Burkina Faso", 854, "BFA", "Western Africa", 10, 12.5, -1.5, 5.0, ["Sahel", "Nord", "Est", "Centre"]),
    ("Niger", 562, "NER", "Western Africa", 6, 15.0, 6.0, 8.0, ["Tillaberi", "Diffa", "Tahoua", "Niamey"]),
    ("Somalia", 706, "SOM", "Eastern Africa", 9, 4.0, 45.0, 7.0, ["Banadir", "Bay", "Hiraan", "Gedo"]),
    ("Sudan", 729, "SDN", "Northern Africa", 8, 14.0, 30.0, 9.0, ["Khartoum", "North Darfur", "Kordofan", "Gezira"]),
    ("Democratic Republic of Congo", 180, "COD", "Middle Africa", 9, -1.5, 28.5, 6.0, ["North Kivu", "Ituri", "South Kivu", "Tanganyika"]),
    ("Ethiopia", 231, "ETH", "Eastern Africa", 6, 9.0, 39.0, 8.0, ["Amhara", "Oromia", "Tigray", "Afar"]),
    ("Cameroon", 120, "CMR", "Middle Africa", 4, 6.0, 11.0, 6.0, ["Northwest", "Southwest", "Far North", "Centre"]),
    ("Kenya", 404, "KEN", "Eastern Africa", 4, 0.0, 37.5, 6.0, ["Nairobi", "Mombasa", "Kisumu", "Garissa"]),
    ("Mozambique", 508, "MOZ", "Eastern Africa", 3, -13.0, 39.5, 4.0, ["Cabo Delgado", "Niassa", "Nampula", "Maputo"]),
    ("Pakistan", 586, "PAK", "Southern Asia", 7, 32.0, 70.5, 8.0, ["Khyber Pakhtunkhwa", "Balochistan", "Punjab", "Sindh"]),
    ("Yemen", 887, "YEM", "Middle East", 5, 15.0, 45.0, 6.0, ["Taiz", "Marib", "Al Hudaydah", "Sanaa"]),
    ("Syria", 760, "SYR", "Middle East", 4, 35.0, 38.0, 5.0, ["Aleppo", "Idlib", "Deir ez Zor", "Damascus"]),
    ("Colombia", 170, "COL", "South America", 3, 4.5, -74.0, 8.0, ["Cauca", "Antioquia", "Narino", "Bogota"]),
    ("Myanmar", 104, "MMR", "Southeast Asia", 6, 20.0, 96.0, 8.0, ["Sagaing", "Rakhine", "Shan", "Yangon"]),
]

# event_type, sub_event_type, disorder_type, weight, actor kinds (a1, a2), P(fatal), civilian targeting
TYPES = [
    ("Battles", "Armed clash", "Political violence", 18, ("state", "rebel"), 0.45, False),
    ("Battles", "Government regains territory", "Political violence", 1, ("state", "rebel"), 0.3, False),
    ("Battles", "Non-state actor overtakes territory", "Political violence", 1, ("rebel", "state"), 0.4, False),
    ("Explosions/Remote violence", "Air/drone strike", "Political violence", 5, ("state", "rebel"), 0.5, False),
    ("Explosions/Remote violence", "Shelling/artillery/missile attack", "Political violence", 4, ("state", "rebel"), 0.35, False),
    ("Explosions/Remote violence", "Remote explosive/landmine/IED", "Political violence", 3, ("rebel", "state"), 0.5, False),
    ("Explosions/Remote violence", "Suicide bomb", "Political violence", 0.3, ("rebel", "civilians"), 0.8, True),
    ("Violence against civilians", "Attack", "Political violence", 13, ("militia", "civilians"), 0.6, True),
    ("Violence against civilians", "Abduction/forced disappearance", "Political violence", 5, ("rebel", "civilians"), 0.0, True),
    ("Violence against civilians", "Sexual violence", "Political violence", 0.7, ("militia", "civilians"), 0.0, True),
    ("Protests", "Peaceful protest", "Demonstrations", 28, ("protesters", "none"), 0.0, False),
    ("Protests", "Protest with intervention", "Demonstrations", 2, ("protesters", "police"), 0.0, False),
    ("Protests", "Excessive force against protesters", "Political violence; Demonstrations", 0.5, ("police", "protesters"), 0.5, False),
    ("Riots", "Violent demonstration", "Demonstrations", 6, ("rioters", "police"), 0.1, False),
    ("Riots", "Mob violence", "Demonstrations", 3, ("rioters", "civilians"), 0.3, False),
    ("Strategic developments", "Looting/property destruction", "Strategic developments", 1.5, ("rebel", "civilians"), 0.0, False),
    ("Strategic developments", "Arrests", "Strategic developments", 1, ("state", "none"), 0.0, False),
    ("Strategic developments", "Agreement", "Strategic developments", 0.5, ("rebel", "state"), 0.0, False),
]

ACTOR_SQL = {  # (name expression, inter code); `c` is the country row, `r` a uniform
    "state": ("'Military Forces of ' || c.name", 1),
    "police": ("'Police Forces of ' || c.name", 1),
    "rebel": ("'Rebel Movement ' || (1 + floor(r * r * 10))::INT || ' (' || c.name || ')'", 2),
    "militia": ("CASE WHEN r < 0.5 THEN 'Communal Militia ' || (1 + floor(r * r * 80))::INT || ' (' || c.name || ')' "
                "ELSE 'Unidentified Armed Group (' || c.name || ')' END", 3),
    "protesters": ("'Protesters (' || c.name || ')'", 6),
    "rioters": ("'Rioters (' || c.name || ')'", 5),
    "civilians": ("'Civilians (' || c.name || ')'", 7),
    "none": ("''", 0),
}

SLOTS = 10_000  # resolution of the weighted picks
# The interval that loaded an event (and its mentions): the day after it, a year later if historical.
LOADED_SQL = ("(CASE WHEN historical THEN least(event_date + 365, DATE '2026-10-31') "
              "ELSE event_date + 1 END)::TIMESTAMPTZ")


def _weighted_slots(weights: list[float]) -> list[tuple[int, int]]:
    """(slot, index) pairs: index i owns a share of SLOTS proportional to weights[i]."""
    total = sum(weights)
    pairs, edge = [], 0.0
    for i, w in enumerate(weights):
        lo, edge = round(edge), edge + w / total * SLOTS
        pairs += [(s, i) for s in range(lo, round(edge))]
    return pairs


def _reference_tables(con: duckdb.DuckDBPyConnection) -> None:
    con.execute("CREATE OR REPLACE TEMP TABLE gen_country (idx INT, name VARCHAR, iso INT, iso3 VARCHAR, "
                "region VARCHAR, lat DOUBLE, lon DOUBLE, spread DOUBLE, admin1 VARCHAR[])")
    con.executemany("INSERT INTO gen_country VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [(i, n, iso, iso3, reg, la, lo, sp, adm) for i, (n, iso, iso3, reg, _w, la, lo, sp, adm)
                     in enumerate(COUNTRIES)])
    cases1 = " ".join(f"WHEN {i} THEN {ACTOR_SQL[t[4][0]][0]}" for i, t in enumerate(TYPES))
    cases2 = " ".join(f"WHEN {i} THEN {ACTOR_SQL[t[4][1]][0]}" for i, t in enumerate(TYPES))
    con.execute("CREATE OR REPLACE TEMP TABLE gen_type (idx INT, event_type VARCHAR, sub_event_type VARCHAR, "
                "disorder_type VARCHAR, inter1 INT, inter2 INT, p_fatal DOUBLE, civilian BOOLEAN)")
    con.executemany("INSERT INTO gen_type VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    [(i, et, st, dt, ACTOR_SQL[a[0]][1], ACTOR_SQL[a[1]][1], p, civ)
                     for i, (et, st, dt, _w, a, p, civ) in enumerate(TYPES)])
    con.execute("CREATE OR REPLACE TEMP TABLE gen_country_slot (slot INT, idx INT)")
    con.executemany("INSERT INTO gen_country_slot VALUES (?, ?)", _weighted_slots([c[4] for c in COUNTRIES]))
    con.execute("CREATE OR REPLACE TEMP TABLE gen_type_slot (slot INT, idx INT)")
    con.executemany("INSERT INTO gen_type_slot VALUES (?, ?)", _weighted_slots([t[3] for t in TYPES]))
    con.execute(f"CREATE OR REPLACE TEMP MACRO actor1_name(type_idx, c, r) AS CASE type_idx {cases1} END")
    con.execute(f"CREATE OR REPLACE TEMP MACRO actor2_name(type_idx, c, r) AS CASE type_idx {cases2} END")


def staged_events_sql(first: int, count: int, seed: int, articles: int) -> str:
    """A SELECT of `count` event rows in the staging layout (etl.records.EVENT_SCHEMA).

    Row numbers start at `first`, so batches never share an event id. `articles` is
    how many articles the events are spread over (article ids art<k>).
    """
    return f"""
    WITH base AS (
        SELECT i,
               hash(i, {seed}, 1) % {SLOTS} AS country_slot,
               hash(i, {seed}, 2) % {SLOTS} AS type_slot,
               (hash(i, {seed}, 3) % 1000000) / 1e6 AS u_date,
               (hash(i, {seed}, 4) % 1000000) / 1e6 AS u_loc,
               (hash(i, {seed}, 5) % 1000000) / 1e6 AS u_actor,
               (hash(i, {seed}, 6) % 1000000) / 1e6 AS u_fatal,
               (hash(i, {seed}, 7) % 1000000) / 1e6 AS u_size,
               (hash(i, {seed}, 8) % 100) AS pct
        FROM range({first}, {first + count}) r(i)
    ), picked AS (
        SELECT b.*, c AS c, t.*,
               DATE '2018-01-01' + floor(sqrt(b.u_date) * 3226)::INT AS event_date,
               floor(200 * b.u_loc * b.u_loc * b.u_loc)::INT AS loc
        FROM base b
        JOIN gen_country_slot cs ON cs.slot = b.country_slot JOIN gen_country c ON c.idx = cs.idx
        JOIN gen_type_slot ts ON ts.slot = b.type_slot JOIN gen_type t ON t.idx = ts.idx
    )
    SELECT
        c.iso3 || lpad(i::VARCHAR, 10, '0') AS event_id_cnty,
        event_date, year(event_date)::INT AS year,
        (CASE WHEN pct < 90 THEN 1 WHEN pct < 97 THEN 2 ELSE 3 END)::TINYINT AS time_precision,
        disorder_type, event_type, sub_event_type,
        actor1_name(idx, c, u_actor) AS actor1,
        CASE WHEN pct % 7 = 0 THEN 'Women (' || c.name || ')' ELSE '' END AS assoc_actor_1,
        inter1::TINYINT AS inter1,
        actor2_name(idx, c, u_actor) AS actor2, '' AS assoc_actor_2, inter2::TINYINT AS inter2,
        (CASE WHEN inter2 = 0 THEN inter1 * 10 ELSE least(inter1, inter2) * 10 + greatest(inter1, inter2) END)::SMALLINT
            AS interaction,
        CASE WHEN civilian THEN 'Civilian targeting' ELSE '' END AS civilian_targeting,
        c.iso, c.region, c.name AS country,
        c.admin1[1 + loc % 4] AS admin1, 'District ' || (loc % 23) AS admin2, '' AS admin3,
        'Place ' || c.iso3 || '-' || loc AS location,
        round(c.lat + ((hash(c.idx, loc, 11) % 10000) / 1e4 - 0.5) * c.spread, 4) AS latitude,
        round(c.lon + ((hash(c.idx, loc, 12) % 10000) / 1e4 - 0.5) * c.spread, 4) AS longitude,
        (CASE WHEN pct < 80 THEN 1 WHEN pct < 95 THEN 2 ELSE 3 END)::TINYINT AS geo_precision,
        -- The outlet is the article's: a skewed pick from 300, fixed per article.
        'Outlet ' || floor(300 * pow((hash(i % {articles}, {seed}, 13) % 1000000) / 1e6, 2))::INT AS source,
        CASE WHEN pct < 60 THEN 'National' WHEN pct < 85 THEN 'Subnational' ELSE 'International' END AS source_scale,
        'On ' || strftime(event_date, '%-d %B %Y') || ', ' || actor1_name(idx, c, u_actor) || ' ('
            || lower(sub_event_type) || ') in ' || 'Place ' || c.iso3 || '-' || loc || '. ' AS notes,
        (CASE WHEN u_fatal >= p_fatal THEN 0
              ELSE least(400, floor(pow(1 - (u_fatal / p_fatal) * 0.999, -0.9)))::INT END) AS fatalities,
        CASE WHEN event_type = 'Protests' AND pct < 80 THEN 'crowd size=no report' ELSE '' END AS tags,
        'art' || (i % {articles}) AS article_id,
        event_type || ' reported in Place ' || c.iso3 || '-' || loc || '.' AS evidence,
        (pct * 10)::INT AS evidence_start, (pct * 10 + 40)::INT AS evidence_end,
        (0.5 + u_size / 2)::FLOAT AS confidence, pct < 3 AS historical, 'bench' AS extractor_version
    FROM picked
    """


def generate(con: duckdb.DuckDBPyConnection, n_events: int, seed: int = 7, log=print) -> dict[str, float]:
    """Fill the migrated, empty warehouse behind `con` with n_events events and the rest."""
    _reference_tables(con)
    n_articles = max(1, n_events // 2)
    timings = {}
    t = time.perf_counter()
    con.execute(f"CREATE OR REPLACE TEMP TABLE gen_events AS {staged_events_sql(0, n_events, seed, n_articles)}")
    timings["generate_events"] = time.perf_counter() - t
    log(f"  generated {n_events:,} events in {timings['generate_events']:.1f}s")
    t = time.perf_counter()
    con.execute(f"""
        INSERT INTO events
        SELECT event_id_cnty, event_date, year, time_precision, disorder_type, event_type, sub_event_type,
               actor1, assoc_actor_1, inter1, actor2, assoc_actor_2, inter2, interaction, civilian_targeting,
               iso, region, country, admin1, admin2, admin3, location, latitude, longitude, geo_precision,
               source, source_scale, notes, fatalities, tags,
               epoch(loaded + INTERVAL 1 DAY)::BIGINT, extractor_version, confidence, historical,
               loaded, loaded + INTERVAL 1 DAY
        FROM (SELECT *, {LOADED_SQL} AS loaded FROM gen_events)
        ORDER BY loaded  -- daily loads append interval after interval: keep that layout""")
    timings["insert_events"] = time.perf_counter() - t
    log(f"  inserted events in {timings['insert_events']:.1f}s")
    t = time.perf_counter()
    # One article per two events; an article's source and date are those of its first event.
    con.execute("""
        INSERT INTO articles
        SELECT article_id, url, url, source, source_scale, 'Generated story ' || article_id,
               published, published, 'en', country, md5(article_id), '', 'Generated text of ' || article_id,
               'extracted', published
        FROM (SELECT article_id, any_value(source) AS source,
                     arg_min(source_scale, event_id_cnty) AS source_scale,
                     arg_min(country, event_id_cnty) AS country,
                     (min(event_date) + 1)::TIMESTAMPTZ AS published,
                     'https://news.example/' || article_id AS url
              FROM gen_events GROUP BY article_id)
        ORDER BY published""")
    con.execute("""INSERT INTO article_urls SELECT url, article_id, canonical_url, data_interval_start FROM articles""")
    # Every event has its report (the event's id) and mention; 20% a second report from
    # another article (a follow-up by another outlet, id <event id>F). A report and its
    # mention are in the interval that loaded the event.
    con.execute(f"""
        CREATE OR REPLACE TEMP TABLE gen_reports AS
        SELECT event_id_cnty AS report_id, event_id_cnty, article_id, evidence_start, evidence_end, g.*
               EXCLUDE (event_id_cnty, article_id, evidence_start, evidence_end), {LOADED_SQL} AS loaded
        FROM gen_events g
        UNION ALL
        SELECT event_id_cnty || 'F', event_id_cnty, 'art' || ((hash(event_id_cnty, {seed}) % {n_articles})),
               0, 40, g.* EXCLUDE (event_id_cnty, article_id, evidence_start, evidence_end), {LOADED_SQL}
        FROM gen_events g WHERE hash(event_id_cnty, {seed}, 9) % 5 = 0
          AND 'art' || ((hash(event_id_cnty, {seed}) % {n_articles})) <> article_id""")
    con.execute("""
        INSERT INTO event_mentions
        SELECT event_id_cnty, article_id, evidence, evidence_start, evidence_end, loaded, report_id
        FROM gen_reports ORDER BY loaded""")
    con.execute("""
        INSERT INTO event_reports
        SELECT r.report_id, r.article_id, a.source, a.published_at, r.event_date, r.year, r.time_precision,
               r.disorder_type, r.event_type, r.sub_event_type, r.actor1, r.assoc_actor_1, r.inter1, r.actor2,
               r.assoc_actor_2, r.inter2, r.interaction, r.civilian_targeting, r.iso, r.region, r.country,
               r.admin1, r.admin2, r.admin3, r.location, r.latitude, r.longitude, r.geo_precision,
               r.source_scale, r.notes, r.fatalities, r.tags, r.evidence, r.evidence_start, r.evidence_end,
               r.confidence, r.historical, r.extractor_version, r.loaded, r.loaded + INTERVAL 1 DAY
        FROM gen_reports r JOIN articles a USING (article_id)
        ORDER BY r.loaded""")
    # The pair decision the merge keeps for each follow-up (the generated events are taken as
    # decided: no other two stored reports are the same event).
    con.execute("""
        INSERT INTO event_pairs
        SELECT event_id_cnty, report_id, 0.9, true, true, 'generated: a follow-up of the same event', NULL,
               country, year(event_date) * 100 + month(event_date)
        FROM gen_reports WHERE report_id <> event_id_cnty""")
    con.execute("DROP TABLE gen_reports")
    # As the merge does: events read in several articles list every outlet.
    con.execute("""
        UPDATE events SET source = s.sources
        FROM (SELECT m.event_id_cnty, string_agg(DISTINCT a.source, '; ' ORDER BY a.source) AS sources
              FROM event_mentions m JOIN articles a USING (article_id)
              WHERE m.event_id_cnty IN (SELECT event_id_cnty FROM event_mentions GROUP BY 1 HAVING count(*) > 1)
              GROUP BY 1) s
        WHERE events.event_id_cnty = s.event_id_cnty AND events.source IS DISTINCT FROM s.sources""")
    con.execute(f"""
        INSERT INTO rejects
        SELECT (DATE '2018-01-02' + (i % 3225)::INT)::TIMESTAMPTZ,
               CASE WHEN i % 3 = 0 THEN 'fetch' WHEN i % 3 = 1 THEN 'clean' ELSE 'extract' END,
               CASE WHEN i % 3 = 0 THEN 'http_500' WHEN i % 3 = 1 THEN 'no_text' ELSE 'no_location' END,
               'generated reject', 'https://news.example/rejected/' || i,
               'Outlet ' || floor(300 * pow((hash(i, {seed}) % 1000) / 1000, 2))::INT
        FROM range({max(1, n_events // 50)}) r(i)""")
    timings["insert_rest"] = time.perf_counter() - t
    log(f"  inserted articles, urls, mentions, rejects in {timings['insert_rest']:.1f}s")
    con.execute("DROP TABLE gen_events")
    con.execute("CHECKPOINT")
    return timings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", type=Path, help="DuckDB file to create (must not exist)")
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    if args.path.exists():
        parser.error(f"{args.path} exists; the generator only creates new warehouses")
    from etl.warehouse.load import writer

    with writer(args.path, wait_s=5) as con:
        generate(con, args.events, args.seed)
    print(f"wrote {args.path} ({args.path.stat().st_size / 1e6:.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
