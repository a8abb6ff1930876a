-- Statements of one interval's load, run in this order in one transaction by
-- etl.load.load_interval. Staged Parquet frames are registered as staged_*;
-- $interval_start / $interval_end / $loaded_at are bound parameters.

-- Events and mentions have no key index (sql/migrations/002): an interval's load is
-- "delete, then insert" and the statements keep the keys unique themselves:
-- * a staged batch that repeats an event id is refused (the load fails, nothing changes);
-- * before inserting, every row of this interval goes, and so does every row whose key is
--   staged again from another interval (a story loaded before moves to this interval, as
--   it did when re-staged keys were updated in place).
-- sql/checks/event_keys_unique.sql verifies the result after each load.

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

-- name: delete_restaged_mentions
DELETE FROM event_mentions m USING staged_events s
WHERE m.event_id_cnty = s.event_id_cnty AND m.article_id = s.article_id
  AND m.char_start = s.evidence_start;

-- name: delete_interval_events
DELETE FROM events WHERE data_interval_start = $interval_start;

-- name: delete_restaged_events
DELETE FROM events WHERE event_id_cnty IN (SELECT event_id_cnty FROM staged_events);

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
-- and exports read it from here. Only events of this load with mentions from more than
-- one article are touched.
UPDATE events SET source = s.sources
FROM (
    SELECT m.event_id_cnty, string_agg(DISTINCT a.source, '; ' ORDER BY a.source) AS sources
    FROM event_mentions m JOIN articles a USING (article_id)
    WHERE m.event_id_cnty IN (
        SELECT event_id_cnty FROM event_mentions
        WHERE event_id_cnty IN (SELECT event_id_cnty FROM staged_events)
        GROUP BY event_id_cnty HAVING count(DISTINCT article_id) > 1)
    GROUP BY m.event_id_cnty) s
WHERE events.event_id_cnty = s.event_id_cnty AND events.source IS DISTINCT FROM s.sources;

-- name: insert_rejects
INSERT INTO rejects
SELECT $interval_start, stage, reason, detail, ref, source FROM staged_rejects;
