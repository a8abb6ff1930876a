"""The warehouse: the only code that writes DuckDB, and everything that reads it.

load (migrations, idempotent interval loads, the one-writer lock), merging (which
events a load's reports change, decided with etl.events), checks (quality
checks from sql/checks/), views (the analysis layer from sql/views/), export
(ACLED-compatible files), query (read-only SQL), refresh (views and exports after a
load). SQL lives in sql/ as files; these modules load it and bind parameters.

May import: etl.config, etl.records, etl.events (and the earlier stages' records).
Nothing here imports the pipeline or the command line.
"""
