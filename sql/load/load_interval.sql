-- Statements of one interval's load, run in this order in one transaction by
-- etl.load.load_interval. Staged Parquet frames are registered as staged_*;
-- $interval_start / $interval_end / $loaded_at are bound parameters.

-- Events and mentions have no key index (sql/migrations/002): an interval's load is
-- "delete, then insert", and these statements keep the keys unique themselves:
-- * a staged batch that repeats an event id is refused (the load fails, nothing changes);
-- * every row of this interval goes, and so does every row elsewhere whose key is staged
--   again (a story loaded before moves to this interval, as it did when re-staged keys
--   were updated in place), before the staged rows are inserted.
-- Without an index, finding keys elsewhere means scanning a table, so it is done once, on
-- event_mentions' event ids, and the rest reads that small result. Each event has a
-- mention in its own interval (the two are inserted, deleted and moved together), so an
-- event elsewhere with a staged id has a mention there and is found by that one scan.
-- sql/checks/event_keys_unique.sql verifies the keys after each load.

-- name: refuse_repeated_event_ids
SELECT CASE WHEN count(event_id_cnty) <> count(DISTINCT event_id_cnty)
            THEN error('staged events repeat an event_id_cnty: ' ||
                       (count(event_id_cnty) - count(DISTINCT event_id_cnty)) || ' duplicates')
       END
FROM staged_events;

-- name: delete_interval_mentions
-- A cheap predicate: loads append interval after interval, so the zone maps of
-- data_interval_start skip almost every row group.
DELETE FROM event_mentions WHERE data_interval_start = $interval_start;

-- name: delete_interval_events
DELETE FROM events WHERE data_interval_start = $interval_start;

-- name: find_mentions_elsewhere
-- The one scan: mentions in other intervals of the staged events (usually none or few).
CREATE OR REPLACE TEMP TABLE load_mentions_elsewhere AS
SELECT rowid AS row_id, event_id_cnty, article_id, char_start
FROM event_mentions
WHERE event_id_cnty IN (SELECT event_id_cnty FROM staged_events);

-- name: delete_restaged_mentions
-- By row id: DuckDB deletes these without another scan, and skips it when there are none.
DELETE FROM event_mentions WHERE rowid IN (
    SELECT e.row_id FROM load_mentions_elsewhere e JOIN staged_events s
        ON s.event_id_cnty = e.event_id_cnty AND s.article_id = e.article_id
       AND s.evidence_start = e.char_start);

-- name: delete_restaged_events
DELETE FROM events WHERE event_id_cnty IN (SELECT event_id_cnty FROM load_mentions_elsewhere);

-- name: delete_rejects
DELETE FROM rejects WHERE data_interval_start = $interval_start;

-- name: delete_urls
DELETE FROM article_urls WHERE data_interval_start = $interval_start;

-- name: upsert_articles
-- Re-fetching a story keeps its first-seen time and the interval that first loaded it.
INSERT INTO articles
SELECT article_id, url, canonical_url, source, source_scale, title, published_at, fetched_at,
       language, country_hint, content_hash, raw_ref, text,
       coalesce(s.extraction_status, 'not_extracted'), $interval_start
FROM staged_articles LEFT JOIN staged_status s USING (article_id)
ON CONFLICT (article_id) DO UPDATE SET
    url = excluded.url, canonical_url = excluded.canonical_url, source = excluded.source,
    source_scale = excluded.source_scale, title = excluded.title,
    published_at = excluded.published_at, language = excluded.language,
    country_hint = excluded.country_hint, content_hash = excluded.content_hash,
    raw_ref = excluded.raw_ref, text = excluded.text,
    extraction_status = excluded.extraction_status;

-- name: insert_urls
INSERT OR REPLACE INTO article_urls
SELECT DISTINCT ON (u.url) u.url, a.article_id, a.canonical_url, $interval_start
FROM staged_articles a, unnest(list_prepend(a.url, a.extra_urls)) AS u(url);

-- name: insert_events
INSERT INTO events
SELECT event_id_cnty, event_date, year, time_precision, disorder_type, event_type,
       sub_event_type, actor1, assoc_actor_1, inter1, actor2, assoc_actor_2, inter2,
       interaction, civilian_targeting, iso, region, country, admin1, admin2, admin3,
       location, round(latitude, 4), round(longitude, 4), geo_precision, source,
       source_scale, notes, fatalities, tags, epoch($interval_end)::BIGINT,
       extractor_version, confidence, historical, $interval_start, $interval_end
FROM staged_events;

-- name: insert_mentions
INSERT INTO event_mentions
SELECT s.event_id_cnty, s.article_id, s.evidence, s.evidence_start, s.evidence_end, $interval_start
FROM staged_events s;

-- name: refresh_event_sources
-- An event read in several articles (a follow-up, another outlet) lists every outlet in
-- `source`, sorted and joined with "; " as ACLED's source column does; the analysis views
-- and exports read it from here. Only staged events that keep a mention from another
-- article (found by find_mentions_elsewhere) can have several, so only those are read.
UPDATE events SET source = s.sources
FROM (
    SELECT m.event_id_cnty, string_agg(DISTINCT a.source, '; ' ORDER BY a.source) AS sources
    FROM (SELECT event_id_cnty, article_id FROM load_mentions_elsewhere e
          WHERE NOT EXISTS (SELECT 1 FROM staged_events s WHERE s.event_id_cnty = e.event_id_cnty
                            AND s.article_id = e.article_id AND s.evidence_start = e.char_start)
          UNION
          SELECT s.event_id_cnty, s.article_id FROM staged_events s
          WHERE s.event_id_cnty IN (SELECT event_id_cnty FROM load_mentions_elsewhere)) m
    JOIN articles a USING (article_id)
    GROUP BY m.event_id_cnty
    HAVING count(DISTINCT m.article_id) > 1) s
WHERE events.event_id_cnty = s.event_id_cnty AND events.source IS DISTINCT FROM s.sources;

-- name: drop_mentions_elsewhere
DROP TABLE load_mentions_elsewhere;

-- name: insert_rejects
INSERT INTO rejects
SELECT $interval_start, stage, reason, detail, ref, source FROM staged_rejects;
