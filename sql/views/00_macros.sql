-- Shared helpers for the views. ACLED's inter codes are stored as numbers (1-8, 0 for
-- none) and shown as text labels in current exports; these macros are the one place
-- that maps them (the same table as etl.records.INTER_LABELS, checked by tests).

CREATE OR REPLACE MACRO inter_label(code) AS
    CASE code
        WHEN 1 THEN 'State forces'
        WHEN 2 THEN 'Rebel group'
        WHEN 3 THEN 'Political militia'
        WHEN 4 THEN 'Identity militia'
        WHEN 5 THEN 'Rioters'
        WHEN 6 THEN 'Protesters'
        WHEN 7 THEN 'Civilians'
        WHEN 8 THEN 'External/Other forces'
        ELSE NULL
    END;

-- "State forces-Rebel group" (lowest code first) or "Protesters only" (no actor 2).
CREATE OR REPLACE MACRO interaction_label(inter1, inter2) AS
    CASE WHEN coalesce(inter2, 0) = 0 THEN inter_label(inter1) || ' only'
         ELSE inter_label(least(inter1, inter2)) || '-' || inter_label(greatest(inter1, inter2))
    END;

-- South-west corner of the 0.5 degree grid cell holding a coordinate.
CREATE OR REPLACE MACRO grid_half_degree(coordinate) AS floor(coordinate * 2) / 2;
