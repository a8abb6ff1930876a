-- Mart: events of the last 7 days with the sentences they were read from and links to
-- the articles. "Last 7 days" ends at the newest loaded interval (as_of), which is
-- yesterday in daily operation and keeps the view useful on an older warehouse.
CREATE OR REPLACE VIEW recent_events AS
WITH as_of AS (
    SELECT (max(data_interval_end) - INTERVAL 1 DAY)::DATE AS as_of FROM events
), recent AS (
    SELECT e.*, as_of.as_of FROM stg_events e, as_of
    WHERE e.event_date > as_of.as_of - 7 AND e.event_date <= as_of.as_of
)
SELECT r.event_id_cnty, r.event_date, r.country, r.admin1, r.location,
       r.event_type, r.sub_event_type, r.actor1, r.actor2, r.interaction_label AS interaction,
       r.fatalities, r.confidence, r.historical,
       list(m.sentence ORDER BY m.published_at, m.article_id) AS evidence,
       list(m.url ORDER BY m.published_at, m.article_id) AS article_urls,
       string_agg(DISTINCT m.source, '; ' ORDER BY m.source) AS sources,
       r.as_of
FROM recent r
LEFT JOIN stg_mentions m USING (event_id_cnty)
GROUP BY ALL;
