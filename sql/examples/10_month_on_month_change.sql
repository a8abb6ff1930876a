-- Question: how did each country's number of events and fatalities change from one
-- month to the next?
WITH monthly AS (
    SELECT country, month, sum(events) AS events, sum(fatalities) AS fatalities
    FROM events_monthly GROUP BY country, month
)
SELECT country, month, events, fatalities,
       events - lag(events) OVER w AS events_change,
       fatalities - lag(fatalities) OVER w AS fatalities_change
FROM monthly
WINDOW w AS (PARTITION BY country ORDER BY month)
ORDER BY country, month;
