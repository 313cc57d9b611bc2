"""Plain data classes for the facts the knowledge base holds.

Every score string is home-first, as played ("1-0" means the home club scored one).
Club fields hold canonical club names from `knowledge/reference/clubs.yaml`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# Canonical round names, in the order a cup is played.
ROUNDS: tuple[str, ...] = (
    "round of 64",
    "round of 32",
    "round of 16",
    "quarter-final",
    "semi-final",
    "final",
)


@dataclass(frozen=True)
class Source:
    """Where a fact comes from: the report file, its date and the sentence stating it."""

    report: str
    date: str | None
    sentence: str


@dataclass
class Goal:
    """One goal. For an own goal, `club` is the club that benefited."""

    player: str
    club: str | None
    minute: int | None = None
    penalty: bool = False
    own_goal: bool = False
    header: bool = False
    # Vague timing a report gives instead of a minute ("early", "first half").
    when: str | None = None
    sources: list[Source] = field(default_factory=list)


@dataclass
class Conflict:
    """Two or more reports disagree about one field of a match."""

    field: str
    values: list[dict]  # [{"value": ..., "sources": [Source, ...]}, ...]


@dataclass
class Match:
    """One cup match. `home` is the club that played at home (first named on neutral ground)."""

    competition: str
    season: str
    round: str | None
    leg: int | None
    home: str
    away: str
    date: str | None = None
    venue: str | None = None
    neutral: bool = False
    score: str | None = None
    extra_time: bool | None = None
    penalties: str | None = None
    # Aggregate over both legs, home-first from this match's home club.
    aggregate: str | None = None
    qualified: str | None = None
    goals: list[Goal] = field(default_factory=list)
    # field name -> sources stating it
    sources: dict[str, list[Source]] = field(default_factory=dict)
    conflicts: list[Conflict] = field(default_factory=list)
    # True when the home/away order is not known: `home` is then simply the first-named club.
    order_unsure: bool = False

    @property
    def clubs(self) -> tuple[str, str]:
        return (self.home, self.away)

    @property
    def round_order(self) -> int:
        """The round's place in the cup (higher is later); -1 when unknown."""
        return ROUNDS.index(self.round) if self.round in ROUNDS else -1

    def key(self) -> str:
        """Identity of the match across reports."""
        leg = f"leg{self.leg}" if self.leg else "single"
        pair = "|".join(sorted((self.home, self.away)))
        return f"{self.competition}/{self.season}/{self.round or 'unknown'}/{leg}/{pair}"


@dataclass
class ClubFact:
    """A fact about a club that a report states: cup history, coach, a count.

    kind is one of: "coach", "finals_won" (value: list of years), "finals_lost",
    "final_number" (value: int, this season's final is the club's n-th), "cup_wins" (int,
    total after this season), "goalkeeper" (person name).
    """

    club: str
    kind: str
    value: object
    season: str | None
    sources: list[Source] = field(default_factory=list)


@dataclass
class Person:
    """A person a report names, with the club and role for one season."""

    name: str
    club: str | None
    season: str | None
    role: str = "player"  # player | goalkeeper | coach | referee
    sources: list[Source] = field(default_factory=list)


@dataclass
class SeasonFacts:
    """Facts about one edition of a competition."""

    competition: str
    season: str
    finalists: list[str] = field(default_factory=list)
    winner: str | None = None
    sources: dict[str, list[Source]] = field(default_factory=dict)


@dataclass
class Facts:
    """Everything one report (or the whole knowledge base) states."""

    matches: list[Match] = field(default_factory=list)
    seasons: list[SeasonFacts] = field(default_factory=list)
    club_facts: list[ClubFact] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    # Cup sentences that mention a result but could not be turned into a fact.
    unused: list[Source] = field(default_factory=list)
