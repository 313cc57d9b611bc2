"""Precision and recall of fact extraction over labelled reports.

Each labelled folder holds report files and a `labels.yaml` (written separately from the
reports) listing what a careful reader finds in each. Every report is extracted alone and
compared with its labels:

- matches: (season, round, leg, the two clubs)
- scores:  a match plus its home-first score (home/away must be right when the label has them)
- goals:   a match plus scorer surname, club, and minute; a goal without a minute or club
           matches a labelled goal of that player with any minute or club (a missing detail
           is not a wrong fact; a minute or club that differs from the label is)
- extras:  extra time, penalties, aggregate, qualified, venue

A folder with a `labels/` directory is the real-report corpus (benchmarks/real): its texts
live outside the repo (see benchmarks/real/README.md), and it is measured per split (dev and
test apart), per fact family (matches, scores, rounds, winners and finalists, goals, history),
per language and per format; see `real_corpus.py`.

Usage:  python benchmarks/extraction_quality.py [FOLDER ...]
        (default: data/reports/2017-18 and tests/fixtures/heldout)
Add --details to list every false positive and false negative.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import real_corpus  # noqa: E402  (benchmarks/real_corpus.py)
import yaml  # noqa: E402

from knowledge.checks import check_report  # noqa: E402
from knowledge.clubs import default_registry  # noqa: E402
from knowledge.extract.story import StoryExtractor  # noqa: E402
from knowledge.lexicon import default_lexicon  # noqa: E402
from knowledge.model import Match  # noqa: E402
from knowledge.report import read_report  # noqa: E402
from knowledge.text import fold  # noqa: E402

DEFAULT_FOLDERS = [ROOT / "data" / "reports" / "2017-18", ROOT / "tests" / "fixtures" / "heldout"]
FAMILIES = ("matches", "scores", "goals", "extras")


def _key(season, round_, leg, clubs) -> tuple:
    # sorted, not a set: the printed details stay the same from run to run
    return (str(season), round_, leg, tuple(sorted(clubs)))


def label_items(label: dict) -> dict[str, set]:
    """The facts of one report's labels, per family."""
    items: dict[str, set] = {f: set() for f in FAMILIES}
    for m in label.get("matches") or []:
        clubs = m.get("clubs") or [m["home"], m["away"]]
        key = _key(m.get("season"), m.get("round"), m.get("leg"), clubs)
        items["matches"].add(key)
        ordered = "home" in m
        if m.get("score"):
            items["scores"].add((key, clubs[0] if ordered else None, str(m["score"])))
        for g in m.get("goals") or []:
            items["goals"].add((key, real_corpus.surname(g["player"]), g.get("club"),
                                g.get("minute")))
        for name in ("extra_time", "penalties", "aggregate", "qualified"):
            if m.get(name) is not None:
                items["extras"].add((key, name, str(m[name]), clubs[0] if ordered else None))
        if m.get("venue"):
            items["extras"].add((key, "venue", _venue_id(m["venue"]), None))
    return items


def _venue_id(venue: str) -> str:
    """One identity for the names of one ground ("Sclessin" = "Stade Maurice Dufrasne")."""
    owners = default_registry().stadium_clubs(venue)
    return "ground of " + "+".join(sorted(owners)) if owners else fold(venue)


def predicted_items(matches: list[Match], label: dict) -> dict[str, set]:
    """The extracted facts in the label's shape; orientation-free labels are matched either way."""
    unordered = {frozenset(m.get("clubs")) for m in label.get("matches") or [] if m.get("clubs")}
    items: dict[str, set] = {f: set() for f in FAMILIES}
    for m in matches:
        key = _key(m.season, m.round, m.leg, m.clubs)
        items["matches"].add(key)
        free = frozenset(m.clubs) in unordered
        if m.score:
            if free:
                lab = next(x for x in label["matches"] if frozenset(x.get("clubs") or []) ==
                           frozenset(m.clubs))
                first = lab["clubs"][0]
                score = m.score if m.home == first else "-".join(reversed(m.score.split("-")))
                items["scores"].add((key, None, score))
            else:
                items["scores"].add((key, m.home, m.score))
        for g in m.goals:
            items["goals"].add((key, real_corpus.surname(g.player), g.club, g.minute))
        for name in ("extra_time", "penalties", "aggregate", "qualified"):
            value = getattr(m, name)
            if value is not None and value is not False:
                if free and name in ("penalties", "aggregate"):
                    lab = next(x for x in label["matches"]
                               if frozenset(x.get("clubs") or []) == frozenset(m.clubs))
                    if m.home != lab["clubs"][0]:
                        value = "-".join(reversed(str(value).split("-")))
                items["extras"].add((key, name, str(value), None if free else m.home))
        if m.venue:
            items["extras"].add((key, "venue", _venue_id(m.venue), None))
    return items


