-- severity: warn
-- Very large single-event tolls are usually extraction errors (a year's total, a census).
SELECT event_id_cnty
FROM events
WHERE event_id_cnty IN (SELECT event_id_cnty FROM event_mentions WHERE data_interval_start = $interval_start) AND fatalities > 1000
