"""The score at a moment: "hoe stond het na 90 minuten?", "score at half-time?"."""

from __future__ import annotations

from handlers.answer import Answer
from handlers.answers import score
from handlers.answers.common import Knowledge, Reply, each_match
from handlers.describe import score_at_minute
from knowledge.model import Match


def answer(reply: Reply, kb: Knowledge) -> Answer:
    """The score after the minute asked, from the final score or the goals' minutes."""
    q, sp = reply.q, reply.sp
    if q.minute is None:
        return score.answer(reply, kb)

    def describe(match: Match) -> None:
        reply.add_match(match, "score", "extra_time")
        text = score.full_label(match, reply)
        found = score_at_minute(match, q.minute)
        if found is None:
            reply.say("score_at_unknown", match=text, minute=q.minute)
            return
        at, derived = found
        for goal in match.goals if derived else []:
            reply.add_sources(goal.sources)
        reply.say("score_at", match=text, minute=q.minute, score=at,
                  how=sp("score_at_derived") if derived else "")

    return each_match(reply, kb, describe)
