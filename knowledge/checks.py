"""The checks every fact passes before it is stored, in one place.

A wrong fact is worse than a missing one: what fails a check is dropped (and counted, so the
ingest summary can say so), never stored as true. The checks run on the facts of one report
(`check_report`) and on the knowledge base a merge produces (`check_store`).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from knowledge.clubs import ClubRegistry, default_registry
from knowledge.extract.clubs import competition_of
from knowledge.model import ClubFact, Facts, Goal, Match, SeasonFacts


@dataclass
class Dropped:
    """What the checks took out, by reason, with a readable line per fact."""

    counts: Counter = field(default_factory=Counter)
    lines: list[str] = field(default_factory=list)

    def add(self, reason: str, what: str) -> None:
        self.counts[reason] += 1
        self.lines.append(f"{reason}: {what}")

    def absorb(self, other: Dropped) -> None:
        self.counts.update(other.counts)
        self.lines += other.lines

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def _pair(score: str | None) -> tuple[int, int] | None:
    if not score:
        return None
    a, b = score.split("-")
    return int(a), int(b)


def _label(m: Match) -> str:
    return f"{m.season} {m.round or 'round?'} {m.home} {m.score or '-'} {m.away}"


def _season_years(season: str) -> tuple[int, int] | None:
    try:
        start = int(season[:4])
    except ValueError:
        return None
    return start, start + 1


def winner_of(m: Match) -> str | None:
    """The club a match's score (and shoot-out) made the winner; None for a draw."""
    pens = _pair(m.penalties)
    score = _pair(m.score)
    decider = pens if pens and score and score[0] == score[1] else score
    if decider is None or decider[0] == decider[1]:
        return None
    return m.home if decider[0] > decider[1] else m.away


# ------------------------------------------------------------------ one match
def _check_goals(m: Match, dropped: Dropped, one_report: bool = False) -> None:
    """Goals belong to the match's clubs and never outnumber a club's score: a club with
    too many goals credited keeps none of them (which one is wrong cannot be told). One
    report's goals that outnumber the whole score are all dropped; in a merged store the
    goals without a club go first (reports tell one goal with and without its minute). In
    one report, goals without a minute go first when the timed ones alone fit."""
    for g in [g for g in m.goals if g.club is not None and g.club not in m.clubs]:
        m.goals.remove(g)
        dropped.add("goal of a club not in the match", f"{_label(m)}: {g.player}")
    score = _pair(m.score)
    if score is None:
        for g in list(m.goals):
            # without the score nothing tells whether these goals add up
            m.goals.remove(g)
            dropped.add("goal of a match without a score", f"{_label(m)}: {g.player}")
        return
    for club, limit in zip(m.clubs, score, strict=True):
        mine = [g for g in m.goals if g.club == club]
        if len(mine) > limit:
            for g in _too_many(mine, limit, one_report):
                m.goals.remove(g)
                dropped.add("more goals than the score", f"{_label(m)}: {g.player}")
    if len(m.goals) > sum(score):
        # more goals than the score has: in one report, which are wrong, the ones with a
        # club or without, cannot be told
        told = m.goals if one_report else [g for g in m.goals if g.club is None]
        for g in _too_many(told, sum(score) - (len(m.goals) - len(told)), one_report):
            m.goals.remove(g)
            dropped.add("more goals than the score", f"{_label(m)}: {g.player}")


def _too_many(goals: list[Goal], limit: int, one_report: bool) -> list[Goal]:
    """The goals to drop of some that outnumber what the score leaves them: all of them,
    but in one report only the untimed ones when the timed ones alone fit (a report times
    the goals it is sure of; a goal read without a minute is the likelier misreading)."""
    untimed = [g for g in goals if g.minute is None]
    if one_report and untimed and len(goals) - len(untimed) <= limit:
        return untimed
    return list(goals)


