"""Assists: "wie gaf de assist?", "qui a fait la passe décisive ?".

The knowledge base stores goals, not assists, so the answer never names a passer as a fact:
it says so and quotes what the reports write about each goal, where the passer usually is.
"""

from __future__ import annotations

from handlers.answer import Answer
from handlers.answers.common import MAX_MATCHES, Knowledge, Reply, find_matches, no_matches
from handlers.answers.players import player_goals
from handlers.describe import label
from knowledge.model import Goal, Match, Source
from knowledge.text import fold
from knowledge.yaml_view import CORRECTIONS_FILE

MAX_QUOTES = 4  # sentences in one answer
MAX_PER_GOAL = 3  # sentences per goal, each from another report


def goal_sentences(match: Match, goal: Goal) -> list[Source]:
    """Report sentences about one goal: its own sources, else match sentences naming the scorer."""
    own = [s for s in goal.sources if s.report != CORRECTIONS_FILE and s.sentence]
    if own:
        return own
    surname = fold(goal.player.split()[-1]) if goal.player.split() else ""
    found: list[Source] = []
    for sources in match.sources.values():
        for src in sources:
            if surname and surname in fold(src.sentence) and src not in found:
                found.append(src)
    return found


def answer(reply: Reply, kb: Knowledge) -> Answer:
    """For each goal the question fits: "who assisted is not a fact I store" plus the quote."""
    q, sp = reply.q, reply.sp
    if q.players:
        goals = [pair for player in q.players for pair in player_goals(kb, q, player)]
    else:
        matches = find_matches(q, kb)
        if not matches:
            return no_matches(reply, kb)
        goals = [(m, g) for m in matches[:MAX_MATCHES] for g in m.goals
                 if not g.own_goal and (q.for_club is None or g.club == q.for_club)]
    quotes = 0
    for match, goal in goals:
        by_report = {s.report: s for s in reversed(goal_sentences(match, goal))}
        for src in list(reversed(by_report.values()))[:MAX_PER_GOAL]:
            if quotes >= MAX_QUOTES:
                break
            quotes += 1
            reply.add_sources([src])
            reply.say("assist_quote", player=goal.player, match=label(match, sp),
                      sentence=src.sentence)
        reply.add_match(match, "score")
    if not quotes:
        reply.lines.insert(0, sp("unknown", what=sp("assist_unknown")))
        return reply.finish("unknown")
    reply.lines.insert(0, sp("assist_not_stored"))
    return reply.finish()
