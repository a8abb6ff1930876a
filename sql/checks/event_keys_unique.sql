-- severity: error
-- Event ids, and mention keys (event, article, sentence start), are unique. The tables
-- carry no key index (sql/migrations/002): sql/load/load_interval.sql keeps the keys
-- unique and this verifies it for every key the interval holds, against the whole table.
SELECT event_id_cnty
FROM events
WHERE event_id_cnty IN (SELECT event_id_cnty FROM events WHERE data_interval_start = $interval_start)
GROUP BY event_id_cnty
HAVING count(*) > 1
UNION ALL
SELECT event_id_cnty || ' in ' || article_id || ' at ' || char_start
FROM event_mentions
WHERE event_id_cnty IN (SELECT event_id_cnty FROM event_mentions
                        WHERE data_interval_start = $interval_start)
GROUP BY event_id_cnty, article_id, char_start
HAVING count(*) > 1
