"""The interactive console: questions in, answers out, one conversation until "quit"."""

from __future__ import annotations

from collections.abc import Callable

from handlers.engine import Responder
from handlers.replies import Speaker

QUIT_WORDS = frozenset({"quit", "exit", "stop", "bye", "q", ":q"})
USER = "console"
CHANNEL = "console"
PROMPT = "> "


def greeting(lang: str) -> str:
    """The welcome line with example questions, in the default language."""
    sp = Speaker(lang)
    return sp("greeting", examples="; ".join(f'"{e}"' for e in sp.examples()))


def run_console(responder: Responder, read: Callable[[str], str] = input,
                write: Callable[[str], None] = print) -> int:
    """Answer questions until "quit"/"exit", end of input (Ctrl-D) or Ctrl-C; returns 0."""
    write(greeting(responder.default_lang))
    while True:
        try:
            line = read(PROMPT)
        except (EOFError, KeyboardInterrupt):
            write("")
            break
        if line.strip().lower() in QUIT_WORDS:
            break
        if line.strip():
            write(responder.ask(line, user=USER, channel=CHANNEL).text)
    write(Speaker(responder.default_lang)("goodbye"))
    return 0
