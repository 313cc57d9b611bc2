"""What happened in a match: its score and its scorers ("what happened in the semi-final?")."""

from __future__ import annotations

from handlers.answer import Answer
from handlers.answers.common import Knowledge, Reply, each_match
from handlers.answers.score import note_match, score_sentence
from handlers.answers.scorers import scorers_sentence
from knowledge.model import Match


def answer(reply: Reply, kb: Knowledge) -> Answer:
    """Score and scorers of every match the question fits."""

    def describe(match: Match) -> None:
        if match.goals:
            scorers_sentence(reply, match, reply.q.for_club, kb.lexicon.player_clubs,
                             with_extras=True)
            note_match(reply, match)
        else:
            score_sentence(reply, match)

    return each_match(reply, kb, describe)
