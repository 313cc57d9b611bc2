"""What happened in a match: its score and its scorers ("what happened in the semi-final?")."""

from __future__ import annotations

from handlers.answer import Answer
from handlers.answers.common import (
    MAX_MATCHES,
    Knowledge,
    Reply,
    find_matches,
    more_line,
    no_matches,
)
from handlers.answers.score import note_match, score_sentence
from handlers.answers.scorers import scorers_sentence


def answer(reply: Reply, kb: Knowledge) -> Answer:
    """Score and scorers of every match the question fits."""
    matches = find_matches(reply.q, kb)
    if not matches:
        return no_matches(reply, kb)
    for match in matches[:MAX_MATCHES]:
        if match.goals:
            scorers_sentence(reply, match, reply.q.for_club, with_extras=True,
                             player_clubs=kb.lexicon.player_clubs)
            note_match(reply, match)
        else:
            score_sentence(reply, match)
    more_line(reply, len(matches), MAX_MATCHES)
    return reply.finish()
