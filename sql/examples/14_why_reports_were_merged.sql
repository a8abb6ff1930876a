-- Question: why were these reports judged one event? Every pair decision of the event's
-- reports: the score (0..1), the decision, and each rule's finding (date, place, type,
-- actors, fatalities). Put your own event id in `target` to ask about another.
WITH target AS (
    SELECT event_id_cnty FROM merged_events ORDER BY reports DESC, event_id_cnty LIMIT 1
)
SELECT d.report_a, d.outlet_a, d.report_b, d.outlet_b, d.score, d.same, d.merged, d.reasons, d.note
FROM event_pair_decisions d
WHERE d.event_a IN (SELECT event_id_cnty FROM target) OR d.event_b IN (SELECT event_id_cnty FROM target)
ORDER BY d.score DESC, d.report_a, d.report_b;
