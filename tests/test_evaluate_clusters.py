"""`python -m etl evaluate --clusters DIR`: pairwise precision and recall of "same event"
on a cluster set (tests/fixtures/clusters: invented articles, two events told twice and
a look-alike)."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

from etl.cli import main
from etl.evaluation.clusters import score_clusters

FIXTURE = Path(__file__).parent / "fixtures" / "clusters"


def test_fixture_set_scores_perfectly():
    s = score_clusters(FIXTURE)
    assert (s.articles, s.gold_clusters, s.matched) == (5, 3, 5)
    assert (s.tp, s.fp, s.fn) == (2, 0, 0) and s.passed
    assert s.precision == 1.0 and s.recall == 1.0


def test_a_missed_merge_lowers_recall_and_is_listed(tmp_path):
    folder = tmp_path / "clusters"
    shutil.copytree(FIXTURE, folder)
    # say the army post attack in Djibo were the market attack: two gold pairs now missed
    path = folder / "bf-djibo-post-radio-20261005.gold.json"
    gold = json.loads(path.read_text())
    gold["events"][0]["cluster"] = "djibo-market-2026-10-04"
    path.write_text(json.dumps(gold))
    s = score_clusters(folder)
    assert (s.tp, s.fp, s.fn) == (2, 0, 2) and s.recall == 0.5 and not s.passed
    assert len(s.errors) == 2 and all("different targets" in e for e in s.errors)


def test_cli_reports_the_figures(capsys):
    assert main(["evaluate", "--clusters", str(FIXTURE)]) == 0
    out = capsys.readouterr().out
    assert "precision 1.000, recall 1.000" in out and "PASS" in out
