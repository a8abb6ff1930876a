-- severity: error
-- Event ids, mention keys (event, article, sentence start) and report ids are unique, and
-- each report is the mention of one event. The tables carry no key index
-- (sql/migrations/002, 003): the load keeps the keys unique and this verifies it for
-- every key the interval touched, against the whole table.
SELECT event_id_cnty
FROM events
WHERE event_id_cnty IN (SELECT event_id_cnty FROM event_mentions WHERE data_interval_start = $interval_start)
GROUP BY event_id_cnty
HAVING count(*) > 1
UNION ALL
SELECT event_id_cnty || ' in ' || article_id || ' at ' || char_start
FROM event_mentions
WHERE event_id_cnty IN (SELECT event_id_cnty FROM event_mentions
                        WHERE data_interval_start = $interval_start)
GROUP BY event_id_cnty, article_id, char_start
HAVING count(*) > 1
UNION ALL
SELECT 'report ' || report_id
FROM event_reports
WHERE report_id IN (SELECT report_id FROM event_reports WHERE data_interval_start = $interval_start)
GROUP BY report_id
HAVING count(*) > 1
UNION ALL
SELECT 'report ' || report_id || ' in ' || count(DISTINCT event_id_cnty) || ' events'
FROM event_mentions
WHERE data_interval_start = $interval_start
GROUP BY report_id
HAVING count(DISTINCT event_id_cnty) > 1
