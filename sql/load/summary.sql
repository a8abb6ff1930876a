-- Read-only summaries that `python -m etl run` prints; $lo/$hi bound the intervals.

-- name: totals
SELECT
    (SELECT count(*) FROM articles WHERE data_interval_start >= $lo AND data_interval_start < $hi),
    (SELECT count(*) FROM events WHERE data_interval_start >= $lo AND data_interval_start < $hi),
    (SELECT coalesce(sum(fatalities), 0) FROM events WHERE data_interval_start >= $lo AND data_interval_start < $hi),
    (SELECT count(*) FROM rejects WHERE data_interval_start >= $lo AND data_interval_start < $hi);

-- name: events_by_type
SELECT event_type, count(*), sum(fatalities) FROM events
WHERE data_interval_start >= $lo AND data_interval_start < $hi
GROUP BY ALL ORDER BY 2 DESC, 1;

-- name: events_by_country
SELECT country, count(*), sum(fatalities) FROM events
WHERE data_interval_start >= $lo AND data_interval_start < $hi
GROUP BY ALL ORDER BY 2 DESC, 1;

-- name: rejects_by_reason
SELECT stage, reason, count(*) FROM rejects
WHERE data_interval_start >= $lo AND data_interval_start < $hi
GROUP BY ALL ORDER BY 3 DESC, 1, 2;
