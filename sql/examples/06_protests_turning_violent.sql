-- Question: where did a peaceful protest turn violent: a riot or excessive force against
-- protesters at the same location within 7 days after a peaceful protest?
SELECT p.country, p.location, p.event_date AS protest_date,
       v.event_date AS violent_date, v.event_type, v.sub_event_type, v.fatalities
FROM events p
JOIN events v
  ON v.country = p.country AND v.location = p.location
 AND v.event_date BETWEEN p.event_date AND p.event_date + 7
 AND (v.event_type = 'Riots' OR v.sub_event_type = 'Excessive force against protesters')
WHERE p.sub_event_type = 'Peaceful protest'
ORDER BY violent_date, p.country, p.location;
