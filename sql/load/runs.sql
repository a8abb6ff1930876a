-- Statements that record runs and checks; parameters are bound by etl.load.

-- name: update_status
UPDATE pipeline_runs
SET status = $status, checks_failed = $checks_failed, message = $message, finished_at = $finished_at
WHERE run_seq = (SELECT max(run_seq) FROM pipeline_runs
                 WHERE run_id = $run_id AND data_interval_start = $interval_start);

-- name: delete_checks
DELETE FROM check_results WHERE data_interval_start = $interval_start;

-- name: insert_check
INSERT INTO check_results VALUES
    ($interval_start, $check_name, $severity, $failing_rows, $passed, $checked_at);

-- name: insert_run
INSERT INTO pipeline_runs (run_id, data_interval_start, data_interval_end, sources,
    articles_fetched, articles_kept, articles_extracted, events_extracted, events_loaded,
    rejects, status, fetch_seconds, extract_seconds, load_seconds, started_at, finished_at, message)
VALUES ($run_id, $data_interval_start, $data_interval_end, $sources, $articles_fetched,
    $articles_kept, $articles_extracted, $events_extracted, $events_loaded, $rejects, $status,
    $fetch_seconds, $extract_seconds, $load_seconds, $started_at, $finished_at, $message);
