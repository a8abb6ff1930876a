-- severity: error
-- Coordinates, when present, must be on the globe and come with a geo precision.
SELECT event_id_cnty
FROM events
WHERE event_id_cnty IN (SELECT event_id_cnty FROM event_mentions WHERE data_interval_start = $interval_start)
  AND (latitude NOT BETWEEN -90 AND 90 OR longitude NOT BETWEEN -180 AND 180
       OR (latitude IS NOT NULL AND geo_precision NOT IN (1, 2, 3)))
