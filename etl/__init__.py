"""Conflict-event warehouse: news articles to ACLED-style event rows in DuckDB.

A plain library: importable and testable without Airflow.
"""
__version__ = "0.1.0"
