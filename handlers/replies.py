"""Reply templates per language (handlers/reference/replies.yaml) and a speaker bound to one."""

from __future__ import annotations

import datetime
import string
from collections.abc import Iterable
from functools import cache, lru_cache
from pathlib import Path

from babel.dates import format_date, format_skeleton

from handlers.vocabulary import LANGUAGES, REFERENCE_DIR
from knowledge.reference_loader import ReferenceError, load_yaml
from knowledge.text import fold

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


def load_venues(path: Path = REFERENCE_DIR / "venues.yaml") -> dict[str, dict[str, str]]:
    """venues.yaml: every folded name of a ground -> its name per language."""
    out: dict[str, dict[str, str]] = {}
    for i, entry in enumerate(load_yaml(path).get("venues") or []):
        names = {lang: str(entry[lang]) for lang in LANGUAGES if entry.get(lang)}
        if set(names) != set(LANGUAGES):
            raise ReferenceError(f"{path}: venues[{i}] needs a name in every language")
        for name in [*names.values(), *(entry.get("also") or [])]:
            out[fold(str(name))] = names
    return out


@cache
def default_venues() -> dict[str, dict[str, str]]:
    return load_venues()


@lru_cache(maxsize=4096)
def local_date(text: str, lang: str) -> str:
    """An ISO date or year-month in `lang` (Babel is slow: each is formatted once)."""
    try:
        if len(text) == 10:
            return format_date(datetime.date.fromisoformat(text), "d MMMM y", locale=lang)
        if len(text) == 7:
            day = datetime.date(int(text[:4]), int(text[5:7]), 1)
            return format_skeleton("yMMMM", day, locale=lang)
    except ValueError:
        pass
    return text


class Speaker:
    """Renders templates in one language: `say("unknown", what=...)`, names of rounds, lists."""

    def __init__(self, lang: str, replies: dict[str, dict] | None = None) -> None:
        self.lang = lang if lang in LANGUAGES else LANGUAGES[0]
        self._t = (replies or default_replies())[self.lang]

    def __call__(self, key: str, **fields: object) -> str:
        template = self._t.get(key, key)
        # An optional bracketed field left empty ("{name} ({club})") goes with its brackets.
        return str(template).format_map(_Blank(fields)).replace(" ()", "")

    def date(self, iso: str | None) -> str:
        """"2018-03-17" -> "17 maart 2018" / "17 mars 2018" / "17 March 2018"; "2018-03" ->
        "maart 2018"; anything else as it is."""
        return local_date(str(iso or ""), self.lang)

    def venue(self, name: str) -> str:
        """A ground's name in this language where venues.yaml has it."""
        return default_venues().get(fold(name), {}).get(self.lang, name)

    def at_venue(self, name: str) -> str:
        """"in het Koning Boudewijnstadion" style: the venue with this language's preposition
        (venue_at in replies.yaml, by the name's first word)."""
        name = self.venue(name)
        rules = self._t.get("venue_at") or {}
        first = fold(name.split()[0]) if name.split() else ""
        template = str(rules.get(first, rules.get("default", "{venue}")))
        return template.format(venue=name)

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
