"""Reading and checking the YAML files people edit: config.yaml, corrections.yaml, kb exports.

A file is read in two steps. First it is composed into YAML nodes, refused when it is too big,
not UTF-8, not YAML, or when its aliases (`*name`) would expand into more than a few thousand
values (a "YAML bomb" is a few lines that expand into billions). Then a schema walks the
nodes and builds plain Python values: only what the schema names, with the type it names.
Every mistake is one line naming the file, the line (from the node's mark) and the field:

    corrections.yaml: line 7: matches[2].set.score: must be a score like "2-1" (quoted, ...)

A schema is made of specs: functions that take a node and where it is (`matches[2].score`)
and return the value, or raise `Problem`.
"""

from __future__ import annotations

import difflib
import math
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import yaml
from yaml.constructor import ConstructorError, SafeConstructor

from knowledge.reference_loader import Loader, ReferenceError

_TAG = "tag:yaml.org,2002:"
# What aliases may add to a file, in values, beyond the values written out in it.
MAX_ALIAS_GROWTH = 10_000
# A score side: no cup match has had more goals (aggregates and shoot-outs included).
MAX_GOALS = 40

Spec = Callable[[yaml.Node, str], Any]


class Problem(Exception):
    """What is wrong with one node; `check` turns it into a one-line ReferenceError."""

    def __init__(self, node: yaml.Node, where: str, message: str) -> None:
        super().__init__(message)
        self.node, self.where, self.message = node, where, message


class Fields(dict):
    """A checked mapping's values by key; `line` is where the mapping starts (1-based)."""

    line: int = 0


def line_of(node: yaml.Node) -> int:
    return node.start_mark.line + 1


# ---------------------------------------------------------------- reading
def compose_file(path: Path, max_bytes: int) -> yaml.Node | None:
    """The YAML nodes of a file people edit (None: an empty file); ReferenceError naming the
    file (and the line, for a syntax error) when it is too big, unreadable or not YAML, or
    when its aliases expand too much or refer to themselves."""
    try:
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except FileNotFoundError as exc:
        raise ReferenceError(f"{path}: file not found") from exc
    except OSError as exc:
        raise ReferenceError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    if len(data) > max_bytes:
        raise ReferenceError(f"{path}: bigger than {max_bytes:,} bytes, the most a file like "
                             "this may have; nothing was read")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        raise ReferenceError(f"{path}: line {line}: not UTF-8 text (byte {exc.start})") from exc
    loader = Loader(text)
    try:
        node = loader.get_single_node()
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        place = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise ReferenceError(f"{path}: {place}{problem}") from exc
    except RecursionError as exc:
        raise ReferenceError(f"{path}: nested too deeply") from exc
    finally:
        loader.dispose()
    if node is not None:
        _check_aliases(node, path)
    return node


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return node.value
    if isinstance(node, yaml.MappingNode):
        return [n for pair in node.value for n in pair]
    return []


def _check_aliases(root: yaml.Node, path: Path) -> None:
    """Refuse aliases that expand into too many values, or into themselves.

    An alias is the node it names, shared: the nodes form a graph. Its size as a tree (what
    a reader of the values walks) is counted bottom-up, once per node, without expanding."""
    sizes: dict[int, int] = {}
    open_nodes: set[int] = set()
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, finished = stack.pop()
        key = id(node)
        if finished:
            open_nodes.discard(key)
            sizes[key] = 1 + sum(sizes[id(c)] for c in _children(node))
            continue
        if key in sizes:
            continue
        open_nodes.add(key)
        stack.append((node, True))
        for child in _children(node):
            if id(child) in open_nodes:
                raise ReferenceError(f"{path}: line {line_of(child)}: an alias refers to the "
                                     "value it is part of")
            if id(child) not in sizes:
                stack.append((child, False))
    if sizes[id(root)] - len(sizes) > MAX_ALIAS_GROWTH:
        # name the anchored node that does the most repeating
        counts: dict[int, int] = {}
        nodes: dict[int, yaml.Node] = {}
        todo, seen = [root], set()
        while todo:
            node = todo.pop()
            if id(node) in seen:
                continue
            seen.add(id(node))
            for child in _children(node):
                counts[id(child)] = counts.get(id(child), 0) + 1
                nodes[id(child)] = child
                todo.append(child)
        worst = max((k for k in counts if counts[k] > 1),
                    key=lambda k: (sizes[k] * (counts[k] - 1), -line_of(nodes[k])))
        raise ReferenceError(
            f"{path}: line {line_of(nodes[worst])}: aliases repeat this value into more than "
            f"{MAX_ALIAS_GROWTH:,} values; write the values out (a file of aliases that "
            "expand like this is refused)")


