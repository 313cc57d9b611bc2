"""The bundled knowledge base is what ingesting the bundled demo reports gives."""

from __future__ import annotations

from knowledge.index import load_index
from knowledge.ingest import ingest_paths
from knowledge.store import season_files
from tests.conftest import ROOT

REPORTS = ROOT / "data" / "reports"
BUNDLED = ROOT / "data" / "kb"


def test_bundled_kb_is_up_to_date(tmp_path):
    fresh = tmp_path / "kb"
    ingest_paths([REPORTS], fresh)
    for path in season_files(fresh):
        bundled = BUNDLED / path.relative_to(fresh)
        assert bundled.exists(), f"{bundled} missing: run python -m bot ingest data/reports"
        assert bundled.read_text(encoding="utf-8") == path.read_text(encoding="utf-8"), (
            f"{bundled} is stale: rm -r data/kb/belgian-cup data/kb/reports.yaml && "
            "python -m bot ingest data/reports")


def test_bundled_kb_knows_the_2017_18_cup():
    index = load_index(BUNDLED)
    final = index.find_matches(["Standard Liège", "KRC Genk"], round="final")[0]
    assert (final.score, final.extra_time) == ("1-0", True)
    assert index.season_facts("2017-18").winner == "Standard Liège"
