"""Taking a report back: every fact only that report brought goes, facts others state stay.

A fact's sources say which reports state it. Taking report R back removes R from every
source list; a fact left without sources is gone (a match field is emptied, a goal, person
or club fact removed), and a match left with no sourced fact and no goal is removed. Where R
was one side of a conflict, R's value goes; when one value is left, the conflict is over and
the field takes that value. Facts no report is given for (none in an ingested knowledge base)
stay. What the merge did because of R beyond its facts (which club was at home, the longer
form of a name) is not undone.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from knowledge.merge import describe
from knowledge.model import Facts, Match, Source

_FIELDS = ("round", "leg", "date", "venue", "score", "extra_time", "penalties", "aggregate",
           "qualified", "neutral", "home", "away")


@dataclass
class TakenBack:
    """What taking a report back changed, as short readable lines."""

    removed: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)


def _without(sources: list[Source], report: str) -> tuple[list[Source], bool]:
    """The sources other than `report`'s, and whether `report` was among them."""
    kept = [s for s in sources if s.report != report]
    return kept, len(kept) != len(sources)


def take_back(facts: Facts, report: str) -> TakenBack:
    """Remove in place what only `report` states; return what changed."""
    out = TakenBack()
    for match in list(facts.matches):
        before = describe(match)
        touched, empty = _match(match, report)
        if empty:
            facts.matches.remove(match)
            out.removed.append(before)
        elif touched:
            out.changed.append(describe(match))
    for info in facts.seasons:
        for name in list(info.sources):
            kept, had = _without(info.sources[name], report)
            if not had:
                continue
            out.changed.append(f"{info.season} {name}")
            if kept:
                info.sources[name] = kept
                continue
            del info.sources[name]
            if name == "winner":
                info.winner = None
            elif name == "finalists":
                info.finalists = []
        if not info.sources and (info.finalists or info.winner):
            # no report states them any more
            info.finalists, info.winner = [], None
    for kind, items in (("club fact", facts.club_facts), ("person", facts.people)):
        for item in list(items):
            kept, had = _without(item.sources, report)
            if not had:
                continue
            item.sources = kept
            if not kept:
                items.remove(item)
                label = f"{item.club} {item.kind} {item.value}" if kind == "club fact" \
                    else f"{item.name} ({item.role}, {item.club or '?'})"
                out.removed.append(f"{kind} {item.season}: {label}")
    return out


def _match(match: Match, report: str) -> tuple[bool, bool]:
    """Take `report` out of one match; (whether it changed, whether nothing is left of it)."""
    touched = False
    for name in list(match.sources):
        kept, had = _without(match.sources[name], report)
        if not had:
            continue
        touched = True
        if kept:
            match.sources[name] = kept
            continue
        del match.sources[name]
        taken_over = _resolve(match, name, report)
        if not taken_over and name in _FIELDS and name not in ("home", "away"):
            setattr(match, name, False if name == "neutral" else None)
    for goal in list(match.goals):
        kept, had = _without(goal.sources, report)
        if had:
            touched = True
            goal.sources = kept
            if not kept:
                match.goals.remove(goal)
    for conflict in list(match.conflicts):
        values = []
        for value in conflict.values:
            kept, had = _without(value["sources"], report)
            touched |= had
            if kept or not had:
                values.append({"value": value["value"], "sources": kept})
        conflict.values = values
        if len(values) <= 1:
            match.conflicts.remove(conflict)
    sourced = any(match.sources.values()) or match.goals or match.conflicts
    return touched, touched and not sourced


def _resolve(match: Match, name: str, report: str) -> bool:
    """The field lost its only sources: another report's value in a conflict on it takes
    its place. True when one did."""
    conflict = next((c for c in match.conflicts if c.field == name), None)
    if conflict is None:
        return False
    for value in conflict.values:
        kept, _ = _without(value["sources"], report)
        if kept and name not in ("home", "away") and value["value"] != getattr(match, name):
            setattr(match, name, value["value"])
            match.sources[name] = kept
            return True
    return False
