-- severity: warn
-- An event cannot happen after an article reporting it was published (each report the
-- interval loaded, against the date of the event it is in).
SELECT e.event_id_cnty
FROM events e
JOIN event_mentions m USING (event_id_cnty)
JOIN articles a USING (article_id)
WHERE m.data_interval_start = $interval_start
  AND a.published_at IS NOT NULL
  AND e.event_date > CAST(a.published_at AS DATE) + INTERVAL 1 DAY
