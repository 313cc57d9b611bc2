"""Venues: "waar werd Genk - Kortrijk gespeeld?", "where was the match?"."""

from __future__ import annotations

from handlers.answer import Answer
from handlers.answers.common import Knowledge, Reply, each_match
from handlers.describe import conflict_sources, conflicts, label
from knowledge.model import Match


def answer(reply: Reply, kb: Knowledge) -> Answer:
    """Where each match the question fits was played."""
    sp = reply.sp

    def describe(match: Match) -> None:
        reply.add_match(match, "venue")
        if match.venue:
            place = sp.at_venue(match.venue) + (f" ({sp('venue_neutral')})"
                                                 if match.neutral else "")
            reply.say("venue", match=label(match, sp), venue=place)
        else:
            reply.say("venue_unknown", match=label(match, sp))
        reply.lines += conflicts(match, sp, ("venue",))
        reply.add_sources(conflict_sources(match, ("venue",)))

    return each_match(reply, kb, describe)
