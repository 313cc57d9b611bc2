"""Shared by the player questions: which goals of a player fit the question, and "no goals"."""

from __future__ import annotations

from handlers.answer import Answer
from handlers.answers.common import MAX_HINTS, Knowledge, Reply, find_matches, played_in_year
from handlers.describe import goal_text, goals_complete, label
from handlers.understand import Question
from knowledge.model import Goal, Match


def _fits(q: Question, match: Match) -> bool:
    return (all(c in match.clubs for c in q.clubs)
            and (q.season is None or match.season == q.season or played_in_year(q, match))
            and (q.round is None or match.round == q.round)
            and (q.leg is None or match.leg == q.leg))


def player_goals(kb: Knowledge, q: Question, player: str) -> list[tuple[Match, Goal]]:
    """The player's goals in the matches the question allows, newest first."""
    return [(m, g) for m, g in kb.lexicon.goals_of(player) if _fits(q, m)]


def asks_matches(q: Question, itself: bool = False) -> bool:
    """Whether the question narrows down to certain matches (clubs, round, leg, season);
    with `itself`, only by what it says, not by what it borrowed from the conversation."""
    named = [f for f in ("clubs", "round", "leg", "season")
             if getattr(q, f) and not (itself and f in q.inherited)]
    return bool(named or q.same_match)


def not_in_matches(reply: Reply, kb: Knowledge, player: str, itself: bool = False) -> bool:
    """"No, X did not score in <match>" for the matches asked whose every goal is known, and
    "I don't know for sure" for the others. False when the question names no matches."""
    matches = find_matches(reply.q, kb) if asks_matches(reply.q, itself) else []
    clubs = kb.lexicon.player_clubs.get(player, set())
    if clubs:  # a player known to play for a club: only that club's matches
        matches = [m for m in matches if clubs & set(m.clubs)]
    if not matches or len(matches) > MAX_HINTS:
        return False
    sp = reply.sp
    for match in matches:
        reply.add_match(match, "score")
        if goals_complete(match):
            for goal in match.goals:
                reply.add_sources(goal.sources)
            goals = sp.join(goal_text(g, sp) for g in match.goals) or "-"
            reply.say("did_score_not_in_match", player=player, match=label(match, sp),
                      goals=goals)
        else:
            reply.say("did_score_unsure", player=player, match=label(match, sp))
    return True


def no_goals(reply: Reply, kb: Knowledge, player: str) -> None:
    """"Nee, X heeft niet gescoord ...", with the matches of the player's club on record."""
    if not_in_matches(reply, kb, player):
        return
    reply.say("did_score_no", player=player)
    for club in sorted(kb.lexicon.player_clubs.get(player, set())):
        matches = [m for m in kb.index.find_matches([club]) if _fits(reply.q, m)]
        if matches:
            reply.say("matches_on_record", club=club,
                      matches="; ".join(label(m, reply.sp) for m in matches[:MAX_HINTS]))
            for match in matches[:MAX_HINTS]:
                reply.add_match(match, "score")


def unknown_player(reply: Reply, kb: Knowledge) -> Answer | None:
    """"I don't know a player called X" when the question names someone the KB lacks."""
    if not reply.q.leftovers:
        return None
    name = (reply.q.unknown_names() or [reply.q.leftovers[0][0]])[0]
    # A name the KB does not know may still be answered for a match it knows every goal of.
    if reply.q.intent == "did_score" and not_in_matches(reply, kb, name, itself=True):
        return reply.finish()
    reply.say("unknown_player", name=name)
    near = kb.lexicon.player_words.near_text(name)
    if near:
        reply.say("did_you_mean", names=reply.sp.join(near, "or"))
        reply.suggestions += near
    return reply.finish("unknown")
