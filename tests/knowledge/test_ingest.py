"""`python -m bot ingest`: the command-line contract, idempotence, conflicts, corrections."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import yaml

from knowledge.index import load_index
from knowledge.ingest import IngestError, collect_reports, ingest_paths
from knowledge.store import Store
from knowledge.yaml_view import Folder, write_folder
from tests.conftest import FIXTURES, ROOT

REPORT = FIXTURES / "reports" / "return_leg_nl.txt"


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "bot", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=60)


def export(kb: Path, folder: Path) -> dict[str, str]:
    """The knowledge base's YAML view (kb export), file name -> text."""
    with Store.open(kb, create=False) as store:
        write_folder(folder, Folder(store.load().facts, store.report_log()), "belgian-cup")
    return {str(p.relative_to(folder)): p.read_text(encoding="utf-8")
            for p in sorted(folder.rglob("*.yaml"))}


def _snapshot(kb: Path) -> tuple[int, dict[str, str]]:
    """Everything the knowledge base holds, and its change counter."""
    with Store.open(kb, create=False) as store:
        version = store.version()
    return version, export(kb, kb.parent / f"export-{version}")


def test_ingest_command_creates_the_kb_and_prints_a_summary(tmp_path):
    kb = tmp_path / "kb"
    done = _run("ingest", str(REPORT), "--kb", str(kb))
    assert done.returncode == 0, done.stderr
    assert "matches added: 4" in done.stdout
    assert "semi-final leg 2: Royal Antwerp FC 1-0 KV Mechelen" in done.stdout
    assert sorted(p.name for p in kb.iterdir()) == ["cupbot.db"]
    season = yaml.safe_load(export(kb, tmp_path / "out")["belgian-cup/2032-33.yaml"])
    first = season["matches"][0]
    assert first["sources"]["score"][0]["report"] == "return_leg_nl.txt"


def test_scores_are_quoted_in_the_export(tmp_path):
    kb = tmp_path / "kb"
    ingest_paths([REPORT], kb)
    text = export(kb, tmp_path / "out")["belgian-cup/2032-33.yaml"]
    assert 'score: "1-0"' in text and "score: 1-0" not in text


def test_reingest_changes_nothing(tmp_path):
    kb = tmp_path / "kb"
    ingest_paths([REPORT], kb)
    before = _snapshot(kb)
    result = ingest_paths([REPORT], kb)
    assert result.skipped == ["return_leg_nl.txt"]
    assert _snapshot(kb) == before


def test_unreadable_input_is_one_line_and_leaves_the_kb_unchanged(tmp_path):
    kb = tmp_path / "kb"
    ingest_paths([REPORT], kb)
    before = _snapshot(kb)
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    done = _run("ingest", str(REPORT), str(binary), "--kb", str(kb))
    assert done.returncode == 1
    assert done.stderr.strip().count("\n") == 0 and "photo.txt" in done.stderr
    assert _snapshot(kb) == before
    missing = _run("ingest", str(tmp_path / "nope.txt"), "--kb", str(kb))
    assert missing.returncode == 1 and "nope.txt" in missing.stderr


def test_bom_crlf_and_header_lines_are_tolerated(tmp_path):
    text = REPORT.read_text(encoding="utf-8").replace("\n", "\r\n")
    variant = tmp_path / "variant.txt"
    variant.write_bytes(b"\xef\xbb\xbf" + ("Door Jan Peeters\r\nBron: Belga\r\n" + text)
                        .encode("utf-8"))
    index = _ingest_index(tmp_path, variant)
    assert [m.score for m in index.find_matches(["Royal Antwerp FC", "KV Mechelen"])] == [
        "1-0", "2-1"]


def _ingest_index(tmp_path: Path, *reports: Path):
    kb = tmp_path / "kb"
    ingest_paths(list(reports), kb)
    return load_index(kb)


def test_disagreeing_reports_are_kept_as_a_conflict(tmp_path):
    other = tmp_path / "other_outlet.txt"
    other.write_text(REPORT.read_text(encoding="utf-8").replace(
        "won de terugwedstrijd met 1-0", "won de terugwedstrijd met 2-0").replace(
        "dus won Antwerp met 1-0", "dus won Antwerp met 2-0"), encoding="utf-8")
    index = _ingest_index(tmp_path, REPORT, other)
    match = index.find_matches(["Royal Antwerp FC", "KV Mechelen"], leg=2)[0]
    assert match.score == "1-0"
    conflict = next(c for c in match.conflicts if c.field == "score")
    assert {v["value"] for v in conflict.values} == {"1-0", "2-0"}
    assert {s.report for v in conflict.values for s in v["sources"]} == {
        "return_leg_nl.txt", "other_outlet.txt"}


def test_curated_corrections_win_and_are_never_written(tmp_path):
    kb = tmp_path / "kb"
    ingest_paths([REPORT], kb)
    corrections = kb / "corrections.yaml"
    text = ('matches:\n  - match: {season: "2032-33", round: semi-final, leg: 2, '
            'clubs: [Royal Antwerp FC, KV Mechelen]}\n    set: {venue: Bosuilstadion}\n')
    corrections.write_text(text, encoding="utf-8")
    assert load_index(kb).find_matches(["KV Mechelen"], leg=2)[0].venue == "Bosuilstadion"
    other = tmp_path / "again.txt"
    other.write_text(REPORT.read_text(encoding="utf-8"), encoding="utf-8")
    ingest_paths([other], kb)
    assert corrections.read_text(encoding="utf-8") == text
    assert load_index(kb).find_matches(["KV Mechelen"], leg=2)[0].venue == "Bosuilstadion"


def test_collect_reports_reads_folders_in_order(tmp_path):
    (tmp_path / "b.txt").write_text("b", encoding="utf-8")
    (tmp_path / "a.txt").write_text("a", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("x", encoding="utf-8")
    assert [name for name, _ in collect_reports([tmp_path])] == ["a.txt", "b.txt"]
    try:
        collect_reports([tmp_path / "missing"])
    except IngestError as exc:
        assert "missing" in str(exc)
    else:
        raise AssertionError("a missing path must be an error")
