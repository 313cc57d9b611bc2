"""Follow-up memory per (user, channel): "en wie scoorde?", "and the first leg?", "en in 2017?".

A follow-up keeps what the last question was about and replaces what the new one says. A
question that names its own clubs or players starts over (it may still borrow the intent
when it has none: "en Standard?"; one that starts like a follow-up, "en bij Standard?",
also keeps the round, leg and season). Conversations expire after a while and only the most
recently active ones are kept, so memory stays bounded.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import replace

from handlers.understand import Question

DEFAULT_CAPACITY = 10_000


def merge(question: Question, previous: Question) -> Question:
    """`question` with the gaps filled from `previous`; `inherited` names what was borrowed."""
    if question.intent == "help":
        return question
    borrowed: dict[str, object] = {}
    if question.intent is None and previous.intent not in (None, "help"):
        borrowed["intent"] = previous.intent
    if question.names_something() and question.followup:
        # "en bij Standard?": new clubs, but the same round, leg and season.
        for name in ("season", "round", "leg"):
            if getattr(question, name) is None and getattr(previous, name):
                borrowed[name] = getattr(previous, name)
    if not question.names_something():
        # Words that may be a name the KB does not know block borrowing names.
        if previous.clubs and not question.unknown_names():
            borrowed["clubs"] = list(previous.clubs)
            borrowed["for_club"] = previous.for_club
        if previous.players and not question.leftovers:
            borrowed["players"] = list(previous.players)
        if question.season is None and previous.season:
            borrowed["season"] = previous.season
            borrowed["alt_season"] = previous.alt_season
        if question.round is None and previous.round:
            borrowed["round"] = previous.round
        same_round = question.round is None or question.round == previous.round
        if question.leg is None and previous.leg and same_round:
            borrowed["leg"] = previous.leg
    if not borrowed:
        return question
    return replace(question, **borrowed, inherited=frozenset(borrowed))


class Conversations:
    """The last question of each (user, channel), with expiry and a size cap (LRU)."""

    def __init__(self, ttl_seconds: float = 900.0, capacity: int = DEFAULT_CAPACITY,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.ttl = ttl_seconds
        self.capacity = max(1, capacity)
        self._clock = clock
        self._last: OrderedDict[tuple[str, str], tuple[float, Question]] = OrderedDict()
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._last)

    def recall(self, user: str, channel: str, question: Question) -> Question:
        """`question` completed from the conversation's last question, if it is fresh."""
        key = (user, channel)
        with self._lock:
            entry = self._last.get(key)
            if entry is None:
                return question
            stamp, previous = entry
            if self._clock() - stamp > self.ttl:
                del self._last[key]
                return question
        return merge(question, previous)

    def remember(self, user: str, channel: str, question: Question) -> None:
        """Store the question as answered; drop the least recently active beyond capacity."""
        key = (user, channel)
        with self._lock:
            self._last[key] = (self._clock(), question)
            self._last.move_to_end(key)
            while len(self._last) > self.capacity:
                self._last.popitem(last=False)
