-- Question: which articles reported this event, what did each say, and which report gave
-- each field of the merged row? (The event with the most reports here; put your own id in
-- `target` to ask about another.)
WITH target AS (
    SELECT event_id_cnty FROM merged_events ORDER BY reports DESC, event_id_cnty LIMIT 1
)
SELECT m.event_id_cnty, r.report_id, r.source AS outlet, r.published_at, r.event_date,
       r.time_precision, r.location, r.geo_precision, r.actor1, r.fatalities,
       string_agg(c.field || ': ' || c.rule, ' | ' ORDER BY c.field) AS fields_taken_from_it,
       r.evidence, a.url
FROM event_mentions m
JOIN target USING (event_id_cnty)
JOIN event_reports r USING (report_id)
LEFT JOIN articles a ON a.article_id = r.article_id
LEFT JOIN event_field_choices c ON c.event_id_cnty = m.event_id_cnty AND c.report_id = r.report_id
GROUP BY ALL
ORDER BY r.published_at, r.report_id;
