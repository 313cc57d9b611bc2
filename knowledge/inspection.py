"""Looking into a knowledge base and taking a report back: what `kb list`, `kb show`,
`kb stats` and `kb remove` print (on the command line and to Discord admins).

Matches are named by their row number in the store (`#12`), which `kb list` and `kb show
SEASON` print and `kb show 12` takes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge.merge import describe
from knowledge.model import ROUNDS, Goal, Match, Source
from knowledge.schema import SCHEMA_VERSION
from knowledge.store import Loaded, Saved, Store
from knowledge.undo import TakenBack, take_back

_SEASON = re.compile(r"\d{4}-\d{2}")
_MATCH = re.compile(r"#?(\d+)")


class NotFound(LookupError):
    """Nothing in the knowledge base answers to what was asked; the message says so."""


@dataclass
class Removal:
    """Taking a report back, worked out on the seasons it touches; written by `apply_removal`."""

    report: str
    loaded: Loaded
    taken: TakenBack


def _round_sort(name: str | None) -> int:
    return ROUNDS.index(name) if name in ROUNDS else -1


def list_lines(store: Store) -> list[str]:
    """Seasons with their matches per round, finalists and winner; then the reports."""
    with store.reading():
        lines = [f"knowledge base {store.path} (schema {SCHEMA_VERSION}, "
                 f"version {store.version()})"]
        rounds: dict[tuple[str, str], dict[str | None, int]] = {}
        for competition, season, round_, n in store.matches_per_round():
            rounds.setdefault((competition, season), {})[round_] = n
        outcomes = {(c, s): (finalists, winner)
                    for c, s, finalists, winner in store.season_outcomes()}
        log = store.report_log()
    for key in sorted(set(rounds) | set(outcomes), key=lambda k: (k[1], k[0]), reverse=True):
        per_round = rounds.get(key, {})
        listed = ", ".join(f"{r or 'round unknown'} {n}" for r, n in
                           sorted(per_round.items(), key=lambda kv: _round_sort(kv[0])))
        lines.append(f"{key[1]} {key[0]}: {sum(per_round.values())} matches"
                     + (f" ({listed})" if listed else ""))
        finalists, winner = outcomes.get(key, ([], None))
        if finalists or winner:
            lines.append(f"  finalists: {', '.join(finalists) or '?'}; winner: {winner or '?'}")
    lines.append(f"reports: {len(log)}")
    lines += [f"  {name}" + (f" ({entry.date})" if entry.date else "")
              for name, entry in log.items()]
    return lines


def stats_lines(store: Store) -> list[str]:
    """How much the knowledge base holds, and where."""
    size = sum(p.stat().st_size for p in store.kb_dir.glob(f"{store.path.name}*"))
    counts = [(name, store.count(name)) for name in
              ("matches", "goals", "conflicts", "seasons", "club_facts", "people", "reports")]
    sources = sum(store.count(t) for t in ("match_sources", "goal_sources",
                                           "conflict_sources", "season_sources",
                                           "club_fact_sources", "person_sources"))
    return [f"knowledge base: {store.path}",
            f"schema version: {SCHEMA_VERSION}; change counter: {store.version()}",
            *(f"{name.replace('_', ' ')}: {n}" for name, n in counts),
            f"sources: {sources}",
            f"size on disk: {size / 1_000_000:.1f} MB"]


def show_lines(store: Store, what: str) -> list[str]:
    """The facts of a season ("2017-18"), a match ("#12") or a report (its file name), each
    with its sources. NotFound when there is none."""
    what = what.strip()
    if _SEASON.fullmatch(what):
        return _season_lines(store, what)
    if _MATCH.fullmatch(what) and what not in store.report_log():
        return _match_lines(store, int(_MATCH.fullmatch(what).group(1)))
    return _report_lines(store, what)


def _row_ids(loaded: Loaded) -> dict[int, int]:
    return {key: row_id for key, (_, table, row_id, _) in loaded.rows.items()
            if table == "matches"}


def _season_lines(store: Store, season: str) -> list[str]:
    loaded = store.load({season})
    facts = loaded.facts
    if not (facts.matches or facts.seasons or facts.club_facts or facts.people):
        raise NotFound(f"{season}: no facts of this season in the knowledge base")
    lines = [f"season {season}"]
    for info in facts.seasons:
        lines.append(f"  finalists: {', '.join(info.finalists) or '?'}; "
                     f"winner: {info.winner or '?'} ({info.competition})")
        lines += _sources_lines(info.sources, "    ")
    ids = _row_ids(loaded)
    for match in sorted(facts.matches, key=lambda m: (m.round_order, m.leg or 0, m.date or "")):
        lines += _match_block(match, ids[id(match)], "  ")
    for fact in facts.club_facts:
        lines.append(f"  club fact: {fact.club} {fact.kind} = {fact.value}")
        lines += _sources_lines({"": fact.sources}, "    ")
    for person in facts.people:
        lines.append(f"  person: {person.name} ({person.role}, {person.club or 'club?'})")
        lines += _sources_lines({"": person.sources}, "    ")
    return lines


def _match_lines(store: Store, row_id: int) -> list[str]:
    season = store.match_season(row_id)
    if season is None:
        raise NotFound(f"#{row_id}: no such match (kb show SEASON lists them with numbers)")
    loaded = store.load({season})
    ids = _row_ids(loaded)
    match = next(m for m in loaded.facts.matches if ids[id(m)] == row_id)
    return _match_block(match, row_id, "")


def _report_lines(store: Store, report: str) -> list[str]:
    entry = store.report_log().get(report)
    seasons = store.seasons_of_report(report)
    if entry is None and not seasons:
        raise NotFound(f"{report}: not a report, season (2017-18) or match (#12) of this "
                       "knowledge base (kb list names them)")
    lines = [f"report {report}" + (f" ({entry.date}, sha256 {entry.sha256[:12]})"
                                   if entry else " (not in the report log)")]
    loaded = store.load(seasons)
    ids = _row_ids(loaded)
    for match in loaded.facts.matches:
        block = _match_block(match, ids[id(match)], "  ", only=report)
        if len(block) > 1:
            lines += block
    for info in loaded.facts.seasons:
        named = [k for k, v in info.sources.items() if any(s.report == report for s in v)]
        if named:
            lines.append(f"  season {info.season}: "
                         + "; ".join(f"{k} {_value(info, k)}" for k in named))
    for fact in loaded.facts.club_facts:
        if any(s.report == report for s in fact.sources):
            lines.append(f"  club fact {fact.season}: {fact.club} {fact.kind} = {fact.value}")
    for person in loaded.facts.people:
        if any(s.report == report for s in person.sources):
            lines.append(f"  person {person.season}: {person.name} ({person.role}, "
                         f"{person.club or 'club?'})")
    if len(lines) == 1:
        lines.append("  no fact of the knowledge base comes from it")
    return lines


def _value(item: object, name: str) -> object:
    value = getattr(item, name, None)
    return ", ".join(value) if isinstance(value, list) else value


def _match_block(match: Match, row_id: int, indent: str, only: str | None = None) -> list[str]:
    """A match with its facts and sources; `only`: just what that report states."""
    lines = [f"{indent}#{row_id} {describe(match)}"]
    inner = indent + "  "
    for name, sources in match.sources.items():
        shown = [s for s in sources if only is None or s.report == only]
        if shown:
            lines.append(f"{inner}{name}: {_value(match, name)}")
            lines += _sources_lines({"": shown}, inner + "  ")
    for goal in match.goals:
        shown = [s for s in goal.sources if only is None or s.report == only]
        if shown or only is None:
            lines.append(f"{inner}goal: {_goal(goal)}")
            lines += _sources_lines({"": shown}, inner + "  ")
    for conflict in match.conflicts:
        values = [v for v in conflict.values
                  if only is None or any(s.report == only for s in v["sources"])]
        if values:
            lines.append(f"{inner}conflict on {conflict.field}: "
                         + " / ".join(str(v["value"]) for v in conflict.values))
            for v in values:
                lines += _sources_lines({str(v["value"]): v["sources"]}, inner + "  ")
    return lines


def _goal(goal: Goal) -> str:
    extras = [f"{goal.minute}'" if goal.minute is not None else goal.when or "",
              "penalty" if goal.penalty else "", "own goal" if goal.own_goal else ""]
    return f"{goal.player} ({goal.club or 'club?'}) " + " ".join(e for e in extras if e)


def _sources_lines(sources: dict[str, list[Source]], indent: str) -> list[str]:
    lines = []
    for name, found in sources.items():
        for s in found:
            label = f"{name}: " if name else ""
            lines.append(f"{indent}{label}[{s.report}, {s.date or 'no date'}] {s.sentence}")
    return lines


def plan_removal(store: Store, report: str) -> Removal:
    """What taking `report` back would change (knowledge.undo); writes nothing. NotFound when
    the knowledge base has nothing of it."""
    with store.reading():  # one snapshot: the seasons and their facts agree
        known = report in store.report_log()
        seasons = store.seasons_of_report(report)
        if not known and not seasons:
            raise NotFound(f"{report}: no such report in the knowledge base (kb list names "
                           "them)")
        loaded = store.load(seasons)
    return Removal(report=report, loaded=loaded, taken=take_back(loaded.facts, report))


def apply_removal(store: Store, removal: Removal) -> Saved:
    """Write a removal and drop the report from the log, in one transaction; StaleError when
    the knowledge base changed since it was planned."""
    return store.save(removal.loaded, forget=[removal.report],
                      expected_version=removal.loaded.version)


def remove_report(store: Store, report: str) -> tuple[Removal, Saved]:
    """Take `report` back now: planned and written in one transaction."""
    with store.writing():
        removal = plan_removal(store, report)
        return removal, apply_removal(store, removal)


def removal_lines(removal: Removal) -> list[str]:
    taken = removal.taken
    return ([f"{removal.report}: {len(taken.removed)} facts removed, "
             f"{len(dict.fromkeys(taken.changed))} changed"]
            + [f"  - {line}" for line in taken.removed]
            + [f"  ~ {line}" for line in dict.fromkeys(taken.changed)])
