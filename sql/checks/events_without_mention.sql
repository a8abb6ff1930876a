-- severity: error
-- Every event must keep the article and sentence it came from.
SELECT e.event_id_cnty
FROM events e LEFT JOIN event_mentions m USING (event_id_cnty)
WHERE e.data_interval_start = $interval_start AND m.event_id_cnty IS NULL
