-- Staging: events with blank text normalised to NULL and the derived columns every
-- mart needs (labels, month, 0.5 degree grid cell). One row per event.
CREATE OR REPLACE VIEW stg_events AS
SELECT
    event_id_cnty, event_date, year, time_precision, disorder_type, event_type, sub_event_type,
    actor1, nullif(assoc_actor_1, '') AS assoc_actor_1, inter1,
    nullif(actor2, '') AS actor2, nullif(assoc_actor_2, '') AS assoc_actor_2, inter2,
    interaction, nullif(civilian_targeting, '') AS civilian_targeting,
    iso, region, country, nullif(admin1, '') AS admin1, nullif(admin2, '') AS admin2,
    nullif(admin3, '') AS admin3, nullif(location, '') AS location,
    latitude, longitude, geo_precision, nullif(source, '') AS source,
    nullif(source_scale, '') AS source_scale, notes, fatalities, nullif(tags, '') AS tags,
    "timestamp", extractor_version, confidence, historical,
    data_interval_start, data_interval_end,
    inter_label(inter1) AS inter1_label,
    inter_label(inter2) AS inter2_label,
    interaction_label(inter1, inter2) AS interaction_label,
    date_trunc('month', event_date)::DATE AS month,
    grid_half_degree(latitude) AS cell_lat,
    grid_half_degree(longitude) AS cell_lon
FROM events;
