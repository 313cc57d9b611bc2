"""The Discord front end's own texts per language, and the slash-command translator.

Two YAML files in `bot/reference/`:

- `labels.yaml`: embed labels, buttons and short messages (language -> key -> template);
- `commands.yaml`: slash-command names, descriptions and options, and the way typed commands
  phrase their question to the handlers.

Slash-command strings are `locale_str`s whose message is the English text (what Discord shows
by default) and whose `key` extra names the entry; `CupTranslator` gives Discord the Dutch and
French versions when the command tree is synced.
"""

from __future__ import annotations

import re
import string
from functools import cache
from pathlib import Path

import discord
from discord import app_commands
from discord.app_commands import locale_str

from bot.config import LANGUAGES
from knowledge.reference_loader import ReferenceError, load_yaml

REFERENCE_DIR = Path(__file__).parent / "reference"
_NAME = re.compile(r"^[-_'\w]{1,32}$")
_FORMATTER = string.Formatter()
# Discord client locales -> our languages; every English locale reads English.
_LOCALE_LANG = {
    discord.Locale.dutch: "nl",
    discord.Locale.french: "fr",
    discord.Locale.american_english: "en",
    discord.Locale.british_english: "en",
}


class _Blank(dict):
    """Format arguments where a placeholder the caller left out renders empty."""

    def __missing__(self, key: str) -> str:
        return ""


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in _FORMATTER.parse(template) if name}


def load_labels(path: Path = REFERENCE_DIR / "labels.yaml") -> dict[str, dict[str, str]]:
    """labels.yaml as language -> key -> template; every key in every language, same fields."""
    raw = load_yaml(path)
    for lang in LANGUAGES:
        if not isinstance(raw.get(lang), dict):
            raise ReferenceError(f"{path}: language {lang!r} is missing")
    reference = raw[LANGUAGES[-1]]
    for lang in LANGUAGES:
        table = raw[lang]
        if set(table) != set(reference):
            diff = sorted(set(table) ^ set(reference))
            raise ReferenceError(f"{path}: {lang}: keys differ from the other languages: {diff}")
        for key, text in table.items():
            if _placeholders(str(text)) != _placeholders(str(reference[key])):
                raise ReferenceError(f"{path}: {lang}.{key}: placeholders differ between languages")
    return {lang: {k: str(v) for k, v in raw[lang].items()} for lang in LANGUAGES}


@cache
def default_labels() -> dict[str, dict[str, str]]:
    return load_labels()


def label(lang: str, key: str, **fields: object) -> str:
    """The `key` text in `lang` (the default language when unknown), placeholders filled."""
    table = default_labels().get(lang) or default_labels()[LANGUAGES[0]]
    return table[key].format_map(_Blank(fields))


def lang_of_locale(locale: discord.Locale | None, default: str) -> str:
    """Our language for a Discord client locale, or `default` for any other locale."""
    return _LOCALE_LANG.get(locale, default) if locale is not None else default


def _flatten(raw: object, prefix: str, out: dict[str, dict[str, str]], path: Path) -> None:
    if isinstance(raw, dict) and set(raw) == set(LANGUAGES):
        out[prefix] = {lang: str(raw[lang]) for lang in LANGUAGES}
        return
    if not isinstance(raw, dict):
        raise ReferenceError(f"{path}: {prefix}: needs {', '.join(LANGUAGES)}")
    for key, value in raw.items():
        _flatten(value, f"{prefix}.{key}" if prefix else str(key), out, path)


def load_command_texts(path: Path = REFERENCE_DIR / "commands.yaml") -> dict[str, dict[str, str]]:
    """commands.yaml as dotted key ("commands.ask.name") -> language -> text, validated."""
    out: dict[str, dict[str, str]] = {}
    _flatten(load_yaml(path), "", out, path)
    for key, texts in out.items():
        for lang, text in texts.items():
            if key.endswith(".name") and not key.startswith("choices.") and (
                    not _NAME.match(text) or text != text.lower()):
                raise ReferenceError(f"{path}: {key}.{lang}: {text!r} is not a valid command "
                                     "name (lower case, no spaces, at most 32 characters)")
            if not 1 <= len(text) <= 100:
                raise ReferenceError(f"{path}: {key}.{lang}: must be 1 to 100 characters")
    return out


@cache
def default_command_texts() -> dict[str, dict[str, str]]:
    return load_command_texts()


def loc(key: str) -> locale_str:
    """A translatable slash-command string: English message, `key` for the translator."""
    return locale_str(default_command_texts()[key]["en"], key=key)


def command_loc(key: str) -> dict[str, locale_str]:
    """The `name` and `description` arguments of the command (or group) `key`."""
    return {"name": loc(f"commands.{key}.name"), "description": loc(f"commands.{key}.description")}


def question_for(command: str, lang: str, **fields: str) -> str:
    """The question a typed command asks the handlers, in `lang`, empty fields left out."""
    template = default_command_texts()[f"questions.{command}"][lang]
    return " ".join(template.format_map(_Blank(fields)).split())


class CupTranslator(app_commands.Translator):
    """Gives Discord the Dutch and French names and descriptions of the slash commands."""

    async def translate(self, string: locale_str, locale: discord.Locale,
                        context: app_commands.TranslationContextTypes) -> str | None:
        key = string.extras.get("key")
        lang = _LOCALE_LANG.get(locale)
        if key is None or lang is None:
            return None
        return default_command_texts()[key][lang]
