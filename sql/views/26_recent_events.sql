-- Mart: events of the last 7 days with the sentences they were read from and links to
-- the articles. "Last 7 days" ends at the newest loaded interval (as_of), which is
-- yesterday in daily operation and keeps the view useful on an older warehouse.
-- Mentions are gathered for the recent events only (a semi-join), before the join to
-- the events, so the view never aggregates the whole mention table.
CREATE OR REPLACE VIEW recent_events AS
WITH as_of AS (
    SELECT (max(data_interval_end) - INTERVAL 1 DAY)::DATE AS as_of FROM events
), recent AS (
    SELECT e.*, as_of.as_of FROM stg_events e, as_of
    WHERE e.event_date > as_of.as_of - 7 AND e.event_date <= as_of.as_of
), recent_mentions AS (
    SELECT m.event_id_cnty,
           list(m.sentence ORDER BY a.published_at, m.article_id) AS evidence,
           list(coalesce(a.canonical_url, a.url) ORDER BY a.published_at, m.article_id) AS article_urls
    FROM event_mentions m JOIN articles a USING (article_id)
    WHERE m.event_id_cnty IN (SELECT event_id_cnty FROM recent)
      -- A mention is loaded with its article, published after the event: only the last
      -- days' intervals can hold one (a day of margin for time zones). Loads append by
      -- interval, so this skips almost the whole table.
      AND m.data_interval_start >= (SELECT as_of - 8 FROM as_of)
    GROUP BY m.event_id_cnty
)
SELECT r.event_id_cnty, r.event_date, r.country, r.admin1, r.location,
       r.event_type, r.sub_event_type, r.actor1, r.actor2, r.interaction_label AS interaction,
       r.fatalities, r.confidence, r.historical, m.evidence, m.article_urls,
       r.source AS sources,  -- every outlet, "; "-joined (written by the merge)
       r.as_of
FROM recent r
LEFT JOIN recent_mentions m USING (event_id_cnty);
