"""What the knowledge base holds: "wat weet je?", "what do you know?"."""

from __future__ import annotations

from collections import Counter

from handlers.answer import Answer
from handlers.answers.common import Knowledge, Reply
from knowledge.model import ROUNDS

RECENT = 3


def answer(reply: Reply, kb: Knowledge) -> Answer:
    """The seasons, rounds and number of matches the reports cover, and the latest seasons."""
    sp = reply.sp
    seasons = kb.lexicon.seasons
    if not seasons:
        reply.say("empty_kb")
        return reply.finish("help")
    matches = kb.index.matches
    reply.say("knowledge", count=len(matches), n=len(seasons), first=seasons[-1],
              last=seasons[0])
    rounds = Counter(m.round for m in matches if m.round)
    items = [sp("knowledge_round", round=sp.round(r), count=rounds[r])
             for r in reversed(ROUNDS) if rounds[r]]
    if items:
        reply.say("knowledge_rounds", items=sp.join(items))
    per_season = Counter(m.season for m in matches)
    recent = [sp("knowledge_round", round=s, count=per_season[s]) for s in seasons[:RECENT]]
    reply.say("knowledge_recent", items=sp.join(recent))
    reply.say("knowledge_more")
    return reply.finish("help")
