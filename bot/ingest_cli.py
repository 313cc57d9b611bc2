"""`python -m bot ingest PATH... [--kb DIR]`: build or extend a knowledge base from reports."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bot.config import ConfigError, load_settings
from knowledge.ingest import IngestError, ingest_paths

# Below this many files a progress bar is noise.
_PROGRESS_MIN_FILES = 10


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The `ingest` sub-command's arguments."""
    parser.add_argument("paths", nargs="+", type=Path, metavar="PATH",
                        help="report files (UTF-8 text) or folders of reports")
    parser.add_argument("--kb", type=Path, metavar="DIR",
                        help="knowledge-base folder (created when missing; default: "
                             "CUPBOT_KB, else knowledge_base in config.yaml, else the user's "
                             "own in their data folder)")
    parser.add_argument("--config", type=Path, metavar="FILE",
                        help="settings file (default: CUPBOT_CONFIG, else config.yaml in the "
                             "working directory, else in the user's config folder)")
    parser.add_argument("--quiet", action="store_true", help="print the summary counts only")


def _progress(done: int, total: int, name: str) -> None:
    if total < _PROGRESS_MIN_FILES:
        return
    width = 30
    filled = width * done // total
    sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} {name[:40]:40}")
    if done == total:
        sys.stderr.write("\n")
    sys.stderr.flush()


def run(args: argparse.Namespace) -> int:
    """Run an ingest; print the summary; exit 0, or 1 with a one-line error."""
    from bot.cli import SetupError, knowledge_base

    try:
        settings = load_settings(args.config)
        # the default knowledge base starts as the demo reports' before adding to it
        kb_dir = knowledge_base(settings, args.kb)
    except (ConfigError, SetupError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    progress = _progress if sys.stderr.isatty() else None
    limits = settings.ingest.limits
    try:
        result = ingest_paths(list(args.paths), kb_dir, progress=progress, limits=limits)
    except IngestError as exc:
        for line in str(exc).splitlines():  # one line per unreadable file
            print(f"error: {line}", file=sys.stderr)
        return 1
    for line in result.failed:  # skipped; the other reports are in
        print(f"warning: {line}", file=sys.stderr)
    for line in result.summary_lines():
        if args.quiet and line.startswith("  "):
            continue
        print(line)
    print(f"knowledge base: {kb_dir}")
    return 0


def main(argv: list[str]) -> int:
    """Entry point for the arguments after `ingest`."""
    parser = argparse.ArgumentParser(
        prog="python -m bot ingest",
        description="Extract cup facts from match reports into a knowledge base. Prints the "
                    "matches added, updated and in conflict, and the cup sentences it could "
                    "not use. Reports already ingested with the same content are skipped.")
    add_arguments(parser)
    return run(parser.parse_args(argv))
