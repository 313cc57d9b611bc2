"""Store speed and memory: start-up, ingest, re-ingest, answers, peak memory, each beside a
baseline measured in the same run.

    .venv/bin/python benchmarks/store_speed.py [--matches 20000] [--reports 2000] [--quick]

It builds its own data in a temporary folder (nothing is written elsewhere):

- a knowledge base of `--matches` made-up matches over many seasons in which every fact
  carries its source (report, date, sentence), written to the SQLite store and, for the
  baseline, as the YAML files of the store before it (what `kb export` writes);
- `--reports` made-up Dutch match reports (one in four a second outlet's report on a match
  already told), for ingesting.

What it prints, each with its target and baseline:

- cold start: wall time of `python -m bot ask --kb KB "question"` (best of 5, after one
  warm-up run that leaves Python's bytecode cache written, as an installed Cupbot has it) on
  the large knowledge base; baseline: the same process loading the YAML files as before;
- answers: p50/p99 of `Responder.ask` over the store's index; baseline: the same facts fully
  in memory (how the index was loaded before);
- ingest: `python -m bot ingest` of 1/4, 1/2 and all of the reports into an empty knowledge
  base (reports per second: linear when it stays flat); baseline: the same reports through
  the naive merge (every new match and person compared with every stored one) on a quarter
  and a half of them;
- re-ingest of all reports unchanged; baseline: reading every report and the whole YAML
  knowledge base first, as before;
- peak memory (maximum resident set) of the ask and ingest processes.

`--quick` skips the slowest baseline (the YAML start-up on the large knowledge base).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from answer_latency import QUESTIONS, synthetic_index  # noqa: E402

from handlers.engine import Responder  # noqa: E402
from knowledge.clubs import default_registry  # noqa: E402
from knowledge.extract.people import same_person  # noqa: E402
from knowledge.index import KnowledgeIndex, load_index  # noqa: E402
from knowledge.ingest import IngestResult, collect_reports, extract_reports  # noqa: E402
from knowledge.merge import Merger, _add_sources, _compatible  # noqa: E402
from knowledge.model import Facts, Match, Person, Source  # noqa: E402
from knowledge.report import read_report  # noqa: E402
from knowledge.store import Store  # noqa: E402
from knowledge.yaml_view import Folder, write_folder  # noqa: E402

QUESTION = "uitslag genk kortrijk"
# The baseline start-up: what `ask` did before the SQLite store (YAML files into memory).
YAML_STARTUP = """
import sys
from pathlib import Path
from handlers.engine import Responder
from knowledge.clubs import default_registry
from knowledge.index import KnowledgeIndex
from knowledge.yaml_view import read_folder
facts = read_folder(Path(sys.argv[1])).facts
print(Responder(KnowledgeIndex(clubs=default_registry(), facts=facts)).ask(sys.argv[2]).text)
"""


# ------------------------------------------------------------------ data
def sourced_facts(n_matches: int) -> Facts:
    """The answer benchmark's synthetic knowledge base, every fact with its source."""
    facts = synthetic_index(n_matches).facts
    for i, m in enumerate(facts.matches):
        report = f"{m.season}-{i:05d}.txt"
        told = Source(report, m.date, f"{m.home} en {m.away} speelden {m.score} in de "
                                      f"{m.round} van de beker ({m.season}).")
        m.sources = {"score": [told], "round": [told], "date": [told]}
        for g in m.goals:
            g.sources = [Source(report, m.date, f"{g.player} scoorde in minuut {g.minute}.")]
    for fact in facts.club_facts + facts.people:
        fact.sources = [Source(f"{fact.season}-history.txt", None,
                               f"Over {fact.club} in {fact.season}.")]
    return facts


FIRST = ["Jonas", "Pieter", "Thomas", "Lucas", "Milan", "Arne", "Wout", "Sander", "Bram", "Dries",
         "Kobe", "Jarne", "Senne", "Lars", "Robbe"]
LAST = ["Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens",
        "Wouters", "De Smet", "Dubois", "Lambert", "Hermans", "Aerts", "Michiels", "Vermeulen"]
ROUNDS = [("zestiende finale", "achtste finale"), ("achtste finale", "kwartfinale")]


