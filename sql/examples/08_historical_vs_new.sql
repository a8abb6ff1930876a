-- Question: how many of the events loaded are new (reported as they happened) versus
-- historical (background recalled by an article, dated well before publication)?
SELECT country,
       count(*) FILTER (WHERE NOT historical) AS new_events,
       count(*) FILTER (WHERE historical) AS historical_events,
       min(event_date) FILTER (WHERE historical) AS oldest_recalled
FROM events
GROUP BY country
ORDER BY new_events DESC, country;
