-- Question: for each source, how many events did we read from it, and what is one
-- sentence (with its link) that shows how we read it?
SELECT source,
       count(DISTINCT event_id_cnty) AS events,
       arg_max(sentence, published_at) AS latest_evidence,
       arg_max(url, published_at) AS latest_article
FROM stg_mentions
GROUP BY source
ORDER BY events DESC, source;