def write_reports(folder: Path, n: int, seed: int = 3) -> None:
    """`n` made-up Dutch cup reports; every fourth is another outlet on the match before."""
    rng = random.Random(seed)
    clubs = sorted(default_registry().clubs)
    folder.mkdir(parents=True)
    told: tuple = ()
    for i in range(n):
        if i % 4 == 3 and told:
            home, away, year, rnd, nxt, a, b, scorer = told
            text = (f"date {year + 1}-01-{11 + i % 17:02d}\n{home} - {away} {a}-{b}\n\n"
                    f"In de {rnd} van de Croky Cup won {home} met {a}-{b} van {away}. "
                    f"{scorer} maakte na de rust het verschil. {home} staat in de {nxt}.\n")
        else:
            home, away = rng.sample(clubs, 2)
            year = 1900 + rng.randrange(120)
            rnd, nxt = ROUNDS[i % 2]
            a = rng.randint(1, 4)
            b = rng.randint(0, a - 1)
            scorer = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            told = (home, away, year, rnd, nxt, a, b, scorer)
            text = (f"date {year + 1}-01-{10 + i % 18:02d}\n"
                    f"{home} naar de {nxt} na zege tegen {away}\n\n"
                    f"{home} heeft zich woensdagavond geplaatst voor de {nxt} van de Croky Cup. "
                    f"Thuis won {home} met {a}-{b} van {away} in de {rnd}.\n\n"
                    f"Na de rust besliste {scorer} de wedstrijd. {home} speelt in de {nxt} "
                    f"tegen een nog onbekende tegenstander.\n")
        (folder / f"r{i:05d}.txt").write_text(text, encoding="utf-8")


# ------------------------------------------------------------------ measuring
# Runs a command and reports its wall time and peak memory. A small process of its own starts
# it: a child's peak memory counts the memory of the process it was started from (Linux keeps
# the high-water mark across exec), and this benchmark's own process is large.
MEASURED = """
import os, subprocess, sys, time
start = time.perf_counter()
proc = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL)
_, status, usage = os.wait4(proc.pid, 0)
print(time.perf_counter() - start, usage.ru_maxrss / 1024)
sys.exit(os.waitstatus_to_exitcode(status))
"""


def timed_process(args: list[str]) -> tuple[float, float]:
    """Wall seconds and peak resident memory (MB) of one process."""
    # Python writes its bytecode cache as usual (some sandboxes switch that off, which makes
    # every start compile every module again).
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    done = subprocess.run([sys.executable, "-c", MEASURED, *args], cwd=ROOT,
                          capture_output=True, text=True,
                          env={**env, "PYTHONIOENCODING": "utf-8"})
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed:\n{done.stderr}")
    wall, peak = done.stdout.split()
    return float(wall), float(peak)


def bot(*args: str) -> list[str]:
    return [sys.executable, "-m", "bot", *args]


def answer_latency(index: KnowledgeIndex, rounds: int = 10) -> tuple[float, float]:
    """p50 and p99 (ms) of Responder.ask over the benchmark questions."""
    responder = Responder(index)
    for q in QUESTIONS:
        responder.ask(q, user="warm-up")
    times = []
    for r in range(rounds):
        for q in QUESTIONS:
            t0 = time.perf_counter_ns()
            responder.ask(q, user=f"user{r % 7}", channel="bench")
            times.append((time.perf_counter_ns() - t0) / 1e6)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.99)]


class ScanningMerger(Merger):
    """The merge before keys: every new match and person compared with every stored one."""

    def _find(self, match: Match) -> Match | None:
        candidates = [m for m in self.base.matches if _compatible(m, match)]
        exact = [m for m in candidates if m.round == match.round and m.leg == match.leg]
        return (exact or candidates or [None])[0]

    def _person(self, new: Person) -> None:
        for p in self.base.people:
            if same_person(p.name, new.name) and p.role == new.role and p.season == new.season:
                if len(new.name) > len(p.name):
                    p.name = new.name
                p.club = p.club or new.club
                _add_sources(p.sources, new.sources)
                return
        self.base.people.append(new)

    def _legs_orientation(self, touched: list[Match]) -> None:
        super()._legs_orientation(self.base.matches)


def naive_ingest(folder: Path, out: Path) -> float:
    """Seconds to ingest a folder the naive way: extract, merge by scanning into the whole
    knowledge base, write every YAML file (as the store before SQLite did)."""
    start = time.perf_counter()
    result = IngestResult()
    extracted = extract_reports(collect_reports([folder]), {}, result=result)
    facts = Facts()
    merger = ScanningMerger(facts)
    for item in extracted:
        merger.merge(item.facts)
    write_folder(out, Folder(facts, {e.name: e.entry for e in extracted}), "belgian-cup")
    return time.perf_counter() - start


