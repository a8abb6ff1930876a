-- Statements of the merge: which events the reports make (etl.warehouse.merging reads,
-- etl.warehouse.load writes). Run inside the load's transaction, after load_interval.sql.
-- Registered frames: merge_frontier (reports whose candidates are looked up), merge_ids
-- (report ids), merge_affected (report ids whose events are re-decided, with the replaced
-- ones), merge_events / merge_mentions / merge_choices / merge_pairs (the new rows).
-- Windows and radii are bound from etl.events.same ($w1, $w2 days; $r1..$r3, $r0 km).

-- name: replaced_reports
SELECT report_id, article_id, source AS outlet, published_at, event_date, time_precision,
       disorder_type, event_type, sub_event_type, actor1, inter1, country, actor2, inter2,
       interaction, assoc_actor_1, assoc_actor_2, civilian_targeting, iso, region, admin1, admin2,
       admin3, location, latitude, longitude, geo_precision, source_scale, notes, fatalities, tags,
       evidence, evidence_start, evidence_end, confidence, historical, extractor_version,
       data_interval_start, data_interval_end
FROM load_replaced;

-- name: report_rows
SELECT report_id, article_id, source AS outlet, published_at, event_date, time_precision,
       disorder_type, event_type, sub_event_type, actor1, inter1, country, actor2, inter2,
       interaction, assoc_actor_1, assoc_actor_2, civilian_targeting, iso, region, admin1, admin2,
       admin3, location, latitude, longitude, geo_precision, source_scale, notes, fatalities, tags,
       evidence, evidence_start, evidence_end, confidence, historical, extractor_version,
       data_interval_start, data_interval_end
FROM event_reports
WHERE report_id IN (SELECT report_id FROM merge_ids);

-- name: event_members
-- Every report of the events the given reports are in now.
SELECT DISTINCT m.report_id
FROM event_mentions m
WHERE m.event_id_cnty IN (SELECT event_id_cnty FROM event_mentions
                          WHERE report_id IN (SELECT report_id FROM merge_ids));

-- name: candidates
-- Reports that may be the same event as a frontier report (etl.events.cluster.near):
-- the same country and month, date windows that meet (a possible toll update, any sentence
-- with one of $toll_verbs, reaches $toll_days back), within the widest radius of the two
-- (plus $slack km) or the same place name, another article. A superset of the pairs
-- same_event can merge or keep as close: the decisions themselves are made in Python.
WITH f AS (
    SELECT report_id, article_id, country, latitude, longitude, geo_precision,
           trim(regexp_replace(lower(coalesce(location, '')), '[^a-z0-9]+', ' ', 'g')) AS place,
           year(event_date) * 100 + month(event_date) AS month,
           CASE WHEN time_precision = 3 THEN date_trunc('month', event_date)::DATE
                WHEN regexp_matches(lower(evidence), $toll_verbs) THEN event_date - $toll_days
                WHEN time_precision = 1 THEN event_date - $w1 ELSE event_date - $w2 END AS lo,
           CASE time_precision WHEN 1 THEN event_date + $w1 WHEN 2 THEN event_date + $w2
                ELSE last_day(event_date) END AS hi,
           CASE geo_precision WHEN 1 THEN $r1 WHEN 2 THEN $r2 WHEN 3 THEN $r3 ELSE $r0 END AS radius
    FROM merge_frontier
), r AS (
    SELECT report_id, article_id, country, latitude, longitude, location,
           year(event_date) * 100 + month(event_date) AS month,
           CASE WHEN time_precision = 3 THEN date_trunc('month', event_date)::DATE
                WHEN regexp_matches(lower(evidence), $toll_verbs) THEN event_date - $toll_days
                WHEN time_precision = 1 THEN event_date - $w1 ELSE event_date - $w2 END AS lo,
           CASE time_precision WHEN 1 THEN event_date + $w1 WHEN 2 THEN event_date + $w2
                ELSE last_day(event_date) END AS hi,
           CASE geo_precision WHEN 1 THEN $r1 WHEN 2 THEN $r2 WHEN 3 THEN $r3 ELSE $r0 END AS radius
    FROM event_reports
)
SELECT f.report_id AS frontier_id, r.report_id AS candidate_id
FROM f JOIN r ON r.country = f.country AND r.month = f.month
WHERE r.report_id <> f.report_id AND r.article_id <> f.article_id
  AND r.lo <= f.hi AND f.lo <= r.hi
  AND (r.latitude IS NULL OR r.longitude IS NULL OR f.latitude IS NULL OR f.longitude IS NULL
       OR 2 * 6371.0 * asin(sqrt(least(1.0,
              pow(sin(radians(r.latitude - f.latitude) / 2), 2)
              + cos(radians(f.latitude)) * cos(radians(r.latitude))
                * pow(sin(radians(r.longitude - f.longitude) / 2), 2))))
          <= greatest(f.radius, r.radius) + $slack
       OR (f.place <> '' AND trim(regexp_replace(lower(coalesce(r.location, '')), '[^a-z0-9]+', ' ', 'g')) = f.place));

