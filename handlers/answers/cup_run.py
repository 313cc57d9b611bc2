"""A club's cup run: "hoe verliep de beker voor Kortrijk?", "Genk's cup run in 2017-18"."""

from __future__ import annotations

from handlers.answer import Answer
from handlers.answers.common import Knowledge, Reply, no_matches, subject_club
from handlers.answers.season_facts import finalists_of, winner_of
from handlers.describe import match_text
from knowledge.model import Match


def _round_order(match: Match) -> tuple[int, int]:
    return (match.round_order, match.leg or 0)


def _outcome(reply: Reply, kb: Knowledge, club: str, matches: list[Match]) -> None:
    season, last_round = matches[-1].season, matches[-1].round
    if last_round == "final":
        winner, _, _ = winner_of(kb, season)
        if winner == club:
            reply.say("cup_run_winner", club=club)
        elif winner:
            reply.say("cup_run_out", club=club, other=winner)
        return
    qualified = next((m.qualified for m in reversed(matches)
                      if m.round == last_round and m.qualified), None)
    if qualified == club:
        finalists, _ = finalists_of(kb, season)
        reply.say("cup_run_finalist" if club in finalists else "cup_run_through", club=club)
    elif qualified:
        reply.say("cup_run_out", club=club, other=qualified)


def answer(reply: Reply, kb: Knowledge) -> Answer:
    """Every match of the club in one season (asked, or its latest), in round order."""
    sp, q = reply.sp, reply.q
    club = subject_club(q)
    if club is None:
        return no_matches(reply, kb)
    season = q.season
    if season is None:
        latest = kb.index.find_matches([club])
        season = latest[0].season if latest else None
    matches = sorted(kb.index.find_matches([club], season=season), key=_round_order) \
        if season else []
    if not matches:
        return no_matches(reply, kb)
    items = []
    for match in matches:
        reply.add_match(match, "score", "qualified")
        when = ", ".join(p for p in (sp.round(match.round), sp.leg(match.leg)) if p)
        core = match_text(match, sp)
        items.append(sp("leg_score", leg=when, match=core) if when else core)
    reply.say("cup_run", club=club, season=season, matches="; ".join(items))
    _outcome(reply, kb, club, matches)
    return reply.finish()
