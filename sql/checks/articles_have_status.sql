-- severity: warn
-- Every stored article of the interval went through extraction (or says why not).
SELECT article_id
FROM articles
WHERE data_interval_start = $interval_start
  AND extraction_status IN ('not_extracted', 'failed')
