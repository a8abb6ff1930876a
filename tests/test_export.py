"""`python -m etl export`: ACLED-compatible CSV and Parquet files."""
from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from etl.cli import main
from etl.warehouse.export import ACLED_COLUMNS, export_events
from etl.warehouse.load import connect
from tests.analysis_warehouse import build


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("export")
    path = work / "conflict.duckdb"
    build(path, work)
    return path


@pytest.fixture
def env(built, monkeypatch):
    monkeypatch.setenv("ETL_WAREHOUSE", str(built))
    monkeypatch.setenv("ETL_LOCK_WAIT", "5")
    return built


def test_csv_has_the_31_columns_iso_dates_and_text_inter_codes(env, tmp_path, capsys):
    out = tmp_path / "acled.csv"
    assert main(["export", "--format", "csv", "--output", str(out), "--sort"]) == 0
    assert "wrote 14 events" in capsys.readouterr().out
    with out.open(newline="", encoding="utf-8") as f:
        reader = csv.reader(f)
        header = next(reader)
        body = list(reader)
    assert tuple(header) == ACLED_COLUMNS and len(body) == 14
    frame = pd.read_csv(out, keep_default_na=False)
    assert list(frame["event_date"]) == sorted(frame["event_date"], reverse=True)  # newest first
    assert all(len(d) == 10 and d[4] == "-" for d in frame["event_date"])
    tera = frame[frame["location"] == "Tera"].iloc[0]
    assert (tera["inter1"], tera["inter2"], tera["interaction"]) == ("Rebel group", "State forces",
                                                                     "State forces-Rebel group")
    assert tera["latitude"] == 14.0078 and tera["fatalities"] == 10 and tera["iso"] == 562
    assert set(frame["civilian_targeting"]) == {"", "Civilian targeting"}
    shared = frame[frame["source"].str.contains(";")]
    assert list(shared["source"]) == ["Kano Observer; Lake Chad Monitor"]
    assert not list(tmp_path.glob(".*.tmp"))  # the temporary file was renamed away


def test_legacy_parquet_has_numeric_inter_codes(env, tmp_path):
    out = tmp_path / "acled.parquet"
    assert main(["export", "--output", str(out), "--acled-legacy"]) == 0  # format from suffix
    frame = pd.read_parquet(out)
    assert tuple(frame.columns) == ACLED_COLUMNS and len(frame) == 14
    tera = frame[frame["location"] == "Tera"].iloc[0]
    assert (tera["inter1"], tera["inter2"], tera["interaction"]) == (2, 1, 12)
    protest = frame[frame["sub_event_type"] == "Peaceful protest"].iloc[0]
    assert (protest["inter1"], protest["inter2"], protest["interaction"]) == (6, 0, 60)
    assert str(frame["event_date"].max()) == "2026-10-07"  # dates, not text


def test_filters_are_combined_and_case_insensitive(env, tmp_path):
    out = tmp_path / "sahel.csv"
    args = ["export", "-o", str(out), "--start", "2026-10-01", "--end", "2026-10-07",
            "--country", "mali", "--country", "Niger", "--event-type", "battles",
            "--event-type", "Explosions/Remote violence"]
    assert main(args) == 0
    frame = pd.read_csv(out)
    assert sorted(frame["location"]) == ["Konna", "Niono", "Niono", "Tera"]
    assert set(frame["country"]) == {"Mali", "Niger"}


def test_filter_values_are_bound_not_spliced(built, tmp_path):
    con = connect(built, read_only=True, wait_s=5)
    try:
        hostile = "Mali') OR true OR ('x"
        assert export_events(con, tmp_path / "none.csv", countries=[hostile]) == 0
        assert export_events(con, tmp_path / "one.csv", start=date(2026, 10, 7), end=date(2026, 10, 7),
                             event_types=["Protests"]) == 1
    finally:
        con.close()
    assert len(pd.read_csv(tmp_path / "none.csv")) == 0


def test_a_failed_export_leaves_no_file(built, tmp_path):
    con = connect(built, read_only=True, wait_s=5)
    try:
        with pytest.raises(ValueError):
            export_events(con, tmp_path / "x.xlsx", "xlsx")
    finally:
        con.close()
    assert list(tmp_path.iterdir()) == []


def test_bad_dates_and_missing_warehouse_fail_clearly(env, tmp_path, monkeypatch, capsys):
    assert main(["export", "-o", str(tmp_path / "x.csv"), "--start", "2026-10-07", "--end", "2026-10-01"]) == 2
    monkeypatch.setenv("ETL_WAREHOUSE", str(tmp_path / "missing.duckdb"))
    assert main(["export", "-o", str(tmp_path / "x.csv")]) == 1
    assert "no warehouse" in capsys.readouterr().err
