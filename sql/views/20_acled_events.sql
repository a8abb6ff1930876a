-- Mart: the events in ACLED's current export layout, one row per event: the 31 columns
-- in ACLED's order and value forms (ISO dates; inter codes and interaction as text,
-- "State forces-Rebel group" / "Protesters only"). `source` lists the outlets of every
-- article that reported the event (reports merged by etl.events), sorted and joined with "; ". acled_events_legacy has the same columns with numeric inter
-- codes and the two-digit interaction of exports before 2023. etl.export writes both.

-- Intermediate: both value forms; the marts below project one of them.
CREATE OR REPLACE VIEW int_acled_events AS
SELECT
    e.event_id_cnty, e.event_date, e.year, e.time_precision, e.disorder_type, e.event_type,
    e.sub_event_type, e.actor1, e.assoc_actor_1, e.inter1, e.inter1_label, e.actor2,
    e.assoc_actor_2, e.inter2, e.inter2_label, e.interaction, e.interaction_label,
    e.civilian_targeting, e.iso, e.region, e.country, e.admin1, e.admin2, e.admin3,
    e.location, e.latitude, e.longitude, e.geo_precision,
    -- Written by the merge (etl.events.merge): the outlets of all the event's reports,
    -- sorted, so no query here aggregates mentions.
    e.source,
    e.source_scale, e.notes, e.fatalities, e.tags, e."timestamp"
FROM stg_events e;

CREATE OR REPLACE VIEW acled_events AS
SELECT event_id_cnty, event_date, year, time_precision, disorder_type, event_type,
       sub_event_type, actor1, assoc_actor_1, inter1_label AS inter1, actor2, assoc_actor_2,
       inter2_label AS inter2, interaction_label AS interaction, civilian_targeting, iso,
       region, country, admin1, admin2, admin3, location, latitude, longitude, geo_precision,
       source, source_scale, notes, fatalities, tags, "timestamp"
FROM int_acled_events;

CREATE OR REPLACE VIEW acled_events_legacy AS
SELECT event_id_cnty, event_date, year, time_precision, disorder_type, event_type,
       sub_event_type, actor1, assoc_actor_1, inter1, actor2, assoc_actor_2,
       inter2, interaction, civilian_targeting, iso,
       region, country, admin1, admin2, admin3, location, latitude, longitude, geo_precision,
       source, source_scale, notes, fatalities, tags, "timestamp"
FROM int_acled_events;
