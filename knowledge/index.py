"""In-memory lookups over a loaded knowledge base: clubs, players, seasons, rounds, matches."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from knowledge.clubs import ClubRegistry, default_registry
from knowledge.corrections import apply_corrections
from knowledge.model import ClubFact, Facts, Match, Person, SeasonFacts
from knowledge.store import load_facts

DEFAULT_COMPETITION = "belgian-cup"


@dataclass
class KnowledgeIndex:
    """Read-only view of the knowledge base with the lookups the handlers need."""

    clubs: ClubRegistry
    facts: Facts
    _by_club: dict[str, list[Match]] = field(default_factory=dict)
    _by_season: dict[str, list[Match]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        by_club: dict[str, list[Match]] = defaultdict(list)
        by_season: dict[str, list[Match]] = defaultdict(list)
        for match in self.facts.matches:
            by_club[match.home].append(match)
            by_club[match.away].append(match)
            by_season[match.season].append(match)
        self._by_club = dict(by_club)
        self._by_season = dict(by_season)

    @property
    def matches(self) -> list[Match]:
        return self.facts.matches

    def seasons(self) -> list[str]:
        """Seasons with at least one fact, newest first."""
        found = {m.season for m in self.facts.matches} | {s.season for s in self.facts.seasons}
        return sorted(found, reverse=True)

    def find_matches(self, clubs: Iterable[str] = (), season: str | None = None,
                     round: str | None = None, leg: int | None = None) -> list[Match]:
        """Matches involving all `clubs` (canonical names), filtered; newest, latest round first."""
        wanted = list(dict.fromkeys(clubs))
        if wanted:
            candidates = self._by_club.get(wanted[0], [])
            candidates = [m for m in candidates if all(c in m.clubs for c in wanted[1:])]
        elif season:
            candidates = self._by_season.get(season, [])
        else:
            candidates = self.facts.matches
        found = [
            m for m in candidates
            if (season is None or m.season == season)
            and (round is None or m.round == round)
            and (leg is None or m.leg == leg)
        ]
        return sorted(found, key=lambda m: (m.season, m.round_order, m.leg or 0, m.date or ""),
                      reverse=True)

    def season_facts(self, season: str) -> SeasonFacts | None:
        return next((s for s in self.facts.seasons if s.season == season), None)

    def club_facts(self, club: str, kind: str | None = None) -> list[ClubFact]:
        return [f for f in self.facts.club_facts
                if f.club == club and (kind is None or f.kind == kind)]

    def people(self, club: str | None = None, role: str | None = None,
               season: str | None = None) -> list[Person]:
        return [p for p in self.facts.people
                if (club is None or p.club == club) and (role is None or p.role == role)
                and (season is None or p.season == season)]

    def player_names(self) -> list[str]:
        """Every person named in the knowledge base (scorers and people), sorted."""
        names = {g.player for m in self.facts.matches for g in m.goals}
        names |= {p.name for p in self.facts.people}
        return sorted(names)

    def clubs_with_facts(self) -> list[str]:
        """Canonical names of the clubs that appear in any match, sorted."""
        return sorted(self._by_club)


def load_index(kb_dir: Path, registry: ClubRegistry | None = None,
               competition: str = DEFAULT_COMPETITION) -> KnowledgeIndex:
    """Load a knowledge-base folder (with curated corrections applied) into an index.

    A missing folder is an empty knowledge base: the clubs are still known.
    """
    facts = load_facts(kb_dir) if kb_dir.exists() else Facts()
    if kb_dir.exists():
        apply_corrections(facts, kb_dir, competition)
    return KnowledgeIndex(clubs=registry or default_registry(), facts=facts)
