-- Staging: each mention (event, article, sentence) with the article's source and link.
CREATE OR REPLACE VIEW stg_mentions AS
SELECT m.event_id_cnty, m.article_id, m.sentence, m.char_start, m.char_end,
       a.source, a.title, coalesce(a.canonical_url, a.url) AS url, a.published_at
FROM event_mentions m
LEFT JOIN stg_articles a USING (article_id);
