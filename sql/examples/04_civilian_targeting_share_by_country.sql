-- Question: in each country, what share of political-violence events targeted civilians?
SELECT country,
       count(*) AS violent_events,
       count(*) FILTER (WHERE civilian_targeting = 'Civilian targeting') AS civilian_targeting_events,
       round(100.0 * count(*) FILTER (WHERE civilian_targeting = 'Civilian targeting') / count(*), 1)
           AS civilian_targeting_pct
FROM events
WHERE disorder_type LIKE 'Political violence%'
GROUP BY country
ORDER BY civilian_targeting_pct DESC, violent_events DESC;
