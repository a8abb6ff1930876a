-- Mart: events and fatalities per first-level region and year (admin1 NULL when the
-- extractor located the event to the country only).
CREATE OR REPLACE VIEW fatalities_by_admin1 AS
SELECT country, nullif(admin1, '') AS admin1, year,
       count(*) AS events,
       sum(fatalities)::BIGINT AS fatalities,
       count(*) FILTER (WHERE fatalities > 0) AS fatal_events,
       min(event_date) AS first_event,
       max(event_date) AS last_event
FROM events
GROUP BY ALL;
