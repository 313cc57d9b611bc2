"""Extraction speed on hostile and oversized reports, each beside a baseline measured in the
same run, so that growth with the report's length is visible.

    .venv/bin/python benchmarks/extraction_speed.py [--quick] [--shape NAME ...]

What it measures (read + extract + check of one report, the work an ingest does per report):

- one sentence holding N scores ("... won met 1-0, 2-1, 3-2, ...", N = 250, 1,000, 2,000,
  10,000: the attacker's 40 KB file), and other one-sentence shapes with N pieces: scores
  between "maar" (one clause each), goals told with names and minutes, club names, initials
  ("J. J. J."), minutes;
- normal reports (the demo reports of data/reports) concatenated to 100 KB and 1 MB.

Beside each: the baseline, a plain pass over the same text (fold it and find every word and
score-like token with one regular expression). The ratio extraction / baseline stays about
flat when extraction is linear in the report's length; it grows with N when something
rescans the sentence per score.

`--quick` stops at 2,000 pieces and 100 KB (a few seconds).
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from knowledge.checks import check_report  # noqa: E402
from knowledge.clubs import default_registry  # noqa: E402
from knowledge.extract.story import StoryExtractor  # noqa: E402
from knowledge.lexicon import default_lexicon  # noqa: E402
from knowledge.report import read_report  # noqa: E402
from knowledge.text import fold  # noqa: E402

HEADER = "date 2018-01\nBekerfinale in Brussel\n\n"
_TOKENS = re.compile(r"\d{1,2} ?[-:] ?\d{1,2}|[\w']+")


def _one_sentence(piece: Callable[[int], str], sep: str) -> Callable[[int], str]:
    def make(n: int) -> str:
        body = sep.join(piece(i) for i in range(n))
        return f"{HEADER}In de Croky Cup won KV Kortrijk van Racing Genk met {body}.\n"
    return make


def _scorer(i: int) -> str:
    names = ("Vanaken", "Onuachu", "Teodorczyk", "Mbokani", "Carcela")
    return f"{names[i % 5]} scoorde de {i % 4}-{i % 3} ({i % 90 + 1}e)"


SHAPES: dict[str, Callable[[int], str]] = {
    "scores": _one_sentence(lambda i: f"{i % 7}-{(i * 3) % 5}", ", "),
    "scores between 'maar'": _one_sentence(lambda i: f"{i % 7}-{(i * 3) % 5}", " maar "),
    "goals with names": _one_sentence(_scorer, ", "),
    "club names": _one_sentence(
        lambda i: ("Club Brugge", "Standard", "Anderlecht", "KAA Gent")[i % 4] + f" {i % 5}-1",
        " en "),
    "initials": _one_sentence(lambda i: "J.", " "),
    "minutes": _one_sentence(lambda i: f"({i % 90 + 1}e)", " "),
}
COUNTS = (250, 1_000, 2_000, 10_000)


def concatenated(size: int) -> str:
    """The demo reports one after another until `size` characters."""
    texts = [p.read_text(encoding="utf-8")
             for p in sorted((ROOT / "data" / "reports").rglob("*.txt"))]
    out: list[str] = []
    total, i = 0, 0
    while total < size:
        out.append(texts[i % len(texts)])
        total += len(out[-1]) + 2
        i += 1
    return "\n\n".join(out)[:size]


def baseline(text: str) -> None:
    """A plain pass over the text: fold it, find every word and score-like token."""
    _TOKENS.findall(fold(text))


def extraction(extractor: StoryExtractor, text: str) -> None:
    report = read_report(text.encode("utf-8"), "speed.txt")
    check_report(extractor.extract(report), report.season)


def timed(fn: Callable[[], None]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true",
                        help="at most 2,000 pieces per sentence and 100 KB of reports")
    parser.add_argument("--shape", action="append", choices=[*SHAPES, "reports"],
                        help="only this shape (repeatable)")
    args = parser.parse_args(argv)
    extractor = StoryExtractor(default_registry(), default_lexicon())
    extraction(extractor, concatenated(3_000))  # warm-up: reference data, word lists
    counts = [n for n in COUNTS if not args.quick or n <= 2_000]
    sizes = [100_000] if args.quick else [100_000, 1_000_000]
    print(f"{'shape':24} {'size':>10} {'bytes':>10} {'extract s':>10} {'baseline s':>11} "
          f"{'ratio':>7} {'us/byte':>8}")
    cases: list[tuple[str, str, str]] = []
    for name, make in SHAPES.items():
        if not args.shape or name in args.shape:
            cases += [(name, f"{n:,} pcs", make(n)) for n in counts]
    if not args.shape or "reports" in args.shape:
        cases += [("reports concatenated", f"{s // 1000:,} KB", concatenated(s)) for s in sizes]
    for name, size, text in cases:
        spent = timed(lambda text=text: extraction(extractor, text))
        # the baseline is fast: the best of a few runs keeps it steady
        base = min(timed(lambda text=text: baseline(text)) for _ in range(3))
        length = len(text.encode("utf-8"))
        print(f"{name:24} {size:>10} {length:>10,} {spent:>10.3f} {base:>11.4f} "
              f"{spent / base:>7.0f} {spent / length * 1e6:>8.1f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
