"""Details of a player's goals: "in welke minuut scoorde Seck?", "hoe scoorde Seck?"."""

from __future__ import annotations

from handlers.answer import Answer
from handlers.answers import scorers
from handlers.answers.common import Knowledge, Reply
from handlers.answers.help import not_understood
from handlers.answers.players import no_goals, player_goals, unknown_player
from handlers.describe import label
from knowledge.model import Goal


def _minute(reply: Reply, player: str, match_text: str, goal: Goal) -> None:
    if goal.minute is not None:
        reply.say("goal_at_minute", player=player, minute=goal.minute, match=match_text)
    elif goal.when:
        reply.say("goal_at_when", player=player, when=reply.sp.when(goal.when), match=match_text)
    else:
        reply.say("goal_time_unknown", player=player, match=match_text)


def _how(reply: Reply, player: str, match_text: str, goal: Goal) -> None:
    if goal.own_goal:
        reply.say("goal_by_own_goal", player=player, match=match_text)
    elif goal.penalty:
        reply.say("goal_by_penalty", player=player, match=match_text)
    elif goal.header:
        reply.say("goal_by_header", player=player, match=match_text)
    elif goal.sources:
        reply.say("goal_quote", player=player, match=match_text,
                  sentence=goal.sources[0].sentence)
    else:
        reply.say("goal_how_unknown", player=player, match=match_text)


def answer(reply: Reply, kb: Knowledge) -> Answer:
    """Minute (intent goal_minute) or manner (goal_how) of each goal of the players named."""
    q = reply.q
    if not q.players:
        unknown = unknown_player(reply, kb)
        if unknown:
            return unknown
        return scorers.answer(reply, kb) if q.clubs else not_understood(reply, kb)
    detail = _minute if reply.intent == "goal_minute" else _how
    for player in q.players:
        goals = player_goals(kb, q, player)
        if not goals:
            no_goals(reply, kb, player)
        for match, goal in goals:
            reply.add_match(match, "score")
            reply.add_sources(goal.sources)
            detail(reply, player, label(match, reply.sp), goal)
    return reply.finish()
