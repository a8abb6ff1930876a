-- severity: error
-- Every event must keep the articles and sentences it came from, and every report the
-- interval loaded must be in an event (etl.events merged it, alone or with others).
SELECT e.event_id_cnty
FROM events e LEFT JOIN event_mentions m USING (event_id_cnty)
WHERE e.data_interval_start = $interval_start AND m.event_id_cnty IS NULL
UNION ALL
SELECT 'report ' || r.report_id
FROM event_reports r ANTI JOIN event_mentions m USING (report_id)
WHERE r.data_interval_start = $interval_start
