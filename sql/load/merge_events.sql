-- Statements of the merge: which events the reports make (etl.warehouse.merging reads,
-- etl.warehouse.load writes). Run inside the load's transaction, after load_interval.sql.
-- Registered frames: merge_frontier (staged reports whose candidates are looked up),
-- merge_families (event type -> family), merge_ids (report ids), merge_blocks (country,
-- month), merge_old_events (events whose rows are replaced), merge_pair_keys (pairs whose
-- rows are replaced), merge_events / merge_mentions / merge_choices / merge_pairs (new rows).
-- Windows and radii are bound from etl.events.same ($w1, $w2 days; $r1..$r3, $r0 km).

-- name: replaced_reports
SELECT report_id, country, year(event_date) * 100 + month(event_date) AS month FROM load_replaced;

-- name: block_same_pairs
-- The "same event" pairs of the given (country, month) blocks: no merge crosses a block.
SELECT report_a, report_b, score, merged, coalesce(note, '') AS note, reasons, country, month
FROM event_pairs
WHERE same AND (country, month) IN (SELECT (country, month) FROM merge_blocks);

-- name: memberships
SELECT report_id, event_id_cnty FROM event_mentions WHERE report_id IN (SELECT report_id FROM merge_ids);

-- name: report_rows
-- In etl.events.records.Report's field order (sql/views/13_stg_reports.sql).
SELECT * FROM stg_reports
WHERE report_id IN (SELECT report_id FROM merge_ids);

-- name: event_members
-- Every report of the events the given reports are in now.
SELECT DISTINCT m.report_id
FROM event_mentions m
WHERE m.event_id_cnty IN (SELECT event_id_cnty FROM event_mentions
                          WHERE report_id IN (SELECT report_id FROM merge_ids));

-- name: candidates
-- Reports that may be the same event as a frontier report (etl.events.cluster.near):
-- the same country and month, related event types (merge_families: etl.events.same.FAMILY),
-- date windows that meet (a possible toll update, any sentence
-- with one of $toll_verbs, reaches $toll_days back), within the widest radius of the two
-- (plus $slack km) or the same place name, another article. A superset of the pairs
-- same_event can merge or keep as close: the decisions themselves are made in Python.
WITH f AS (
    SELECT report_id, article_id, country, latitude, longitude, geo_precision,
           coalesce((SELECT family FROM merge_families m WHERE m.event_type = merge_frontier.event_type),
                    event_type) AS family,
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
           coalesce(m.family, e.event_type) AS family,
           year(event_date) * 100 + month(event_date) AS month,
           CASE WHEN time_precision = 3 THEN date_trunc('month', event_date)::DATE
                WHEN regexp_matches(lower(evidence), $toll_verbs) THEN event_date - $toll_days
                WHEN time_precision = 1 THEN event_date - $w1 ELSE event_date - $w2 END AS lo,
           CASE time_precision WHEN 1 THEN event_date + $w1 WHEN 2 THEN event_date + $w2
                ELSE last_day(event_date) END AS hi,
           CASE geo_precision WHEN 1 THEN $r1 WHEN 2 THEN $r2 WHEN 3 THEN $r3 ELSE $r0 END AS radius
    FROM event_reports e LEFT JOIN merge_families m USING (event_type)
)
SELECT f.report_id AS frontier_id, r.report_id AS candidate_id
FROM f JOIN r ON r.country = f.country AND r.month = f.month AND r.family = f.family
WHERE r.report_id <> f.report_id AND r.article_id <> f.article_id
  AND r.lo <= f.hi AND f.lo <= r.hi
  AND (r.latitude IS NULL OR r.longitude IS NULL OR f.latitude IS NULL OR f.longitude IS NULL
       OR 2 * 6371.0 * asin(sqrt(least(1.0,
              pow(sin(radians(r.latitude - f.latitude) / 2), 2)
              + cos(radians(f.latitude)) * cos(radians(r.latitude))
                * pow(sin(radians(r.longitude - f.longitude) / 2), 2))))
          <= greatest(f.radius, r.radius) + $slack
       OR (f.place <> '' AND trim(regexp_replace(lower(coalesce(r.location, '')), '[^a-z0-9]+', ' ', 'g')) = f.place));

-- name: delete_events
DELETE FROM events WHERE event_id_cnty IN (SELECT event_id_cnty FROM merge_old_events);

-- name: delete_mentions
DELETE FROM event_mentions WHERE event_id_cnty IN (SELECT event_id_cnty FROM merge_old_events);

-- name: delete_choices
DELETE FROM event_field_choices WHERE event_id_cnty IN (SELECT event_id_cnty FROM merge_old_events);

-- name: delete_stale_pairs
-- Pairs of a replaced report: decided again (a report staged again) or gone.
DELETE FROM event_pairs
WHERE report_a IN (SELECT report_id FROM merge_ids) OR report_b IN (SELECT report_id FROM merge_ids);

-- name: delete_changed_pairs
-- Pairs whose outcome (merged, note) changed: written again below.
DELETE FROM event_pairs WHERE rowid IN (
    SELECT p.rowid FROM event_pairs p JOIN merge_pair_keys k USING (report_a, report_b)
    WHERE p.report_a IN (SELECT report_a FROM merge_pair_keys));

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
INSERT INTO event_pairs
SELECT report_a, report_b, score, same, merged, reasons, nullif(note, ''), country, month FROM merge_pairs;

-- Full rebuild (etl.warehouse.load.rebuild_events): every event from every report, one
-- (country, month) block at a time (no merge crosses a block).

-- name: blocks
SELECT country, year(event_date) * 100 + month(event_date) AS month, count(*) AS reports
FROM event_reports
GROUP BY ALL
ORDER BY country, month;

-- name: block_rows
-- In etl.events.records.Report's field order (sql/views/13_stg_reports.sql).
SELECT * FROM stg_reports
WHERE (country, year(event_date) * 100 + month(event_date)) IN (SELECT (country, month) FROM merge_blocks);

-- name: clear_events
DELETE FROM events;

-- name: clear_mentions
DELETE FROM event_mentions;

-- name: clear_choices
DELETE FROM event_field_choices;

-- name: clear_pairs
DELETE FROM event_pairs;
