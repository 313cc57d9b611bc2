"""One dev report's labelled facts beside what extraction makes of it.

    python benchmarks/real/diagnose.py ID [ID ...]

L lines are the labels, P lines the checked facts of the extractor, each with the sentence its
score came from. Test reports are refused: they are only measured, never looked at.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

import real_corpus  # noqa: E402

from knowledge.checks import check_report  # noqa: E402
from knowledge.clubs import default_registry  # noqa: E402
from knowledge.extract.story import StoryExtractor  # noqa: E402
from knowledge.lexicon import default_lexicon  # noqa: E402
from knowledge.report import read_report  # noqa: E402


def _label_lines(label: dict) -> list[str]:
    lines = []
    for m in label.get("matches") or []:
        home, away = m.get("clubs") or [m.get("home"), m.get("away")]
        goals = [(g["player"], g.get("club"), g.get("minute")) for g in m.get("goals") or []]
        lines.append(f"  L {m.get('season')} {m.get('round')} leg {m.get('leg')}: {home} "
                     f"{m.get('score')} {away}; through {m.get('qualified')}; goals {goals}")
    for s in label.get("seasons") or []:
        lines.append(f"  L season {s.get('season')}: finalists {s.get('finalists')}, "
                     f"winner {s.get('winner')}")
    for h in label.get("history") or []:
        lines.append(f"  L history {h}")
    return lines


def _prediction_lines(label: dict, text: bytes, extractor: StoryExtractor) -> list[str]:
    report = read_report(text, label["id"])
    facts = extractor.extract(report)
    check_report(facts, report.season)
    lines = []
    for m in facts.matches:
        goals = [(g.player, g.club, g.minute) for g in m.goals]
        lines.append(f"  P {m.season} {m.round} leg {m.leg}: {m.home} {m.score} {m.away}; "
                     f"through {m.qualified}; goals {goals}")
        sources = m.sources.get("score") or []
        if sources:
            lines.append(f"      score from: {sources[0].sentence[:160]}")
    for s in facts.seasons:
        lines.append(f"  P season {s.season}: finalists {s.finalists}, winner {s.winner}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("ids", nargs="+", help="report ids (labels/*.yaml `id:`)")
    args = parser.parse_args(argv)
    labels = {r["id"]: r for r in real_corpus.corpus.load_reports()}
    extractor = StoryExtractor(default_registry(), default_lexicon())
    status = 0
    for rid in args.ids:
        label = labels.get(rid)
        if label is None:
            print(f"{rid}: no such report in benchmarks/real/labels", file=sys.stderr)
            status = 1
            continue
        if label.get("split") != "dev":
            print(f"{rid}: a test report; test reports are measured, never looked at",
                  file=sys.stderr)
            status = 1
            continue
        text = real_corpus.report_text(label)
        if text is None:
            print(f"{rid}: text missing (python benchmarks/real/corpus.py missing)",
                  file=sys.stderr)
            status = 1
            continue
        print(f"== {rid} {label.get('published')} {label.get('format')} {label.get('lang')} "
              f"{label.get('url')}")
        print("\n".join(_label_lines(label) + _prediction_lines(label, text, extractor)))
    return status


if __name__ == "__main__":
    raise SystemExit(main())
