"""Dates: "wanneer werd de terugwedstrijd gespeeld?", "when was the final?"."""

from __future__ import annotations

from handlers.answer import Answer
from handlers.answers.common import Knowledge, Reply, each_match
from handlers.describe import conflict_sources, conflicts, label
from knowledge.model import Match


def _report_date(match: Match) -> str | None:
    dates = sorted({s.date for sources in match.sources.values() for s in sources if s.date})
    return dates[-1] if dates else None


def answer(reply: Reply, kb: Knowledge) -> Answer:
    """When each match the question fits was played (or the report's date, said as such)."""
    sp = reply.sp

    def describe(match: Match) -> None:
        reply.add_match(match, "date")
        if match.date:
            reply.say("date", match=label(match, sp), date=sp.date(match.date))
        else:
            reported = _report_date(match)
            note = sp("report_date", date=sp.date(reported)) if reported else ""
            reply.say("date_unknown", match=label(match, sp), report_date=note)
        reply.lines += conflicts(match, sp, ("date",))
        reply.add_sources(conflict_sources(match, ("date",)))

    return each_match(reply, kb, describe)
