"""Names a question can use, precomputed once per knowledge index (not per question).

Clubs come from the reference registry (aliases, nicknames, province demonyms); players from
the knowledge base. Each name is normalised the way questions are, for exact n-gram lookup,
and single words are kept per first letter for quick fuzzy matching with rapidfuzz.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from rapidfuzz import process
from rapidfuzz.distance import DamerauLevenshtein

from handlers.vocabulary import LANGUAGES, PhraseTable, Vocabulary, tokens_of
from knowledge.index import KnowledgeIndex
from knowledge.model import Goal, Match
from knowledge.text import fold

MIN_FUZZY_LENGTH = 4
FUZZY_MARGIN = 0.1
# "Did you mean" looks at this many distinct words of an unknown name at most (a question of
# 500 characters can hold hundreds of words; each look compares with every name).
MAX_NEAR_WORDS = 12


@dataclass(frozen=True)
class NameHit:
    """What a name in a question can mean: canonical names, and whether it is an alias."""

    names: tuple[str, ...]
    alias: bool


def fuzzy_cutoff(length: int) -> float:
    """Similarity needed for a typo: one edit up to 7 letters, two from 8 letters on."""
    return 1 - (2 if length >= 8 else 1) / max(length, 1) - 1e-9


def _loose(cutoff: float) -> float:
    """A slightly lower cutoff for rapidfuzz, which may drop a score lying exactly on it."""
    return max(0.0, cutoff - 0.01)


class FuzzyChoices:
    """Single words -> owners, bucketed by first letter, for typo-tolerant lookups."""

    def __init__(self, words: dict[str, set[str]]) -> None:
        self._owners = words
        buckets: dict[str, list[str]] = defaultdict(list)
        for word in words:
            buckets[word[0]].append(word)
        self._buckets = dict(buckets)
        self._all = list(words)

    def closest(self, word: str, cutoff: float) -> tuple[str, float] | None:
        """The most similar word with the same first letter, when at least `cutoff` alike."""
        choices = self._buckets.get(word[:1])
        if not choices:
            return None
        found = process.extractOne(word, choices, scorer=DamerauLevenshtein.normalized_similarity,
                                   score_cutoff=_loose(cutoff))
        return (found[0], found[1]) if found and found[1] >= cutoff else None

    def best(self, word: str) -> tuple[set[str], float] | None:
        """Owners of the closest word when it is close enough and clearly the best."""
        choices = self._buckets.get(word[:1])
        if not choices or len(word) < MIN_FUZZY_LENGTH:
            return None
        cutoff = fuzzy_cutoff(len(word))
        found = process.extract(word, choices, scorer=DamerauLevenshtein.normalized_similarity,
                                limit=6, score_cutoff=_loose(cutoff))
        found = [f for f in found if f[1] >= cutoff]
        if not found:
            return None
        owners = self._owners[found[0][0]]
        rivals = [score for w, score, _ in found[1:] if self._owners[w] != owners]
        if rivals and found[0][1] - rivals[0] < FUZZY_MARGIN:
            return None
        return set(owners), found[0][1]

    def near(self, word: str, limit: int = 3) -> list[str]:
        """Owners of words somewhat like `word` (for "did you mean"), best first."""
        found = process.extract(word, self._all, scorer=DamerauLevenshtein.normalized_similarity,
                                limit=limit * 3, score_cutoff=0.6)
        out: list[str] = []
        for w, _, _ in found:
            for owner in sorted(self._owners[w]):
                if owner not in out:
                    out.append(owner)
        return out[:limit]

    def near_text(self, text: str, limit: int = 3) -> list[str]:
        """Owners of words like any word of `text` ("did you mean"), per word best first
        (the first MAX_NEAR_WORDS distinct words)."""
        out: list[str] = []
        for word in list(dict.fromkeys(tokens_of(text)))[:MAX_NEAR_WORDS]:
            out += [owner for owner in self.near(word) if owner not in out]
        return out[:limit]


@dataclass
class Lexicon:
    """Club and player names of one knowledge index, ready for question understanding."""

    index: KnowledgeIndex
    vocabulary: Vocabulary
    clubs: PhraseTable = field(default_factory=PhraseTable)
    players: PhraseTable = field(default_factory=PhraseTable)
    club_words: FuzzyChoices = field(init=False)
    # Two-word club names joined by a space ("sint truiden"), for typos across both words.
    club_phrases: FuzzyChoices = field(init=False)
    player_words: FuzzyChoices = field(init=False)
    stadiums: PhraseTable = field(default_factory=PhraseTable)
    # Every word of every club, player and stadium name, for telling typos of names apart
    # from typos of question words.
    name_words: FuzzyChoices = field(init=False)
    # The question vocabulary's own words, for correcting their typos ("finnale", "scorde").
    vocabulary_words: FuzzyChoices = field(init=False)
    player_clubs: dict[str, set[str]] = field(default_factory=dict)
    # Each written form of a person's name -> the name the person goes under here.
    canonical: dict[str, str] = field(default_factory=dict)
    # Coaches and referees: a name among them that scored nothing asks about the person.
    staff: frozenset[str] = frozenset()
    # A person's name -> the written forms of it that scored.
    scorer_spellings: dict[str, list[str]] = field(default_factory=dict)
    # A person's goals, found when first asked for (few questions are about a player).
    _goals: dict[str, list[tuple[Match, Goal]]] = field(default_factory=dict)
    seasons: list[str] = field(default_factory=list)  # newest first
    # a short question word with one letter left out -> the words it may stand for
    _short_forms: dict[str, set[str]] = field(default_factory=dict)
    # Club name forms -> the languages whose usual form it is (a club's first alias in that
    # language, or the town's name in it): "Courtrai" is French, "Ostend" English.
    name_languages: dict[tuple[str, ...], frozenset[str]] = field(default_factory=dict)
    # language -> (canonical name, the name in that language), for clubs whose town has its
    # own name in that language and whose short name there says it (KV Kortrijk -> Courtrai
    # in French, Royal Excel Mouscron -> Moeskroen in Dutch), longest name first.
    local_names: dict[str, list[tuple[str, str]]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.seasons = self.index.seasons()
        self._build_clubs()
        self._build_players()
        words: dict[str, set[str]] = {}
        for table in (self.clubs, self.players, self.stadiums):
            for key in table.phrases():
                for word in key:
                    words.setdefault(word, set()).add(word)
        self.name_words = FuzzyChoices(words)
        self.vocabulary_words = FuzzyChoices({w: {w} for w in self.vocabulary.stopwords
                                              if len(w) >= MIN_FUZZY_LENGTH and w.isalpha()})
        # short question words by each form with one letter left out ("won" -> "wn", "on")
        for w in self.vocabulary.stopwords:
            if w.isalpha() and 3 <= len(w) <= MIN_FUZZY_LENGTH + 1:
                for i in range(len(w)):
                    self._short_forms.setdefault(w[:i] + w[i + 1:], set()).add(w)

    def correct(self, word: str) -> str | None:
        """The vocabulary word a typo stands for ("finnale" -> "finale"), or None.

        Only for words that are neither vocabulary nor a name, and only when a vocabulary
        word is closer than any name: a typo of a name stays a name.
        """
        if len(word) < MIN_FUZZY_LENGTH + 1 or not word.isalpha() \
                or self.vocabulary.knows(word) or self.name_words.closest(word, 1.0):
            return None
        cutoff = 1 - 1 / len(word) - 1e-9  # one typo: a question word is short
        found = self.vocabulary_words.closest(word, cutoff)
        if found is None:
            return None
        name = self.name_words.closest(word, cutoff)
        return found[0] if name is None or found[1] > name[1] else None

    def short_candidates(self, word: str) -> set[str]:
        """The short question words a word is with one letter left out ("wn": "won", "win";
        "bekr": "beker"); none for a name's word."""
        if self.name_words.closest(word, 1.0):
            return set()
        return set(self._short_forms.get(word, ()))

    def localise(self, text: str, lang: str) -> str:
        """`text` with club names in `lang` where the town has its own name there ("La
        Gantoise", "Courtrai"); lines quoting a report (with a double quote) stay as written."""
        pairs = [p for p in self.local_names.get(lang, []) if p[0] in text]
        if not pairs:
            return text
        local = dict(pairs)
        pattern = re.compile("|".join(re.escape(name) for name, _ in pairs))
        lines = [line if '"' in line else pattern.sub(lambda m: local[m.group()], line)
                 for line in text.split("\n")]
        return "\n".join(lines)

    def played(self, clubs: list[str], season: str | None, round: str | None = None) -> bool:
        """Whether the KB has a match of these clubs (one, or a pair), in `season` and `round`
        if given."""
        return bool(clubs) and bool(self.index.find_matches(clubs, season=season, round=round))

    def _build_clubs(self) -> None:
        registry = self.index.clubs
        stop = self.vocabulary.stopwords
        # Town names first, then province words, then nicknames, then aliases: a later kind
        # replaces an earlier one for the same words, so an alias always wins. A town with
        # several clubs ("Brugge", "Bruges") is told apart by the matches the KB has.
        towns: dict[tuple[str, ...], list[str]] = defaultdict(list)
        for club in registry.clubs.values():
            for town in [club.city or "", *club.city_names.values()]:
                key = tokens_of(town)
                if key and not (len(key) == 1 and key[0] in stop) \
                        and club.name not in towns[key]:
                    towns[key].append(club.name)
        for key, owners in towns.items():
            self.clubs.add(key, NameHit(tuple(owners), alias=len(owners) == 1))
        for word, province in registry.province_words.items():
            owners = tuple(registry.clubs_in_province(province))
            if owners:
                self.clubs.add(tokens_of(word), NameHit(owners, alias=False))
        for nick, owners in registry.nickname_index.items():
            self.clubs.add(tokens_of(nick), NameHit(tuple(owners), alias=False))
        for club in registry.clubs.values():
            for alias in club.all_aliases():
                self.clubs.add(tokens_of(alias), NameHit((club.name,), alias=True))
        forms: dict[tuple[str, ...], set[str]] = defaultdict(set)
        for club in registry.clubs.values():
            for lang in LANGUAGES:
                for name in (club.aliases.get(lang) or [])[:1] + [club.city_names.get(lang, "")]:
                    if tokens_of(name):
                        forms[tokens_of(name)].add(lang)
        self.name_languages = {k: frozenset(v) for k, v in forms.items()}
        for lang in LANGUAGES:
            pairs = [(club.name, club.aliases[lang][0]) for club in registry.clubs.values()
                     if club.city_names.get(lang) and club.aliases.get(lang)
                     and club.aliases[lang][0] != club.name
                     and fold(club.city_names[lang]) in fold(club.aliases[lang][0])]
            self.local_names[lang] = sorted(pairs, key=lambda p: -len(p[0]))
        for stadium, owners in registry.stadium_index.items():
            self.stadiums.add(tokens_of(stadium), tuple(owners))
        single: dict[str, set[str]] = {}
        for key in self.clubs.phrases():
            hit = self.clubs.get(key)
            if len(key) == 1 and len(key[0]) >= MIN_FUZZY_LENGTH and key[0] not in stop \
                    and isinstance(hit, NameHit) and len(hit.names) == 1:
                single.setdefault(key[0], set()).update(hit.names)
        self.club_words = FuzzyChoices(single)
        pairs: dict[str, set[str]] = {}
        for key in self.clubs.phrases():
            hit = self.clubs.get(key)
            if len(key) == 2 and isinstance(hit, NameHit) and len(hit.names) == 1:
                pairs.setdefault(" ".join(key), set()).update(hit.names)
        self.club_phrases = FuzzyChoices(pairs)

    def person(self, name: str) -> str:
        """The one name the knowledge base's several spellings of a person go under."""
        return self.canonical.get(name, name)

    def goals_of(self, player: str) -> list[tuple[Match, Goal]]:
        """The goals of a person (by the name `person` gives), newest, latest round first."""
        found = self._goals.get(player)
        if found is None:
            spellings = self.scorer_spellings.get(player, [])
            found = self._goals[player] = self.index.goals_by(spellings) if spellings else []
        return found

    def _build_players(self) -> None:
        stop = self.vocabulary.stopwords
        raw_clubs: dict[str, set[str]] = defaultdict(set)
        for person in self.index.facts.people:
            if person.club:
                raw_clubs[person.name].add(person.club)
        scorers = self.index.scorer_clubs()
        for name, found in scorers.items():
            if found:
                raw_clubs[name] |= found
        player_names = self.index.player_names()
        self.canonical = canonical_names(player_names, raw_clubs)
        spellings: dict[str, list[str]] = defaultdict(list)
        for name in scorers:
            spellings[self.person(name)].append(name)
        self.scorer_spellings = dict(spellings)
        names: dict[tuple[str, ...], set[str]] = defaultdict(set)
        clubs: dict[str, set[str]] = defaultdict(set)
        for name, found in raw_clubs.items():
            clubs[self.person(name)] |= found
        for name in list(raw_clubs):  # a spelling in a goal finds the person's clubs too
            clubs[name] = clubs[self.person(name)]
        for name in player_names:
            words = tokens_of(name)
            if not words:
                continue
            # Full name, surname, and the name without the first word; the first name too
            # (players known by it: "Edmilson", "Wesley"), unless it is also a club word.
            keys = {words, words[-1:], words[1:]} if len(words) > 1 else {words}
            if len(words) > 1 and self.clubs.get(words[:1]) is None:
                keys.add(words[:1])
            for key in keys:
                if key and not (len(key) == 1 and (key[0] in stop or len(key[0]) < 3)):
                    names[key].add(self.person(name))
        for key, owners in names.items():
            self.players.add(key, frozenset(owners))
        single = {k[0]: set(v) for k, v in names.items() if len(k) == 1}
        self.player_words = FuzzyChoices(single)
        self.player_clubs = dict(clubs)
        self.staff = frozenset(self.person(p.name) for p in self.index.facts.people
                               if p.role in ("coach", "referee"))


