"""Merging facts from many reports: one match per real match, disagreements kept as conflicts.

Every lookup goes through a key (the season and the pair of clubs for a match, the season,
role and surname for a person), so merging a report costs the same in a knowledge base of
twenty matches and of twenty thousand.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from knowledge.clubs import ClubRegistry
from knowledge.extract.clubs import competitions
from knowledge.extract.people import same_person
from knowledge.model import ClubFact, Conflict, Facts, Goal, Match, Person, SeasonFacts, Source
from knowledge.text import fold

_FIELDS = ("round", "leg", "date", "venue", "score", "extra_time", "penalties", "aggregate",
           "qualified")
_ORIENTED = ("score", "penalties", "aggregate")


@dataclass
class MergeResult:
    """What one merge changed, as short human-readable match descriptions."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)


def describe(match: Match) -> str:
    """"2017-18 semi-final leg 2: KRC Genk 1-0 KV Kortrijk"."""
    leg = f" leg {match.leg}" if match.leg else ""
    score = f" {match.score} " if match.score else " - "
    return f"{match.season} {match.round or 'round?'}{leg}: {match.home}{score}{match.away}"


def _flip(value: str | None) -> str | None:
    if not value:
        return value
    a, b = value.split("-")
    return f"{b}-{a}"


def _swap(match: Match) -> None:
    match.home, match.away = match.away, match.home
    for name in _ORIENTED:
        setattr(match, name, _flip(getattr(match, name)))
    for conflict in match.conflicts:
        if conflict.field in _ORIENTED:
            for v in conflict.values:
                v["value"] = _flip(v["value"])


def _compatible(a: Match, b: Match) -> bool:
    return (a.competition == b.competition and a.season == b.season
            and set(a.clubs) == set(b.clubs)
            and (a.round == b.round or a.round is None or b.round is None)
            and (a.leg == b.leg or a.leg is None or b.leg is None))


def _same_venue(a: str, b: str, registry: ClubRegistry | None) -> bool:
    """Two names of one ground: the same club's stadium, or the same neutral final venue."""
    if fold(a) == fold(b):
        return True
    neutral = {fold(v) for c in competitions() for v in c.neutral_venues}
    if fold(a) in neutral and fold(b) in neutral:
        return True
    if registry is None:
        return False
    owners_a = set(registry.stadium_clubs(a))
    return bool(owners_a) and owners_a == set(registry.stadium_clubs(b))


def _add_sources(target: list[Source], new: list[Source]) -> bool:
    changed = False
    for s in new:
        if s not in target:
            target.append(s)
            changed = True
    return changed


def _pair_key(match: Match) -> tuple[str, str, frozenset[str]]:
    """Matches that may be one real match share this key (rounds and legs may be unknown)."""
    return (match.competition, match.season, frozenset(match.clubs))


def _person_key(person: Person) -> tuple[str | None, str, tuple[str, ...]]:
    """People `same_person` may call one person share this key: it needs the same surname."""
    return (person.season, person.role, tuple(fold(person.name).split()[-1:]))


def _club_fact_key(fact: ClubFact) -> tuple[str, str, str | None, str]:
    # values are ints, strings or lists of years: repr tells them apart and hashes
    return (fact.club, fact.kind, fact.season, repr(fact.value))


