"""Top scorers of a season: "wie is topschutter van de beker?", "meilleur buteur ?"."""

from __future__ import annotations

from collections import Counter

from handlers.answer import Answer
from handlers.answers.common import Knowledge, Reply, latest_season, unknown
from knowledge.model import Goal

TOP = 5
# Players level with the top scorer are all named, up to this many.
MAX_LEVEL = 12


def _goals_per_player(kb: Knowledge, season: str, club: str | None) -> dict[str, list[Goal]]:
    """The goals of a season (of one club, or all) per player, own goals left out, worked out
    once per knowledge base: a season of a large knowledge base holds hundreds of goals."""
    key = ("top_scorers", season, club)
    if key in kb.memo:
        return kb.memo[key]
    out: dict[str, list[Goal]] = {}
    matches = kb.index.find_matches([club] if club else [], season=season)
    for match in kb.index.read_goals(matches):
        for goal in match.goals:
            # "de meeste goals voor Genk": Genk's matches hold their opponents' goals too
            if goal.own_goal or club and goal.club != club:
                continue
            out.setdefault(kb.lexicon.person(goal.player), []).append(goal)
    kb.memo[key] = out
    return out


def answer(reply: Reply, kb: Knowledge) -> Answer:
    """Goals per player over the season asked (or the latest), own goals left out; for a
    club asked, that club's scorers only."""
    sp = reply.sp
    season = latest_season(reply.q, kb)
    club = reply.q.clubs[0] if reply.q.clubs else None
    goals = _goals_per_player(kb, season, club) if season else {}
    if not goals:
        return unknown(reply, kb, sp("top_scorers_unknown", season=season or ""))
    ranked = sorted(((player, len(found)) for player, found in goals.items()),
                    key=lambda item: (-item[1], item[0]))
    level = sum(1 for _, count in ranked if count == ranked[0][1])
    ranked = ranked[:max(TOP, min(level, MAX_LEVEL))]
    for player, _ in ranked:
        # the sources of the players named only: a store reads sources when asked
        for goal in goals[player]:
            reply.add_sources(goal.sources)
    items = [sp("top_scorer_item", player=player, count=count,
                club=Counter(g.club or "" for g in goals[player]).most_common(1)[0][0])
             for player, count in ranked]
    reply.say("top_scorers", season=season, items=sp.join(items))
    return reply.finish()