def line(name: str, value: str, target: str, baseline: str) -> None:
    print(f"{name:<34} {value:>16}   target {target:<12} baseline {baseline}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--matches", type=int, default=20_000)
    parser.add_argument("--reports", type=int, default=2_000)
    parser.add_argument("--quick", action="store_true",
                        help="skip the YAML start-up baseline on the large knowledge base")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="cupbot-bench-") as tmp:
        work = Path(tmp)
        print(f"building a knowledge base of {args.matches} matches (every fact sourced) "
              f"and {args.reports} reports in {work} ...", flush=True)
        facts = sourced_facts(args.matches)
        kb, yaml_kb = work / "kb", work / "yaml"
        with Store.open(kb) as store:
            store.replace_all(Folder(facts=facts))
        write_folder(yaml_kb, Folder(facts=facts), "belgian-cup")
        reports = work / "reports"
        write_reports(reports, args.reports)
        print(f"{'':<34} {'measured':>16}   {'':<19} (same run)")

        # start-up
        runs = [timed_process(bot("ask", "--kb", str(kb), QUESTION)) for _ in range(6)][1:]
        best = min(r[0] for r in runs)
        yaml_peak = "-"
        if args.quick:
            base = "skipped (--quick)"
        else:
            wall, peak = timed_process([sys.executable, "-c", YAML_STARTUP, str(yaml_kb),
                                        QUESTION])
            base = f"{wall:.2f} s (YAML files)"
            yaml_peak = f"{peak:.0f} MB"
        line(f"cold start of ask, {args.matches} matches", f"{best:.2f} s", "<= 1 s", base)
        ask_peak = max(r[1] for r in runs)

        # answers
        p50, p99 = answer_latency(load_index(kb))
        m50, m99 = answer_latency(KnowledgeIndex(clubs=default_registry(), facts=facts))
        line("answer p50 / p99, store index", f"{p50:.2f} / {p99:.2f} ms", "p99 <= 2 ms",
             f"{m50:.2f} / {m99:.2f} ms (all in memory)")

        # ingest: a quarter, a half, all
        rates = []
        for part in (4, 2, 1):
            n = args.reports // part
            subset = work / f"reports-{n}"
            subset.mkdir()
            for path in sorted(reports.iterdir())[:n]:
                os.link(path, subset / path.name)
            wall, peak = timed_process(bot("ingest", str(subset), "--kb",
                                           str(work / f"ingest-{n}"), "--quiet"))
            rates.append((n, n / wall, wall, peak))
            if part > 1:
                naive = naive_ingest(subset, work / f"naive-{n}")
                base = f"{n / naive:.0f} reports/s (naive merge, {naive:.1f} s)"
            else:
                base = "-"
            line(f"ingest {n} reports", f"{n / wall:.0f} reports/s", ">= 100/s", base)
        print(f"{'':<34} (linear when reports/s stays flat: "
              f"{', '.join(f'{n}: {r:.0f}/s' for n, r, _, _ in rates)})")
        ingest_peak = max(r[3] for r in rates)

        # re-ingest unchanged
        wall, _ = timed_process(bot("ingest", str(reports), "--kb",
                                    str(work / f"ingest-{args.reports}"), "--quiet"))
        start = time.perf_counter()
        # the old way compared by reading every YAML file (the naive merge's files break
        # the schema an import checks: only their reading is timed here)
        for path in (work / f"naive-{args.reports // 2}").rglob("*.yaml"):
            yaml.safe_load(path.read_text(encoding="utf-8"))
        for name, data in collect_reports([reports]):
            read_report(data, name)
        base = f"{time.perf_counter() - start:.2f} s (read all reports and the YAML KB first)"
        line(f"re-ingest {args.reports} unchanged", f"{wall:.2f} s", "<= 1 s", base)

        line("peak memory: ask / ingest", f"{ask_peak:.0f} / {ingest_peak:.0f} MB", "<= 300 MB",
             f"{yaml_peak} (ask on the YAML files)")
        size = sum(p.stat().st_size for p in kb.iterdir()) / 1e6
        yaml_size = sum(p.stat().st_size for p in yaml_kb.rglob("*") if p.is_file()) / 1e6
        print(f"knowledge base on disk: {size:.0f} MB SQLite, {yaml_size:.0f} MB as YAML")
    return 0


if __name__ == "__main__":
    sys.exit(main())
