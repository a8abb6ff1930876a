"""The ACLED reader (both column layouts, date forms, BOM) and the metrics."""
from datetime import date

from etl.evaluation.acled import actor_key, evaluate, macro_f1, parse_acled_date, parse_inter, read_acled

OLD = ("\ufeffdata_id,iso,event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,"
       "assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,region,country,admin1,admin2,admin3,"
       "location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,timestamp,iso3\n"
       '1,466,MLI1,2021-06-03,2021,1,Violence against civilians,Attack,Unidentified Armed Group (Mali),,3,'
       'Civilians (Mali),,7,37,Western Africa,Mali,Mopti,Djenne,,Djenne,13.9,-4.55,1,Test Wire,National,'
       '"On 3 June 2021, gunmen attacked a village near Djenne (Mopti), killing four civilians.",4,0,MLI\n'
       '2,466,MLI2,"5 June 2021",2021,1,Protests,Peaceful protest,Protesters (Mali),,6,,,0,60,Western Africa,'
       'Mali,Bamako,Bamako,,Bamako,12.65,-8.0,1,Test Wire,National,'
       '"On 5 June 2021, traders protested in Bamako against new taxes.",0,0,MLI\n')
NEW = ("event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,"
       "assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,"
       "admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,"
       "tags,timestamp\n"
       'NIG1,20210607,2021,1,Political violence,Battles,Armed clash,Military Forces of Nigeria (2015-2023),,'
       'State forces,Unidentified Armed Group (Nigeria),,Political militia,State forces-Political militia,,566,'
       'Western Africa,Nigeria,Borno,Bama,,Bama,11.52,13.68,1,Test Wire,National,'
       '"On 7 June 2021, soldiers clashed with gunmen near Bama (Borno), killing three gunmen.",3,,0\n')


def test_date_forms():
    assert parse_acled_date("2020-12-31") == date(2020, 12, 31)
    assert parse_acled_date("31 December 2020") == date(2020, 12, 31)
    assert parse_acled_date("20201231") == date(2020, 12, 31)
    assert parse_acled_date("31-Dec-20") == date(2020, 12, 31)


def test_inter_codes_in_both_layouts():
    assert parse_inter("1") == 1 and parse_inter("State forces") == 1
    assert parse_inter("External/Other forces") == 8 and parse_inter("") == 0


def test_reads_old_layout_with_bom(tmp_path):
    path = tmp_path / "old.csv"
    path.write_text(OLD, encoding="utf-8")
    rows = read_acled(path)
    assert [r.event_date for r in rows] == [date(2021, 6, 3), date(2021, 6, 5)]
    assert rows[0].inter1 == 3 and rows[0].inter2 == 7 and rows[0].fatalities == 4
    assert rows[0].event_id == "MLI1"


def test_reads_new_layout(tmp_path):
    path = tmp_path / "new.csv"
    path.write_text(NEW, encoding="utf-8")
    (row,) = read_acled(path)
    assert row.event_date == date(2021, 6, 7) and row.inter1 == 1 and row.inter2 == 3


def test_actor_names_ignore_regime_years():
    assert actor_key("Military Forces of Nigeria (2015-2023)") == actor_key("Military Forces of Nigeria (2023-)")


def test_macro_f1():
    assert macro_f1(["a", "a", "b"], ["a", "a", "b"]) == 1.0
    assert macro_f1(["a", "b"], ["a", None]) == 0.5


def test_evaluate_scores_invented_rows(tmp_path):
    path = tmp_path / "old.csv"
    path.write_text(OLD, encoding="utf-8")
    result = evaluate(read_acled(path))
    assert result["rows"] == 2 and result["coverage"] == 1.0
    assert result["event_type_acc"] == 1.0 and result["event_date_exact"] == 1.0
    assert result["fatalities_exact"] == 1.0 and result["country_acc"] == 1.0
