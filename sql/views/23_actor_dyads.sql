-- Mart: actor pairs per country as ACLED codes them (actor 1 acts on actor 2; actor2
-- NULL for one-sided events), with counts, fatalities and first and last dates.
-- Grouped on the stored codes; labels are computed on the (few) result rows.
CREATE OR REPLACE VIEW actor_dyads AS
SELECT country, actor1, actor2,
       inter_label(inter1) AS inter1, inter_label(inter2) AS inter2,
       interaction_label(inter1, inter2) AS interaction,
       events, fatalities, first_event, last_event
FROM (
    SELECT country, actor1, nullif(actor2, '') AS actor2, inter1, inter2,
           count(*) AS events,
           sum(fatalities)::BIGINT AS fatalities,
           min(event_date) AS first_event,
           max(event_date) AS last_event
    FROM events
    GROUP BY country, actor1, actor2, inter1, inter2
);
