-- events and event_mentions without PRIMARY KEY constraints.
--
-- Why: a DuckDB primary key is an ART index that every insert and delete maintains; on
-- these two tables it roughly halved the speed of an interval load (bench/bench_sql.py),
-- and it serves no query (the views scan and join, they never look up one key). The
-- uniqueness it enforced is kept by the load statements (sql/load/load_interval.sql
-- refuses a staged batch with a repeated event id and deletes every staged key before
-- inserting it) and verified after each load by sql/checks/event_keys_unique.sql.
--
-- DuckDB cannot drop a constraint, so each table is rebuilt: create the new table,
-- copy the rows in their stored order (the order of the loads, which the zone maps on
-- dates and intervals rely on), drop the old one, rename. etl.load.migrate runs this
-- once, in one transaction, on a new or an existing warehouse. Views read the tables by
-- name and are recreated by etl.load.writer right after migrating.

CREATE TABLE events_unkeyed (
    event_id_cnty       VARCHAR NOT NULL,     -- ISO3 + stable number from article and sentence
    event_date          DATE NOT NULL,
    year                INTEGER NOT NULL,
    time_precision      TINYINT NOT NULL CHECK (time_precision BETWEEN 1 AND 3),
    disorder_type       VARCHAR NOT NULL,
    event_type          VARCHAR NOT NULL,
    sub_event_type      VARCHAR NOT NULL,
    actor1              VARCHAR NOT NULL,
    assoc_actor_1       VARCHAR,
    inter1              TINYINT NOT NULL,
    actor2              VARCHAR,
    assoc_actor_2       VARCHAR,
    inter2              TINYINT NOT NULL,
    interaction         SMALLINT NOT NULL,
    civilian_targeting  VARCHAR,
    iso                 INTEGER,
    region              VARCHAR,
    country             VARCHAR NOT NULL,
    admin1              VARCHAR,
    admin2              VARCHAR,
    admin3              VARCHAR,
    location            VARCHAR,
    latitude            DOUBLE,
    longitude           DOUBLE,
    geo_precision       TINYINT,
    source              VARCHAR,
    source_scale        VARCHAR,
    notes               VARCHAR,
    fatalities          INTEGER NOT NULL CHECK (fatalities >= 0),
    tags                VARCHAR,
    "timestamp"         BIGINT NOT NULL,      -- Unix time of the load, as ACLED's upload time
    extractor_version   VARCHAR NOT NULL,
    confidence          REAL,
    historical          BOOLEAN NOT NULL,
    data_interval_start TIMESTAMPTZ NOT NULL,
    data_interval_end   TIMESTAMPTZ NOT NULL
);
INSERT INTO events_unkeyed SELECT * FROM events;
DROP TABLE events;
ALTER TABLE events_unkeyed RENAME TO events;

-- One row per (event_id_cnty, article_id, char_start): where each event was read.
CREATE TABLE event_mentions_unkeyed (
    event_id_cnty   VARCHAR NOT NULL,
    article_id      VARCHAR NOT NULL,
    sentence        VARCHAR NOT NULL,
    char_start      INTEGER NOT NULL,
    char_end        INTEGER NOT NULL,
    data_interval_start TIMESTAMPTZ NOT NULL
);
INSERT INTO event_mentions_unkeyed SELECT * FROM event_mentions;
DROP TABLE event_mentions;
ALTER TABLE event_mentions_unkeyed RENAME TO event_mentions;
