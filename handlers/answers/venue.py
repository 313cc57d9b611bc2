"""Venues: "waar werd Genk - Kortrijk gespeeld?", "where was the match?"."""

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
from handlers.describe import conflict_sources, conflicts, label


def answer(reply: Reply, kb: Knowledge) -> Answer:
    """Where each match the question fits was played."""
    sp = reply.sp
    matches = find_matches(reply.q, kb)
    if not matches:
        return no_matches(reply, kb)
    for match in matches[:MAX_MATCHES]:
        reply.add_match(match, "venue")
        if match.venue:
            place = match.venue + (f" ({sp('venue_neutral')})" if match.neutral else "")
            reply.say("venue", match=label(match, sp), venue=place)
        else:
            reply.say("venue_unknown", match=label(match, sp))
        reply.lines += conflicts(match, sp, ("venue",))
        reply.add_sources(conflict_sources(match, ("venue",)))
    more_line(reply, len(matches), MAX_MATCHES)
    return reply.finish()
