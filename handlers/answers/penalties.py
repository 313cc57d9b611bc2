"""Penalty shoot-outs: "kwam het tot strafschoppen?", "did the final go to penalties?"."""

from __future__ import annotations

from handlers.answer import Answer
from handlers.answers.aggregate import tie_total
from handlers.answers.common import Knowledge, Reply, each_match
from handlers.answers.score import full_label, note_match
from handlers.describe import parse_score
from knowledge.model import Match


def shoot_out(match: Match, kb: Knowledge) -> bool | None:
    """Whether the match ended in a shoot-out: True, False, or None when the KB cannot tell."""
    if match.penalties:
        return True
    pair = parse_score(match.score)
    if pair is None:
        return None
    if match.leg == 1:
        return False  # a first leg is never decided
    if match.leg is None:
        return False if pair[0] != pair[1] else None
    total = parse_score(tie_total(match, kb))
    return False if total and total[0] != total[1] else None


def answer(reply: Reply, kb: Knowledge) -> Answer:
    """Yes with the shoot-out score, no with the result, or "not in my reports"."""

    def describe(match: Match) -> None:
        found = shoot_out(match, kb)
        key = {True: "penalties_yes", False: "penalties_no", None: "penalties_unknown"}[found]
        reply.say(key, match=full_label(match, reply))
        note_match(reply, match)

    return each_match(reply, kb, describe)
