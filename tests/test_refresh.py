"""The downstream refresh rewrites the ACLED-layout exports after a load."""
from __future__ import annotations

import pandas as pd

from etl.config import load_settings
from etl.warehouse.load import load_interval, writer
from etl.warehouse.refresh import refresh_warehouse
from tests.test_load import DAY, _article, _event, _stage


def test_refresh_writes_both_exports(tmp_path, warehouse):
    a = _article(1)
    with writer(warehouse) as con:
        load_interval(con, DAY, _stage(tmp_path, [a], [_event(a, 0), _event(a, 40, fatalities=5)]))
    result = refresh_warehouse(load_settings())
    assert result.events == 2 and len(result.exports) == 2
    csv = pd.read_csv(next(p for p in result.exports if p.endswith(".csv")))
    parquet = pd.read_parquet(next(p for p in result.exports if p.endswith(".parquet")))
    assert len(csv.columns) == 31 and list(csv.columns) == list(parquet.columns)
    assert sorted(csv["fatalities"]) == [2, 5]
    assert set(csv["interaction"]) == {"State forces-Rebel group"}
    assert not list(warehouse.parent.glob("exports/*.tmp"))
