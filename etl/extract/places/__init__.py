"""Places and gazetteer: where an event happened, as ACLED codes it (country, admin1-3,
location, point, geo precision).

index (the Gazetteer structure and name primitives) is the bottom; the builders
(build, acled_names, admin2, admin3) fill it from the installed GeoNames packages and
the tables in geo/; gazetteer caches and loads it; text reads place names out of a
sentence; candidates scores them; resolve (`resolve_location`) picks one.

May import: etl.records. Reference data: geo/*.csv, geo/*.toml.
"""
