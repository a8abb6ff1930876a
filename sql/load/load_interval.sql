-- Statements of one interval's load, run in this order in one transaction by
-- etl.load.load_interval. Staged Parquet frames are registered as staged_*;
-- $interval_start / $interval_end / $loaded_at are bound parameters.

-- Events and mentions are replaced without deleting a key that is inserted again in the
-- same transaction: DuckDB's primary-key index makes such a commit very slow (minutes for
-- a million re-loaded rows, bench/bench_sql.py). So a re-run deletes only the rows that
-- are no longer staged, updates re-staged keys in place and inserts the new ones: the
-- same end state as "delete the interval, insert the staged rows".

-- name: delete_gone_mentions
DELETE FROM event_mentions m
WHERE m.data_interval_start = $interval_start
  AND NOT EXISTS (SELECT 1 FROM staged_events s WHERE s.event_id_cnty = m.event_id_cnty
                  AND s.article_id = m.article_id AND s.evidence_start = m.char_start);

-- name: delete_gone_events
DELETE FROM events e
WHERE e.data_interval_start = $interval_start
  AND NOT EXISTS (SELECT 1 FROM staged_events s WHERE s.event_id_cnty = e.event_id_cnty);

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

-- name: update_restaged_events
-- Ids already in the warehouse (this interval's re-run, or a story loaded before) take the
-- staged values, as INSERT OR REPLACE would.
UPDATE events SET
    event_date = s.event_date, year = s.year, time_precision = s.time_precision,
    disorder_type = s.disorder_type, event_type = s.event_type, sub_event_type = s.sub_event_type,
    actor1 = s.actor1, assoc_actor_1 = s.assoc_actor_1, inter1 = s.inter1, actor2 = s.actor2,
    assoc_actor_2 = s.assoc_actor_2, inter2 = s.inter2, interaction = s.interaction,
    civilian_targeting = s.civilian_targeting, iso = s.iso, region = s.region, country = s.country,
    admin1 = s.admin1, admin2 = s.admin2, admin3 = s.admin3, location = s.location,
    latitude = round(s.latitude, 4), longitude = round(s.longitude, 4),
    geo_precision = s.geo_precision, source = s.source, source_scale = s.source_scale,
    notes = s.notes, fatalities = s.fatalities, tags = s.tags,
    "timestamp" = epoch($interval_end)::BIGINT, extractor_version = s.extractor_version,
    confidence = s.confidence, historical = s.historical,
    data_interval_start = $interval_start, data_interval_end = $interval_end
FROM staged_events s
WHERE events.event_id_cnty = s.event_id_cnty;

-- name: insert_new_events
INSERT INTO events
SELECT event_id_cnty, event_date, year, time_precision, disorder_type, event_type,
       sub_event_type, actor1, assoc_actor_1, inter1, actor2, assoc_actor_2, inter2,
       interaction, civilian_targeting, iso, region, country, admin1, admin2, admin3,
       location, round(latitude, 4), round(longitude, 4), geo_precision, source,
       source_scale, notes, fatalities, tags, epoch($interval_end)::BIGINT,
       extractor_version, confidence, historical, $interval_start, $interval_end
FROM staged_events
WHERE event_id_cnty NOT IN (SELECT event_id_cnty FROM events);

-- name: update_restaged_mentions
UPDATE event_mentions SET
    sentence = s.evidence, char_end = s.evidence_end, data_interval_start = $interval_start
FROM staged_events s
WHERE event_mentions.event_id_cnty = s.event_id_cnty AND event_mentions.article_id = s.article_id
  AND event_mentions.char_start = s.evidence_start;

-- name: insert_new_mentions
INSERT INTO event_mentions
SELECT s.event_id_cnty, s.article_id, s.evidence, s.evidence_start, s.evidence_end, $interval_start
FROM staged_events s
WHERE NOT EXISTS (SELECT 1 FROM event_mentions m WHERE m.event_id_cnty = s.event_id_cnty
                  AND m.article_id = s.article_id AND m.char_start = s.evidence_start);

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
