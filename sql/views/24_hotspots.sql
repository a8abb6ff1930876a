-- Mart: events and fatalities on a 0.5 degree grid. `hotspots` has one row per cell and
-- month (period = first day of the month); `hotspots_between(start, end)` is a table
-- macro for any period, start and end inclusive:
--     SELECT * FROM hotspots_between(DATE '2026-10-01', DATE '2026-10-07') ORDER BY events DESC;
-- cell_lat / cell_lon are the cell's south-west corner; country/admin1/location are those of the
-- cell's deadliest event in the period. Events without coordinates are left out.
CREATE OR REPLACE VIEW hotspots AS
SELECT month AS period, cell_lat, cell_lon,
       cell_lat + 0.25 AS center_lat, cell_lon + 0.25 AS center_lon,
       count(*) AS events,
       sum(fatalities)::BIGINT AS fatalities,
       arg_max(country, fatalities) AS country,
       arg_max(admin1, fatalities) AS admin1,
       arg_max(location, fatalities) AS location
FROM stg_events
WHERE latitude IS NOT NULL AND longitude IS NOT NULL
GROUP BY month, cell_lat, cell_lon;

CREATE OR REPLACE MACRO hotspots_between(start_date, end_date) AS TABLE
SELECT cell_lat, cell_lon,
       cell_lat + 0.25 AS center_lat, cell_lon + 0.25 AS center_lon,
       count(*) AS events,
       sum(fatalities)::BIGINT AS fatalities,
       arg_max(country, fatalities) AS country,
       arg_max(admin1, fatalities) AS admin1,
       arg_max(location, fatalities) AS location
FROM stg_events
WHERE latitude IS NOT NULL AND longitude IS NOT NULL
  AND event_date BETWEEN start_date AND end_date
GROUP BY cell_lat, cell_lon;