def _check_outcome(m: Match, dropped: Dropped) -> None:
    if m.round == "final" and m.leg is not None:
        # a final is one match: a leg says the round was read wrong
        dropped.add("final with a leg", _label(m))
        m.round = None
    score = _pair(m.score)
    if m.penalties and score and score[0] != score[1]:
        dropped.add("shoot-out after a decided match", f"{_label(m)}: {m.penalties}")
        m.penalties = None
        m.sources.pop("penalties", None)
    if m.qualified and m.qualified not in m.clubs:
        dropped.add("qualified club not in the match", f"{_label(m)}: {m.qualified}")
        m.qualified = None
    if m.qualified and m.leg is None and score:
        winner = winner_of(m)
        if winner is not None and winner != m.qualified:
            dropped.add("qualified club lost the match", f"{_label(m)}: {m.qualified}")
            m.qualified = None
            m.sources.pop("qualified", None)


def _check_date(m: Match, dropped: Dropped) -> None:
    """A match's date falls in its season (July to June)."""
    years = _season_years(m.season)
    if not m.date or years is None:
        return
    year, month = int(m.date[:4]), int(m.date[5:7]) if len(m.date) >= 7 else 0
    fits = (year == years[0] and month >= 7) or (year == years[1] and 1 <= month <= 6)
    if not fits:
        dropped.add("date outside the season", f"{_label(m)}: {m.date}")
        m.date = None
        m.sources.pop("date", None)


def _told_before_played(m: Match) -> bool:
    """A result of a round told before the earliest day that round has been played in its
    season (a final in a January report, a semi-final in August): the round or the season
    was read wrong."""
    comp = competition_of(m.competition)
    day = comp.earliest_played.get(m.round or "") if comp else None
    years = _season_years(m.season)
    told = [s.date for field_ in ("score", "qualified") for s in m.sources.get(field_, [])
            if s.date]
    if day is None or years is None or not told:
        return False
    year = years[0] if int(day[:2]) >= 7 else years[1]
    return min(told) < f"{year}-{day}"[:len(min(told))]


def _before_founded(m: Match, registry: ClubRegistry) -> str | None:
    """A club of the match that was founded after its season started ("Genk" in a final
    of 1954: the club dates from 1988), so one of the clubs or the season was read wrong."""
    return next((name for name in m.clubs if _founded_after(registry, name, m.season)), None)


def _founded_after(registry: ClubRegistry, name: str, season: str) -> bool:
    """The club was founded after the season started."""
    years = _season_years(season)
    club = registry.get(name)
    return years is not None and club is not None and bool(club.founded) and \
        years[0] < club.founded


def _forget_final(facts: Facts, final: Match) -> None:
    """The season's finalists and winner read from the same sentences as a dropped final."""
    said = {s for ss in final.sources.values() for s in ss}
    info = _season_info(facts, final.season)
    if info is None:
        return
    if said & set(info.sources.get("finalists", [])):
        info.finalists = [c for c in info.finalists if c not in final.clubs]
    if info.winner in final.clubs and said & set(info.sources.get("winner", [])):
        info.winner = None
        info.sources.pop("winner", None)


def _check_met_once(facts: Facts, dropped: Dropped) -> None:
    """Two clubs meet once in a knock-out cup season (a tie's two legs are one meeting):
    results of the same clubs in two rounds of one season are one of them misread ("Il
    élimine X (2-1) en seizièmes avant de faire subir le même sort à Y en huitièmes (1-0)"
    is not X against Y twice). For a final, a leg told with the other round says that one
    was read with care: the final goes; else which one the report does not settle, and
    both go. What the season's facts took from a dropped final goes with it."""
    meetings: dict[tuple[str, frozenset[str]], list[Match]] = {}
    for m in facts.matches:
        meetings.setdefault((m.season, frozenset(m.clubs)), []).append(m)
    gone: set[int] = set()
    for first in [m for group in meetings.values() if len(group) > 1 for m in group]:
        if id(first) in gone or first.round is None:
            continue
        others = [m for m in meetings[(first.season, frozenset(first.clubs))]
                  if m is not first and id(m) not in gone
                  and m.round not in (None, first.round)
                  and {m.leg, first.leg} != {1, 2}]  # a tie's legs: _check_legs_agree
        if not others:
            continue
        final = first if first.round == "final" else next(
            (m for m in others if m.round == "final"), None)
        legs = [m for m in [first, *others] if m is not final and m.leg]
        wrong = [final] if final is not None and legs else [first, *others]
        for m in wrong:
            gone.add(id(m))
            dropped.add("clubs that meet in two rounds of one season", _label(m))
        if final is not None and id(final) in gone:
            _forget_final(facts, final)
    facts.matches[:] = [m for m in facts.matches if id(m) not in gone]


