-- Core warehouse tables. Applied once by etl.load.migrate(); versions are recorded
-- in schema_migrations so this runs safely at every start.

CREATE TABLE IF NOT EXISTS articles (
    article_id      VARCHAR PRIMARY KEY,      -- sha1 of the canonical URL, 16 hex chars
    url             VARCHAR NOT NULL,         -- first URL the story was seen under
    canonical_url   VARCHAR NOT NULL,
    source          VARCHAR NOT NULL,         -- outlet name
    source_scale    VARCHAR,
    title           VARCHAR,
    published_at    TIMESTAMPTZ,              -- NULL when the page gives no date
    fetched_at      TIMESTAMPTZ NOT NULL,     -- first seen
    language        VARCHAR,                  -- ISO 639-1
    country_hint    VARCHAR,
    content_hash    VARCHAR NOT NULL,         -- sha256 of normalized text
    raw_ref         VARCHAR,                  -- where the raw response is kept
    text            VARCHAR NOT NULL,
    extraction_status VARCHAR,                -- extracted | no_events | skipped_language | failed
    data_interval_start TIMESTAMPTZ NOT NULL  -- the interval that loaded it
);

-- Every URL a story was seen under (wire copies, tracking variants).
CREATE TABLE IF NOT EXISTS article_urls (
    url             VARCHAR PRIMARY KEY,
    article_id      VARCHAR NOT NULL,
    canonical_url   VARCHAR NOT NULL,
    data_interval_start TIMESTAMPTZ NOT NULL
);

-- ACLED's columns (current export layout) and ours.
CREATE TABLE IF NOT EXISTS events (
    event_id_cnty       VARCHAR PRIMARY KEY,  -- ISO3 + stable number from article and sentence
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

-- Where each event was read: article and sentence with character offsets.
CREATE TABLE IF NOT EXISTS event_mentions (
    event_id_cnty   VARCHAR NOT NULL,
    article_id      VARCHAR NOT NULL,
    sentence        VARCHAR NOT NULL,
    char_start      INTEGER NOT NULL,
    char_end        INTEGER NOT NULL,
    data_interval_start TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (event_id_cnty, article_id, char_start)
);

CREATE SEQUENCE IF NOT EXISTS pipeline_run_seq;

-- One row per interval run.
CREATE TABLE IF NOT EXISTS pipeline_runs (
    run_seq             BIGINT PRIMARY KEY DEFAULT nextval('pipeline_run_seq'),
    run_id              VARCHAR NOT NULL,     -- Airflow run id or cli-<time>
    data_interval_start TIMESTAMPTZ NOT NULL,
    data_interval_end   TIMESTAMPTZ NOT NULL,
    sources             VARCHAR,
    articles_fetched    INTEGER,
    articles_kept       INTEGER,              -- after cleaning and dedup
    articles_extracted  INTEGER,
    events_extracted    INTEGER,
    events_loaded       INTEGER,
    rejects             INTEGER,
    status              VARCHAR NOT NULL,     -- loaded | ok | warn | failed
    checks_failed       INTEGER,
    fetch_seconds       DOUBLE,
    extract_seconds     DOUBLE,
    load_seconds        DOUBLE,
    started_at          TIMESTAMPTZ,
    finished_at         TIMESTAMPTZ,
    message             VARCHAR
);

-- Everything a stage could not process, with the reason and a pointer to the raw input.
CREATE TABLE IF NOT EXISTS rejects (
    data_interval_start TIMESTAMPTZ NOT NULL,
    stage               VARCHAR NOT NULL,     -- fetch | clean | dedup | extract | load
    reason              VARCHAR NOT NULL,
    detail              VARCHAR,
    ref                 VARCHAR,              -- URL, file path or article id
    source              VARCHAR
);

-- Results of the quality checks of each interval.
CREATE TABLE IF NOT EXISTS check_results (
    data_interval_start TIMESTAMPTZ NOT NULL,
    check_name          VARCHAR NOT NULL,
    severity            VARCHAR NOT NULL,     -- error | warn
    failing_rows        BIGINT NOT NULL,
    passed              BOOLEAN NOT NULL,
    checked_at          TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (data_interval_start, check_name)
);
