"""In-memory lookups over a loaded knowledge base: clubs, players, seasons, rounds, matches."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from knowledge.clubs import ClubRegistry, default_registry
from knowledge.corrections import apply_corrections
from knowledge.model import ROUNDS, ClubFact, Facts, Goal, Match, Person, SeasonFacts
from knowledge.store import Store
from knowledge.stored import StoredMatch, goals_unread, read_goals

DEFAULT_COMPETITION = "belgian-cup"
# What each lookup of `find_matches` keys a match under.
_LOOKUP_KEYS: dict[str, Callable[[Match], Iterable[object]]] = {
    "club": lambda m: dict.fromkeys((m.home, m.away)),
    "club season": lambda m: dict.fromkeys(((m.home, m.season), (m.away, m.season))),
    "pair": lambda m: (frozenset((m.home, m.away)),),
    "season": lambda m: (m.season,),
    "season round": lambda m: ((m.season, m.round),),
    "round": lambda m: (m.round,),
}

@dataclass
class KnowledgeIndex:
    """Read-only view of the knowledge base with the lookups the handlers need.

    `store`: the store the facts were read from (None: facts made in memory). It also
    counts which reports state which matches, without reading every match's sources.
    """

    clubs: ClubRegistry
    facts: Facts
    store: Store | None = None
    # Matches by what questions name, each list in answer order (newest, latest round
    # first), so a lookup filters a short list and sorts nothing; each kind of lookup is
    # made when first used (a question uses one or two of them).
    _sorted: list[Match] = field(default_factory=list)
    _by: dict[str, dict[object, list[Match]]] = field(default_factory=dict)
    _season_info: dict[str, SeasonFacts] = field(default_factory=dict)
    _club_facts: dict[str, list[ClubFact]] = field(default_factory=dict)
    _main_match: dict[str, str] | None = None
    _scorers: dict[str, set[str]] | None = None
    # For finding a player's goals: each match's place in answer order, the matches whose
    # goals are in memory (added or corrected ones among them), the store's by row id.
    _place: dict[int, int] | None = None
    _goals_known: list[Match] = field(default_factory=list)
    _by_row: dict[int, Match] = field(default_factory=dict)

    def __post_init__(self) -> None:
        order = {name: i for i, name in enumerate(ROUNDS)}  # Match.round_order, inlined
        self._sorted = sorted(self.facts.matches, reverse=True, key=lambda m: (
            m.season, order.get(m.round, -1), m.leg or 0, m.date or ""))
        for info in self.facts.seasons:
            self._season_info.setdefault(info.season, info)  # the first, as a scan finds it
        club_facts: dict[str, list[ClubFact]] = defaultdict(list)
        for fact in self.facts.club_facts:
            club_facts[fact.club].append(fact)
        self._club_facts = dict(club_facts)

    @property
    def matches(self) -> list[Match]:
        return self.facts.matches

    def seasons(self) -> list[str]:
        """Seasons with at least one fact, newest first."""
        found = self._lookup("season").keys() | {s.season for s in self.facts.seasons}
        return sorted(found, reverse=True)

    def _lookup(self, kind: str) -> dict[object, list[Match]]:
        """The matches by one kind of key (see _LOOKUP_KEYS), made on first use."""
        found = self._by.get(kind)
        if found is None:
            keys = _LOOKUP_KEYS[kind]
            by: dict[object, list[Match]] = defaultdict(list)
            for m in self._sorted:
                for key in keys(m):
                    by[key].append(m)
            found = self._by[kind] = dict(by)
        return found

    def find_matches(self, clubs: Iterable[str] = (), season: str | None = None,
                     round: str | None = None, leg: int | None = None) -> list[Match]:
        """Matches involving all `clubs` (canonical names), filtered; newest, latest round first."""
        wanted = list(dict.fromkeys(clubs))
        if len(wanted) > 2:
            return []
        if len(wanted) == 2:
            candidates = self._lookup("pair").get(frozenset(wanted), [])
        elif wanted and season:
            candidates = self._lookup("club season").get((wanted[0], season), [])
        elif wanted:
            candidates = self._lookup("club").get(wanted[0], [])
        elif season and round:
            candidates = self._lookup("season round").get((season, round), [])
        elif season:
            candidates = self._lookup("season").get(season, [])
        elif round:
            candidates = self._lookup("round").get(round, [])
        else:
            candidates = self._sorted
        return [m for m in candidates
                if (season is None or m.season == season)
                and (round is None or m.round == round)
                and (leg is None or m.leg == leg)]

    def season_facts(self, season: str) -> SeasonFacts | None:
        return self._season_info.get(season)

    def club_facts(self, club: str, kind: str | None = None) -> list[ClubFact]:
        return [f for f in self._club_facts.get(club, []) if kind is None or f.kind == kind]

    def people(self, club: str | None = None, role: str | None = None,
               season: str | None = None) -> list[Person]:
        return [p for p in self.facts.people
                if (club is None or p.club == club) and (role is None or p.role == role)
                and (season is None or p.season == season)]

    def player_names(self) -> list[str]:
        """Every person named in the knowledge base (scorers and people), sorted."""
        return sorted(self.scorer_clubs().keys() | {p.name for p in self.facts.people})

    def scorer_clubs(self) -> dict[str, set[str]]:
        """Every scorer (as written) -> the clubs they scored for (an own goal, or a goal for
        no known club, names the scorer and no club). The store tallies the unread goals."""
        if self._scorers is None:
            unread: set[int] = set()
            known: list[Match] = []
            for match in self.facts.matches:
                if goals_unread(match):
                    unread.add(match.row_id)  # type: ignore[attr-defined]
                else:
                    known.append(match)
            kinds = self._stored_scorers(unread)
            kinds += [(g.player, g.club, g.own_goal) for m in known for g in m.goals]
            out: dict[str, set[str]] = {}
            for player, club, own_goal in kinds:
                clubs = out.setdefault(player, set())
                if club and not own_goal:
                    clubs.add(club)
            self._scorers = out
        return self._scorers

    def _stored_scorers(self, unread: set[int]) -> list[tuple[str, str | None, bool]]:
        """(player, club, own goal) of the goals of the `unread` matches (row ids)."""
        if self.store is None or not unread:
            return []
        counts: Counter[tuple[str, str | None, bool]] = Counter()
        with self.store.reading():
            for player, club, own_goal, n in self.store.goal_tally():
                counts[player, club, own_goal] += n
            # the store's matches this index left out or holds with goals of its own
            if self.store.count("matches") != len(unread):
                others = sorted(self.store.match_ids() - unread)
                for player, club, own_goal, n in self.store.goal_tally(others):
                    counts[player, club, own_goal] -= n
        return [kind for kind, n in counts.items() if n > 0]

    def goals_by(self, players: Collection[str]) -> list[tuple[Match, Goal]]:
        """The goals by any of `players` (as written), newest, latest round first."""
        wanted = set(players)
        if self._place is None:
            self._place = {id(m): i for i, m in enumerate(self._sorted)}
            self._goals_known = [m for m in self._sorted if not goals_unread(m)]
            self._by_row = {m.row_id: m for m in self._sorted  # type: ignore[attr-defined]
                            if isinstance(m, StoredMatch)}
        found = {id(m): m for m in self._goals_known
                 if any(g.player in wanted for g in m.goals)}
        if self.store is not None and wanted:
            # the store names its matches; one whose goals a correction replaced is checked
            # against its own goals below
            for row_id in self.store.matches_of_scorers(wanted):
                match = self._by_row.get(row_id)
                if match is not None:
                    found[id(match)] = match
        place = self._place
        matches = self.read_goals(sorted(found.values(), key=lambda m: place[id(m)]))
        return [(m, g) for m in matches for g in m.goals if g.player in wanted]

    def read_goals(self, matches: list[Match]) -> list[Match]:
        """`matches`, their goals read from the store in one go where still unread."""
        read_goals(matches)
        return matches

    def clubs_with_facts(self) -> list[str]:
        """Canonical names of the clubs that appear in any match, sorted."""
        return sorted(self._lookup("club"))

    def main_match(self, report: str) -> str | None:
        """Key of the match `report` states most about (the match the report is on)."""
        if self._main_match is None:
            counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
            for name, match, n in self._report_counts():
                counts[name][match.key()] += n
            self._main_match = {name: max(per_match, key=lambda k: (per_match[k], k))
                                for name, per_match in counts.items()}
        return self._main_match.get(report)

    def _report_counts(self) -> Iterable[tuple[str, Match, int]]:
        """(report, match, how many of the match's facts the report is a source of)."""
        if self.store is not None:
            by_row = {m.row_id: m for m in self.facts.matches if isinstance(m, StoredMatch)}
            for report, row_id, n in self.store.report_match_counts():
                if row_id in by_row:
                    yield report, by_row[row_id], n
            # matches that are not rows of the store: added by corrections.yaml
            self_made = [m for m in self.facts.matches if not isinstance(m, StoredMatch)]
        else:
            self_made = self.facts.matches
        for match in self_made:
            for sources in [*match.sources.values(), *(g.sources for g in match.goals)]:
                for src in sources:
                    yield src.report, match, 1


def load_index(kb_dir: Path, registry: ClubRegistry | None = None,
               competition: str = DEFAULT_COMPETITION) -> KnowledgeIndex:
    """Load a knowledge base (with curated corrections applied) into an index.

    A folder without a knowledge base is an empty one: the clubs are still known. Raises
    ReferenceError (StoreError, or a corrections error) with a one-line message.
    """
    registry = registry or default_registry()
    if not Store.exists(kb_dir):
        facts = Facts()
        if kb_dir.is_dir():
            apply_corrections(facts, kb_dir, competition)
        return KnowledgeIndex(clubs=registry, facts=facts)
    store = Store.open(kb_dir, create=False)
    facts = apply_corrections(store.read_lazily(), kb_dir, competition)
    return KnowledgeIndex(clubs=registry, facts=facts, store=store)


def refresh_index(index: KnowledgeIndex, seasons: set[str | None],
                  competition: str = DEFAULT_COMPETITION) -> KnowledgeIndex:
    """`index` with the facts of `seasons` read again from its store (after a change to
    them); the other seasons' facts are kept as they are, not read again."""
    store = index.store
    if store is None:
        raise ValueError("an index made in memory has no store to read again from")
    kept = Facts(
        matches=[m for m in index.facts.matches if m.season not in seasons],
        seasons=[s for s in index.facts.seasons if s.season not in seasons],
        club_facts=[f for f in index.facts.club_facts if f.season not in seasons],
        people=[p for p in index.facts.people if p.season not in seasons],
    )
    # corrections apply to what was read again, as at a full load
    fresh = apply_corrections(store.read_lazily(seasons), store.kb_dir, competition, seasons)
    kept.matches += fresh.matches
    kept.seasons += fresh.seasons
    kept.club_facts += fresh.club_facts
    kept.people += fresh.people
    return KnowledgeIndex(clubs=index.clubs, facts=kept, store=store)
