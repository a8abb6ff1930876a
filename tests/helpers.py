"""Small helpers shared by tests."""
from __future__ import annotations

DATA_TABLES = ("articles", "article_urls", "events", "event_mentions", "rejects", "event_reports",
               "event_pairs", "event_field_choices")


def table_checksum(con, table: str) -> tuple[int, str]:
    """Row count and an order-independent digest of every column of every row."""
    assert table.isidentifier()  # a trusted name from DATA_TABLES, never data
    return con.execute(
        f"SELECT count(*), coalesce(md5(string_agg(CAST(t AS VARCHAR), '|' ORDER BY CAST(t AS VARCHAR))), '') "
        f"FROM {table} t").fetchone()


def checksums(path) -> dict[str, tuple[int, str]]:
    from etl.warehouse.load import connect

    con = connect(path, read_only=True)
    try:
        present = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        return {t: table_checksum(con, t) for t in DATA_TABLES if t in present}
    finally:
        con.close()
