"""Curated corrections: a hand-written file that wins over extracted facts.

`corrections.yaml` in a knowledge-base folder (never written by ingest):

    matches:
      - match: {season: "2017-18", round: quarter-final, clubs: [KRC Genk, Waasland-Beveren]}
        set: {score: "3-3", extra_time: true, penalties: "4-2"}   # fields to force
        goals:                     # optional: replaces the extracted goals
          - {player: Ruslan Malinovskyi, club: KRC Genk, minute: 9}
      - match: {season: "2017-18", round: semi-final, leg: 1, clubs: [KV Kortrijk, KRC Genk]}
        delete: true               # a match that was extracted by mistake
      - add: {season: "2017-18", round: final, home: Standard Liège, away: KRC Genk,
              score: "1-0", extra_time: true}
    seasons:
      - season: "2017-18"
        set: {winner: Standard Liège, finalists: [Standard Liège, KRC Genk]}

The file is checked against the schema below before anything is applied: every field and
its type. A mistake is one line naming the file, the line and the field.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import yaml

from knowledge.model import ROUNDS, Facts, Goal, Match, SeasonFacts, Source
from knowledge.reference_loader import ReferenceError, load_yaml
from knowledge.yaml_view import CORRECTIONS_FILE, match_from_dict

_CURATED = Source(report=CORRECTIONS_FILE, date=None, sentence="curated correction")
_TEXT_FIELDS = {"score", "penalties", "aggregate", "date"}

# ---------------------------------------------------------------- the schema
# A check takes a YAML node and returns what is wrong with it (None: nothing).
Check = Callable[[yaml.Node], str | None]


def _scalar(node: yaml.Node, tag: str) -> bool:
    return isinstance(node, yaml.ScalarNode) and node.tag == f"tag:yaml.org,2002:{tag}"


def _text(node: yaml.Node) -> str | None:
    return None if _scalar(node, "str") and node.value.strip() else "must be text"


def _season(node: yaml.Node) -> str | None:
    ok = isinstance(node, yaml.ScalarNode) and re.fullmatch(r"\d{4}-\d{2}", node.value)
    return None if ok else 'must be a season like "2017-18" (quoted)'


def _score(node: yaml.Node) -> str | None:
    ok = _scalar(node, "str") and re.fullmatch(r"\d{1,2}-\d{1,2}", node.value)
    return None if ok else 'must be a score like "2-1" (quoted, home club first)'


def _bool(node: yaml.Node) -> str | None:
    return None if _scalar(node, "bool") else "must be true or false"


def _leg(node: yaml.Node) -> str | None:
    return None if _scalar(node, "int") and node.value in ("1", "2") else "must be 1 or 2"


def _minute(node: yaml.Node) -> str | None:
    ok = _scalar(node, "int") and 1 <= int(node.value) <= 130
    return None if ok else "must be a minute (a whole number, 1 to 130)"


def _round(node: yaml.Node) -> str | None:
    return None if _scalar(node, "str") and node.value in ROUNDS else \
        f"must be one of: {', '.join(ROUNDS)}"


def _date(node: yaml.Node) -> str | None:
    ok = isinstance(node, yaml.ScalarNode) and re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?",
                                                            node.value)
    return None if ok else 'must be a date like "2018-03-17"'


def _texts(low: int, high: int) -> Check:
    def check(node: yaml.Node) -> str | None:
        ok = isinstance(node, yaml.SequenceNode) and low <= len(node.value) <= high \
            and all(_text(item) is None for item in node.value)
        return None if ok else f"must be a list of {low} to {high} club names"
    return check


_MATCH_FIELDS: dict[str, Check] = {
    "round": _round, "leg": _leg, "date": _date, "venue": _text, "neutral": _bool,
    "home": _text, "away": _text, "score": _score, "extra_time": _bool, "penalties": _score,
    "aggregate": _score, "qualified": _text, "order_unsure": _bool,
}
_SELECTOR = {"season": _season, "competition": _text, "round": _round, "leg": _leg,
             "clubs": _texts(1, 2)}
_GOAL = {"player": _text, "club": _text, "minute": _minute, "penalty": _bool,
         "own_goal": _bool, "header": _bool}
_SEASON_SET = {"winner": _text, "finalists": _texts(0, 2)}


class _Checker:
    """Walks the YAML nodes of corrections.yaml; the first mistake raises ReferenceError."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, node: yaml.Node, where: str, problem: str) -> None:
        raise ReferenceError(f"{self.path}: line {node.start_mark.line + 1}: {where}: {problem}")

    def mapping(self, node: yaml.Node, where: str, fields: dict[str, Check | None],
                required: tuple[str, ...] = ()) -> dict[str, yaml.Node]:
        """The mapping's values by key, each known field checked (None: checked by caller)."""
        if not isinstance(node, yaml.MappingNode):
            self.fail(node, where, "must be a mapping of fields")
        found: dict[str, yaml.Node] = {}
        for key, value in node.value:
            if key.value not in fields:
                self.fail(key, f"{where}.{key.value}",
                          f"unknown field (known: {', '.join(fields)})")
            check = fields[key.value]
            problem = check(value) if check else None
            if problem:
                self.fail(value, f"{where}.{key.value}", problem)
            found[key.value] = value
        for name in required:
            if name not in found:
                self.fail(node, where, f"needs '{name}'")
        return found

    def sequence(self, node: yaml.Node, where: str) -> list[yaml.Node]:
        if not isinstance(node, yaml.SequenceNode):
            self.fail(node, where, "must be a list")
        return node.value

    def check(self, root: yaml.Node | None) -> None:
        if root is None:
            return
        top = self.mapping(root, "corrections", {"matches": None, "seasons": None})
        for i, entry in enumerate(self.sequence(top["matches"], "matches")
                                  if "matches" in top else []):
            self.match_entry(entry, f"matches[{i}]")
        for i, entry in enumerate(self.sequence(top["seasons"], "seasons")
                                  if "seasons" in top else []):
            fields = self.mapping(entry, f"seasons[{i}]", {"season": _season,
                                                           "competition": _text, "set": None},
                                  required=("season",))
            if "set" in fields:
                self.mapping(fields["set"], f"seasons[{i}].set", dict(_SEASON_SET))

    def match_entry(self, node: yaml.Node, where: str) -> None:
        fields = self.mapping(node, where, {"match": None, "set": None, "goals": None,
                                            "delete": _bool, "add": None})
        if "add" in fields:
            if set(fields) != {"add"}:
                self.fail(node, where, "'add' stands alone (a new match, not a change)")
            added = self.mapping(fields["add"], f"{where}.add",
                                 {"season": _season, "competition": _text, "goals": None,
                                  **_MATCH_FIELDS}, required=("season", "home", "away"))
            if "goals" in added:
                self.goals(added["goals"], f"{where}.add.goals")
            return
        if "match" not in fields:
            self.fail(node, where, "needs 'match' (which match to change) or 'add'")
        self.mapping(fields["match"], f"{where}.match", dict(_SELECTOR))
        if "set" in fields:
            self.mapping(fields["set"], f"{where}.set", dict(_MATCH_FIELDS))
        if "goals" in fields:
            self.goals(fields["goals"], f"{where}.goals")

    def goals(self, node: yaml.Node, where: str) -> None:
        for i, goal in enumerate(self.sequence(node, where)):
            self.mapping(goal, f"{where}[{i}]", dict(_GOAL), required=("player",))


