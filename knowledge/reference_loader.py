"""Loading YAML reference and knowledge files with errors that name the file and line."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

# libyaml's loader reads the reference files several times faster (start-up time); the
# pure-Python one stands in where PyYAML was built without it.
Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class ReferenceError(ValueError):
    """A reference or knowledge file is missing or malformed; the message names file and place."""


def load_yaml(path: Path) -> dict:
    """Read a YAML mapping; a syntax error becomes a ReferenceError with file, line and column."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError as exc:
        raise ReferenceError(f"{path}: file not found") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise ReferenceError(f"{path}: cannot read: {exc}") from exc
    try:
        data = yaml.load(text, Loader=Loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        place = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise ReferenceError(f"{path}: {place}{problem}") from exc
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ReferenceError(f"{path}: expected a mapping at the top level")
    _no_key_twice(path, text)
    return data


def _no_key_twice(path: Path, text: str) -> None:
    """A top-level key written twice: YAML keeps the second and silently drops the first."""
    first: dict[str, int] = {}
    for number, line in enumerate(text.splitlines(), 1):
        key = re.match(r"([A-Za-z_][\w-]*):(?:\s|$)", line)
        if key is None:
            continue
        if key.group(1) in first:
            raise ReferenceError(f"{path}: line {number}: key {key.group(1)!r} is already "
                                 f"given on line {first[key.group(1)]}")
        first[key.group(1)] = number
