"""The pipeline's steps, as the DAG and the command line run them: one function per
task (fetch, extract, load, check, reprocess), handing each other Parquet staging
files (etl.pipeline.staging) one data interval at a time.

Wiring only: each step calls one stage (etl.sources, etl.articles, etl.extract,
etl.warehouse). May import every stage; no stage imports it.
"""
from etl.pipeline.steps import (  # noqa: F401  (the DAG's and CLI's entry points)
    QualityCheckFailed, check_step, extract_articles, extract_step, fetch_step, load_step,
)
