"""The command line: `python -m bot [ingest|ask|kb|console|sync]` (also installed as `cupbot`).

    python -m bot ingest PATH... [--kb DIR]        build the knowledge base from reports
    python -m bot ask [--kb DIR] [--json] "QUESTION"
    python -m bot ask [--kb DIR] [--json] -         one question per stdin line, one answer
                                                    per stdout line, one conversation
    python -m bot kb list|show|remove|stats|export|import [--kb DIR]   see bot/kb_cli.py
    python -m bot                                   Discord bot with DISCORD_TOKEN, else console
    python -m bot sync                              register the slash commands (DISCORD_TOKEN)
    python -m bot --version

Without --kb: CUPBOT_KB, else `knowledge_base` in config.yaml, else the user's own knowledge
base (built from the bundled demo reports on first use); see bot/config.py.
Exit codes: 0 ok, 1 bad config or knowledge base (one line naming the file) or a question
that got no answer (`ask -` still answers every other line), 2 usage error, 141 when the
reader of the output went away (`... | head -1`), as for a program stopped by SIGPIPE, 130
on Ctrl-C.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TextIO

from bot.config import ConfigError, Settings, load_settings
from bot.kb_cli import add_commands
from bot.logs import setup_logging
from handlers.answer import Answer
from handlers.describe import source_quotes
from handlers.engine import Responder
from handlers.replies import Speaker
from handlers.understand import MAX_QUESTION_CHARS
from knowledge.index import load_index
from knowledge.reference_loader import ReferenceError
from knowledge.store import Store

PROG = "python -m bot"
STDIN_USER = "cli"
STDIN_CHANNEL = "cli"
# A stdin line is read up to this many bytes and the rest of a longer one skipped: a question
# is only read up to MAX_QUESTION_CHARS anyway, and memory stays bounded.
MAX_LINE_BYTES = 1 << 20
# A JSON question line is a flat object: a longer or deeper one is refused, unparsed.
MAX_JSON_CHARS = 1 << 16
MAX_JSON_DEPTH = 8
# The exit code when the output's reader went away, as for a program stopped by SIGPIPE.
EXIT_BROKEN_PIPE = 141
EXIT_INTERRUPTED = 130
_JSON_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")

log = logging.getLogger(__name__)


class SetupError(Exception):
    """Config or knowledge base cannot be used; the message is the one line to print."""


class LineError(ValueError):
    """A stdin line that is no question; the message says why (its error line's reason)."""


def _config_option(parser: argparse.ArgumentParser, **extra: object) -> None:
    parser.add_argument("--config", type=Path, metavar="FILE",
                        help="settings file (default: CUPBOT_CONFIG, else config.yaml in the "
                             "working directory, else in the user's config folder)", **extra)


def _kb_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--kb", type=Path, metavar="DIR",
                        help="knowledge-base folder (default: CUPBOT_KB, else knowledge_base "
                             "in config.yaml, else the user's own in their data folder)")


def version() -> str:
    """The installed Cupbot's version."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as installed

    try:
        return installed("cupbot")
    except PackageNotFoundError:
        return "unknown (not installed)"


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every sub-command (ingest only for --help: it has its own)."""
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Cupbot answers football cup questions (Dutch, French, English) from a "
                    "knowledge base built from match reports. Without a sub-command it runs "
                    "the Discord bot when DISCORD_TOKEN is set, else an interactive console.")
    _config_option(parser)
    parser.add_argument("--version", action="version", version=f"cupbot {version()}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser(
        "ingest", add_help=False, help="read reports into a knowledge base "
        "(see: python -m bot ingest --help)")
    ask = commands.add_parser(
        "ask", help="answer questions from the command line",
        description="Answer one question, or with '-' one question per line of standard "
                    "input (one answer per output line, in order; all lines are one "
                    "conversation, so follow-ups work). A line that is a JSON object "
                    '{"q": ..., "user": ..., "channel": ...} picks the conversation.')
    ask.add_argument("question", metavar="QUESTION",
                     help="the question, or '-' to read questions from standard input")
    _kb_option(ask)
    ask.add_argument("--json", action="store_true",
                     help="print one JSON object per answer instead of text")
    ask.add_argument("--sources", action="store_true",
                     help="after each answer, the report sentences it comes from")
    # SUPPRESS: given after the sub-command it overrides, else the top-level one stands.
    _config_option(ask, default=argparse.SUPPRESS)
    console = commands.add_parser("console", help="interactive console (also without "
                                  "a sub-command when DISCORD_TOKEN is not set)")
    _kb_option(console)
    _config_option(console, default=argparse.SUPPRESS)
    kb = commands.add_parser("kb", help="look into the knowledge base, take a report back, "
                             "export or import the YAML view (see: python -m bot kb --help)")
    add_commands(kb, _kb_option, _config_option)
    sync = commands.add_parser("sync", help="register the slash commands with Discord "
                               "(global; needs DISCORD_TOKEN; once after changing commands)")
    _config_option(sync, default=argparse.SUPPRESS)
    return parser


