-- One real-world event, one row: reports per article, events merged across articles.
--
-- Until now `events` held what each article's extraction gave (one row per article and
-- sentence). Those rows become *reports* (`event_reports`, loaded per interval as events
-- were); `events` holds the events the reports make once the reports of every outlet and
-- day that describe one event are merged (etl.events, written by etl.warehouse.load).
-- `event_mentions` gains the report each mention is; `event_pairs` keeps the pair
-- decisions (score, reasons) and `event_field_choices` which report gave each merged field.
--
-- An existing warehouse: every mention of an event becomes a report with the event's
-- coded values (the mention its event id was made from keeps that id; a follow-up
-- mention from another article gets an id from its article and sentence), and
-- `pending_rebuilds` asks etl.warehouse.load.writer to rebuild the merged events from
-- the reports once, right after this migration (in its own transaction).

CREATE TABLE event_reports (
    report_id           VARCHAR NOT NULL,     -- ISO3 + stable number from article and sentence
    article_id          VARCHAR NOT NULL,
    source              VARCHAR,              -- the article's outlet
    published_at        TIMESTAMPTZ,          -- the article's publication time
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
    source_scale        VARCHAR,
    notes               VARCHAR,
    fatalities          INTEGER NOT NULL CHECK (fatalities >= 0),
    tags                VARCHAR,
    evidence            VARCHAR NOT NULL,     -- the sentence
    evidence_start      INTEGER NOT NULL,
    evidence_end        INTEGER NOT NULL,
    confidence          REAL,
    historical          BOOLEAN NOT NULL,
    extractor_version   VARCHAR NOT NULL,
    data_interval_start TIMESTAMPTZ NOT NULL, -- the interval that loaded the report
    data_interval_end   TIMESTAMPTZ NOT NULL
);

-- Pairs of reports near in time and place: the decision, its score and reasons, and
-- whether they ended in one event (a pair judged the same can still be kept apart when
-- another report of one is not the same event as a report of the other: `note`).
CREATE TABLE event_pairs (
    report_a    VARCHAR NOT NULL,             -- the smaller report id
    report_b    VARCHAR NOT NULL,
    score       DOUBLE NOT NULL,              -- 0..1, whatever the hard rules say
    same        BOOLEAN NOT NULL,             -- the pair decision: the same event
    merged      BOOLEAN NOT NULL,             -- the two reports are in one event
    reasons     VARCHAR NOT NULL,             -- "; "-joined; hard rules start with APART
    note        VARCHAR,                      -- why a pair judged the same is in two events
    country     VARCHAR NOT NULL,             -- both reports': no merge crosses a country
    month       INTEGER NOT NULL              -- or a month (yyyymm of event_date)
);

-- For each merged event (two reports or more): which report gave each field, by which rule.
CREATE TABLE event_field_choices (
    event_id_cnty   VARCHAR NOT NULL,
    field           VARCHAR NOT NULL,         -- event_id, event_date, location, event_type, actors, fatalities
    value           VARCHAR,
    report_id       VARCHAR NOT NULL,
    rule            VARCHAR NOT NULL
);

ALTER TABLE event_mentions ADD COLUMN report_id VARCHAR;

-- The mention an event's id was made from is its first in load order; the others get an
-- id of their own (country prefix + a number from article and sentence).
CREATE TEMP TABLE migrate_mentions AS
SELECT m.rowid AS row_id, m.*,
       CASE WHEN row_number() OVER (PARTITION BY m.event_id_cnty
                                    ORDER BY m.data_interval_start, m.article_id, m.char_start) = 1
            THEN m.event_id_cnty
            ELSE substr(m.event_id_cnty, 1, 3)
                 || lpad((md5_number(m.article_id || ':' || m.char_start) % 10000000000)::VARCHAR, 10, '0')
       END AS new_report_id
FROM event_mentions m;

INSERT INTO event_reports
SELECT m.new_report_id, m.article_id, coalesce(a.source, e.source), a.published_at,
       e.event_date, e.year, e.time_precision, e.disorder_type, e.event_type, e.sub_event_type,
       e.actor1, e.assoc_actor_1, e.inter1, e.actor2, e.assoc_actor_2, e.inter2, e.interaction,
       e.civilian_targeting, e.iso, e.region, e.country, e.admin1, e.admin2, e.admin3, e.location,
       e.latitude, e.longitude, e.geo_precision, e.source_scale, e.notes, e.fatalities, e.tags,
       m.sentence, m.char_start, m.char_end, e.confidence, e.historical, e.extractor_version,
       m.data_interval_start, m.data_interval_start + (e.data_interval_end - e.data_interval_start)
FROM migrate_mentions m
JOIN events e USING (event_id_cnty)
LEFT JOIN articles a USING (article_id)
ORDER BY m.data_interval_start;

UPDATE event_mentions SET report_id = t.new_report_id
FROM migrate_mentions t WHERE event_mentions.rowid = t.row_id;

DROP TABLE migrate_mentions;

-- Rebuilds etl.warehouse.load.writer runs once, after the migrations, then deletes.
CREATE TABLE pending_rebuilds (
    what            VARCHAR NOT NULL,         -- 'events': recompute events from event_reports
    requested_at    TIMESTAMPTZ NOT NULL
);
INSERT INTO pending_rebuilds SELECT 'events', now() WHERE EXISTS (SELECT 1 FROM event_reports);
