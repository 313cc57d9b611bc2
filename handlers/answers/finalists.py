"""Finalists: "wie speelt de bekerfinale?", "who reached the final in 2018?", "Genk en finale ?"."""

from __future__ import annotations

from handlers.answer import Answer
from handlers.answers.common import Knowledge, Reply, latest_season, own_clubs, unknown
from handlers.answers.season_facts import finalists_of, knocked_out_in_semis


def answer(reply: Reply, kb: Knowledge) -> Answer:
    """The finalists of the season asked (or the latest); yes/no for clubs the question names."""
    sp = reply.sp
    season = latest_season(reply.q, kb)
    if season is None:
        return unknown(reply, kb, sp("finalists_unknown", season=""))
    finalists, sources = finalists_of(kb, season)
    reply.add_sources(sources)
    clubs = own_clubs(reply.q)
    if not finalists and not clubs:
        return unknown(reply, kb, sp("finalists_unknown", season=season))
    out = knocked_out_in_semis(kb, season)
    for club in clubs:
        if club in finalists:
            reply.say("finalist_yes", club=club, season=season)
        elif len(finalists) >= 2 or club in out:
            reply.say("finalist_no", club=club, season=season,
                      clubs=sp.join(finalists) or "?")
        else:
            return unknown(reply, kb, sp("finalists_unknown", season=season), clubs=[club])
    if not clubs:
        if len(finalists) == 1:
            reply.say("finalist_one", club=finalists[0], season=season)
        else:
            reply.say("finalists", season=season, clubs=sp.join(finalists))
    return reply.finish()
