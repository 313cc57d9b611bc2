"""The knowledge base on disk: readable YAML, one file per competition season.

Layout of a knowledge-base folder:

    <competition>/<season>.yaml   matches, finalists, winner, club facts, people (written by ingest)
    reports.yaml                  which report files were ingested (content hash), written by ingest
    corrections.yaml              curated corrections; read on load, never written by ingest

Writes are atomic (temporary file + rename) and key order is stable, so re-ingesting the
same reports leaves every file byte-for-byte the same.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import fields
from pathlib import Path

import yaml

from knowledge.model import (
    ClubFact,
    Conflict,
    Facts,
    Goal,
    Match,
    Person,
    SeasonFacts,
    Source,
)
from knowledge.reference_loader import ReferenceError, load_yaml

REPORTS_FILE = "reports.yaml"
CORRECTIONS_FILE = "corrections.yaml"
_SCORE_FIELDS = {"score", "penalties", "aggregate"}


class _Quoted(str):
    """A string always written in double quotes (scores: an unquoted 2:1 would read as 121)."""


class _Dumper(yaml.SafeDumper):
    pass


_Dumper.add_representer(
    _Quoted, lambda dumper, data: dumper.represent_scalar("tag:yaml.org,2002:str", data, style='"')
)


def _source_to_dict(src: Source) -> dict:
    return {"report": src.report, "date": src.date, "sentence": src.sentence}


def _source_from_dict(raw: dict, where: str) -> Source:
    if not isinstance(raw, dict) or "report" not in raw:
        raise ReferenceError(f"{where}: a source needs at least 'report'")
    return Source(report=str(raw["report"]), date=_str_or_none(raw.get("date")),
                  sentence=str(raw.get("sentence") or ""))


def _str_or_none(value: object) -> str | None:
    return None if value is None else str(value)


def _compact(data: dict) -> dict:
    """Drop empty values so the files stay short; False is kept only where it says something."""
    return {k: v for k, v in data.items() if v not in (None, [], {}, False)}


def goal_to_dict(goal: Goal) -> dict:
    return _compact({
        "player": goal.player,
        "club": goal.club,
        "minute": goal.minute,
        "penalty": goal.penalty,
        "own_goal": goal.own_goal,
        "header": goal.header,
        "when": goal.when,
        "sources": [_source_to_dict(s) for s in goal.sources],
    })


def match_to_dict(match: Match) -> dict:
    """A match as written in the knowledge base (score strings quoted)."""
    data = {
        "round": match.round,
        "leg": match.leg,
        "date": match.date,
        "venue": match.venue,
        "neutral": match.neutral,
        "home": match.home,
        "away": match.away,
        "order_unsure": match.order_unsure,
        "score": match.score,
        "extra_time": match.extra_time,
        "penalties": match.penalties,
        "aggregate": match.aggregate,
        "qualified": match.qualified,
        "goals": [goal_to_dict(g) for g in match.goals],
        "sources": {k: [_source_to_dict(s) for s in v] for k, v in sorted(match.sources.items())},
        "conflicts": [
            {"field": c.field, "values": [
                {"value": _quote(c.field, v["value"]),
                 "sources": [_source_to_dict(s) for s in v["sources"]]} for v in c.values]}
            for c in match.conflicts
        ],
    }
    for key in _SCORE_FIELDS:
        if data[key] is not None:
            data[key] = _Quoted(data[key])
    data = _compact(data)
    if match.extra_time is False:
        data["extra_time"] = False
    return data


def _quote(field_name: str, value: object) -> object:
    return _Quoted(value) if field_name in _SCORE_FIELDS and isinstance(value, str) else value


def match_from_dict(raw: dict, competition: str, season: str, where: str) -> Match:
    """Build a Match from its YAML form; errors name the file and the match."""
    if not isinstance(raw, dict):
        raise ReferenceError(f"{where}: a match must be a mapping")
    for required in ("home", "away"):
        if not raw.get(required):
            raise ReferenceError(f"{where}: a match needs '{required}'")
    known = {f.name for f in fields(Match)} - {"competition", "season"}
    unknown = set(raw) - known
    if unknown:
        raise ReferenceError(f"{where}: unknown field(s) {', '.join(sorted(unknown))}")
    goals = []
    for i, g in enumerate(raw.get("goals") or []):
        if not isinstance(g, dict) or not g.get("player"):
            raise ReferenceError(f"{where}: goals[{i}] needs a player")
        goals.append(Goal(
            player=str(g["player"]), club=g.get("club"), minute=g.get("minute"),
            penalty=bool(g.get("penalty")), own_goal=bool(g.get("own_goal")),
            header=bool(g.get("header")), when=g.get("when"),
            sources=[_source_from_dict(s, f"{where}: goals[{i}]") for s in g.get("sources") or []],
        ))
    conflicts = [
        Conflict(field=c["field"], values=[
            {"value": v.get("value"),
             "sources": [_source_from_dict(s, where) for s in v.get("sources") or []]}
            for v in c.get("values") or []])
        for c in raw.get("conflicts") or []
    ]
    leg = raw.get("leg")
    return Match(
        competition=competition, season=season, round=raw.get("round"),
        leg=int(leg) if leg is not None else None,
        home=str(raw["home"]), away=str(raw["away"]), date=_str_or_none(raw.get("date")),
        venue=raw.get("venue"), neutral=bool(raw.get("neutral")),
        score=_str_or_none(raw.get("score")), extra_time=raw.get("extra_time"),
        penalties=_str_or_none(raw.get("penalties")),
        aggregate=_str_or_none(raw.get("aggregate")), qualified=raw.get("qualified"),
        goals=goals,
        sources={k: [_source_from_dict(s, where) for s in v or []]
                 for k, v in (raw.get("sources") or {}).items()},
        conflicts=conflicts, order_unsure=bool(raw.get("order_unsure")),
    )


def _club_fact_to_dict(fact: ClubFact) -> dict:
    return _compact({"club": fact.club, "kind": fact.kind, "value": fact.value,
                     "sources": [_source_to_dict(s) for s in fact.sources]})


def _person_to_dict(person: Person) -> dict:
    return _compact({"name": person.name, "club": person.club, "role": person.role,
                     "sources": [_source_to_dict(s) for s in person.sources]})


def _season_file(kb_dir: Path, competition: str, season: str) -> Path:
    return kb_dir / competition / f"{season}.yaml"


def _match_sort_key(match: Match) -> tuple:
    return (match.round_order, match.leg or 0, match.date or "", match.home, match.away)


def season_to_dict(facts: Facts, competition: str, season: str) -> dict:
    """Everything the knowledge base knows about one competition season, in file form."""
    info = next((s for s in facts.seasons if s.competition == competition and s.season == season),
                None)
    matches = sorted((m for m in facts.matches
                      if m.competition == competition and m.season == season), key=_match_sort_key)
    club_facts = sorted((f for f in facts.club_facts if f.season == season),
                        key=lambda f: (f.club, f.kind, str(f.value)))
    people = sorted((p for p in facts.people if p.season == season),
                    key=lambda p: (p.club or "", p.role, p.name))
    data: dict = {"competition": competition, "season": _Quoted(season)}
    if info:
        data["finalists"] = sorted(info.finalists)
        data["winner"] = info.winner
        data["season_sources"] = {k: [_source_to_dict(s) for s in v]
                                  for k, v in sorted(info.sources.items())}
    data["matches"] = [match_to_dict(m) for m in matches]
    data["club_facts"] = [_club_fact_to_dict(f) for f in club_facts]
    data["people"] = [_person_to_dict(p) for p in people]
    return _compact(data)


def season_from_dict(raw: dict, path: Path) -> Facts:
    """Read one season file into Facts; errors name the file."""
    competition = raw.get("competition")
    season = _str_or_none(raw.get("season"))
    if not competition or not season:
        raise ReferenceError(f"{path}: needs 'competition' and 'season'")
    facts = Facts()
    facts.seasons.append(SeasonFacts(
        competition=competition, season=season, finalists=list(raw.get("finalists") or []),
        winner=raw.get("winner"),
        sources={k: [_source_from_dict(s, str(path)) for s in v or []]
                 for k, v in (raw.get("season_sources") or {}).items()},
    ))
    for i, m in enumerate(raw.get("matches") or []):
        facts.matches.append(match_from_dict(m, competition, season, f"{path}: matches[{i}]"))
    for i, f in enumerate(raw.get("club_facts") or []):
        if not isinstance(f, dict) or not f.get("club") or not f.get("kind"):
            raise ReferenceError(f"{path}: club_facts[{i}] needs club and kind")
        facts.club_facts.append(ClubFact(
            club=f["club"], kind=f["kind"], value=f.get("value"), season=season,
            sources=[_source_from_dict(s, str(path)) for s in f.get("sources") or []]))
    for i, p in enumerate(raw.get("people") or []):
        if not isinstance(p, dict) or not p.get("name"):
            raise ReferenceError(f"{path}: people[{i}] needs a name")
        facts.people.append(Person(
            name=p["name"], club=p.get("club"), season=season, role=p.get("role", "player"),
            sources=[_source_from_dict(s, str(path)) for s in p.get("sources") or []]))
    return facts


def dump_yaml(data: object) -> str:
    """YAML text in the knowledge base's style (block style, unicode, stable order)."""
    return yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False,
                     default_flow_style=False, width=100)


