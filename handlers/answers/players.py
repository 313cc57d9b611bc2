"""Shared by the player questions: which goals of a player fit the question, and "no goals"."""

from __future__ import annotations

from handlers.answer import Answer
from handlers.answers.common import MAX_HINTS, Knowledge, Reply, played_in_year
from handlers.describe import label
from handlers.understand import Question
from handlers.vocabulary import normalise
from knowledge.model import Goal, Match


def _fits(q: Question, match: Match) -> bool:
    return (all(c in match.clubs for c in q.clubs)
            and (q.season is None or match.season == q.season or played_in_year(q, match))
            and (q.round is None or match.round == q.round)
            and (q.leg is None or match.leg == q.leg))


def player_goals(kb: Knowledge, q: Question, player: str) -> list[tuple[Match, Goal]]:
    """The player's goals in the matches the question allows, newest first."""
    return [(m, g) for m, g in kb.lexicon.goals_by_player.get(player, []) if _fits(q, m)]


def no_goals(reply: Reply, kb: Knowledge, player: str) -> None:
    """"Nee, X heeft niet gescoord ...", with the matches of the player's club on record."""
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
    name = reply.q.leftovers[0][0]
    reply.say("unknown_player", name=name)
    near: list[str] = []
    if kb.lexicon.player_words:
        for word in normalise(name).split():
            near += [n for n in kb.lexicon.player_words.near(word) if n not in near]
    if near:
        reply.say("did_you_mean", names=reply.sp.join(near[:3], "or"))
        reply.suggestions += near[:3]
    return reply.finish("unknown")