def _check_aggregate(m: Match, facts: Facts, dropped: Dropped) -> None:
    """A second leg's aggregate is the sum of both legs when the first leg is known."""
    if m.leg != 2 or not m.aggregate or not m.score:
        return
    first = next((o for o in facts.matches if o.leg == 1 and o.season == m.season
                  and set(o.clubs) == set(m.clubs) and o.round == m.round and o.score), None)
    if first is None:
        return
    h2, a2 = _pair(m.score)
    h1, a1 = _pair(first.score)
    total = (h2 + a1, a2 + h1) if first.home == m.away else (h2 + h1, a2 + a1)
    if _pair(m.aggregate) != total:
        dropped.add("aggregate not the sum of the legs", f"{_label(m)}: {m.aggregate}")
        m.aggregate = None
        m.sources.pop("aggregate", None)


def _check_one_score(facts: Facts, dropped: Dropped) -> None:
    """One report, one score per match: when it gives a match (same season, clubs and leg,
    and not another round) two different results, it is read wrong somewhere and neither
    is stored."""
    scored = [m for m in facts.matches if m.score]
    for i, a in enumerate(scored):
        for b in scored[i + 1:]:
            same = a.season == b.season and set(a.clubs) == set(b.clubs) and \
                a.leg == b.leg and (a.round == b.round or None in (a.round, b.round))
            if not same or a.round in _two_legged(a.competition, a.season) and a.leg is None:
                continue
            if _as_goals(a) != _as_goals(b):
                for m in (a, b):
                    if m in facts.matches:
                        facts.matches.remove(m)
                        dropped.add("two scores for one match", _label(m))


def _check_legs_agree(facts: Facts, dropped: Dropped) -> None:
    """The two legs of a tie are of one round: when a report files them under different
    rounds, one of them was read wrong and neither round is stored."""
    for a in facts.matches:
        if a.leg != 1 or a.round is None:
            continue
        for b in facts.matches:
            if b.leg == 2 and b.season == a.season and set(b.clubs) == set(a.clubs) and \
                    b.round is not None and b.round != a.round:
                for m in (a, b):
                    dropped.add("legs of one tie in two rounds", _label(m))
                a.round = b.round = None


def _two_legged(competition: str, season: str | None) -> tuple[str, ...]:
    """The rounds a competition played over two legs in a season (whose legs a report may
    leave unnamed), from competitions.yaml."""
    comp = competition_of(competition)
    return comp.two_legged_in(season) if comp else ()


def _as_goals(m: Match) -> dict[str, int]:
    h, a = _pair(m.score)
    return {m.home: h, m.away: a}


# ------------------------------------------------------------------ a season's final
def _check_finals(facts: Facts, dropped: Dropped) -> None:
    """A season has one final. When a report (or the knowledge base) holds several, the one
    most sources state keeps the round and the others lose it; the season's finalists and
    winner follow from the final that stays."""
    by_season: dict[str, list[Match]] = {}
    for m in facts.matches:
        if m.round == "final":
            by_season.setdefault(m.season, []).append(m)
    for season, finals in by_season.items():
        pairs = {frozenset(m.clubs) for m in finals}
        if len(pairs) <= 1:
            continue
        # the reports stating each final, then how much they tell of it (the report's own
        # final is told in full; last year's is named in passing)
        support: dict[frozenset, tuple[int, int]] = {}
        for m in finals:
            reports = len({s.report for ss in m.sources.values() for s in ss})
            told = sum(len(ss) for ss in m.sources.values()) + len(m.goals)
            old = support.get(frozenset(m.clubs), (0, 0))
            support[frozenset(m.clubs)] = (old[0] + reports, old[1] + told)
        ranked = sorted(support.items(), key=lambda kv: kv[1], reverse=True)
        keep = ranked[0][0] if ranked[0][1] > ranked[1][1] else None
        for m in finals:
            if frozenset(m.clubs) != keep:
                dropped.add("second final in a season", _label(m))
                m.round = None
        info = _season_info(facts, season)
        if info is not None:
            info.finalists = [c for c in info.finalists if keep and c in keep]
            if info.winner and not (keep and info.winner in keep):
                dropped.add("winner not in the season's final", f"{season}: {info.winner}")
                info.winner = None