-- name: events_of_reports
-- The events the affected (and replaced) reports are in now: they are re-decided.
CREATE OR REPLACE TEMP TABLE merge_old_events AS
SELECT DISTINCT event_id_cnty FROM event_mentions
WHERE report_id IN (SELECT report_id FROM merge_affected);

-- name: delete_events
DELETE FROM events WHERE event_id_cnty IN (SELECT event_id_cnty FROM merge_old_events);

-- name: delete_mentions
DELETE FROM event_mentions WHERE event_id_cnty IN (SELECT event_id_cnty FROM merge_old_events);

-- name: delete_choices
DELETE FROM event_field_choices WHERE event_id_cnty IN (SELECT event_id_cnty FROM merge_old_events);

-- name: delete_pairs
-- Every pair with an affected report is decided again (pairs of two other reports stand).
DELETE FROM event_pairs
WHERE report_a IN (SELECT report_id FROM merge_affected) OR report_b IN (SELECT report_id FROM merge_affected);

-- name: insert_events
INSERT INTO events
SELECT event_id_cnty, event_date, year, time_precision, disorder_type, event_type,
       sub_event_type, actor1, assoc_actor_1, inter1, actor2, assoc_actor_2, inter2,
       interaction, civilian_targeting, iso, region, country, admin1, admin2, admin3,
       location, latitude, longitude, geo_precision, source, source_scale, notes, fatalities,
       tags, "timestamp", extractor_version, confidence, historical, data_interval_start,
       data_interval_end
FROM merge_events;

-- name: insert_mentions
INSERT INTO event_mentions
SELECT event_id_cnty, article_id, sentence, char_start, char_end, data_interval_start, report_id
FROM merge_mentions;

-- name: insert_choices
INSERT INTO event_field_choices SELECT event_id_cnty, field, value, report_id, rule FROM merge_choices;

-- name: insert_pairs
INSERT INTO event_pairs SELECT report_a, report_b, score, same, merged, reasons, note FROM merge_pairs;

-- name: drop_merge_tables
DROP TABLE IF EXISTS merge_old_events;

-- Full rebuild (etl.warehouse.load.rebuild_events): every event from every report, one
-- (country, month) block at a time (no merge crosses a block).

-- name: blocks
SELECT country, year(event_date) * 100 + month(event_date) AS month, count(*) AS reports
FROM event_reports
GROUP BY ALL
ORDER BY country, month;

-- name: block_rows
SELECT report_id, article_id, source AS outlet, published_at, event_date, time_precision,
       disorder_type, event_type, sub_event_type, actor1, inter1, country, actor2, inter2,
       interaction, assoc_actor_1, assoc_actor_2, civilian_targeting, iso, region, admin1, admin2,
       admin3, location, latitude, longitude, geo_precision, source_scale, notes, fatalities, tags,
       evidence, evidence_start, evidence_end, confidence, historical, extractor_version,
       data_interval_start, data_interval_end
FROM event_reports
WHERE (country, year(event_date) * 100 + month(event_date)) IN (SELECT (country, month) FROM merge_blocks);

-- name: clear_events
DELETE FROM events;

-- name: clear_mentions
DELETE FROM event_mentions;

-- name: clear_choices
DELETE FROM event_field_choices;

-- name: clear_pairs
DELETE FROM event_pairs;
