"""The bundled demo reports build the default knowledge base, in the user's data folder; the
source tree's data is only read."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from bot.locations import default_kb_dir, demo_reports_dir
from knowledge.index import load_index
from tests.conftest import ROOT


def _tree(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {str(p.relative_to(folder)): (p.read_bytes(), p.stat().st_mode)
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_first_run_builds_the_default_kb_from_the_demo_reports(own_user_folders: Path):
    data_before = _tree(ROOT / "data")
    done = subprocess.run([sys.executable, "-m", "bot", "ask", "wie won de beker in 2018?"],
                          cwd=ROOT, capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONIOENCODING": "utf-8"})
    assert done.returncode == 0, done.stderr
    assert "Standard" in done.stdout
    assert "building your knowledge base" in done.stderr
    kb = default_kb_dir()
    assert kb.is_relative_to(own_user_folders) and (kb / "cupbot.db").is_file()
    assert _tree(ROOT / "data") == data_before
    again = subprocess.run([sys.executable, "-m", "bot", "ask", "uitslag finale"], cwd=ROOT,
                           capture_output=True, text=True, timeout=120)
    assert again.returncode == 0 and again.stderr == ""
    index = load_index(kb)
    final = index.find_matches(["Standard Liège", "KRC Genk"], round="final")[0]
    assert (final.score, final.extra_time) == ("1-0", True)
    assert index.season_facts("2017-18").winner == "Standard Liège"


def test_the_demo_reports_are_the_source_tree_s_in_a_checkout():
    assert demo_reports_dir() == ROOT / "data" / "reports"
    assert len(list(demo_reports_dir().rglob("*.txt"))) == 14
