-- Question: which pairs of actors fought each other most often, and how deadly was it?
SELECT country, actor1, actor2, interaction, events, fatalities, first_event, last_event
FROM actor_dyads
WHERE actor2 IS NOT NULL
ORDER BY events DESC, fatalities DESC
LIMIT 20;
