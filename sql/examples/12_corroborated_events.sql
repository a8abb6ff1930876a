-- Question: which events were reported by more than one outlet (corroborated), and by whom?
SELECT e.event_id_cnty, e.event_date, e.country, e.location, e.event_type, e.fatalities,
       count(DISTINCT m.source) AS outlets,
       string_agg(DISTINCT m.source, '; ' ORDER BY m.source) AS sources
FROM events e
JOIN stg_mentions m USING (event_id_cnty)
GROUP BY ALL
HAVING count(DISTINCT m.source) > 1
ORDER BY outlets DESC, e.event_date DESC;
