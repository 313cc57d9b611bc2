"""The readable view of a knowledge base: YAML files people review, diff and correct.

`python -m bot kb export DIR` writes, and `kb import DIR` reads, a folder of:

    <competition>/<season>.yaml   matches, finalists, winner, club facts, people, every fact
                                  with its sources; scores always quoted
    reports.yaml                  the reports ingested, with their content hash

Files are written in a stable order (atomically: temporary file and rename), so an export
of the same knowledge base is byte-for-byte the same and exports diff cleanly in git. This
is also the layout of knowledge bases before the SQLite store (schema version 0), which
`knowledge.store` migrates from.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass, field, fields
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
# The file of the club facts and people a report gives no season for.
NO_SEASON = "no-season"
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
        # a field merged without a source has an empty list: nothing to write
        "sources": {k: [_source_to_dict(s) for s in v] for k, v in sorted(match.sources.items())
                    if v},
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


def _match_sort_key(match: Match) -> tuple:
    return (match.round_order, match.leg or 0, match.date or "", match.home, match.away)


@dataclass
class ReportEntry:
    """One ingested report as the report log keeps it."""

    sha256: str
    date: str | None = None


@dataclass
class Folder:
    """A knowledge base read from (or to be written as) YAML files."""

    facts: Facts = field(default_factory=Facts)
    reports: dict[str, ReportEntry] = field(default_factory=dict)


def _file_keys(facts: Facts, default_competition: str) -> dict[tuple[str, str | None], dict]:
    """(competition, season) of every file, with the club facts and people it holds.

    Club facts and people name a season but no competition: each goes to exactly one file
    (the first competition with that season), so nothing is written twice or lost."""
    keys = {(m.competition, m.season) for m in facts.matches}
    keys |= {(s.competition, s.season) for s in facts.seasons}
    competition_of: dict[str | None, str] = {}
    for competition, season in sorted(keys):
        competition_of.setdefault(season, competition)
    files: dict[tuple[str, str | None], dict] = {k: {"club_facts": [], "people": []}
                                                 for k in keys}
    for kind, items in (("club_facts", facts.club_facts), ("people", facts.people)):
        for item in items:
            key = (competition_of.get(item.season, default_competition), item.season)
            files.setdefault(key, {"club_facts": [], "people": []})[kind].append(item)
    return files


def season_to_dict(facts: Facts, competition: str, season: str | None,
                   club_facts: list[ClubFact], people: list[Person]) -> dict:
    """Everything the knowledge base knows about one competition season, in file form."""
    info = next((s for s in facts.seasons if s.competition == competition and s.season == season),
                None)
    matches = sorted((m for m in facts.matches
                      if m.competition == competition and m.season == season), key=_match_sort_key)
    club_facts = sorted(club_facts, key=lambda f: (f.club, f.kind, str(f.value)))
    people = sorted(people, key=lambda p: (p.club or "", p.role, p.name))
    data: dict = {"competition": competition,
                  "season": _Quoted(season) if season is not None else None}
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
    if not competition or not season and path.stem != NO_SEASON:
        raise ReferenceError(f"{path}: needs 'competition' and 'season'")
    facts = Facts()
    if season is not None:
        facts.seasons.append(SeasonFacts(
            competition=competition, season=season,
            finalists=list(raw.get("finalists") or []), winner=raw.get("winner"),
            sources={k: [_source_from_dict(s, str(path)) for s in v or []]
                     for k, v in (raw.get("season_sources") or {}).items()},
        ))
    for i, m in enumerate(raw.get("matches") or []):
        facts.matches.append(match_from_dict(m, competition, season or "", f"{path}: matches[{i}]"))
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
    """Write `text` to `path` via a temporary file and rename; False when nothing changed.

    The file keeps its mode, and a new one gets the usual mode for new files (the umask's),
    not the owner-only mode of temporary files."""
    if path.exists() and path.read_text(encoding="utf-8") == text:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    mode = path.stat().st_mode & 0o777 if path.exists() else 0o666 & ~_umask()
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return True


def _umask() -> int:
    # os.umask can only be read by setting it; set it straight back
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def season_files(folder: Path) -> list[Path]:
    """The season files of an exported (or pre-SQLite) knowledge base, in a stable order."""
    return sorted(p for p in folder.glob("*/*.yaml") if not p.name.startswith("."))


def read_folder(folder: Path) -> Folder:
    """Every fact and the report log of a YAML knowledge-base folder; errors name the file."""
    out = Folder()
    if not folder.is_dir():
        raise ReferenceError(f"{folder}: no such folder")
    files = season_files(folder)
    if not files and not (folder / REPORTS_FILE).exists():
        # importing replaces the knowledge base: an empty or mistyped folder would wipe it
        raise ReferenceError(f"{folder}: no knowledge-base export here (no "
                             f"COMPETITION/SEASON.yaml files, no {REPORTS_FILE}); nothing "
                             "was changed")
    for path in files:
        part = season_from_dict(load_yaml(path), path)
        out.facts.matches.extend(part.matches)
        out.facts.seasons.extend(part.seasons)
        out.facts.club_facts.extend(part.club_facts)
        out.facts.people.extend(part.people)
    log = folder / REPORTS_FILE
    raw = load_yaml(log).get("reports") or {} if log.exists() else {}
    if not isinstance(raw, dict):
        raise ReferenceError(f"{log}: 'reports' must map report names to their hash")
    for name, entry in raw.items():
        if not isinstance(entry, dict) or not entry.get("sha256"):
            raise ReferenceError(f"{log}: report {name!r} needs a sha256")
        out.reports[str(name)] = ReportEntry(str(entry["sha256"]), _str_or_none(entry.get("date")))
    return out


def write_folder(folder: Path, content: Folder, default_competition: str) -> list[Path]:
    """Write a knowledge base as YAML files (each atomically); return the files written.

    Season files of the folder that the knowledge base no longer has are removed."""
    written = []
    wanted = set()
    for (competition, season), extra in sorted(_file_keys(content.facts, default_competition)
                                               .items(), key=lambda kv: (kv[0][0], kv[0][1] or "")):
        path = folder / competition / f"{season or NO_SEASON}.yaml"
        wanted.add(path)
        data = season_to_dict(content.facts, competition, season, extra["club_facts"],
                              extra["people"])
        if write_atomic(path, dump_yaml(data)):
            written.append(path)
    for stale in set(season_files(folder)) - wanted:
        stale.unlink()
    log = {name: _compact({"sha256": e.sha256, "date": e.date})
           for name, e in sorted(content.reports.items())}
    if write_atomic(folder / REPORTS_FILE, dump_yaml({"reports": log})):
        written.append(folder / REPORTS_FILE)
    return written