def _normalise_extras(items: dict[str, set]) -> None:
    """Only oriented extras (penalties, aggregate) keep the home club in their identity."""
    items["extras"] = {(k, n, v, o if n in ("penalties", "aggregate") else None)
                       for k, n, v, o in items["extras"]}


def evaluate(folder: Path, details: bool) -> tuple[Counter, list[str]]:
    """Counts (tp/fp/fn per family) and problems for one labelled folder."""
    labels = yaml.safe_load((folder / "labels.yaml").read_text(encoding="utf-8"))["reports"]
    extractor = StoryExtractor(default_registry(), default_lexicon())
    counts: Counter = Counter()
    notes: list[str] = []
    for name, label in sorted(labels.items()):
        report = read_report((folder / name).read_bytes(), name)
        facts = extractor.extract(report)
        check_report(facts, report.season)
        truth = label_items(label)
        _normalise_extras(truth)
        pred = predicted_items(facts.matches, label)
        _normalise_extras(pred)
        real_corpus.match_goals(truth, pred)
        for family in FAMILIES:
            tp = truth[family] & pred[family]
            counts[f"{family}_tp"] += len(tp)
            counts[f"{family}_fp"] += len(pred[family] - truth[family])
            counts[f"{family}_fn"] += len(truth[family] - pred[family])
            if details:
                for item in sorted(map(str, pred[family] - truth[family])):
                    notes.append(f"{name}: wrong {family}: {item}")
                for item in sorted(map(str, truth[family] - pred[family])):
                    notes.append(f"{name}: missed {family}: {item}")
        scorers = {real_corpus.surname(g.player) for m in facts.matches for g in m.goals}
        for miss in label.get("not_goals") or []:
            if fold(miss).split()[-1] in scorers:
                counts["false_scorers"] += 1
                notes.append(f"{name}: {miss} made a scorer")
    return counts, notes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="*", type=Path, default=DEFAULT_FOLDERS)
    parser.add_argument("--details", action="store_true", help="list every wrong and missed fact")
    parser.add_argument("--split", choices=("dev", "test"),
                        help="real corpus: measure one split only (while fixing, dev: test totals "
                             "are read only to measure, never to choose a change)")
    parser.add_argument("--batch", nargs="+", metavar="FILE",
                        help="real corpus: measure only the reports of these label files (e.g. "
                             "a new batch, measured once before anything is fixed on it)")
    args = parser.parse_args(argv)
    total: Counter = Counter()
    for folder in args.folders:
        if (folder / "labels").is_dir():
            real_corpus.report(folder, args.details,
                               (args.split,) if args.split else ("dev", "test"), args.batch)
            continue
        counts, notes = evaluate(folder, args.details)
        total += counts
        print(f"\n{folder.relative_to(ROOT) if folder.is_relative_to(ROOT) else folder}")
        _table(counts)
        for note in notes:
            print("  " + note)
    if sum(not (f / "labels").is_dir() for f in args.folders) > 1:
        print("\nall folders")
        _table(total)
    return 0


def _table(counts: Counter) -> None:
    print(f"  {'family':8} {'precision':>9} {'recall':>7} {'tp':>4} {'fp':>4} {'fn':>4}")
    for family in FAMILIES:
        tp, fp, fn = (counts[f"{family}_{k}"] for k in ("tp", "fp", "fn"))
        precision, recall = real_corpus.ratio(tp, tp + fp), real_corpus.ratio(tp, tp + fn)
        print(f"  {family:8} {precision:>9} {recall:>7} {tp:>4} {fp:>4} {fn:>4}")
    print(f"  players made scorers from a near miss: {counts['false_scorers']}")


if __name__ == "__main__":
    raise SystemExit(main())
