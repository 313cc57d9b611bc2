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

from knowledge import validation as v
from knowledge.model import (
    ROUNDS,
    ClubFact,
    Conflict,
    Facts,
    Goal,
    Match,
    Person,
    SeasonFacts,
    Source,
)
from knowledge.reference_loader import ReferenceError

REPORTS_FILE = "reports.yaml"
# The most one file of a knowledge-base export may hold (20,000 matches with sources fit).
MAX_FILE_BYTES = 200_000_000
CORRECTIONS_FILE = "corrections.yaml"
# The file of the club facts and people a report gives no season for.
NO_SEASON = "no-season"
_SCORE_FIELDS = {"score", "penalties", "aggregate"}


class _Quoted(str):
    """A string always written in double quotes (scores: an unquoted 2:1 would read as 121)."""


class _Dumper(yaml.SafeDumper):
    def ignore_aliases(self, data: object) -> bool:
        # never write anchors and aliases: an import refuses aliases that expand much
        return True


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


# ---------------------------------------------------------------- the schema of an export
CLUB_FACT_KINDS = ("coach", "goalkeeper", "finals_won", "finals_lost", "final_number",
                   "cup_wins")
ROLES = ("player", "goalkeeper", "coach", "referee")
# the fields of a match that sources and conflicts may name
MATCH_FIELDS = ("round", "leg", "date", "venue", "neutral", "home", "away", "order_unsure",
                "score", "extra_time", "penalties", "aggregate", "qualified")
source = v.mapping({"report": v.text, "date": v.optional(v.date),
                     "sentence": v.optional(v.any_text)}, required=("report",))
_sources = v.list_of(source)


def different_clubs(match: dict, node: yaml.Node, where: str) -> None:
    if match["home"] == match["away"]:
        raise v.Problem(v.value_node(node, "away"), f"{where}.away",
                        f"is the home club too ({match['home']!r})")
    qualified = match.get("qualified")
    if qualified is not None and qualified not in (match["home"], match["away"]):
        raise v.Problem(v.value_node(node, "qualified"), f"{where}.qualified",
                        f"{qualified!r} did not play this match ({match['home']} - "
                        f"{match['away']})")


def distinct(values: list, node: yaml.Node, where: str) -> None:
    if len(set(values)) != len(values):
        raise v.Problem(node, where, "names the same club twice")


def _club_fact_value(fact: dict, node: yaml.Node, where: str) -> None:
    value, kind = fact.get("value"), fact["kind"]
    if kind in ("final_number", "cup_wins"):
        ok = isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 200
        need = "a whole number from 1 to 200"
    elif kind in ("finals_won", "finals_lost"):
        ok = isinstance(value, list) and all(
            isinstance(y, int) and not isinstance(y, bool) and 1850 <= y <= 2200 for y in value)
        need = "a list of years"
    else:
        ok = isinstance(value, str) and value.strip() != ""
        need = "a name"
    if not ok:
        raise v.Problem(v.value_node(node, "value"), f"{where}.value",
                        f"must be {need} for kind {kind}, not {value!r}")


def match_field_specs(club: v.Spec) -> dict[str, v.Spec]:
    """The specs of a match's own fields, in MATCH_FIELDS order: an export's matches and
    corrections.yaml's `set` and `add` check them alike."""
    return {
        "round": v.optional(v.choice(ROUNDS, "a round, one of")),
        "leg": v.optional(v.leg),
        "date": v.optional(v.date), "venue": v.optional(v.text), "neutral": v.boolean,
        "home": club, "away": club, "order_unsure": v.boolean,
        "score": v.optional(v.score()), "extra_time": v.optional(v.boolean),
        "penalties": v.optional(v.score()), "aggregate": v.optional(v.score()),
        "qualified": v.optional(club)}


def goal_field_specs(club: v.Spec) -> dict[str, v.Spec]:
    """The specs of a goal's own fields (an export's goals and corrections.yaml's)."""
    return {"player": v.text, "club": v.optional(club),
            "minute": v.optional(v.integer(1, 130, "a minute")),
            "penalty": v.boolean, "own_goal": v.boolean, "header": v.boolean}


