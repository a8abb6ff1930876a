-- Explanation of the merge (etl.events): which reports of which articles became one event,
-- and why. `event_reports` holds every article's extracted events (reports); each report is
-- one mention of one event (`event_mentions.report_id`); `event_pairs` keeps the decision on
-- every pair of reports near in time and place, of related types, alike enough or judged
-- the same event; `event_field_choices` says which report gave each field of a merged event.

-- Mart: the events made of two reports or more, with their reports in publication order.
CREATE OR REPLACE VIEW merged_events AS
SELECT e.event_id_cnty, e.event_date, e.country, e.admin1, e.location, e.event_type,
       e.sub_event_type, e.fatalities, e.source,
       count(*) AS reports,
       count(DISTINCT r.article_id) AS articles,
       list(r.report_id ORDER BY r.published_at NULLS LAST, r.report_id) AS report_ids,
       list(r.source ORDER BY r.published_at NULLS LAST, r.report_id) AS report_outlets,
       list(r.fatalities ORDER BY r.published_at NULLS LAST, r.report_id) AS fatalities_reported,
       min(r.published_at) AS first_published,
       max(r.published_at) AS last_published
FROM events e
JOIN event_mentions m USING (event_id_cnty)
JOIN event_reports r USING (report_id)
GROUP BY e.event_id_cnty, e.event_date, e.country, e.admin1, e.location, e.event_type,
         e.sub_event_type, e.fatalities, e.source
HAVING count(*) > 1;

-- Mart: each kept pair decision with both reports side by side and the events they are in.
-- `same` is the pair decision, `merged` whether the two ended in one event (`note` says why
-- a pair judged the same did not), `reasons` every rule's finding ("APART: ..." for a hard
-- rule that kept them apart), `score` 0..1 whatever the rules said.
CREATE OR REPLACE VIEW event_pair_decisions AS
SELECT p.report_a, p.report_b, ma.event_id_cnty AS event_a, mb.event_id_cnty AS event_b,
       p.score, p.same, p.merged, p.reasons, p.note,
       ra.source AS outlet_a, rb.source AS outlet_b,
       ra.published_at AS published_a, rb.published_at AS published_b,
       ra.event_date AS date_a, rb.event_date AS date_b,
       ra.location AS location_a, rb.location AS location_b,
       ra.sub_event_type AS sub_event_type_a, rb.sub_event_type AS sub_event_type_b,
       ra.actor1 AS actor1_a, rb.actor1 AS actor1_b,
       ra.fatalities AS fatalities_a, rb.fatalities AS fatalities_b,
       ra.evidence AS evidence_a, rb.evidence AS evidence_b
FROM event_pairs p
JOIN event_reports ra ON ra.report_id = p.report_a
JOIN event_reports rb ON rb.report_id = p.report_b
LEFT JOIN event_mentions ma ON ma.report_id = p.report_a
LEFT JOIN event_mentions mb ON mb.report_id = p.report_b;
