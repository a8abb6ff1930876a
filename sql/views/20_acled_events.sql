-- Mart: the events in ACLED's current export layout, one row per event, the 31 columns
-- in ACLED's order and value forms: inter codes and interaction as text labels, ISO
-- dates, and `source` listing the outlets of every article that mentioned the event,
-- sorted and joined with "; " (the event's own source when it has no mention yet).
-- etl.export writes this view; acled_events_legacy-style numbers come from `events`.
CREATE OR REPLACE VIEW acled_events AS
SELECT
    e.event_id_cnty, e.event_date, e.year, e.time_precision, e.disorder_type, e.event_type,
    e.sub_event_type, e.actor1, e.assoc_actor_1, e.inter1_label AS inter1, e.actor2,
    e.assoc_actor_2, e.inter2_label AS inter2, e.interaction_label AS interaction,
    e.civilian_targeting, e.iso, e.region, e.country, e.admin1, e.admin2, e.admin3,
    e.location, e.latitude, e.longitude, e.geo_precision,
    coalesce((SELECT string_agg(DISTINCT m.source, '; ' ORDER BY m.source)
              FROM stg_mentions m WHERE m.event_id_cnty = e.event_id_cnty), e.source) AS source,
    e.source_scale, e.notes, e.fatalities, e.tags, e."timestamp"
FROM stg_events e;