def check(path: Path, node: yaml.Node | None, spec: Spec, where: str = "") -> Any:
    """`spec` applied to a file's nodes; a Problem becomes a ReferenceError naming the file,
    the line and the field. An empty file is an empty mapping."""
    if node is None:
        node = yaml.MappingNode(f"{_TAG}map", [])
        node.start_mark = yaml.Mark(str(path), 0, 0, 0, None, None)
    try:
        return spec(node, where)
    except Problem as problem:
        field = f"{problem.where}: " if problem.where else ""
        raise ReferenceError(f"{path}: line {line_of(problem.node)}: {field}{problem.message}"
                             ) from None


def load_checked(path: Path, spec: Spec, max_bytes: int) -> Any:
    """Read a file people edit and check it against `spec`: its values, or ReferenceError."""
    return check(path, compose_file(path, max_bytes), spec)


# ---------------------------------------------------------------- specs
_constructor = SafeConstructor()


def _is(node: yaml.Node, tag: str) -> bool:
    return isinstance(node, yaml.ScalarNode) and node.tag == _TAG + tag


def is_null(node: yaml.Node) -> bool:
    return _is(node, "null")


def _shown(node: yaml.Node) -> str:
    if isinstance(node, yaml.ScalarNode):
        value = node.value if len(node.value) <= 40 else node.value[:37] + "..."
        return repr(value)
    return "a list" if isinstance(node, yaml.SequenceNode) else "a mapping"


def text(node: yaml.Node, where: str) -> str:
    """Text (a YAML string), not empty."""
    if not _is(node, "str") or not node.value.strip():
        raise Problem(node, where, f"must be text, not {_shown(node)}")
    return node.value


def any_text(node: yaml.Node, where: str) -> str:
    """Text, possibly empty."""
    if not _is(node, "str"):
        raise Problem(node, where, f"must be text, not {_shown(node)}")
    return node.value


def boolean(node: yaml.Node, where: str) -> bool:
    """true or false, nothing else ('no', "yes", 1 and 0 are mistakes here)."""
    if not _is(node, "bool") or node.value not in ("true", "false", "True", "False",
                                                    "TRUE", "FALSE"):
        raise Problem(node, where, f"must be true or false, not {_shown(node)}")
    return node.value.lower() == "true"


def integer(low: int, high: int, what: str = "a whole number") -> Spec:
    def spec(node: yaml.Node, where: str) -> int:
        value = _constructor.construct_yaml_int(node) if _is(node, "int") else None
        if value is None or not low <= value <= high:
            raise Problem(node, where, f"must be {what} from {low:,} to {high:,}, "
                                       f"not {_shown(node)}")
        return value
    return spec


def leg(node: yaml.Node, where: str) -> int:
    """The leg of a two-legged round: 1 or 2."""
    if not _is(node, "int") or node.value not in ("1", "2"):
        raise Problem(node, where, f"must be 1 or 2, not {_shown(node)}")
    return int(node.value)


def number(low: float, high: float, what: str = "a number") -> Spec:
    """A finite int or float, low < value <= high (.inf and .nan are mistakes)."""
    def spec(node: yaml.Node, where: str) -> float:
        value = None
        if _is(node, "int"):
            value = float(_constructor.construct_yaml_int(node))
        elif _is(node, "float"):
            value = _constructor.construct_yaml_float(node)
        if value is None or not math.isfinite(value) or not low < value <= high:
            raise Problem(node, where, f"must be {what} above {low:g} and at most {high:g}, "
                                       f"not {_shown(node)}")
        return value
    return spec


