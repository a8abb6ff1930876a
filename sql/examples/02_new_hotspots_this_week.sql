-- Question: which 0.5 degree cells had events in the last 7 days but none in the 30
-- days before that week (new hotspots)? "This week" ends at the last loaded day.
WITH as_of AS (SELECT (max(data_interval_end) - INTERVAL 1 DAY)::DATE AS d FROM events),
this_week AS (
    SELECT h.* FROM as_of, hotspots_between(as_of.d - 6, as_of.d) h
),
previous_month AS (
    SELECT h.* FROM as_of, hotspots_between(as_of.d - 36, as_of.d - 7) h
)
SELECT w.country, w.admin1, w.location, w.center_lat, w.center_lon, w.events, w.fatalities
FROM this_week w
ANTI JOIN previous_month p USING (cell_lat, cell_lon)
ORDER BY w.fatalities DESC, w.events DESC;
