"""Matches and goals read from the store for answering, whose sources are read on first use.

Sources are most of a knowledge base (every fact keeps the sentences that state it) and an
answer shows the sources of a few matches only, so the index reads them per match when an
answer first asks (`match.sources`, `goal.sources`), not for every match at start-up. They
behave as plain `Match` and `Goal` objects otherwise; assigning `sources` sets them.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from knowledge.model import Goal, Match, Source

if TYPE_CHECKING:
    from knowledge.store import Store


class SourceShelf:
    """Reads the sources of one stored match (and its goals) at a time, once."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._lock = threading.Lock()

    def fill(self, match: StoredMatch) -> None:
        with self._lock:
            if "_sources" in match.__dict__:
                return
            fields, by_position = self._store.lazy_sources(match.row_id)
            for position, goal in enumerate(match.goals):
                if isinstance(goal, StoredGoal) and "_sources" not in goal.__dict__:
                    goal.__dict__["_sources"] = by_position.get(position, [])
            match.__dict__["_sources"] = fields


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


class StoredMatch(Match):
    """A Match of the store; `row_id` is its row, `sources` is read on first use."""

    sources = _Sources()  # type: ignore[assignment]

    @classmethod
    def build(cls, values: dict, row_id: int, shelf: SourceShelf) -> StoredMatch:
        """A match from its field values (the dict becomes the match's own)."""
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