def suggestion(word: str, known: Iterable[str], cutoff: float = 0.6) -> str:
    """' (did you mean 'x'?)' for the closest known word, or ''."""
    close = difflib.get_close_matches(word, list(known), n=1, cutoff=cutoff)
    return f" (did you mean '{close[0]}'?)" if close else ""


def choice(options: Iterable[str], what: str = "one of") -> Spec:
    options = tuple(options)

    def spec(node: yaml.Node, where: str) -> str:
        if not _is(node, "str") or node.value not in options:
            hint = suggestion(node.value, options) if _is(node, "str") else ""
            raise Problem(node, where, f"must be {what}: {', '.join(options)}; not "
                                       f"{_shown(node)}{hint}")
        return node.value
    return spec


def matching(pattern: str, what: str, text_only: bool = True) -> Spec:
    """A scalar matching `pattern` (a YAML string; or any scalar when not text_only, as
    an unquoted date is a YAML date): its text."""
    compiled = re.compile(pattern)

    def spec(node: yaml.Node, where: str) -> str:
        ok = _is(node, "str") if text_only else (isinstance(node, yaml.ScalarNode)
                                                 and not is_null(node))
        if not ok or not compiled.fullmatch(node.value):
            raise Problem(node, where, f"must be {what}, not {_shown(node)}")
        return node.value
    return spec


def score(high: int = MAX_GOALS) -> Spec:
    """A score as quoted text "N-N", each side 0 to `high`."""
    def spec(node: yaml.Node, where: str) -> str:
        found = re.fullmatch(r"(\d{1,3})-(\d{1,3})", node.value) if _is(node, "str") else None
        if not found or max(int(found[1]), int(found[2])) > high:
            raise Problem(node, where, f'must be a score like "2-1" (quoted, home club first, '
                                       f'at most {high} a side), not {_shown(node)}')
        return f"{int(found[1])}-{int(found[2])}"
    return spec


def season(node: yaml.Node, where: str) -> str:
    """A season as quoted text "2017-18"."""
    found = re.fullmatch(r"(\d{4})-(\d{2})", node.value) if _is(node, "str") else None
    if not found or (int(found[1]) + 1) % 100 != int(found[2]) or \
            not 1900 <= int(found[1]) <= 2200:
        raise Problem(node, where, f'must be a season like "2017-18" (quoted), '
                                   f'not {_shown(node)}')
    return node.value


date = matching(r"\d{4}(-\d{2}(-\d{2})?)?", 'a date like "2018-03-17"', text_only=False)


def optional(spec: Spec) -> Spec:
    """`spec`, or null (written as `~`, `null` or nothing): None."""
    def check_optional(node: yaml.Node, where: str) -> Any:
        return None if is_null(node) else spec(node, where)
    return check_optional


def list_of(item: Spec, low: int = 0, high: int | None = None,
            what: str = "a list") -> Spec:
    def spec(node: yaml.Node, where: str) -> list:
        if not isinstance(node, yaml.SequenceNode):
            raise Problem(node, where, f"must be {what} (`- item` lines or [a, b]), "
                                       f"not {_shown(node)}")
        if len(node.value) < low or (high is not None and len(node.value) > high):
            count = f"{low} to {high}" if high is not None else f"at least {low}"
            raise Problem(node, where, f"must be {what} of {count}, not {len(node.value)}")
        return [item(n, f"{where}[{i}]") for i, n in enumerate(node.value)]
    return spec


def plain(node: yaml.Node, where: str) -> Any:
    """A scalar (text, number, true/false, null) or a flat list of scalars."""
    if isinstance(node, yaml.SequenceNode):
        return [_scalar_value(n, f"{where}[{i}]") for i, n in enumerate(node.value)]
    return _scalar_value(node, where)


