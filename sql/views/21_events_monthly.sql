-- Mart: country x month x event type, with events, fatalities and civilian targeting.
CREATE OR REPLACE VIEW events_monthly AS
SELECT country, month, event_type,
       count(*) AS events,
       sum(fatalities)::BIGINT AS fatalities,
       count(civilian_targeting) AS civilian_targeting_events
FROM stg_events
GROUP BY country, month, event_type;