def _season_info(facts: Facts, season: str) -> SeasonFacts | None:
    return next((s for s in facts.seasons if s.season == season), None)


def _check_season_clubs(facts: Facts, registry: ClubRegistry, report_season: str | None,
                        dropped: Dropped) -> None:
    """A season's finalists and winner are of a season up to the report's, and each club
    of them existed when that season started ("Zulte Waregem won the cup in 1980": the club
    dates from 2001, so the club or the year was read wrong)."""
    for info in facts.seasons:
        if report_season and info.season > report_season:
            dropped.add("season after the report's date", f"{info.season}: {info.finalists}")
            info.finalists, info.winner = [], None
            continue
        young = {c for c in [*info.finalists, info.winner]
                 if c and _founded_after(registry, c, info.season)}
        for name in sorted(young):
            dropped.add("club not founded yet in the season", f"{info.season}: {name}")
        info.finalists = [c for c in info.finalists if c not in young]
        if info.winner in young:
            info.winner = None
            info.sources.pop("winner", None)
    facts.seasons[:] = [s for s in facts.seasons if s.finalists or s.winner]


def _check_season_facts(facts: Facts, dropped: Dropped, one_report: bool = False) -> None:
    """Finalists are at most two; the winner is a finalist and, when the season's final is
    known with its score, the club that won it. Within one report, a final whose score
    says another winner than the report states was read wrong somewhere: neither the
    winner nor that final's result is kept (across reports, the votes chose the score)."""
    for info in facts.seasons:
        if len(info.finalists) > 2:
            dropped.add("more than two finalists", f"{info.season}: {info.finalists}")
            info.finalists = []
            info.sources.pop("finalists", None)
        final = next((m for m in facts.matches if m.round == "final"
                      and m.season == info.season and m.score), None)
        if info.winner is None:
            continue
        expected = winner_of(final) if final else None
        wrong = (final is not None and expected != info.winner) or \
            (info.finalists and info.winner not in info.finalists)
        if wrong:
            dropped.add("winner does not follow from the final", f"{info.season}: "
                        f"{info.winner}")
            info.winner = None
            info.sources.pop("winner", None)
            if one_report and final is not None and expected is not None:
                facts.matches.remove(final)
                dropped.add("final's result against the winner told", _label(final))
    # a season whose finalists and winner were all taken back states nothing
    facts.seasons[:] = [s for s in facts.seasons if s.finalists or s.winner]


# ------------------------------------------------------------------ club history
def _check_history(facts: Facts, dropped: Dropped) -> None:
    """A club's history agrees with itself: one cup count per club and season, at least as
    many cups as finals won, no final won in a year after the report's season."""
    by_club: dict[tuple[str, str | None], list[ClubFact]] = {}
    for f in facts.club_facts:
        by_club.setdefault((f.club, f.season), []).append(f)
    bad: list[ClubFact] = []
    for (_club, season), found in by_club.items():
        counts = {f.value for f in found if f.kind == "cup_wins"}
        if len(counts) > 1:
            bad += [f for f in found if f.kind == "cup_wins"]
        won = {y for f in found if f.kind == "finals_won" and isinstance(f.value, list)
               for y in f.value}
        lost = {y for f in found if f.kind == "finals_lost" and isinstance(f.value, list)
                for y in f.value}
        if won & lost:
            bad += [f for f in found if f.kind in ("finals_won", "finals_lost")]
        years = _season_years(season) if season else None
        if years and any(y > years[1] for y in won | lost):
            bad += [f for f in found if f.kind in ("finals_won", "finals_lost")]
        if len(counts) == 1 and won and isinstance(next(iter(counts)), int) \
                and next(iter(counts)) < len(won):
            bad += [f for f in found if f.kind in ("cup_wins", "finals_won")]
        bad += [f for f in found if f.kind in ("cup_wins", "final_number")
                and not (isinstance(f.value, int) and f.value >= 1)]
    bad_ids = {id(f) for f in bad}
    for fact in [f for f in facts.club_facts if id(f) in bad_ids]:
        facts.club_facts.remove(fact)
        dropped.add("club history contradicts itself", f"{fact.club} {fact.kind} {fact.value}")


