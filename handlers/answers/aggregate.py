"""Two-legged ties: "totaalscore Genk-Kortrijk?", "who went through?", "hoe ging Genk door?"."""

from __future__ import annotations

from handlers.answer import Answer
from handlers.answers.common import MAX_MATCHES, Knowledge, Reply, find_matches, no_matches
from handlers.describe import (
    conflict_sources,
    conflicts,
    extras,
    goals_of,
    label,
    match_winner,
    parse_score,
)
from knowledge.model import Match

TIE_FIELDS = ("aggregate", "qualified", "score")


def ties(matches: list[Match]) -> list[list[Match]]:
    """Matches grouped per tie (season, round, pair of clubs), legs in order; first seen first."""
    groups: dict[tuple, list[Match]] = {}
    for match in matches:
        key = (match.competition, match.season, match.round, frozenset(match.clubs))
        groups.setdefault(key, []).append(match)
    return [sorted(legs, key=lambda m: m.leg or 0) for legs in groups.values()]


def _computed(legs: list[Match]) -> tuple[Match, str] | None:
    """The aggregate added up from both legs' scores, home-first from the last leg's home."""
    last = legs[-1]
    if len(legs) != 2 or any(parse_score(m.score) is None for m in legs):
        return None
    home = sum(goals_of(m, last.home) or 0 for m in legs)
    away = sum(goals_of(m, last.away) or 0 for m in legs)
    return last, f"{home}-{away}"


def _tie_aggregate(legs: list[Match]) -> tuple[Match, str, bool] | None:
    """(holder, aggregate, added up?): the aggregate a leg states, else the one added up."""
    stored = next((m for m in reversed(legs) if m.aggregate), None)
    if stored:
        return stored, stored.aggregate or "", False
    computed = _computed(legs)
    return (*computed, True) if computed else None


def tie_of(match: Match, kb: Knowledge) -> list[Match]:
    """Every leg the KB has of the tie `match` belongs to, in order."""
    return next((t for t in ties(kb.index.find_matches(sorted(match.clubs)))
                 if t[0].season == match.season and t[0].round == match.round), [match])


def tie_total(match: Match, kb: Knowledge) -> str | None:
    """The aggregate of the tie, home-first from `match`'s home club (stored or added up)."""
    found = _tie_aggregate(tie_of(match, kb))
    if found is None:
        return None
    holder, total, _ = found
    pair = parse_score(total)
    if pair is None:
        return None
    return total if holder.home == match.home else f"{pair[1]}-{pair[0]}"


def _away_goals(legs: list[Match], club: str) -> int | None:
    """Goals `club` scored away from home over both legs (None when a score is missing)."""
    total = 0
    for match in legs:
        if match.away == club:
            goals = goals_of(match, club)
            if goals is None:
                return None
            total += goals
    return total


def _how_through(reply: Reply, legs: list[Match], through: str, total: str) -> None:
    """"X ging door", on penalties or away goals when the aggregate was level."""
    pair = parse_score(total)
    last = legs[-1]
    other = next((c for c in last.clubs if c != through), "")
    if pair is None or pair[0] != pair[1] or len(legs) != 2 or through not in last.clubs:
        reply.say("qualified", club=through)
    elif last.penalties:
        reply.say("qualified_penalties", club=through, score=last.penalties)
    else:
        mine, theirs = _away_goals(legs, through), _away_goals(legs, other)
        if mine is not None and theirs is not None and mine > theirs:
            reply.say("qualified_away_goals", club=through, goals=mine, other=other,
                      other_goals=theirs)
        else:
            reply.say("qualified", club=through)


def _through(holder: Match, aggregate: str) -> str | None:
    pair = parse_score(aggregate)
    if pair is None or pair[0] == pair[1]:
        return None
    return holder.home if pair[0] > pair[1] else holder.away


def tie_sentences(reply: Reply, legs: list[Match]) -> None:
    """Aggregate (stored, or added up) and who went through, for one tie."""
    sp = reply.sp
    for match in legs:
        reply.add_match(match, *TIE_FIELDS)
        reply.add_sources(conflict_sources(match, TIE_FIELDS))
    qualified = next((m.qualified for m in reversed(legs) if m.qualified), None)
    if len(legs) == 1 and legs[0].leg is None:
        match = legs[0]
        winner = qualified or match_winner(match)
        if winner:
            reply.say("qualified_single", club=winner, match=label(match, sp)
                      + extras(match, sp, with_qualified=False))
        else:
            reply.say("qualified_unknown")
        reply.lines += conflicts(match, sp, TIE_FIELDS)
        return
    shown = "; ".join(sp("leg_score", leg=sp.leg(m.leg), match=sp("match", home=m.home,
                      away=m.away, score=m.score or "?")) if m.leg else label(m, sp) for m in legs)
    first = legs[-1]
    tie = ", ".join(p for p in (sp.round(first.round), first.season) if p)
    found = _tie_aggregate(legs)
    if found:
        holder, total, added_up = found
        reply.say("aggregate_computed" if added_up else "aggregate", home=holder.home,
                  away=holder.away, score=total, details=tie, legs=shown)
    else:
        holder, total = first, ""
        reply.say("aggregate_unknown", legs=shown)
    through = qualified or _through(holder, total)
    if through:
        _how_through(reply, legs, through, total)
    else:
        reply.say("qualified_unknown")
    for match in legs:
        reply.lines += conflicts(match, sp, TIE_FIELDS)


def answer(reply: Reply, kb: Knowledge) -> Answer:
    """Aggregate and qualifier of every tie the question fits (both legs, whatever leg named)."""
    q = reply.q
    matches = find_matches(q, kb)
    if not matches:
        return no_matches(reply, kb)
    for legs in ties(matches)[:MAX_MATCHES]:
        # every leg of the tie, also legs the question left out
        tie_sentences(reply, tie_of(legs[0], kb))
    return reply.finish()
