-- Mart: actor pairs as ACLED codes them (actor 1 acts on actor 2; actor2 NULL for
-- one-sided events), with counts, fatalities and when and where they met.
CREATE OR REPLACE VIEW actor_dyads AS
SELECT actor1, actor2, inter1_label AS inter1, inter2_label AS inter2,
       interaction_label AS interaction,
       count(*) AS events,
       sum(fatalities)::BIGINT AS fatalities,
       count(DISTINCT country) AS countries,
       min(event_date) AS first_event,
       max(event_date) AS last_event
FROM stg_events
GROUP BY actor1, actor2, inter1_label, inter2_label, interaction_label;
