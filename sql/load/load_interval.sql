-- Statements of one interval's load, run in this order in one transaction by
-- etl.warehouse.load.load_interval. Staged Parquet frames are registered as staged_*;
-- $interval_start / $interval_end are bound parameters.
--
-- The staged events are *reports* (one article's extracted events, keyed by the per-article
-- id event_id_cnty the extractor gives): they replace the interval's rows of event_reports.
-- The events they make with the reports of other articles and days are then re-decided by
-- etl.warehouse.load.merge_reports (statements in merge_events.sql), in the same transaction.
--
-- Reports have no key index (like events, sql/migrations/002): the load keeps report ids
-- unique itself. A staged batch that repeats an id is refused; every report of this
-- interval goes, and so does every report elsewhere whose id is staged again (a story
-- loaded before moves to this interval), before the staged reports are inserted. The
-- replaced reports are kept in load_replaced until the merge has re-decided their events.
-- sql/checks/event_keys_unique.sql verifies the keys after each load.

-- name: refuse_repeated_event_ids
SELECT CASE WHEN count(event_id_cnty) <> count(DISTINCT event_id_cnty)
            THEN error('staged events repeat an event_id_cnty: ' ||
                       (count(event_id_cnty) - count(DISTINCT event_id_cnty)) || ' duplicates')
       END
FROM staged_events;

-- name: find_replaced_reports
-- The one scan: this interval's reports (zone maps on data_interval_start skip the rest of
-- the day's predicate) and reports elsewhere whose id is staged again.
CREATE OR REPLACE TEMP TABLE load_replaced AS
SELECT rowid AS row_id, *
FROM event_reports
WHERE data_interval_start = $interval_start
   OR report_id IN (SELECT event_id_cnty FROM staged_events);

-- name: delete_replaced_reports
-- By row id: DuckDB deletes these without another scan.
DELETE FROM event_reports WHERE rowid IN (SELECT row_id FROM load_replaced);

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

-- name: insert_reports
-- The article's outlet and publication time ride along (the merge lists outlets and orders
-- reports by time); the articles were upserted above, so a staged article's own are read here.
INSERT INTO event_reports
SELECT s.event_id_cnty, s.article_id, coalesce(a.source, s.source), a.published_at,
       s.event_date, s.year, s.time_precision, s.disorder_type, s.event_type,
       s.sub_event_type, s.actor1, s.assoc_actor_1, s.inter1, s.actor2, s.assoc_actor_2, s.inter2,
       s.interaction, s.civilian_targeting, s.iso, s.region, s.country, s.admin1, s.admin2, s.admin3,
       s.location, round(s.latitude, 4), round(s.longitude, 4), s.geo_precision,
       s.source_scale, s.notes, s.fatalities, s.tags, s.evidence, s.evidence_start, s.evidence_end,
       s.confidence, s.historical, s.extractor_version, $interval_start, $interval_end
FROM staged_events s
LEFT JOIN articles a USING (article_id);

-- name: insert_rejects
INSERT INTO rejects
SELECT $interval_start, stage, reason, detail, ref, source FROM staged_rejects;
