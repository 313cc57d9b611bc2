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
its type (scores as quoted "N-N", known rounds, legs 1 or 2, true/false written as such, club
names as knowledge/reference/clubs.yaml writes them, lists as lists). A mistake is one line
naming the file, the line and the field, and nothing is applied. A `null` value in `set`
clears the field. A change or a delete must pick exactly one match: one that picks none (the
match is not in the knowledge base) or several is not applied, and a warning names the file
and the line; so is an `add` of a match the knowledge base already has.
"""

from __future__ import annotations

import logging
from pathlib import Path

import yaml

from knowledge import validation as v
from knowledge.clubs import ClubRegistry, default_registry
from knowledge.model import ROUNDS, Facts, Goal, Match, SeasonFacts, Source
from knowledge.yaml_view import (
    CORRECTIONS_FILE,
    different_clubs,
    distinct,
    goal_field_specs,
    match_field_specs,
    match_from_dict,
)

log = logging.getLogger(__name__)
_CURATED = Source(report=CORRECTIONS_FILE, date=None, sentence="curated correction")
# The most corrections.yaml may hold.
MAX_FILE_BYTES = 5_000_000
# The fields of a match a correction may set, in the order an unknown field's message lists.
_MATCH_KEYS = ("round", "leg", "date", "venue", "neutral", "home", "away", "score",
               "extra_time", "penalties", "aggregate", "qualified", "order_unsure")


# ---------------------------------------------------------------- the schema
def _winner_is_a_finalist(fields: dict, node: yaml.Node, where: str) -> None:
    finalists, winner = fields.get("finalists"), fields.get("winner")
    if finalists and winner and winner not in finalists:
        raise v.Problem(v.value_node(node, "winner"), f"{where}.winner",
                        f"{winner!r} is not one of the finalists ({', '.join(finalists)})")


def _one_entry(fields: dict, node: yaml.Node, where: str) -> None:
    if "add" in fields:
        if set(fields) != {"add"}:
            raise v.Problem(node, where, "'add' stands alone (a new match, not a change)")
        return
    if "match" not in fields:
        raise v.Problem(node, where, "needs 'match' (which match to change) or 'add'")
    if not {"set", "goals", "delete"} & set(fields):
        raise v.Problem(node, where, "says what to do with the match: 'set', 'goals' or "
                                     "'delete: true'")


def schema(registry: ClubRegistry) -> v.Spec:
    """The schema of corrections.yaml; club names are checked against `registry`."""
    club = v.club(registry)
    specs = match_field_specs(club)
    match_fields = {key: specs[key] for key in _MATCH_KEYS}
    goals = v.list_of(v.mapping(goal_field_specs(club), required=("player",)))
    selector = v.mapping({"season": v.season, "competition": v.text,
                          "round": v.choice(ROUNDS, "a round, one of"), "leg": v.leg,
                          "clubs": v.each(v.list_of(club, 1, 2, "a list of clubs"),
                                          distinct)},
                         required=("season",))
    added = v.each(v.mapping({"season": v.season, "competition": v.text, "goals": goals,
                              **match_fields}, required=("season", "home", "away")),
                   different_clubs)
    entry = v.each(v.mapping({"match": selector, "set": v.mapping(match_fields),
                              "goals": goals, "delete": v.boolean, "add": added}),
                   _one_entry)
    season_set = v.each(v.mapping({"winner": v.optional(club),
                                   "finalists": v.each(v.list_of(club, 0, 2, "a list of "
                                                                 "clubs"), distinct)}),
                        _winner_is_a_finalist)
    season = v.mapping({"season": v.season, "competition": v.text, "set": season_set},
                       required=("season",))
    return v.mapping({"matches": v.optional(v.list_of(entry)),
                      "seasons": v.optional(v.list_of(season))})


def load_corrections(path: Path) -> dict:
    """corrections.yaml checked against the schema; ReferenceError (file, line, field)."""
    return v.load_checked(path, schema(default_registry()), MAX_FILE_BYTES)


# ---------------------------------------------------------------- applying
def _selects(match: Match, sel: dict, default_competition: str) -> bool:
    if sel["season"] != match.season:
        return False
    if sel.get("competition", default_competition) != match.competition:
        return False
    if "round" in sel and sel["round"] != match.round:
        return False
    if "leg" in sel and sel["leg"] != match.leg:
        return False
    clubs = sel.get("clubs")
    return not clubs or set(clubs) <= {match.home, match.away}


def _describe(sel: dict) -> str:
    parts = [sel["season"]] + [str(sel[k]) for k in ("competition", "round") if k in sel]
    if "leg" in sel:
        parts.append(f"leg {sel['leg']}")
    if sel.get("clubs"):
        parts.append(" - ".join(sel["clubs"]))
    return ", ".join(parts)


def _warn(path: Path, line: int, where: str, text: str) -> None:
    log.warning(f"{path}: line {line}: {where}: {text}")


def apply_corrections(facts: Facts, kb_dir: Path, default_competition: str,
                      seasons: set[str | None] | None = None) -> Facts:
    """Apply `corrections.yaml` (if present) to `facts` in place and return them.

    `seasons`: `facts` holds only these seasons (a partial reload); corrections of other
    seasons are left out. A correction that picks no match or several is not applied: a
    logged warning names the file and the line."""
    path = kb_dir / CORRECTIONS_FILE
    if not path.exists():
        return facts
    data = load_corrections(path)
    for i, entry in enumerate(data.get("matches") or []):
        where = f"matches[{i}]"
        if "add" in entry:
            raw = dict(entry["add"])
            season = raw.pop("season")
            if seasons is not None and season not in seasons:
                continue
            competition = raw.pop("competition", default_competition)
            added = match_from_dict(raw, competition, season, f"{path}: {where}.add")
            if any(m.key() == added.key() for m in facts.matches):
                _warn(path, entry["add"].line, f"{where}.add", "the knowledge base "
                      f"already has this match ({added.home} - {added.away}): not added; use "
                      "'match' and 'set' to change it")
                continue
            added.sources = {k: [_CURATED] for k in _MATCH_KEYS if raw.get(k) is not None}
            facts.matches.append(added)
            continue
        sel = entry["match"]
        if seasons is not None and sel["season"] not in seasons:
            continue
        chosen = [m for m in facts.matches if _selects(m, sel, default_competition)]
        if len(chosen) != 1:
            found = "no match in the knowledge base" if not chosen else \
                f"{len(chosen)} matches (give round, leg or clubs to pick one)"
            _warn(path, sel.line, f"{where}.match",
                  f"{_describe(sel)} picks {found}: not applied")
            continue
        match = chosen[0]
        if entry.get("delete"):
            facts.matches = [m for m in facts.matches if m is not match]
            continue
        for key, value in (entry.get("set") or {}).items():
            setattr(match, key, value)
            if value is None:
                match.sources.pop(key, None)
            else:
                match.sources[key] = [_CURATED]
            match.conflicts = [c for c in match.conflicts if c.field != key]
        if "goals" in entry:
            match.goals = [
                Goal(player=g["player"], club=g.get("club"), minute=g.get("minute"),
                     penalty=bool(g.get("penalty")), own_goal=bool(g.get("own_goal")),
                     header=bool(g.get("header")), sources=[_CURATED])
                for g in entry["goals"]
            ]
            match.conflicts = [c for c in match.conflicts if c.field != "goals"]
    for entry in data.get("seasons") or []:
        season = entry["season"]
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


