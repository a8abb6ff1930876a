-- Mart: per source (outlet), what it gave us: articles kept, articles with events,
-- distinct events it reported, and its rejects. reject_rate = rejects / (articles +
-- rejects): the share of that source's items a stage could not process.
-- Events are counted from events.source, the "; "-joined outlets of every article that
-- reported the event (written by the merge): one scan, no join of mentions to articles.
CREATE OR REPLACE VIEW source_coverage AS
WITH article_counts AS (
    SELECT source, count(*) AS articles,
           count(*) FILTER (WHERE extraction_status = 'extracted') AS articles_with_events,
           min(published_at) AS first_published, max(published_at) AS last_published
    FROM articles GROUP BY source
), event_counts AS (
    SELECT outlet AS source, count(*) AS events
    FROM (SELECT unnest(string_split(source, '; ')) AS outlet FROM events WHERE source <> '')
    GROUP BY outlet
), reject_counts AS (
    SELECT source, count(*) AS rejects FROM rejects WHERE coalesce(source, '') <> '' GROUP BY source
)
SELECT source,
       coalesce(a.articles, 0) AS articles,
       coalesce(a.articles_with_events, 0) AS articles_with_events,
       coalesce(e.events, 0) AS events,
       coalesce(r.rejects, 0) AS rejects,
       round(coalesce(r.rejects, 0) / (coalesce(a.articles, 0) + coalesce(r.rejects, 0)), 4) AS reject_rate,
       a.first_published, a.last_published
FROM article_counts a
FULL JOIN event_counts e USING (source)
FULL JOIN reject_counts r USING (source);
