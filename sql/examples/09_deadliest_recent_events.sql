-- Question: what were the ten deadliest events of the last 30 days, and who reported them?
WITH as_of AS (SELECT (max(data_interval_end) - INTERVAL 1 DAY)::DATE AS d FROM events)
SELECT a.event_date, a.country, a.admin1, a.location, a.event_type, a.actor1, a.actor2,
       a.fatalities, a.source
FROM acled_events a, as_of
WHERE a.event_date > as_of.d - 30 AND a.event_date <= as_of.d
ORDER BY a.fatalities DESC, a.event_date DESC
LIMIT 10;