def _scheduled_leg(m: Match, facts: Facts) -> bool:
    """The other leg of a tie the report gives a result of, with its ground or date: the
    return "in het Jan Breydelstadion" is a fixture worth keeping; it has no goals."""
    if m.leg not in (1, 2) or not (m.venue or m.date):
        return False
    played = any(o.leg == 3 - m.leg and o.score and o.season == m.season
                 and set(o.clubs) == set(m.clubs) for o in facts.matches)
    if played:
        m.goals = []
    return played


# ------------------------------------------------------------------ entry points
def check_report(facts: Facts, report_season: str | None = None,
                 registry: ClubRegistry | None = None) -> Dropped:
    """Check the facts of one report in place; return what was dropped."""
    dropped = Dropped()
    registry = registry or default_registry()
    for m in list(facts.matches):
        if m not in facts.matches:
            continue  # dropped with another result of its tie
        if m.home == m.away:
            # a club does not play itself: one of the two was read wrong
            facts.matches.remove(m)
            dropped.add("match of a club against itself", _label(m))
            continue
        young = _before_founded(m, registry)
        if young:
            facts.matches.remove(m)
            dropped.add("club not founded yet in the match's season", f"{_label(m)} ({young})")
            if m.round == "final":
                _forget_final(facts, m)
            continue
        if report_season and m.season and m.season > report_season:
            facts.matches.remove(m)
            dropped.add("match after the report's date", _label(m))
            continue
        if not m.score and not m.qualified and not _scheduled_leg(m, facts):
            # a preview or a match only named: no result, nothing to store
            facts.matches.remove(m)
            if m.goals or m.date or m.venue:
                dropped.add("match without a result", _label(m))
            continue
        if (m.score or m.qualified) and _told_before_played(m):
            dropped.add("round not yet played by the report's date", _label(m))
            if m.round == "final":
                # a final's clubs make the season's finalists: the whole match is in doubt,
                # and what the season's facts took from it
                facts.matches.remove(m)
                _forget_final(facts, m)
                continue
            m.round = None
        if m.score and m.leg is None and m.round in _two_legged(m.competition, m.season):
            # a result of a two-legged round without its leg: which match it was, the
            # first or the return, is not told, and a guess files it under the wrong one;
            # so is another result of the two clubs with neither leg nor round ("dat
            # Westerlo over twee duels uitschakelde (3-1 en 1-1)")
            for o in [o for o in facts.matches if o is m or o.score and o.leg is None and
                      o.round is None and o.season == m.season and
                      set(o.clubs) == set(m.clubs)]:
                facts.matches.remove(o)
                dropped.add("result of a two-legged round without its leg", _label(o))
            continue
        _check_goals(m, dropped, one_report=True)
        _check_outcome(m, dropped)
        _check_date(m, dropped)
    _check_one_score(facts, dropped)
    _check_met_once(facts, dropped)
    _check_legs_agree(facts, dropped)
    for m in facts.matches:
        _check_aggregate(m, facts, dropped)
    _check_finals(facts, dropped)
    _check_season_clubs(facts, registry, report_season, dropped)
    _check_season_facts(facts, dropped, one_report=True)
    _check_history(facts, dropped)
    return dropped


def check_store(facts: Facts) -> Dropped:
    """Check a whole knowledge base after a merge: the facts of several reports together."""
    dropped = Dropped()
    for m in facts.matches:
        _check_goals(m, dropped)
    _check_finals(facts, dropped)
    _check_season_facts(facts, dropped)
    return dropped
