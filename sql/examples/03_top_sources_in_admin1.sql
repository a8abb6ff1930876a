-- Question: which sources reported the most events in one admin1 region (here Borno,
-- Nigeria; change the value in `params`)?
WITH params AS (SELECT 'Nigeria' AS country, 'Borno' AS admin1)
SELECT m.source, count(DISTINCT m.event_id_cnty) AS events, sum(e.fatalities) AS fatalities
FROM stg_mentions m
JOIN events e USING (event_id_cnty)
JOIN params p ON e.country = p.country AND e.admin1 = p.admin1
GROUP BY m.source
ORDER BY events DESC, m.source;
