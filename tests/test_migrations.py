"""The versioned migration step is safe to run at every start."""
from etl.warehouse.load import connect, migrate, SQL_DIR


def test_migration_is_repeatable(warehouse):
    con = connect(warehouse)
    first = migrate(con)
    assert first, "a new warehouse gets every migration"
    tables_before = con.execute("SELECT table_name FROM information_schema.tables ORDER BY 1").fetchall()
    assert migrate(con) == []
    assert migrate(con) == []
    tables_after = con.execute("SELECT table_name FROM information_schema.tables ORDER BY 1").fetchall()
    assert tables_before == tables_after
    versions = [r[0] for r in con.execute("SELECT version FROM schema_migrations ORDER BY 1").fetchall()]
    files = sorted(p.name[:3] for p in (SQL_DIR / "migrations").glob("[0-9][0-9][0-9]_*.sql"))
    assert versions == [int(v) for v in files]
    con.close()


def test_schema_has_acled_columns(warehouse):
    con = connect(warehouse)
    migrate(con)
    columns = {r[0] for r in con.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = 'events'").fetchall()}
    acled = ("event_id_cnty event_date year time_precision disorder_type event_type sub_event_type "
             "actor1 assoc_actor_1 inter1 actor2 assoc_actor_2 inter2 interaction civilian_targeting "
             "iso region country admin1 admin2 admin3 location latitude longitude geo_precision source "
             "source_scale notes fatalities tags timestamp").split()
    assert set(acled) <= columns
    assert {"extractor_version", "confidence", "historical", "data_interval_start"} <= columns
    for table in ("articles", "event_mentions", "pipeline_runs", "rejects"):
        assert con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = ?",
                           [table]).fetchone()[0] == 1
    con.close()