def export_schema(registry: object) -> v.Spec:
    """The schema of one season file of an export (`kb import`, and knowledge bases from
    before the SQLite store); club names are checked against `registry`."""
    club = v.club(registry)
    goal = v.mapping({**goal_field_specs(club), "when": v.optional(v.text),
                      "sources": _sources}, required=("player",))
    conflict = v.mapping({
        "field": v.text,
        "values": v.list_of(v.mapping({"value": v.plain, "sources": _sources},
                                      required=("value",)), low=1)},
        required=("field", "values"))
    match = v.each(v.mapping({
        **match_field_specs(club), "goals": v.list_of(goal),
        "sources": v.dict_of(_sources, key=v.choice(MATCH_FIELDS, "a field of a match")),
        "conflicts": v.list_of(conflict),
    }, required=("home", "away")), different_clubs)
    club_fact = v.each(v.mapping({"club": club, "kind": v.choice(CLUB_FACT_KINDS, "a kind"),
                                  "value": v.plain, "sources": _sources},
                                 required=("club", "kind")), _club_fact_value)
    person = v.mapping({"name": v.text, "club": v.optional(club),
                        "role": v.choice(ROLES, "a role"), "sources": _sources},
                       required=("name",))
    return v.mapping({
        "competition": v.text, "season": v.optional(v.season),
        "finalists": v.each(v.list_of(club, 0, 2, "a list of clubs"), distinct),
        "winner": v.optional(club),
        "season_sources": v.dict_of(_sources, key=v.choice(("finalists", "winner"),
                                                           "a season fact")),
        "matches": v.list_of(match), "club_facts": v.list_of(club_fact),
        "people": v.list_of(person),
    }, required=("competition",))


_REPORTS_SCHEMA = v.mapping({"reports": v.optional(v.dict_of(v.mapping({
    "sha256": v.matching(r"[0-9a-f]{64}", "a sha256 (64 hex digits)"),
    "date": v.optional(v.date)}, required=("sha256",))))})


def read_season_file(path: Path, schema: v.Spec) -> dict:
    """One season file checked against the schema: its values; errors name file, line, field.

    The file must say the competition and season its place says (`COMPETITION/SEASON.yaml`),
    and hold each match once."""
    node = v.compose_file(path, MAX_FILE_BYTES)
    raw = v.check(path, node, schema)
    top = {key.value: value for key, value in node.value} if node is not None else {}
    if raw.get("competition") != path.parent.name:
        raise ReferenceError(f"{path}: line {v.line_of(top.get('competition', node))}: "
                             f"competition: must be {path.parent.name!r}, the folder it is in")
    expected = None if path.stem == NO_SEASON else path.stem
    if raw.get("season") != expected:
        raise ReferenceError(f"{path}: line {v.line_of(top.get('season', node))}: season: must "
                             f"be {expected!r}, as the file is named" if expected else
                             f"{path}: line {v.line_of(top['season'])}: season: a file named "
                             f"{NO_SEASON}.yaml holds the facts that have no season")
    if expected is None:
        for key in ("finalists", "winner", "season_sources", "matches"):
            if raw.get(key):
                raise ReferenceError(f"{path}: line {v.line_of(top[key])}: {key}: a file "
                                     f"without a season holds only club_facts and people")
    seen: dict[str, int] = {}
    for i, match in enumerate(raw.get("matches") or []):
        leg = f"leg{match.get('leg')}" if match.get("leg") else "single"
        key = f"{match.get('round')}/{leg}/{'|'.join(sorted((match['home'], match['away'])))}"
        if key in seen:
            raise ReferenceError(f"{path}: line {match.line}: matches[{i}]: the same match as "
                                 f"matches[{seen[key]}] (same round, leg and clubs); merge them")
        seen[key] = i
    return raw


def season_files(folder: Path) -> list[Path]:
    """The season files of an exported (or pre-SQLite) knowledge base, in a stable order."""
    return sorted(p for p in folder.glob("*/*.yaml") if not p.name.startswith("."))


def read_folder(folder: Path) -> Folder:
    """Every fact and the report log of a YAML knowledge-base folder, every file checked
    against the schema (club names against the bundled clubs); a mistake is a
    ReferenceError naming the file, the line and the field."""
    from knowledge.clubs import default_registry

    out = Folder()
    if not folder.is_dir():
        raise ReferenceError(f"{folder}: no such folder")
    files = season_files(folder)
    if not files and not (folder / REPORTS_FILE).exists():
        # importing replaces the knowledge base: an empty or mistyped folder would wipe it
        raise ReferenceError(f"{folder}: no knowledge-base export here (no "
                             f"COMPETITION/SEASON.yaml files, no {REPORTS_FILE}); nothing "
                             "was changed")
    schema = export_schema(default_registry())
    for path in files:
        part = season_from_dict(read_season_file(path, schema), path)
        out.facts.matches.extend(part.matches)
        out.facts.seasons.extend(part.seasons)
        out.facts.club_facts.extend(part.club_facts)
        out.facts.people.extend(part.people)
    log = folder / REPORTS_FILE
    raw = v.load_checked(log, _REPORTS_SCHEMA, MAX_FILE_BYTES).get("reports") or {} \
        if log.exists() else {}
    for name, entry in raw.items():
        out.reports[name] = ReportEntry(entry["sha256"], entry.get("date"))
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