def _scalar_value(node: yaml.Node, where: str) -> Any:
    if not isinstance(node, yaml.ScalarNode) or not node.tag.startswith(_TAG) or \
            node.tag[len(_TAG):] not in ("str", "int", "bool", "null", "float", "timestamp"):
        raise Problem(node, where, f"must be text, a number, true/false or empty, "
                                   f"not {_shown(node)}")
    if _is(node, "str") or _is(node, "timestamp"):
        return node.value
    if is_null(node):
        return None
    # the constructor's scalar methods only read the node (safe from several threads)
    construct = {"int": _constructor.construct_yaml_int,
                 "float": _constructor.construct_yaml_float,
                 "bool": _constructor.construct_yaml_bool}[node.tag[len(_TAG):]]
    try:
        value = construct(node)
    except (ConstructorError, ValueError) as exc:
        raise Problem(node, where, f"cannot be read as a value: {exc}") from None
    if isinstance(value, float) and not math.isfinite(value):
        raise Problem(node, where, f"must be a finite number, not {_shown(node)}")
    return value


def mapping(fields: dict[str, Spec], required: Iterable[str] = (),
            what: str = "a mapping of fields") -> Spec:
    """A mapping with only the keys of `fields` (a typo gets a "did you mean"), each value
    checked by its spec; a key given twice is a mistake. Returns Fields (with the line)."""
    required = tuple(required)

    def spec(node: yaml.Node, where: str) -> Fields:
        out = Fields()
        out.line = line_of(node)
        for key, value in _pairs(node, where, what):
            name = f"{where}.{key.value}" if where else key.value
            if key.value not in fields:
                raise Problem(key, name, f"unknown field{suggestion(key.value, fields)} "
                                         f"(known: {', '.join(fields)})")
            out[key.value] = fields[key.value](value, name)
        for name in required:
            if name not in out:
                raise Problem(node, where, f"needs '{name}'")
        return out
    return spec


def dict_of(value: Spec, key: Spec = text, what: str = "a mapping") -> Spec:
    """A mapping of any keys (checked by `key`) to values checked by `value`."""
    def spec(node: yaml.Node, where: str) -> Fields:
        out = Fields()
        out.line = line_of(node)
        for k, v in _pairs(node, where, what):
            name = key(k, where)
            out[name] = value(v, f"{where}[{name!r}]" if where else repr(name))
        return out
    return spec


def _pairs(node: yaml.Node, where: str, what: str) -> list[tuple[yaml.ScalarNode, yaml.Node]]:
    if not isinstance(node, yaml.MappingNode):
        raise Problem(node, where, f"must be {what} (`name: value` lines), not {_shown(node)}")
    seen: dict[str, yaml.Node] = {}
    for key, _ in node.value:
        if not isinstance(key, yaml.ScalarNode) or is_null(key):
            raise Problem(key, where, "a key must be a name")
        if key.value in seen:
            name = f"{where}.{key.value}" if where else key.value
            raise Problem(key, name, f"given twice (also on line {line_of(seen[key.value])})")
        seen[key.value] = key
    return node.value


def value_node(node: yaml.Node, key: str) -> yaml.Node:
    """The node of `key`'s value in a mapping node (the mapping itself when it has none):
    for a check over several fields that names the line of one."""
    if isinstance(node, yaml.MappingNode):
        for k, value in node.value:
            if isinstance(k, yaml.ScalarNode) and k.value == key:
                return value
    return node


def each(spec: Spec, *checks: Callable[[Any, yaml.Node, str], None]) -> Spec:
    """`spec`, then checks over its value (each raises Problem)."""
    def combined(node: yaml.Node, where: str) -> Any:
        value = spec(node, where)
        for extra in checks:
            extra(value, node, where)
        return value
    return combined


def club(registry: Any) -> Spec:
    """A club: its canonical name in the club registry (knowledge/reference/clubs.yaml), or a
    club the registry does not list (an amateur club a report names). An alias of a listed
    club, or a name a typo away from one, is a mistake that names the club meant."""
    def spec(node: yaml.Node, where: str) -> str:
        name = text(node, where)
        if name in registry.clubs:
            return name
        known = registry.get(name)
        if known is not None:
            raise Problem(node, where, f"{name!r} is written {known.name!r} (the club's name "
                                       "in knowledge/reference/clubs.yaml)")
        hint = suggestion(name, registry.clubs, cutoff=0.85)
        if hint:
            raise Problem(node, where, f"unknown club {name!r}{hint}")
        if name != name.strip() or "\n" in name or len(name) > 80:
            raise Problem(node, where, f"must be a club name on one line, not {_shown(node)}")
        return name
    return spec
