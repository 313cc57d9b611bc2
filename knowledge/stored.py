"""Matches and goals read from the store for answering, whose goals and sources are read on
first use.

Sources are most of a knowledge base (every fact keeps the sentences that state it) and goals
outnumber matches several times over, while an answer shows the goals and sources of a few
matches only. So the index reads a stored match's goals (`match.goals`) and sources
(`match.sources`, `goal.sources`) when an answer first asks, not for every match at start-up;
what the whole knowledge base needs of the goals (who scored for whom) the store tallies
itself (`Store.goal_tally`). They behave as plain `Match` and `Goal` objects otherwise;
assigning `goals` or `sources` sets them.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from typing import TYPE_CHECKING

from knowledge.model import Goal, Match, Source

if TYPE_CHECKING:
    from knowledge.store import Store


class Shelf:
    """Reads the goals and sources of stored matches when first asked, once."""

    def __init__(self, store: Store) -> None:
        self.store = store
        # re-entrant: reading sources reads the match's goals first
        self._lock = threading.RLock()

    def read_goals(self, matches: Iterable[Match]) -> None:
        """Read the goals of those of `matches` whose goals are not read yet, in one go."""
        with self._lock:
            unread = {m.row_id: m for m in matches if goals_unread(m)}  # type: ignore[attr-defined]
            if not unread:
                return
            rows = self.store.lazy_goals(list(unread))
            for row_id, match in unread.items():
                match.__dict__["goals"] = [StoredGoal.build(values, match)
                                           for values in rows.get(row_id, [])]

    def fill(self, match: StoredMatch) -> None:
        with self._lock:
            if "_sources" in match.__dict__:
                return
            goals = match.goals
            fields, by_position = self.store.lazy_sources(match.row_id)
            for position, goal in enumerate(goals):
                if isinstance(goal, StoredGoal) and "_sources" not in goal.__dict__:
                    goal.__dict__["_sources"] = by_position.get(position, [])
            match.__dict__["_sources"] = fields


def read_goals(matches: Iterable[Match]) -> None:
    """Read the unread goals of `matches` with one query per store, not one per match."""
    by_shelf: dict[int, tuple[Shelf, list[Match]]] = {}
    for match in matches:
        if goals_unread(match):
            shelf = match._shelf  # type: ignore[attr-defined]
            by_shelf.setdefault(id(shelf), (shelf, []))[1].append(match)
    for shelf, unread in by_shelf.values():
        shelf.read_goals(unread)


def goals_unread(match: Match) -> bool:
    """Whether `match` is a stored match whose goals are still in the store only."""
    return isinstance(match, StoredMatch) and "goals" not in match.__dict__


class _Sources:
    """The `sources` attribute: read through the shelf the first time, then kept."""

    def __get__(self, obj: object, owner: type | None = None) -> object:
        if obj is None:
            return self
        found = obj.__dict__.get("_sources")
        if found is None:
            obj._fill()  # type: ignore[attr-defined]
            found = obj.__dict__["_sources"]
        return found

    def __set__(self, obj: object, value: object) -> None:
        obj.__dict__["_sources"] = value


class _Goals:
    """A stored match's `goals`: read through the shelf the first time, then kept in the
    match's own `goals` entry (a correction may assign them)."""

    def __get__(self, obj: object, owner: type | None = None) -> object:
        if obj is None:
            return self
        found = obj.__dict__.get("goals")
        if found is None:
            obj._shelf.read_goals([obj])  # type: ignore[attr-defined]
            found = obj.__dict__["goals"]
        return found

    def __set__(self, obj: object, value: object) -> None:
        obj.__dict__["goals"] = value


class StoredMatch(Match):
    """A Match of the store; `row_id` is its row, `goals` and `sources` are read on first
    use."""

    goals = _Goals()  # type: ignore[assignment]
    sources = _Sources()  # type: ignore[assignment]

    @classmethod
    def build(cls, values: dict, row_id: int, shelf: Shelf) -> StoredMatch:
        """A match from its field values but goals (the dict becomes the match's own)."""
        # no __init__: building 20,000 matches this way is several times faster
        match = object.__new__(cls)
        values["row_id"] = row_id
        values["_shelf"] = shelf
        match.__dict__ = values
        return match

    def _fill(self) -> None:
        self._shelf.fill(self)

    # Field by field, stopping at the first difference: the dataclass's equality would
    # read the sources of every match a list lookup (`m in matches`) compares.
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Match):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in _MATCH_FIELDS)


class StoredGoal(Goal):
    """A Goal of a stored match; its `sources` are read with the match's."""

    sources = _Sources()  # type: ignore[assignment]

    @classmethod
    def build(cls, values: dict, match: StoredMatch) -> StoredGoal:
        """A goal of `match` from its field values (the dict becomes the goal's own)."""
        goal = object.__new__(cls)
        values["_match"] = match
        goal.__dict__ = values
        return goal

    def _fill(self) -> None:
        match = self._match
        match._shelf.fill(match)
        if "_sources" not in self.__dict__:
            # a goal no longer in its match's list (a correction replaced the goals)
            self.__dict__["_sources"] = list[Source]()

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Goal):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in _GOAL_FIELDS)


_MATCH_FIELDS = tuple(Match.__dataclass_fields__)
_GOAL_FIELDS = tuple(Goal.__dataclass_fields__)
