"""Things the reports do not give as facts (attendance, cards, shoot-out takers, ...)."""

from __future__ import annotations

from handlers.answer import Answer
from handlers.answers.common import MAX_HINTS, Knowledge, Reply, find_matches
from handlers.describe import extras, label


def answer(reply: Reply, kb: Knowledge) -> Answer:
    """"That is not in my reports", then what is known about the match asked."""
    sp, q = reply.sp, reply.q
    reply.say("not_kept", topic=sp.named("topic", q.not_kept or ""))
    matches = find_matches(q, kb) if q.clubs or q.round or q.season or q.leg else []
    for match in matches[:MAX_HINTS]:
        reply.add_match(match, "score")
        reply.say("not_kept_known", match=label(match, sp) + extras(match, sp))
    return reply.finish("unknown")