def canonical_names(names: list[str], clubs: dict[str, set[str]]) -> dict[str, str]:
    """Every written form of a person -> one name: spellings that differ only in accents
    ("Mitrović", "Mitrovic") are one person, and so is a surname alone ("Emond") with the one
    full name ending in it ("Renaud Emond"); of several such full names, the one club they
    share tells them apart (players change clubs, so clubs never forbid it)."""
    by_fold: dict[str, list[str]] = defaultdict(list)
    for name in names:
        by_fold[fold(name)].append(name)
    canonical: dict[str, str] = {}
    for group in by_fold.values():
        # The accented spelling carries more: it wins over the plain one.
        chosen = group[0] if len(group) == 1 else \
            max(group, key=lambda n: (len(n), n != fold(n), n))
        for name in group:
            canonical[name] = chosen
    chosen_names = set(canonical.values())
    by_surname: dict[str, list[str]] = defaultdict(list)
    for name in chosen_names:
        if len(name.split()) > 1:
            by_surname[fold(name.split()[-1])].append(name)
    for name in chosen_names:
        if len(name.split()) != 1:
            continue
        full = by_surname.get(fold(name), [])
        own = clubs.get(name, set())
        if len(full) > 1 and own:
            full = [f for f in full if own & clubs.get(f, set())]
        if len(full) == 1:
            for written, target in canonical.items():
                if target == name:
                    canonical[written] = full[0]
    return canonical
