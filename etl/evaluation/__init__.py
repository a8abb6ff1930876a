"""Measuring the extractor: scores against ACLED exports (acled.py) and hand-coded
gold articles. Used by `python -m etl evaluate` and `make eval`; never by the pipeline.

May import: etl.records, etl.extract.
"""