class Merger:
    """Merges Facts into a base Facts object in place.

    The base's lists stay the facts of record (new facts are appended, in order); the
    dictionaries beside them are lookups by key, kept in step by every change here.
    """

    def __init__(self, base: Facts, registry: ClubRegistry | None = None):
        self.base = base
        self.registry = registry
        self._matches: dict[tuple, list[Match]] = defaultdict(list)
        for match in base.matches:
            self._matches[_pair_key(match)].append(match)
        self._seasons = {(s.competition, s.season): s for s in base.seasons}
        self._club_facts = {_club_fact_key(f): f for f in base.club_facts}
        self._people: dict[tuple, list[Person]] = defaultdict(list)
        for person in base.people:
            self._people[_person_key(person)].append(person)

    def merge(self, new: Facts) -> MergeResult:
        result = MergeResult()
        touched = []
        for match in new.matches:
            touched.append(self._match(match, result))
        self._legs_orientation(touched)
        for info in new.seasons:
            self._season(info, result)
        for fact in new.club_facts:
            self._club_fact(fact)
        for person in new.people:
            self._person(person)
        return result

    # --------------------------------------------------------------- matches
    def _find(self, match: Match) -> Match | None:
        candidates = [m for m in self._matches.get(_pair_key(match), ())
                      if _compatible(m, match)]
        exact = [m for m in candidates if m.round == match.round and m.leg == match.leg]
        return (exact or candidates or [None])[0]

    def _match(self, new: Match, result: MergeResult) -> Match:
        """Merge one match; return the match of the base it is now part of."""
        old = self._find(new)
        if old is None:
            self.base.matches.append(new)
            self._matches[_pair_key(new)].append(new)
            result.added.append(describe(new))
            return new
        if old.home != new.home:
            if new.order_unsure or new.neutral and not old.order_unsure:
                _swap(new)
            elif old.order_unsure:
                _swap(old)
            else:
                self._conflict(old, "home", old.home, new.home, old.sources.get("score", []),
                               new.sources.get("score", []))
                result.conflicts.append(describe(old) + " (home club)")
                return old
        old.order_unsure = old.order_unsure and new.order_unsure
        changed = False
        conflicted = False
        for name in _FIELDS:
            mine, theirs = getattr(old, name), getattr(new, name)
            srcs = new.sources.get(name, [])
            if theirs is None:
                continue
            if mine is None:
                setattr(old, name, theirs)
                old.sources[name] = list(srcs)
                changed = True
            elif mine == theirs or name == "venue" and _same_venue(mine, theirs, self.registry):
                changed |= _add_sources(old.sources.setdefault(name, []), srcs)
            else:
                conflicted |= self._conflict(old, name, mine, theirs,
                                             old.sources.get(name, []), srcs)
        goals_changed, goals_conflicted = self._goals(old, new)
        changed |= goals_changed
        conflicted |= goals_conflicted
        if conflicted:
            result.conflicts.append(describe(old))
        elif changed:
            result.updated.append(describe(old))
        else:
            result.unchanged.append(describe(old))
        return old

    def _conflict(self, match: Match, name: str, mine: object, theirs: object,
                  mine_src: list[Source], theirs_src: list[Source]) -> bool:
        """Record that reports disagree on `name`, and let them vote: the value most reports
        state is the match's, the others stay as the conflict. True when new."""
        conflict = next((c for c in match.conflicts if c.field == name), None)
        if conflict is None:
            conflict = Conflict(field=name, values=[{"value": mine, "sources": list(mine_src)}])
            match.conflicts.append(conflict)
        for v in conflict.values:
            if v["value"] == theirs:
                added = _add_sources(v["sources"], theirs_src)
                break
        else:
            conflict.values.append({"value": theirs, "sources": list(theirs_src)})
            added = True
        if name in _VOTED:
            _vote(match, name, conflict)
        return added

    def _goals(self, old: Match, new: Match) -> tuple[bool, bool]:
        changed = conflicted = False
        for goal in new.goals:
            same = next((g for g in old.goals if same_person(g.player, goal.player)
                         and g.club == goal.club and g.own_goal == goal.own_goal
                         and (g.minute is None or goal.minute is None
                              or abs(g.minute - goal.minute) <= 3)), None)
            if same:
                if len(goal.player) > len(same.player):
                    same.player = goal.player
                if same.minute is None and goal.minute is not None:
                    same.minute = goal.minute
                    changed = True
                elif goal.minute is not None and same.minute != goal.minute:
                    conflicted |= self._conflict(
                        old, f"goal minute {same.player}", same.minute, goal.minute,
                        same.sources, goal.sources)
                for attr in ("penalty", "header"):
                    if getattr(goal, attr) and not getattr(same, attr):
                        setattr(same, attr, True)
                        changed = True
                same.when = same.when or goal.when
                changed |= _add_sources(same.sources, goal.sources)
                continue
            rival = self._rival_goal(old, goal)
            if rival is not None:
                conflicted |= self._conflict(
                    old, "goals", _goal_label(rival), _goal_label(goal), rival.sources,
                    goal.sources)
                continue
            old.goals.append(goal)
            changed = True
        return changed, conflicted

    def _rival_goal(self, old: Match, goal: Goal) -> Goal | None:
        """A goal another report credits to someone else: the club's goals would exceed its
        score, and a goal of the same club lies within three minutes."""
        if not old.score or goal.club not in old.clubs:
            return None
        limit = int(old.score.split("-")[old.clubs.index(goal.club)])
        mine = [g for g in old.goals if g.club == goal.club]
        if len(mine) < limit:
            return None
        near = [g for g in mine if goal.minute is not None and g.minute is not None
                and abs(g.minute - goal.minute) <= 3]
        return near[0] if near else (mine[-1] if mine else None)

    def _legs_orientation(self, touched: list[Match]) -> None:
        """A leg whose home club is unknown takes it from the other leg of the tie.

        Only the ties of the matches this merge touched can have changed."""
        ties = dict.fromkeys(_pair_key(m) for m in touched)
        for m in (m for key in ties for m in self._matches.get(key, ())):
            if not m.order_unsure or m.leg not in (1, 2):
                continue
            other = next((o for o in self._matches[_pair_key(m)] if o is not m
                          and o.leg == 3 - m.leg and o.round == m.round
                          and not o.order_unsure), None)
            if other is not None:
                if m.home == other.home:
                    _swap(m)
                m.order_unsure = False

    # --------------------------------------------------------------- season, clubs, people
    def _season(self, new: SeasonFacts, result: MergeResult) -> None:
        old = self._seasons.get((new.competition, new.season))
        if old is None:
            self.base.seasons.append(new)
            self._seasons[(new.competition, new.season)] = new
            return
        for club in new.finalists:
            if club not in old.finalists:
                old.finalists.append(club)
        for name, srcs in new.sources.items():
            _add_sources(old.sources.setdefault(name, []), srcs)
        if new.winner and old.winner and new.winner != old.winner:
            result.conflicts.append(f"{new.season} winner: {old.winner} / {new.winner}")
        old.winner = old.winner or new.winner

    def _club_fact(self, new: ClubFact) -> None:
        old = self._club_facts.get(_club_fact_key(new))
        if old is not None:
            _add_sources(old.sources, new.sources)
            return
        self.base.club_facts.append(new)
        self._club_facts[_club_fact_key(new)] = new

    def _person(self, new: Person) -> None:
        same_key = self._people[_person_key(new)]
        for p in same_key:
            if same_person(p.name, new.name):
                # a longer name keeps the surname, so the key stays right
                if len(new.name) > len(p.name):
                    p.name = new.name
                p.club = p.club or new.club
                _add_sources(p.sources, new.sources)
                return
        self.base.people.append(new)
        same_key.append(new)


# Fields the reports vote on; a match's identity (season, round, leg, clubs) is not voted
# here, as the store finds matches by it.
_VOTED = ("date", "venue", "score", "extra_time", "penalties", "aggregate", "qualified")


def _reports(sources: list[Source]) -> int:
    return len({s.report for s in sources})


def _vote(match: Match, name: str, conflict: Conflict) -> None:
    """The value stated by the most reports becomes the match's; on a tie the value it has
    stays (it was there first)."""
    current = getattr(match, name)
    mine = next((v for v in conflict.values if v["value"] == current), None)
    best = max(conflict.values, key=lambda v: _reports(v["sources"]))
    if mine is None or _reports(best["sources"]) > _reports(mine["sources"]):
        setattr(match, name, best["value"])
        match.sources[name] = list(best["sources"])


def _goal_label(goal: Goal) -> str:
    minute = f" {goal.minute}'" if goal.minute is not None else ""
    own = " (own goal)" if goal.own_goal else ""
    return f"{goal.player}{minute}{own}"
