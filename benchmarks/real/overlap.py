"""Lines of ours that share a writer's wording with a real report text.

    python benchmarks/real/overlap.py FILE ...            # whole files
    python benchmarks/real/overlap.py --since REV [PATH ...]   # lines added since REV

Fixtures, comments and label notes must be our own words. A run of six words that one of the
real texts (benchmarks/real/texts/) holds and fewer than four of them share is one writer's
wording, not a common phrase ("en seizièmes de finale de la Coupe de Belgique" is common).
Run it on a change before committing it; exit 1 when a line is found.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from knowledge.text import fold  # noqa: E402

TEXTS = ROOT / "benchmarks" / "real" / "texts"
RUN = 6
COMMON = 4  # a run in this many texts or more is a common phrase


def _words(text: str) -> list[str]:
    return re.findall(r"[\w']+", fold(text))


def writers_runs() -> dict[tuple[str, ...], set[str]]:
    """Every run of RUN words of the real texts, with the texts that hold it."""
    where: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for path in sorted(TEXTS.glob("*.txt")):
        words = _words(path.read_text(encoding="utf-8"))
        for i in range(len(words) - RUN + 1):
            where[tuple(words[i:i + RUN])].add(path.stem)
    return where


def shared(line: str, where: dict[tuple[str, ...], set[str]]) -> str | None:
    """The first run of the line that only a few real texts hold."""
    words = _words(line)
    for i in range(len(words) - RUN + 1):
        texts = where.get(tuple(words[i:i + RUN]))
        if texts and len(texts) < COMMON:
            return " ".join(words[i:i + RUN])
    return None


def _added_lines(since: str, paths: list[str]) -> list[tuple[str, str]]:
    diff = subprocess.run(["git", "-C", str(ROOT), "diff", "-U0", since, "--", *paths],
                          capture_output=True, text=True, check=True).stdout
    out, current = [], ""
    for line in diff.splitlines():
        if line.startswith("+++ "):
            current = line[6:]
        elif line.startswith("+") and not line.startswith("+++"):
            out.append((current, line[1:]))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*")
    parser.add_argument("--since", help="check only the lines added since this revision")
    args = parser.parse_args(argv)
    if not any(TEXTS.glob("*.txt")):
        print(f"no real texts in {TEXTS} (python benchmarks/real/corpus.py missing)",
              file=sys.stderr)
        return 2
    where = writers_runs()
    if args.since:
        lines = _added_lines(args.since, args.paths)
    else:
        lines = [(p, line) for p in args.paths
                 for line in Path(p).read_text(encoding="utf-8").splitlines()]
    found = 0
    for path, line in lines:
        run = shared(line, where)
        if run:
            found += 1
            print(f"{path}: {line.strip()[:120]}\n    shares: {run!r}")
    print(f"{found} lines share a writer's wording")
    return 1 if found else 0


if __name__ == "__main__":
    raise SystemExit(main())
