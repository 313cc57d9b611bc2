"""Did a player score: "heeft Samatta gescoord?" -> no (a missed chance is not a goal)."""

from __future__ import annotations

from handlers.answer import Answer
from handlers.answers import scorers
from handlers.answers.common import Knowledge, Reply
from handlers.answers.help import not_understood
from handlers.answers.players import no_goals, player_goals, unknown_player
from handlers.describe import goal_details, label


def answer(reply: Reply, kb: Knowledge) -> Answer:
    """Yes with the matches and goals on record, or no; "who?" for an unknown name."""
    sp, q = reply.sp, reply.q
    if not q.players:
        unknown = unknown_player(reply, kb)
        if unknown:
            return unknown
        return scorers.answer(reply, kb) if q.clubs else not_understood(reply, kb)
    for player in q.players:
        goals = player_goals(kb, q, player)
        if not goals:
            no_goals(reply, kb, player)
            continue
        items = []
        for match, goal in goals:
            reply.add_match(match, "score")
            reply.add_sources(goal.sources)
            info = goal_details(goal, sp, with_club=False)
            items.append(sp("goal_in_match", match=label(match, sp),
                            details=f", {info}" if info else ""))
        reply.say("did_score_yes", player=player, goals="; ".join(items))
    return reply.finish()
