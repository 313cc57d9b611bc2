"""Crashes and concurrent writers: `kill -9` at random moments of an ingest or an import leaves
the knowledge base as it was before or after; two ingests at once keep every fact of both.

Each scenario runs the real command line in subprocesses against one knowledge-base folder.
The random moments come from a seeded generator, so a failure can be replayed.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from knowledge.ingest import ingest_paths
from knowledge.model import Facts, Goal, Match, SeasonFacts, Source
from knowledge.store import Store
from knowledge.yaml_view import Folder, ReportEntry, dump_yaml, season_to_dict, write_folder
from tests.conftest import ROOT

DEMO = sorted((ROOT / "data" / "reports" / "2017-18").glob("*.txt"))
KILLS_DURING_INGEST = 20
KILLS_DURING_IMPORT = 12


def state(kb: Path) -> str:
    """Everything the knowledge base holds, as one text (and its change counter)."""
    with Store.open(kb, create=False) as store:
        loaded = store.load()
        keys = sorted({(m.competition, m.season) for m in loaded.facts.matches})
        text = "".join(dump_yaml(season_to_dict(loaded.facts, c, s, [], [])) for c, s in keys)
        people = sorted((p.season or "", p.name, p.role) for p in loaded.facts.people)
        return f"{loaded.version}\n{text}{people}\n{sorted(store.report_log().items())}"


def command(*args: str) -> list[str]:
    return [sys.executable, "-m", "bot", *args]


def kill_at_random(cmd: list[str], kb: Path, base: Path, seconds: float, rng: random.Random,
                   before: str, after: str) -> str:
    """Copy `base` to `kb`, start `cmd`, kill -9 it after a random time; which state is left."""
    shutil.rmtree(kb, ignore_errors=True)
    shutil.copytree(base, kb)
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(rng.uniform(0.05, seconds))
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    found = state(kb)
    assert found in (before, after), f"neither before nor after a kill -9:\n{found[:2000]}"
    return "before" if found == before else "after"


def _timed(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, cwd=ROOT, check=True, capture_output=True, timeout=120)
    return time.perf_counter() - start


def test_kill_9_during_ingests_and_imports_leaves_before_or_after(tmp_path: Path):
    rng = random.Random(20260)
    base = tmp_path / "base"
    ingest_paths(DEMO[:7], base)
    before = state(base)
    # the ingest: the other seven demo reports
    done = tmp_path / "done"
    shutil.copytree(base, done)
    ingest_cmd = command("ingest", *map(str, DEMO[7:]), "--kb", str(tmp_path / "work"), "--quiet")
    full = _timed([*ingest_cmd[:-3], "--kb", str(done), "--quiet"])
    after = state(done)
    assert after != before
    outcomes = [kill_at_random(ingest_cmd, tmp_path / "work", base, full * 1.1, rng, before,
                               after) for _ in range(KILLS_DURING_INGEST)]
    # the import: a larger export replaces everything, so most of the time is writing
    export = tmp_path / "export"
    write_folder(export, Folder(_many_matches(600), {"big.txt": ReportEntry("ab" * 32)}),
                 "belgian-cup")
    done = tmp_path / "imported"
    shutil.copytree(base, done)
    import_cmd = command("kb", "import", str(export), "--kb", str(tmp_path / "work"))
    full = _timed([*import_cmd[:-2], "--kb", str(done)])
    after = state(done)
    outcomes += [kill_at_random(import_cmd, tmp_path / "work", base, full * 1.1, rng, before,
                                after) for _ in range(KILLS_DURING_IMPORT)]
    assert len(outcomes) >= 30
    print(f"kill -9: {outcomes.count('before')} left it as before, "
          f"{outcomes.count('after')} as after")


def _many_matches(n: int) -> Facts:
    """`n` made-up matches with goals and sources, over a few seasons (each pair of clubs
    once a season: an import refuses a match given twice)."""
    rng = random.Random(7)
    clubs = [f"Club {i}" for i in range(40)]
    facts = Facts()
    played: set[tuple[str, frozenset]] = set()
    for i in range(n):
        season = f"{1990 + i % 10}-{(91 + i % 10) % 100:02d}"
        home, away = rng.sample(clubs, 2)
        while (season, frozenset((home, away))) in played:
            home, away = rng.sample(clubs, 2)
        played.add((season, frozenset((home, away))))
        src = Source(f"r{i}.txt", f"{1991 + i % 10}-02-01", f"{home} won 2-1 against {away}.")
        facts.matches.append(Match(
            competition="belgian-cup", season=season, round="round of 32", leg=None, home=home,
            away=away, score="2-1", sources={"score": [src]},
            goals=[Goal(f"Player {j}", home if j < 2 else away, 10 + j, sources=[src])
                   for j in range(3)]))
    facts.seasons = [SeasonFacts("belgian-cup", f"{1990 + k}-{(91 + k) % 100:02d}")
                     for k in range(10)]
    return facts


def test_two_concurrent_ingests_keep_every_fact_of_both(tmp_path: Path):
    """Ingests are serialized, each one transaction: two at once give exactly what one after
    the other gives, in one order or the other; neither loses anything."""
    halves = (DEMO[::2], DEMO[1::2])
    sequential = set()
    for order in (halves, halves[::-1]):
        kb = tmp_path / f"seq{len(sequential)}"
        for half in order:
            ingest_paths(half, kb)
        sequential.add(state(kb))
    for attempt in range(3):
        kb = tmp_path / f"kb{attempt}"
        procs = [subprocess.Popen(command("ingest", *map(str, half), "--kb", str(kb), "--quiet"),
                                  cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
                 for half in halves]
        for proc in procs:
            _, err = proc.communicate(timeout=120)
            assert proc.returncode == 0, err.decode()
        assert state(kb) in sequential
        with Store.open(kb) as store:
            assert set(store.report_log()) == {p.name for p in DEMO}
