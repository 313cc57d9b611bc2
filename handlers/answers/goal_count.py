"""How many goals a player scored: "hoeveel doelpunten maakte Emond in de beker 2017-18?"."""

from __future__ import annotations

from handlers.answer import Answer
from handlers.answers import score
from handlers.answers.common import Knowledge, Reply
from handlers.answers.help import not_understood
from handlers.answers.players import player_goals, unknown_player
from handlers.describe import goal_details, label


def answer(reply: Reply, kb: Knowledge) -> Answer:
    """The number of goals (own goals left out) in the matches the question allows, and which."""
    sp, q = reply.sp, reply.q
    if not q.players:
        unknown = unknown_player(reply, kb)
        if unknown:
            return unknown
        # "hoeveel doelpunten vielen er in de finale?": the score answers that.
        return score.answer(reply, kb) if q.clubs or q.round or q.season else \
            not_understood(reply, kb)
    for player in q.players:
        goals = [(m, g) for m, g in player_goals(kb, q, player) if not g.own_goal]
        items = []
        for match, goal in goals:
            reply.add_match(match, "score")
            reply.add_sources(goal.sources)
            info = goal_details(goal, sp, with_club=False)
            items.append(sp("goal_in_match", match=label(match, sp),
                            details=f", {info}" if info else ""))
        key = "goal_count" if q.season else "goal_count_all"
        reply.say(key, player=player, count=len(goals), season=q.season or "")
        if items:
            reply.say("goal_count_items", goals="; ".join(items))
    return reply.finish()