def write_atomic(path: Path, text: str) -> bool:
    """Write `text` to `path` via a temporary file and rename; False when nothing changed."""
    if path.exists() and path.read_text(encoding="utf-8") == text:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return True


def season_files(kb_dir: Path) -> list[Path]:
    """The season files of a knowledge base, in a stable order."""
    return sorted(p for p in kb_dir.glob("*/*.yaml") if not p.name.startswith("."))


def load_facts(kb_dir: Path) -> Facts:
    """All facts ingest wrote, without curated corrections (what ingest merges into)."""
    facts = Facts()
    for path in season_files(kb_dir):
        part = season_from_dict(load_yaml(path), path)
        facts.matches.extend(part.matches)
        facts.seasons.extend(part.seasons)
        facts.club_facts.extend(part.club_facts)
        facts.people.extend(part.people)
    return facts


def save_facts(kb_dir: Path, facts: Facts) -> list[Path]:
    """Write every season of `facts` atomically; return the files that changed."""
    keys = {(m.competition, m.season) for m in facts.matches}
    keys |= {(s.competition, s.season) for s in facts.seasons}
    competition_of = {s.season: s.competition for s in facts.seasons}
    for f in facts.club_facts + facts.people:
        if f.season and f.season in competition_of:
            keys.add((competition_of[f.season], f.season))
    changed = []
    for competition, season in sorted(keys):
        path = _season_file(kb_dir, competition, season)
        if write_atomic(path, dump_yaml(season_to_dict(facts, competition, season))):
            changed.append(path)
    return changed


def load_report_log(kb_dir: Path) -> dict[str, dict]:
    """report file name -> {"sha256": ..., "date": ...} of every ingested report."""
    path = kb_dir / REPORTS_FILE
    if not path.exists():
        return {}
    return dict(load_yaml(path).get("reports") or {})


def save_report_log(kb_dir: Path, log: dict[str, dict]) -> bool:
    return write_atomic(kb_dir / REPORTS_FILE,
                        dump_yaml({"reports": {k: log[k] for k in sorted(log)}}))
