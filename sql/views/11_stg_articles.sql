-- Staging: articles without their body text (analysts rarely want it in a join;
-- it is still in the articles table).
CREATE OR REPLACE VIEW stg_articles AS
SELECT article_id, url, canonical_url, source, nullif(source_scale, '') AS source_scale,
       title, published_at, fetched_at, language, country_hint, extraction_status,
       data_interval_start
FROM articles;
