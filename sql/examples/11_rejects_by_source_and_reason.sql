-- Question: what is the pipeline failing to process, by source, stage and reason, and
-- how does that compare with what each source gave us?
SELECT r.source, r.stage, r.reason, count(*) AS rejects,
       any_value(c.articles) AS articles_kept, any_value(c.reject_rate) AS source_reject_rate
FROM rejects r
LEFT JOIN source_coverage c USING (source)
GROUP BY ALL
ORDER BY rejects DESC, r.source;
