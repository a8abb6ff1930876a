-- severity: error
-- Event type, sub-event type and disorder type must form a pair of ACLED's taxonomy.
WITH taxonomy(event_type, sub_event_type, disorder_type) AS (VALUES
    ('Battles', 'Armed clash', 'Political violence'),
    ('Battles', 'Government regains territory', 'Political violence'),
    ('Battles', 'Non-state actor overtakes territory', 'Political violence'),
    ('Protests', 'Peaceful protest', 'Demonstrations'),
    ('Protests', 'Protest with intervention', 'Demonstrations'),
    ('Protests', 'Excessive force against protesters', 'Political violence; Demonstrations'),
    ('Riots', 'Violent demonstration', 'Demonstrations'),
    ('Riots', 'Mob violence', 'Political violence'),
    ('Explosions/Remote violence', 'Chemical weapon', 'Political violence'),
    ('Explosions/Remote violence', 'Air/drone strike', 'Political violence'),
    ('Explosions/Remote violence', 'Suicide bomb', 'Political violence'),
    ('Explosions/Remote violence', 'Shelling/artillery/missile attack', 'Political violence'),
    ('Explosions/Remote violence', 'Remote explosive/landmine/IED', 'Political violence'),
    ('Explosions/Remote violence', 'Grenade', 'Political violence'),
    ('Violence against civilians', 'Sexual violence', 'Political violence'),
    ('Violence against civilians', 'Attack', 'Political violence'),
    ('Violence against civilians', 'Abduction/forced disappearance', 'Political violence'),
    ('Strategic developments', 'Agreement', 'Strategic developments'),
    ('Strategic developments', 'Arrests', 'Strategic developments'),
    ('Strategic developments', 'Change to group/activity', 'Strategic developments'),
    ('Strategic developments', 'Disrupted weapons use', 'Strategic developments'),
    ('Strategic developments', 'Headquarters or base established', 'Strategic developments'),
    ('Strategic developments', 'Looting/property destruction', 'Strategic developments'),
    ('Strategic developments', 'Non-violent transfer of territory', 'Strategic developments'),
    ('Strategic developments', 'Other', 'Strategic developments'))
SELECT e.event_id_cnty
FROM events e ANTI JOIN taxonomy t USING (event_type, sub_event_type, disorder_type)
WHERE e.event_id_cnty IN (SELECT event_id_cnty FROM event_mentions WHERE data_interval_start = $interval_start)
