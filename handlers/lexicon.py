"""Names a question can use, precomputed once per knowledge index (not per question).

Clubs come from the reference registry (aliases, nicknames, province demonyms); players from
the knowledge base. Each name is normalised the way questions are, for exact n-gram lookup,
and single words are kept per first letter for quick fuzzy matching with rapidfuzz.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from rapidfuzz import process
from rapidfuzz.distance import DamerauLevenshtein

from handlers.vocabulary import PhraseTable, Vocabulary, tokens_of
from knowledge.index import KnowledgeIndex
from knowledge.model import Goal, Match

MIN_FUZZY_LENGTH = 4
FUZZY_MARGIN = 0.1


@dataclass(frozen=True)
class NameHit:
    """What a name in a question can mean: canonical names, and whether it is an alias."""

    names: tuple[str, ...]
    alias: bool


def fuzzy_cutoff(length: int) -> float:
    """Similarity needed for a typo: one edit up to 7 letters, two from 8 letters on."""
    return 1 - (2 if length >= 8 else 1) / max(length, 1) - 1e-9


class FuzzyChoices:
    """Single words -> owners, bucketed by first letter, for typo-tolerant lookups."""

    def __init__(self, words: dict[str, set[str]]) -> None:
        self._owners = words
        buckets: dict[str, list[str]] = defaultdict(list)
        for word in words:
            buckets[word[0]].append(word)
        self._buckets = dict(buckets)

    def best(self, word: str) -> tuple[set[str], float] | None:
        """Owners of the closest word when it is close enough and clearly the best."""
        choices = self._buckets.get(word[:1])
        if not choices or len(word) < MIN_FUZZY_LENGTH:
            return None
        found = process.extract(word, choices, scorer=DamerauLevenshtein.normalized_similarity,
                                limit=6, score_cutoff=fuzzy_cutoff(len(word)))
        if not found:
            return None
        owners = self._owners[found[0][0]]
        rivals = [score for w, score, _ in found[1:] if self._owners[w] != owners]
        if rivals and found[0][1] - rivals[0] < FUZZY_MARGIN:
            return None
        return set(owners), found[0][1]

    def near(self, word: str, limit: int = 3) -> list[str]:
        """Owners of words somewhat like `word` (for "did you mean"), best first."""
        choices = [w for bucket in self._buckets.values() for w in bucket]
        found = process.extract(word, choices, scorer=DamerauLevenshtein.normalized_similarity,
                                limit=limit * 3, score_cutoff=0.6)
        out: list[str] = []
        for w, _, _ in found:
            for owner in sorted(self._owners[w]):
                if owner not in out:
                    out.append(owner)
        return out[:limit]


@dataclass
class Lexicon:
    """Club and player names of one knowledge index, ready for question understanding."""

    index: KnowledgeIndex
    vocabulary: Vocabulary
    clubs: PhraseTable = field(default_factory=PhraseTable)
    players: PhraseTable = field(default_factory=PhraseTable)
    club_words: FuzzyChoices | None = None
    player_words: FuzzyChoices | None = None
    stadiums: PhraseTable = field(default_factory=PhraseTable)
    player_clubs: dict[str, set[str]] = field(default_factory=dict)
    goals_by_player: dict[str, list[tuple[Match, Goal]]] = field(default_factory=dict)
    seasons: list[str] = field(default_factory=list)  # newest first
    # Seasons in which a club, or a pair of clubs, has a match: for telling clubs apart.
    club_seasons: dict[frozenset[str], set[str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.seasons = self.index.seasons()
        played: dict[frozenset[str], set[str]] = defaultdict(set)
        for match in self.index.matches:
            for key in (frozenset(match.clubs), frozenset([match.home]), frozenset([match.away])):
                played[key].add(match.season)
        self.club_seasons = dict(played)
        self._build_clubs()
        self._build_players()

    def played(self, clubs: list[str], season: str | None) -> bool:
        """Whether the KB has a match of these clubs (one, or a pair), in `season` if given."""
        seasons = self.club_seasons.get(frozenset(clubs), set())
        return season in seasons if season else bool(seasons)

    def _build_clubs(self) -> None:
        registry = self.index.clubs
        stop = self.vocabulary.stopwords
        # Province words first, then nicknames, then aliases: a later kind replaces an earlier
        # one for the same words, so an alias always wins.
        for word, province in registry.province_words.items():
            owners = tuple(registry.clubs_in_province(province))
            if owners:
                self.clubs.add(tokens_of(word), NameHit(owners, alias=False))
        for nick, owners in registry.nickname_index.items():
            self.clubs.add(tokens_of(nick), NameHit(tuple(owners), alias=False))
        for club in registry.clubs.values():
            for alias in club.all_aliases():
                self.clubs.add(tokens_of(alias), NameHit((club.name,), alias=True))
        for stadium, owners in registry.stadium_index.items():
            self.stadiums.add(tokens_of(stadium), tuple(owners))
        single: dict[str, set[str]] = {}
        for key in self.clubs.phrases():
            hit = self.clubs.get(key)
            if len(key) == 1 and len(key[0]) >= MIN_FUZZY_LENGTH and key[0] not in stop \
                    and isinstance(hit, NameHit) and len(hit.names) == 1:
                single.setdefault(key[0], set()).update(hit.names)
        self.club_words = FuzzyChoices(single)

    def _build_players(self) -> None:
        stop = self.vocabulary.stopwords
        names: dict[tuple[str, ...], set[str]] = defaultdict(set)
        clubs: dict[str, set[str]] = defaultdict(set)
        for person in self.index.facts.people:
            if person.club:
                clubs[person.name].add(person.club)
        goals: dict[str, list[tuple[Match, Goal]]] = defaultdict(list)
        for match in self.index.find_matches():
            for goal in match.goals:
                goals[goal.player].append((match, goal))
                if goal.club and not goal.own_goal:
                    clubs[goal.player].add(goal.club)
        for name in self.index.player_names():
            words = tokens_of(name)
            if not words:
                continue
            keys = {words, words[-1:], words[1:]} if len(words) > 1 else {words}
            for key in keys:
                if key and not (len(key) == 1 and (key[0] in stop or len(key[0]) < 3)):
                    names[key].add(name)
        for key, owners in names.items():
            self.players.add(key, frozenset(owners))
        single = {k[0]: set(v) for k, v in names.items() if len(k) == 1}
        self.player_words = FuzzyChoices(single)
        self.player_clubs = dict(clubs)
        self.goals_by_player = dict(goals)
