"""`python -m bot kb list|show|remove|export|import|stats`: look into a knowledge base and undo.

    kb list                  seasons, matches per round, finalists and winner, the reports
    kb show SEASON|#MATCH|REPORT   the facts with their sources
    kb remove REPORT         take back every fact only that report brought
    kb stats                 how much the knowledge base holds, and where
    kb export DIR            the readable YAML view (one file per competition season)
    kb import DIR            replace the knowledge base with an export

Errors are one line on standard error and exit status 1; nothing is changed then.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from knowledge.reference_loader import ReferenceError


def add_commands(kb: argparse.ArgumentParser, kb_option: object, config_option: object) -> None:
    """The `kb` sub-commands; `kb_option` and `config_option` add --kb and --config."""
    commands = kb.add_subparsers(dest="kb_command", metavar="KB_COMMAND", required=True)
    made = {
        "list": commands.add_parser("list", help="seasons, matches per round, reports"),
        "show": commands.add_parser("show", help="the facts of a season (2017-18), a match "
                                    "(#12) or a report (its file name), with their sources"),
        "remove": commands.add_parser("remove", help="take back every fact only this "
                                      "report brought (facts other reports state stay)"),
        "stats": commands.add_parser("stats", help="how much the knowledge base holds"),
        "export": commands.add_parser("export", help="write the readable YAML view "
                                      "(one file per competition season) into DIR"),
        "import": commands.add_parser("import", help="replace the knowledge base with the "
                                      "YAML files in DIR (an export)"),
    }
    made["show"].add_argument("what", metavar="SEASON|#MATCH|REPORT")
    made["remove"].add_argument("report", metavar="REPORT")
    made["export"].add_argument("folder", type=Path, metavar="DIR")
    made["import"].add_argument("folder", type=Path, metavar="DIR")
    for parser in made.values():
        kb_option(parser)  # type: ignore[operator]
        config_option(parser, default=argparse.SUPPRESS)  # type: ignore[operator]


def run(args: argparse.Namespace, kb_dir: Path, competition: str) -> int:
    """Run one `kb` sub-command on the knowledge base in `kb_dir`; the exit status."""
    from knowledge.inspection import NotFound  # here, not at the top: `ask` starts faster

    try:
        lines = _run(args, kb_dir, competition)
    except (NotFound, ReferenceError, OSError) as exc:
        message = f"{exc.filename}: {exc.strerror}" if isinstance(exc, OSError) \
            and exc.filename else str(exc)
        print(f"error: {message}", file=sys.stderr)
        return 1
    try:
        for line in lines:
            print(line)
    except BrokenPipeError:
        # the reader stopped early (`| head`): not an error; keep Python from reporting it
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0


def _run(args: argparse.Namespace, kb_dir: Path, competition: str) -> list[str]:
    from knowledge.inspection import (
        NotFound,
        list_lines,
        removal_lines,
        remove_report,
        show_lines,
        stats_lines,
    )
    from knowledge.store import Store
    from knowledge.yaml_view import Folder, read_folder, write_folder

    command = args.kb_command
    if command == "import":
        folder = read_folder(args.folder)  # a broken file: nothing is changed
        with Store.open(kb_dir) as store:
            saved = store.replace_all(folder)
        facts = folder.facts
        return [f"imported {len(facts.matches)} matches, {len(facts.seasons)} seasons, "
                f"{len(facts.club_facts)} club facts, {len(facts.people)} people and "
                f"{len(folder.reports)} reports from {args.folder} into {kb_dir} "
                f"(version {saved.version})"]
    if not Store.exists(kb_dir):
        raise NotFound(f"{kb_dir}: knowledge base not found")
    with Store.open(kb_dir, create=False) as store:
        if command == "list":
            return list_lines(store)
        if command == "stats":
            return stats_lines(store)
        if command == "show":
            return show_lines(store, args.what)
        if command == "remove":
            return removal_lines(remove_report(store, args.report)[0])
        written = write_folder(args.folder, Folder(store.load().facts, store.report_log()),
                               competition)
        return [f"exported {kb_dir} to {args.folder} ({len(written)} files changed)"]
