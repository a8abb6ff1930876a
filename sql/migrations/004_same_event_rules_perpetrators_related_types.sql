-- The "same event" rules changed (etl/events/same.py): two perpetrators keep reports
-- apart only when both reports name theirs in their own sentence (else, same day and
-- event type, a penalty), and related political violence types with the same kind of
-- attacker weigh as one type. The stored pair decisions (event_pairs) and the merged
-- events were made by the old rules: etl.warehouse.load.writer rebuilds them once from
-- event_reports, right after this migration.
INSERT INTO pending_rebuilds SELECT 'events', now() WHERE EXISTS (SELECT 1 FROM event_reports);
