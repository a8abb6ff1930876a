-- Question: how many people were killed each month in the Sahel (Mali, Burkina Faso,
-- Niger), by the type of the actor who initiated the violence?
SELECT date_trunc('month', event_date)::DATE AS month,
       inter_label(inter1) AS actor1_type,
       count(*) AS events,
       sum(fatalities) AS fatalities
FROM events
WHERE country IN ('Mali', 'Burkina Faso', 'Niger')
  AND NOT historical
GROUP BY ALL
ORDER BY month, fatalities DESC;
