"""`python -m bot kb ...`, --version, and choosing the knowledge base and settings file
(--kb, CUPBOT_KB, CUPBOT_CONFIG, config.yaml in the working directory)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import main
from knowledge.ingest import ingest_paths
from knowledge.schema import SCHEMA_VERSION
from knowledge.store import Store
from tests.conftest import FIXTURES, ROOT

REPORT = FIXTURES / "reports" / "return_leg_nl.txt"


@pytest.fixture
def kb(tmp_path: Path) -> Path:
    ingest_paths([REPORT], tmp_path / "kb")
    return tmp_path / "kb"


def run(capsys: pytest.CaptureFixture, *args: str) -> tuple[int, list[str], str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out.splitlines(), err


def test_list_names_seasons_rounds_and_reports(capsys, kb: Path):
    code, out, _ = run(capsys, "kb", "list", "--kb", str(kb))
    assert code == 0
    assert out[0].startswith(
        f"knowledge base {kb / 'cupbot.db'} (schema {SCHEMA_VERSION}, version 1)")
    assert "2032-33 belgian-cup: 4 matches (semi-final 4)" in out
    assert out[-2:] == ["reports: 1", "  return_leg_nl.txt (2033-02)"]


def test_show_and_remove_a_report(capsys, kb: Path):
    code, out, _ = run(capsys, "kb", "show", "return_leg_nl.txt", "--kb", str(kb))
    assert code == 0 and out[0].startswith("report return_leg_nl.txt")
    assert any("Royal Antwerp FC 1-0 KV Mechelen" in line for line in out)
    code, out, _ = run(capsys, "kb", "remove", "return_leg_nl.txt", "--kb", str(kb))
    assert code == 0 and out[0].startswith("return_leg_nl.txt: ")
    with Store.open(kb) as store:
        assert store.load().facts.matches == [] and store.report_log() == {}
    code, _, err = run(capsys, "kb", "remove", "return_leg_nl.txt", "--kb", str(kb))
    assert code == 1 and err.startswith("error: return_leg_nl.txt: no such report")


def test_stats_count_what_the_knowledge_base_holds(capsys, kb: Path):
    code, out, _ = run(capsys, "kb", "stats", "--kb", str(kb))
    assert code == 0 and "reports: 1" in out
    assert f"schema version: {SCHEMA_VERSION}; change counter: 1" in out


def test_export_then_import_elsewhere(capsys, kb: Path, tmp_path: Path):
    code, out, _ = run(capsys, "kb", "export", str(tmp_path / "out"), "--kb", str(kb))
    assert code == 0 and (tmp_path / "out" / "belgian-cup" / "2032-33.yaml").is_file()
    code, out, _ = run(capsys, "kb", "import", str(tmp_path / "out"), "--kb",
                       str(tmp_path / "copy"))
    assert code == 0 and out[0].startswith("imported ")
    with Store.open(kb) as one, Store.open(tmp_path / "copy") as two:
        assert sorted(m.key() for m in one.load().facts.matches) == sorted(
            m.key() for m in two.load().facts.matches)


def test_a_broken_export_is_one_line_and_changes_nothing(capsys, kb: Path, tmp_path: Path):
    broken = tmp_path / "broken" / "belgian-cup"
    broken.mkdir(parents=True)
    (broken / "2032-33.yaml").write_text("competition: belgian-cup\nmatches: [\n",
                                         encoding="utf-8")
    code, _, err = run(capsys, "kb", "import", str(tmp_path / "broken"), "--kb", str(kb))
    assert code == 1 and len(err.splitlines()) == 1 and "2032-33.yaml: line 3" in err
    with Store.open(kb) as store:
        assert store.version() == 1


def test_a_missing_knowledge_base_is_one_line(capsys, tmp_path: Path):
    code, _, err = run(capsys, "kb", "list", "--kb", str(tmp_path / "nope"))
    assert code == 1 and err == f"error: {tmp_path / 'nope'}: knowledge base not found\n"


def test_cupbot_kb_and_cupbot_config_choose_the_files(capsys, kb: Path, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("CUPBOT_KB", str(kb))
    code, out, _ = run(capsys, "kb", "stats")
    assert code == 0 and out[0] == f"knowledge base: {kb / 'cupbot.db'}"
    config = tmp_path / "elsewhere.yaml"
    config.write_text(f"knowledge_base: {tmp_path / 'other'}\n", encoding="utf-8")
    monkeypatch.delenv("CUPBOT_KB")
    monkeypatch.setenv("CUPBOT_CONFIG", str(config))
    code, _, err = run(capsys, "kb", "stats")
    assert code == 1 and str(tmp_path / "other") in err


def test_config_yaml_of_the_working_directory_is_read(capsys, kb: Path, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch):
    (tmp_path / "config.yaml").write_text("knowledge_base: kb\nlogging: {level: LOUD}\n",
                                          encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, _, err = run(capsys, "kb", "stats")
    assert code == 1 and "config.yaml: line 2: logging.level: must be one of" in err


def test_version():
    done = subprocess.run([sys.executable, "-m", "bot", "--version"], cwd=ROOT,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and done.stdout.startswith("cupbot 0.")


def test_the_log_file_of_config_yaml_gets_the_records(tmp_path: Path):
    import logging

    from bot.config import load_settings
    from bot.logs import setup_logging

    config = tmp_path / "config.yaml"
    config.write_text("logging: {level: WARNING, file: logs/cupbot.log, max_bytes: 20000}\n",
                      encoding="utf-8")
    settings = load_settings(config)
    root = logging.getLogger()
    level, handlers = root.level, list(root.handlers)
    try:
        setup_logging(settings.logging)
        logging.getLogger("bot.test").warning("a warning for the file")
        logging.getLogger("bot.test").info("too quiet to be written")
    finally:
        for handler in set(root.handlers) - set(handlers):
            handler.close()
            root.removeHandler(handler)
        root.setLevel(level)
    written = (tmp_path / "logs" / "cupbot.log").read_text(encoding="utf-8")
    assert "WARNING  bot.test: a warning for the file" in written
    assert "too quiet" not in written
