-- severity: warn
-- Events without coordinates cannot be mapped; the analyst should look at them.
SELECT event_id_cnty
FROM events
WHERE event_id_cnty IN (SELECT event_id_cnty FROM event_mentions WHERE data_interval_start = $interval_start) AND (latitude IS NULL OR longitude IS NULL)