def knowledge_base(settings: Settings, kb: Path | None) -> Path:
    """The knowledge-base folder to use; the default one is built on first use."""
    if kb is not None:
        return kb
    if settings.default_kb and not Store.exists(settings.knowledge_base):
        from bot.locations import build_default_kb

        print(f"building your knowledge base in {settings.knowledge_base} from the demo "
              "reports (once)", file=sys.stderr)
        try:
            build_default_kb(settings.knowledge_base)
        except ValueError as exc:  # IngestError, StoreError: one line naming the file
            raise SetupError(str(exc)) from exc
    return settings.knowledge_base


def load_responder(settings: Settings, kb: Path | None, require: bool) -> Responder:
    """A Responder over the knowledge base; SetupError with a one-line message on failure."""
    kb_dir = knowledge_base(settings, kb)
    if kb_dir.exists() and not kb_dir.is_dir():
        raise SetupError(f"{kb_dir}: not a knowledge-base folder")
    if require and not Store.exists(kb_dir):
        raise SetupError(f"{kb_dir}: knowledge base not found (build it with "
                         f"'{PROG} ingest PATH... --kb {kb_dir}')")
    try:
        index = load_index(kb_dir, competition=settings.competition)
    except ReferenceError as exc:
        raise SetupError(str(exc)) from exc
    return Responder(index, default_lang=settings.default_language,
                     context_ttl=settings.context_ttl_seconds)


def render(answer: Answer, as_json: bool, one_line: bool, sources: bool = False) -> str:
    """An answer as printed: its JSON object, or its text (on one line when asked), with the
    report sentences behind it when `sources` is set."""
    if as_json:
        return one_line_json(answer.to_json())
    text = answer.text
    if sources:
        text = "\n".join([text, *source_quotes(answer.sources, Speaker(answer.lang))])
    # every line break str.splitlines() knows ("\r", "\u2028", ...), not only "\n"
    return " / ".join(text.splitlines()) if one_line else text


def one_line_json(data: dict) -> str:
    """`data` as JSON on one line, also for readers that split at "\u2028", "\u2029" and
    "\x85" (json escapes only the control characters): those are escaped too."""
    text = json.dumps(data, ensure_ascii=False)
    return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029").replace(
        "\x85", "\\u0085")


def json_too_deep(text: str, limit: int) -> bool:
    """Whether the brackets of a JSON text nest deeper than `limit`, strings left out (a
    cheap look before parsing: deep nesting is refused rather than parsed)."""
    if text.count("[") + text.count("{") <= limit:
        return False
    depth = 0
    for bracket in _NOT_BRACKET.sub("", _JSON_STRING.sub("", text)):
        depth += 1 if bracket in "[{" else -1
        if depth > limit:
            return True
    return False


def _conversation_id(data: dict, key: str, default: str) -> str:
    value = data.get(key)
    if value is None or value == "":
        return default
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise LineError(f'"{key}" must be a string or a whole number, not {type(value).__name__}')
    return str(value)


def parse_line(line: str) -> tuple[str, str, str]:
    """(question, user, channel) of one stdin line; a JSON object may pick the conversation.

    A line that is a JSON object must give "q" as a string (and "user", "channel" as strings
    or whole numbers), be at most MAX_JSON_CHARS long and nest at most MAX_JSON_DEPTH deep;
    else LineError says what is wrong (a line starting with "{" longer or deeper than that is
    refused before it is parsed). A shorter one that is no JSON is a question like any
    other."""
    stripped = line.strip()
    if not stripped.startswith("{"):
        return stripped, STDIN_USER, STDIN_CHANNEL
    if len(stripped) > MAX_JSON_CHARS:
        raise LineError(f"a JSON line may be at most {MAX_JSON_CHARS} characters long")
    if json_too_deep(stripped, MAX_JSON_DEPTH):
        raise LineError(f"a JSON line may nest at most {MAX_JSON_DEPTH} levels deep")
    try:
        data = json.loads(stripped)
    except (ValueError, RecursionError):
        return stripped, STDIN_USER, STDIN_CHANNEL
    if not isinstance(data, dict):
        return stripped, STDIN_USER, STDIN_CHANNEL
    if not isinstance(data.get("q"), str):
        raise LineError('a JSON line needs "q", the question, as a string')
    return (data["q"], _conversation_id(data, "user", STDIN_USER),
            _conversation_id(data, "channel", STDIN_CHANNEL))


