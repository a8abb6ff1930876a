-- Staging: each report (one extracted event of one article) in etl.events.records.Report's
-- field order, blanks as '' (a row is a Report's arguments); the merge load reads reports here.
CREATE OR REPLACE VIEW stg_reports AS
SELECT report_id, article_id, coalesce(source, '') AS outlet, published_at, event_date, time_precision,
       disorder_type, event_type, sub_event_type, actor1, inter1, country, coalesce(actor2, '') AS actor2,
       inter2, interaction, coalesce(assoc_actor_1, '') AS assoc_actor_1,
       coalesce(assoc_actor_2, '') AS assoc_actor_2, coalesce(civilian_targeting, '') AS civilian_targeting,
       iso, coalesce(region, '') AS region, coalesce(admin1, '') AS admin1, coalesce(admin2, '') AS admin2,
       coalesce(admin3, '') AS admin3, coalesce(location, '') AS location, latitude, longitude, geo_precision,
       coalesce(source_scale, '') AS source_scale, coalesce(notes, '') AS notes, fatalities,
       coalesce(tags, '') AS tags, evidence, evidence_start, evidence_end, confidence, historical,
       extractor_version, data_interval_start, data_interval_end
FROM event_reports;
