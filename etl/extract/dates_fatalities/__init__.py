"""Dates and fatalities: when an event happened (resolved against the publication
date, with ACLED's time precision and the historical flag) and how many were killed
in it (the lowest credible figure, numbers in words, vague amounts by scale).

May import: etl.records. Pure functions over text; no data files.
"""