def _stdin_lines(stream: TextIO) -> Iterator[str]:
    """The lines of standard input, decoded (bad UTF-8 replaced), each read up to
    MAX_LINE_BYTES: the rest of a longer line is skipped."""
    raw = getattr(stream, "buffer", None)
    if raw is None:
        yield from stream
        return
    while line := raw.readline(MAX_LINE_BYTES):
        if len(line) == MAX_LINE_BYTES and not line.endswith(b"\n"):
            while (rest := raw.readline(MAX_LINE_BYTES)) and not rest.endswith(b"\n"):
                pass
        yield line.decode("utf-8", errors="replace")


def error_line(number: int, line: str, reason: str, as_json: bool) -> str:
    """The line printed for stdin line `number`, which got no answer, and why."""
    text = f"error: line {number}: {reason}"
    if not as_json:
        return text
    # the keys of an answer too, so that a reader of answers reads this line as well
    answer = Answer(question=line.strip()[:MAX_QUESTION_CHARS], lang=None,  # type: ignore[arg-type]
                    intent="error", text=text, kind="error")
    return one_line_json({**answer.to_json(), "error": reason, "line": number})


def answer_lines(responder: Responder, lines: Iterable[str], as_json: bool,
                 sources: bool = False) -> Iterator[tuple[str, bool]]:
    """One printed line per input line, in order, as one conversation per (user, channel):
    (the answer, True), or (an error line saying why there is none, False). A failure on one
    line never ends the others."""
    for number, line in enumerate(lines, start=1):
        try:
            question, user, channel = parse_line(line)
            answer = responder.ask(question, user=user, channel=channel)
            yield render(answer, as_json, True, sources), answer.kind != "error"
        except LineError as exc:
            yield error_line(number, line, str(exc), as_json), False
        except Exception as exc:  # a bug: this line gets its error line, the batch goes on
            log.error("line %d: %s: %s", number, type(exc).__name__, str(exc)[:200])
            yield error_line(number, line, f"could not answer it ({type(exc).__name__})",
                             as_json), False


def _ask(args: argparse.Namespace, settings: Settings) -> int:
    responder = load_responder(settings, args.kb, require=True)
    if args.question != "-":
        answer = responder.ask(args.question, STDIN_USER, STDIN_CHANNEL)
        print(render(answer, args.json, False, args.sources))
        return 0 if answer.kind != "error" else 1
    answered = True
    for out, ok in answer_lines(responder, _stdin_lines(sys.stdin), args.json, args.sources):
        print(out, flush=True)
        answered = answered and ok
    return 0 if answered else 1


def _interactive(args: argparse.Namespace, settings: Settings) -> int:
    from bot.console import run_console

    responder = load_responder(settings, getattr(args, "kb", None), require=False)
    return run_console(responder)


def _discord(settings: Settings) -> int:
    from bot.discord_app import run

    knowledge_base(settings, None)
    return run(settings)


def _sync(settings: Settings) -> int:
    from bot.discord_app import sync

    return sync(settings)


def main(argv: list[str] | None = None) -> int:
    """Dispatch a command line; returns the exit code (EXIT_BROKEN_PIPE, quietly, when the
    reader of standard output went away: `python -m bot ask - < questions | head -1`)."""
    try:
        code = _main(argv)
        sys.stdout.flush()
        return code
    except BrokenPipeError:
        _quiet_stdout()
        return EXIT_BROKEN_PIPE
    except KeyboardInterrupt:  # Ctrl-C in `ask -` or an ingest: no traceback
        print(file=sys.stderr)
        return EXIT_INTERRUPTED


def _quiet_stdout() -> None:
    """Point standard output at the null device, so that flushing it at exit (with what
    the closed pipe did not take) raises nothing more."""
    try:
        fd = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, fd)
    os.close(devnull)


def _main(argv: list[str] | None) -> int:
    parser = build_parser()
    args, rest = parser.parse_known_args(sys.argv[1:] if argv is None else argv)
    if args.command == "ingest":
        from bot.ingest_cli import main as ingest_main

        return ingest_main(rest + (["--config", str(args.config)] if args.config else []))
    if rest:
        parser.error(f"unrecognized arguments: {' '.join(rest)}")
    # bad UTF-8 typed or piped in (the console reads text) is replaced, never an error
    for stream in (sys.stdin, sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")
    try:
        settings = load_settings(args.config)
        setup_logging(settings.logging)
        if args.command == "ask":
            return _ask(args, settings)
        if args.command == "kb":
            from bot.kb_cli import run as kb_run

            return kb_run(args, knowledge_base(settings, args.kb), settings.competition)
        if args.command == "sync":
            return _sync(settings)
        if args.command is None and os.environ.get("DISCORD_TOKEN"):
            return _discord(settings)
        return _interactive(args, settings)
    except (ConfigError, SetupError) as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 1
