-- Mart: country x month x event type, with events, fatalities and civilian targeting.
CREATE OR REPLACE VIEW events_monthly AS
SELECT country, date_trunc('month', event_date)::DATE AS month, event_type,
       count(*) AS events,
       sum(fatalities)::BIGINT AS fatalities,
       count(*) FILTER (WHERE civilian_targeting <> '') AS civilian_targeting_events
FROM events
GROUP BY ALL;
