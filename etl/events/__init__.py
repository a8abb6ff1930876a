"""Events across articles: one real-world event, one row, however many outlets report it.

The extractor codes each article on its own: every event it finds is a *report*
(`Report`, keyed by the per-article id the extractor gives it). This stage decides
which reports, from any outlets and days, describe the same real-world event, and
merges each group into one ACLED row as the codebook asks:

* `same.same_event(a, b) -> PairDecision`: a score, a yes/no and the reasons, from
  hard rules (same country and calendar month, dates whose precision windows meet,
  places within a radius that widens with geo_precision, compatible event types and
  actors, never two reports of one article) and a weighted similarity;
* `cluster.cluster_reports(reports) -> list[Cluster]`: connected components of the
  "same" pairs, split by complete linkage (every two reports of an event were judged
  the same event), deterministic and independent of input order;
* `merge.merge_cluster(reports) -> MergedEvent`: the event row (most precise date and
  place, most conservative credible fatalities, most specific actors, every outlet),
  its mentions and the evidence of each field choice.

Pure Python over the typed records of `events.records`; no DuckDB. The warehouse
(etl.warehouse) stores reports, asks this stage which events they form, and writes
the rows. May import: etl.records, etl.extract.
"""
from etl.events.cluster import Cluster, cluster_reports  # noqa: F401
from etl.events.merge import MergedEvent, merge_cluster  # noqa: F401
from etl.events.records import FieldChoice, PairDecision, Report, report_from_event  # noqa: F401
from etl.events.same import same_event  # noqa: F401
