"""Scorers: "wie scoorde voor Genk?", "who scored in the final?", "qui a marqué ?"."""

from __future__ import annotations

from handlers.answer import Answer
from handlers.answers.common import Knowledge, Reply, each_match
from handlers.describe import (
    conflict_sources,
    conflicts,
    extras,
    goal_text,
    goals_of,
    label,
    parse_score,
)
from knowledge.model import Goal, Match


def _expected_goals(match: Match, club: str | None) -> int | None:
    """How many goals the score says were scored (by `club`, or in all)."""
    if club:
        return goals_of(match, club)
    pair = parse_score(match.score)
    return sum(pair) if pair else None


def scored_for(goal: Goal, club: str, player_clubs: dict[str, set[str]]) -> bool:
    """Whether the goal counts for `club`: its club, or, when a report left that out, the
    one club the scorer is known to play for (not for an own goal)."""
    if goal.club is not None or goal.own_goal:
        return goal.club == club
    return player_clubs.get(goal.player) == {club}


def scorers_sentence(reply: Reply, match: Match, club: str | None,
                     player_clubs: dict[str, set[str]], with_extras: bool = False) -> None:
    """The goals of one match (for one club), or what is known about them."""
    sp = reply.sp
    text = label(match, sp) + (extras(match, sp) if with_extras else "")
    goals = [g for g in match.goals if club is None or scored_for(g, club, player_clubs)]
    reply.add_match(match, "score")
    for goal in goals:
        reply.add_sources(goal.sources)
    expected = _expected_goals(match, club)
    if goals:
        listed = sp.join(goal_text(g, sp, with_club=club is None) for g in goals)
        if club:
            reply.say("scorers_for", match=text, club=club, goals=listed)
        else:
            reply.say("scorers", match=text, goals=listed)
        if expected is not None and len(goals) < expected:
            reply.say("scorers_partial")
    elif expected == 0:
        if club:
            reply.say("club_no_goals", club=club, match=text)
        else:
            reply.say("no_goals", match=text)
    elif club:
        reply.say("scorers_for_unknown", match=text, club=club)
    else:
        reply.say("scorers_unknown", match=text)
    reply.lines += conflicts(match, sp, ("goals",))
    reply.add_sources(conflict_sources(match, ("goals",)))


def answer(reply: Reply, kb: Knowledge) -> Answer:
    """Scorers of every match the question fits; only one club's when it says "for"."""
    return each_match(reply, kb, lambda match: scorers_sentence(
        reply, match, reply.q.for_club, kb.lexicon.player_clubs))