def load_corrections(path: Path) -> dict:
    """corrections.yaml checked against the schema; ReferenceError (file, line, field)."""
    data = load_yaml(path)  # syntax errors: file, line and column
    with path.open(encoding="utf-8-sig") as handle:
        root = yaml.compose(handle, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    _Checker(path).check(root)
    return data


# ---------------------------------------------------------------- applying
def _selects(match: Match, sel: dict) -> bool:
    if "season" in sel and str(sel["season"]) != match.season:
        return False
    if "competition" in sel and sel["competition"] != match.competition:
        return False
    if "round" in sel and sel["round"] != match.round:
        return False
    if "leg" in sel and sel["leg"] != match.leg:
        return False
    clubs = sel.get("clubs")
    return not clubs or set(clubs) == {match.home, match.away}


def apply_corrections(facts: Facts, kb_dir: Path, default_competition: str,
                      seasons: set[str | None] | None = None) -> Facts:
    """Apply `corrections.yaml` (if present) to `facts` in place and return them.

    `seasons`: `facts` holds only these seasons (a partial reload); corrections that add
    to other seasons are left out."""
    path = kb_dir / CORRECTIONS_FILE
    if not path.exists():
        return facts
    data = load_corrections(path)
    for i, entry in enumerate(data.get("matches") or []):
        if "add" in entry:
            raw = dict(entry["add"])
            season = str(raw.pop("season"))
            if seasons is not None and season not in seasons:
                continue
            competition = raw.pop("competition", default_competition)
            added = match_from_dict(raw, competition, season, f"{path}: matches[{i}].add")
            added.sources = {k: [_CURATED] for k in _MATCH_KEYS if raw.get(k) is not None}
            facts.matches.append(added)
            continue
        chosen = [m for m in facts.matches if _selects(m, entry["match"])]
        if entry.get("delete"):
            gone = {id(m) for m in chosen}
            facts.matches = [m for m in facts.matches if id(m) not in gone]
            continue
        for match in chosen:
            for key, value in (entry.get("set") or {}).items():
                # scores and dates are text in the model (YAML may have read a date)
                setattr(match, key, str(value) if key in _TEXT_FIELDS else value)
                match.sources[key] = [_CURATED]
                match.conflicts = [c for c in match.conflicts if c.field != key]
            if "goals" in entry:
                match.goals = [
                    Goal(player=g["player"], club=g.get("club"), minute=g.get("minute"),
                         penalty=bool(g.get("penalty")), own_goal=bool(g.get("own_goal")),
                         header=bool(g.get("header")), sources=[_CURATED])
                    for g in entry["goals"] or []
                ]
                match.conflicts = [c for c in match.conflicts if c.field != "goals"]
    for entry in data.get("seasons") or []:
        season = str(entry["season"])
        if seasons is not None and season not in seasons:
            continue
        competition = entry.get("competition", default_competition)
        info = next((s for s in facts.seasons
                     if s.season == season and s.competition == competition), None)
        if info is None:
            info = SeasonFacts(competition=competition, season=season)
            facts.seasons.append(info)
        for key, value in (entry.get("set") or {}).items():
            setattr(info, key, value)
            info.sources[key] = [_CURATED]
    return facts


_MATCH_KEYS = tuple(_MATCH_FIELDS)
