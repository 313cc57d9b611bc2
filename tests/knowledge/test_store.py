"""The SQLite store: export/import round trip, migrations, taking a report back, file modes."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from knowledge.index import load_index
from knowledge.ingest import ingest_paths
from knowledge.inspection import NotFound, remove_report, show_lines
from knowledge.reference_loader import ReferenceError
from knowledge.schema import SCHEMA_VERSION
from knowledge.store import DB_FILE, Store, StoreError
from knowledge.yaml_view import Folder, read_folder, write_folder
from tests.conftest import FIXTURES, SEED_KB_YAML

REPORT = FIXTURES / "reports" / "return_leg_nl.txt"


def export_texts(kb: Path, folder: Path) -> dict[str, bytes]:
    with Store.open(kb, create=False) as store:
        write_folder(folder, Folder(store.load().facts, store.report_log()), "belgian-cup")
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file()}


def test_export_import_export_is_byte_identical(demo_kb: Path, tmp_path: Path):
    first = export_texts(demo_kb, tmp_path / "one")
    assert "belgian-cup/2017-18.yaml" in first and "reports.yaml" in first
    with Store.open(tmp_path / "copy") as store:
        store.replace_all(read_folder(tmp_path / "one"))
    assert export_texts(tmp_path / "copy", tmp_path / "two") == first


def test_an_import_replaces_everything_and_an_export_drops_stale_files(tmp_path: Path):
    kb = tmp_path / "kb"
    ingest_paths([REPORT], kb)
    export_texts(kb, tmp_path / "out")
    (tmp_path / "out" / "belgian-cup" / "1999-00.yaml").write_text(
        'competition: belgian-cup\nseason: "1999-00"\n', encoding="utf-8")
    with Store.open(kb) as store:
        store.replace_all(read_folder(SEED_KB_YAML))
        assert set(store.report_log()) == set()
        assert {m.season for m in store.load().facts.matches} == {"2017-18"}
    assert set(export_texts(kb, tmp_path / "out")) == {"belgian-cup/2017-18.yaml",
                                                       "reports.yaml"}


def test_a_yaml_knowledge_base_of_the_previous_schema_is_migrated(tmp_path: Path):
    legacy = tmp_path / "kb"
    shutil.copytree(SEED_KB_YAML, legacy)
    expected = read_folder(legacy)
    index = load_index(legacy)
    assert (legacy / DB_FILE).is_file()
    assert len(index.matches) == len(expected.facts.matches) > 0
    with Store.open(legacy) as store:
        facts = store.load().facts
    assert [m.key() for m in facts.matches] == [m.key() for m in expected.facts.matches]
    assert [(g.player, g.minute) for m in facts.matches for g in m.goals] == [
        (g.player, g.minute) for m in expected.facts.matches for g in m.goals]
    assert facts.people == expected.facts.people
    assert sqlite3.connect(legacy / DB_FILE).execute("PRAGMA user_version").fetchone() == (
        SCHEMA_VERSION,)


def test_a_database_of_a_newer_cupbot_is_refused(tmp_path: Path):
    ingest_paths([REPORT], tmp_path / "kb")
    conn = sqlite3.connect(tmp_path / "kb" / DB_FILE)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    newer = SCHEMA_VERSION + 1
    with pytest.raises(StoreError, match=rf"cupbot\.db: schema version {newer} is newer"):
        Store.open(tmp_path / "kb")


def test_files_get_the_usual_mode_not_owner_only(tmp_path: Path):
    old = os.umask(0o022)
    try:
        kb = tmp_path / "kb"
        ingest_paths([REPORT], kb)
        export_texts(kb, tmp_path / "out")
        modes = {p.name: p.stat().st_mode & 0o777 for p in [kb / DB_FILE,
                                                             *(tmp_path / "out").rglob("*.yaml")]}
    finally:
        os.umask(old)
    assert set(modes.values()) == {0o644}, modes


def _two_outlets(tmp_path: Path) -> tuple[Path, Path]:
    """The fixture report, and a second outlet's report on the same match with another
    first-leg score (a conflict)."""
    other = tmp_path / "other_outlet.txt"
    other.write_text(REPORT.read_text(encoding="utf-8").replace(
        "won de terugwedstrijd met 1-0", "won de terugwedstrijd met 2-0").replace(
        "dus won Antwerp met 1-0", "dus won Antwerp met 2-0"), encoding="utf-8")
    return REPORT, other


def test_remove_takes_back_only_what_the_report_alone_brought(tmp_path: Path):
    kb = tmp_path / "kb"
    first, other = _two_outlets(tmp_path)
    ingest_paths([first], kb)
    with Store.open(kb) as store:
        alone = store.load().facts
    ingest_paths([other], kb)
    with Store.open(kb) as store:
        removal, saved = remove_report(store, other.name)
        facts = store.load().facts
        assert other.name not in store.report_log() and saved.version == store.version()
    assert removal.taken.changed and not any(
        s.report == other.name for m in facts.matches for ss in m.sources.values() for s in ss)
    assert [(m.key(), m.score, m.conflicts) for m in facts.matches] == [
        (m.key(), m.score, m.conflicts) for m in alone.matches]
    with Store.open(kb) as store:
        remove_report(store, first.name)
        assert store.load().facts.matches == [] and store.report_log() == {}
        with pytest.raises(NotFound, match="no such report"):
            remove_report(store, first.name)


def test_remove_keeps_the_other_side_of_a_conflict(tmp_path: Path):
    kb = tmp_path / "kb"
    first, other = _two_outlets(tmp_path)
    ingest_paths([first, other], kb)
    with Store.open(kb) as store:
        remove_report(store, first.name)
        leg2 = next(m for m in store.load().facts.matches if m.leg == 2)
    assert leg2.score == "2-0" and leg2.conflicts == []
    assert {s.report for s in leg2.sources["score"]} == {other.name}


def test_show_names_the_facts_of_a_season_match_and_report(demo_kb: Path):
    with Store.open(demo_kb) as store:
        season = show_lines(store, "2017-18")
        final = next(line for line in season if "final: Standard Liège 1-0 KRC Genk" in line)
        number = final.split()[0]
        match = show_lines(store, number)
        report = show_lines(store, "2017-18/13_analyse-finale.txt")
        with pytest.raises(NotFound):
            show_lines(store, "nothing.txt")
    assert match[0] == final.strip()
    assert any("[2017-18/13_analyse-finale.txt, 2018-03-18]" in line for line in match)
    assert report[0].startswith("report 2017-18/13_analyse-finale.txt (2018-03-18, sha256 ")


@pytest.mark.parametrize(("text", "message"), [
    ("matches:\n  - match: {season: 2017-18}\n    sett: {score: \"1-0\"}\n",
     "line 3: matches[0].sett: unknown field"),
    ("matches:\n  - match: {season: \"2017-18\", leg: first}\n",
     "line 2: matches[0].match.leg: must be 1 or 2"),
    ("seasons:\n  - season: \"2017-18\"\n    set:\n      winner: [Genk]\n",
     "line 4: seasons[0].set.winner: must be text"),
    ("matches:\n  - add: {season: \"2017-18\", home: KRC Genk}\n",
     "line 2: matches[0].add: needs 'away'"),
    ("matches:\n  - match: {season: \"2017-18\"}\n    goals:\n      - {club: KRC Genk}\n",
     "line 4: matches[0].goals[0]: needs 'player'"),
])
def test_corrections_mistakes_name_file_line_and_field(seed_kb: Path, tmp_path: Path,
                                                       text: str, message: str):
    kb = tmp_path / "kb"
    shutil.copytree(seed_kb, kb)
    (kb / "corrections.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(ReferenceError) as caught:
        load_index(kb)
    assert str(caught.value).startswith(f"{kb / 'corrections.yaml'}: {message}")


def test_removing_every_report_leaves_no_season_fact(demo_kb: Path, tmp_path: Path):
    kb = tmp_path / "kb"
    shutil.copytree(demo_kb, kb)
    with Store.open(kb) as store:
        for name in list(store.report_log()):
            remove_report(store, name)
        facts = store.load().facts
    assert facts.matches == []
    assert [(s.season, s.finalists, s.winner) for s in facts.seasons
            if s.finalists or s.winner] == []


def test_an_edited_report_replaces_its_old_version(tmp_path: Path):
    kb = tmp_path / "kb"
    report = tmp_path / "in" / "finale.txt"
    report.parent.mkdir()
    text = ("date 2031-03\nAntwerp wint de beker\n\nRoyal Antwerp won de bekerfinale in het "
            "Koning Boudewijnstadion met {score} van KV Mechelen.")
    report.write_text(text.format(score="3-1"), encoding="utf-8")
    ingest_paths([report], kb)
    report.write_text(text.format(score="4-1"), encoding="utf-8")
    result = ingest_paths([report], kb)
    assert result.replaced == ["finale.txt"]
    with Store.open(kb) as store:
        final = store.load().facts.matches[0]
    assert final.score == "4-1" and final.conflicts == []


def test_importing_a_folder_without_an_export_changes_nothing(demo_kb: Path, tmp_path: Path):
    kb = tmp_path / "kb"
    shutil.copytree(demo_kb, kb)
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "report.txt").write_text("Genk won.", encoding="utf-8")
    for folder in (tmp_path / "typo", tmp_path / "notes"):
        with pytest.raises(ReferenceError, match="nothing was changed|no such folder"):
            read_folder(folder)
    with Store.open(kb) as store:
        assert store.load().facts.matches
