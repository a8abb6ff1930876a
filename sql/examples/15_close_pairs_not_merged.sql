-- Question: which reports came close to being merged but were kept as different events,
-- and why (look-alikes: the same place and days, different groups, targets or places)?
SELECT date_a, location_a, outlet_a, sub_event_type_a, actor1_a,
       date_b, location_b, outlet_b, sub_event_type_b, actor1_b,
       score, same, note,
       list_filter(string_split(reasons, '; '), lambda x: x LIKE 'APART%') AS kept_apart_by,
       event_a, event_b
FROM event_pair_decisions
WHERE NOT merged
ORDER BY score DESC, date_a DESC, report_a, report_b
LIMIT 50;
