"""Reply templates per language (handlers/reference/replies.yaml) and a speaker bound to one."""

from __future__ import annotations

import string
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from handlers.vocabulary import LANGUAGES, REFERENCE_DIR
from knowledge.reference_loader import ReferenceError, load_yaml

_FORMATTER = string.Formatter()


class _Blank(dict):
    """Format arguments where a placeholder the caller did not give renders empty."""

    def __missing__(self, key: str) -> str:
        return ""


def placeholders(template: str) -> set[str]:
    """The {names} a template uses."""
    return {name for _, name, _, _ in _FORMATTER.parse(template) if name}


def load_replies(path: Path = REFERENCE_DIR / "replies.yaml") -> dict[str, dict]:
    """Load replies.yaml: language -> key -> template (or mapping / list of templates)."""
    raw = load_yaml(path)
    for lang in LANGUAGES:
        if not isinstance(raw.get(lang), dict):
            raise ReferenceError(f"{path}: language {lang!r} is missing")
    return {lang: raw[lang] for lang in LANGUAGES}


@cache
def default_replies() -> dict[str, dict]:
    return load_replies()


class Speaker:
    """Renders templates in one language: `say("unknown", what=...)`, names of rounds, lists."""

    def __init__(self, lang: str, replies: dict[str, dict] | None = None) -> None:
        self.lang = lang if lang in LANGUAGES else LANGUAGES[0]
        self._t = (replies or default_replies())[self.lang]

    def __call__(self, key: str, **fields: object) -> str:
        template = self._t.get(key, key)
        # An optional bracketed field left empty ("{name} ({club})") goes with its brackets.
        return str(template).format_map(_Blank(fields)).replace(" ()", "")

    def examples(self) -> list[str]:
        return [str(e) for e in self._t.get("examples") or []]

    def named(self, group: str, key: object) -> str:
        """The name of `key` in a group of names ("topic", "round", ...); the key itself when
        the group has none."""
        return self._named(group, key)

    def _named(self, group: str, key: object) -> str:
        names = self._t.get(group) or {}
        return str(names.get(key, key))

    def round(self, name: str | None) -> str:
        return self._named("round", name) if name else ""

    def leg(self, leg: int | None) -> str:
        return self._named("leg", leg) if leg else ""

    def role(self, role: str) -> str:
        return self._named("role", role)

    def field(self, name: str) -> str:
        return self._named("field", name)

    def when(self, when: str) -> str:
        return self._named("when", when)

    def ordinal(self, n: int) -> str:
        words = self._t.get("ordinal") or []
        return str(words[n]) if 0 <= n < len(words) else self("ordinal_number", n=n)

    def join(self, items: Iterable[object], word: str = "and") -> str:
        """"a, b and c" in this language (word: "and" or "or")."""
        parts = [str(i) for i in items if str(i)]
        if len(parts) <= 1:
            return "".join(parts)
        return f"{', '.join(parts[:-1])} {self._t.get(word, word)} {parts[-1]}"
