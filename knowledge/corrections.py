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
"""

from __future__ import annotations

from pathlib import Path

from knowledge.model import Facts, Goal, Match, SeasonFacts, Source
from knowledge.reference_loader import ReferenceError, load_yaml
from knowledge.store import CORRECTIONS_FILE, match_from_dict

_CURATED = Source(report=CORRECTIONS_FILE, date=None, sentence="curated correction")
_SETTABLE = {"round", "leg", "date", "venue", "neutral", "home", "away", "score", "extra_time",
             "penalties", "aggregate", "qualified", "order_unsure"}


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


def apply_corrections(facts: Facts, kb_dir: Path, default_competition: str) -> Facts:
    """Apply `corrections.yaml` (if present) to `facts` in place and return them."""
    path = kb_dir / CORRECTIONS_FILE
    if not path.exists():
        return facts
    data = load_yaml(path)
    for i, entry in enumerate(data.get("matches") or []):
        where = f"{path}: matches[{i}]"
        if not isinstance(entry, dict):
            raise ReferenceError(f"{where}: expected a mapping")
        if "add" in entry:
            raw = dict(entry["add"])
            season = str(raw.pop("season", "") or "")
            competition = raw.pop("competition", default_competition)
            if not season:
                raise ReferenceError(f"{where}.add: needs a season")
            added = match_from_dict(raw, competition, season, f"{where}.add")
            added.sources = {k: [_CURATED] for k in _SETTABLE if raw.get(k) is not None}
            facts.matches.append(added)
            continue
        selector = entry.get("match")
        if not isinstance(selector, dict):
            raise ReferenceError(f"{where}: needs 'match' (which match) or 'add'")
        chosen = [m for m in facts.matches if _selects(m, selector)]
        if entry.get("delete"):
            facts.matches = [m for m in facts.matches if m not in chosen]
            continue
        updates = entry.get("set") or {}
        unknown = set(updates) - _SETTABLE
        if unknown:
            raise ReferenceError(f"{where}.set: unknown field(s) {', '.join(sorted(unknown))}")
        for match in chosen:
            for key, value in updates.items():
                setattr(match, key, str(value) if key in {"score", "penalties", "aggregate"}
                        and value is not None else value)
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
    for i, entry in enumerate(data.get("seasons") or []):
        where = f"{path}: seasons[{i}]"
        if not isinstance(entry, dict) or not entry.get("season"):
            raise ReferenceError(f"{where}: needs a season")
        season = str(entry["season"])
        competition = entry.get("competition", default_competition)
        info = next((s for s in facts.seasons
                     if s.season == season and s.competition == competition), None)
        if info is None:
            info = SeasonFacts(competition=competition, season=season)
            facts.seasons.append(info)
        for key, value in (entry.get("set") or {}).items():
            if key not in {"winner", "finalists"}:
                raise ReferenceError(f"{where}.set: unknown field {key!r}")
            setattr(info, key, value)
            info.sources[key] = [_CURATED]
    return facts
