-- severity: error
-- interaction is the two inter codes, lowest first; one-sided events are X0.
SELECT event_id_cnty
FROM events
WHERE event_id_cnty IN (SELECT event_id_cnty FROM event_mentions WHERE data_interval_start = $interval_start)
  AND interaction <> CASE WHEN inter2 = 0 THEN inter1 * 10
                          ELSE least(inter1, inter2) * 10 + greatest(inter1, inter2) END
