"""Top scorers of a season: "wie is topschutter van de beker?", "meilleur buteur ?"."""

from __future__ import annotations

from collections import Counter

from handlers.answer import Answer
from handlers.answers.common import Knowledge, Reply, latest_season, unknown

TOP = 5
# Players level with the top scorer are all named, up to this many.
MAX_LEVEL = 12


def answer(reply: Reply, kb: Knowledge) -> Answer:
    """Goals per player over the season asked (or the latest), own goals left out; for a
    club asked, that club's scorers only."""
    sp = reply.sp
    season = latest_season(reply.q, kb)
    counts: Counter[str] = Counter()
    clubs: dict[str, Counter[str]] = {}
    club = reply.q.clubs[0] if reply.q.clubs else None
    for match in kb.index.find_matches(reply.q.clubs[:1], season=season) if season else []:
        for goal in match.goals:
            # "de meeste goals voor Genk": Genk's matches hold their opponents' goals too
            if goal.own_goal or club and goal.club != club:
                continue
            player = kb.lexicon.person(goal.player)
            counts[player] += 1
            clubs.setdefault(player, Counter())[goal.club or ""] += 1
            reply.add_sources(goal.sources)
    if not counts:
        return unknown(reply, kb, sp("top_scorers_unknown", season=season or ""))
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    level = sum(1 for _, count in ranked if count == ranked[0][1])
    ranked = ranked[:max(TOP, min(level, MAX_LEVEL))]
    items = [sp("top_scorer_item", player=player, count=count,
                club=clubs[player].most_common(1)[0][0])
             for player, count in ranked]
    reply.say("top_scorers", season=season, items=sp.join(items))
    return reply.finish()
