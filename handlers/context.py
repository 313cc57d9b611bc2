"""Follow-up memory per (user, channel): "en wie scoorde?", "and the first leg?", "en in 2017?".

A follow-up keeps what the last question was about and fills only what the new one leaves
empty. A question that names its own clubs or players starts over (it may still borrow the
intent when it has none: "en Standard?"; one that starts like a follow-up, "en bij
Standard?", also keeps the round, leg and season). A question with its own intent that names
its own season or round, or asks about the whole cup ("who won the cup?", "top scorer?"),
starts fresh too, unless it starts like a follow-up ("en in 2017?"). "Het jaar ervoor"
counts from the conversation's season. Conversations expire after a while and only the most
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
# Intents about the whole cup: asked without a club, they never take the conversation's clubs.
CUP_LEVEL = frozenset({"winner", "finalists", "top_scorer", "most_cups", "knowledge", "help"})
# Intents about one match: "wie scoorde voor Genk?" after "Genk - Waasland?" means that match.
MATCH_LEVEL = frozenset({"score", "did_win", "match_winner", "summary", "scorers", "aggregate",
                         "date", "venue", "score_at", "penalties", "assist", "did_score",
                         "goal_minute", "goal_how", "coach", "goalkeeper", "referee"})


def _same_match(question: Question, previous: Question, borrowed: dict[str, object]) -> None:
    """Keep the previous match: its clubs, round, leg and season, where the question is silent."""
    clubs = list(question.clubs) + [c for c in previous.clubs if c not in question.clubs]
    if clubs != question.clubs:
        borrowed["clubs"] = clubs
    for name in ("season", "round", "leg"):
        if getattr(question, name) is None and getattr(previous, name):
            borrowed[name] = getattr(previous, name)
    if "season" in borrowed:
        borrowed["alt_season"] = previous.alt_season


def starts_fresh(question: Question) -> bool:
    """A question with its own intent that names its own season or round, or asks about the
    whole cup, and does not start like a follow-up."""
    if question.intent is None or question.followup or question.same_match:
        return False
    if question.names_something():
        return False  # clubs or players: the rules of merge decide
    return bool(question.season or question.round or question.season_range
                or question.intent in CUP_LEVEL)


def shifted(season: str, shift: int) -> str:
    """"2017-18" shifted by -1 -> "2016-17"."""
    start = int(season[:4]) + shift
    return f"{start}-{(start + 1) % 100:02d}"


def merge(question: Question, previous: Question) -> Question:
    """`question` with the gaps filled from `previous`; `inherited` names what was borrowed."""
    if question.intent == "help" or starts_fresh(question):
        return question
    if question.intent is None and not question.followup and question.leftovers and not (
            question.names_something() or question.season or question.round or question.leg
            or question.season_shift or question.same_match):
        # "wat is de hoofdstad van Frankrijk?": words of its own that ask nothing of the
        # cup, and no follow-up: it continues nothing
        return question
    borrowed: dict[str, object] = {}
    if question.season_shift and question.season is None and previous.season \
            and previous.season[:4].isdecimal():
        # "en het jaar ervoor?": the season before the conversation's.
        borrowed["season"] = shifted(previous.season, question.season_shift)
        borrowed["alt_season"] = None
        question = replace(question, season=str(borrowed["season"]), alt_season=None)
    if question.intent is None and previous.intent not in (None, "help"):
        borrowed["intent"] = previous.intent
    intent = question.intent or previous.intent
    match_level = intent in MATCH_LEVEL and previous.clubs
    if match_level and question.players and not question.clubs \
            and (question.followup or question.same_match):
        # "en heeft Seck in die match gescoord?": that match.
        _same_match(question, previous, borrowed)
    elif match_level and question.clubs and not question.players \
            and set(question.clubs) < set(previous.clubs):
        # "wie scoorde er voor de Limburgers?" after "Genk - Waasland-Beveren": that match.
        _same_match(question, previous, borrowed)
    elif question.names_something() and question.followup:
        # "en bij Standard?": new clubs, but the same round, leg and season; a leg asked
        # ("en in de heenwedstrijd tegen X?") rules out a round of one match.
        for name in ("season", "round", "leg"):
            if name == "round" and question.leg and not previous.leg:
                continue
            if getattr(question, name) is None and getattr(previous, name):
                borrowed[name] = getattr(previous, name)
    if not question.names_something():
        # Words that may be a name the KB does not know block borrowing names.
        if previous.clubs and not question.unknown_names():
            borrowed["clubs"] = list(previous.clubs)
            borrowed["for_club"] = previous.for_club
            if question.for_pronoun:  # "for them": the club the conversation is about
                borrowed["for_club"] = previous.for_club or previous.clubs[0]
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
        # The language of the last message, small talk included (which has no Question).
        self._langs: OrderedDict[tuple[str, str], tuple[float, str]] = OrderedDict()
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

    def language(self, user: str, channel: str) -> str | None:
        """The language of the conversation's last message while it is fresh."""
        with self._lock:
            entry = self._langs.get((user, channel))
        if entry is None or self._clock() - entry[0] > self.ttl:
            return None
        return entry[1]

    def note_language(self, user: str, channel: str, lang: str) -> None:
        """Remember the language of a message; never the question's slots."""
        key = (user, channel)
        with self._lock:
            self._langs[key] = (self._clock(), lang)
            self._langs.move_to_end(key)
            while len(self._langs) > self.capacity:
                self._langs.popitem(last=False)

    def remember(self, user: str, channel: str, question: Question) -> None:
        """Store the question as answered; drop the least recently active beyond capacity."""
        key = (user, channel)
        with self._lock:
            self._last[key] = (self._clock(), question)
            self._last.move_to_end(key)
            while len(self._last) > self.capacity:
                self._last.popitem(last=False)
        self.note_language(user, channel, question.lang)
