"""Cup winners: "wie won de beker in 2018?", "qui a gagné la coupe ?", "did Genk win the cup?"."""

from __future__ import annotations

from handlers.answer import Answer
from handlers.answers import history
from handlers.answers.common import Knowledge, Reply, latest_season, own_clubs, unknown
from handlers.answers.season_facts import final_winner, finalists_of, winner_of
from handlers.describe import extras, label


def winners_between(reply: Reply, kb: Knowledge, first: str, last: str) -> Answer:
    """"wie won de beker tussen 2015 en 2018?": each season's winner the reports name."""
    sp = reply.sp
    items = []
    for season in sorted(s for s in kb.lexicon.seasons if first <= s <= last):
        winner, sources, _ = winner_of(kb, season)
        if winner:
            reply.add_sources(sources)
            items.append(sp("winner_range_item", season=season, club=winner))
    if not items:
        return _unknown_winner(reply, kb, f"{first} - {last}")
    reply.say("winners_range", items=sp.join(items))
    return reply.finish()


def answer(reply: Reply, kb: Knowledge) -> Answer:
    """The winner of the season asked (or the latest), with the final when the KB has it."""
    sp = reply.sp
    if reply.q.season_range:
        return winners_between(reply, kb, *reply.q.season_range)
    if own_clubs(reply.q) and reply.q.season is None and reply.q.round is None:
        # "is Genk ooit bekerwinnaar geworden?": the club's cup history, not one season
        return history.answer(reply, kb)
    season = latest_season(reply.q, kb)
    if season is None:
        return unknown(reply, kb, sp("winner_unknown", season=""))
    winner, sources, final = winner_of(kb, season)
    if winner is None:
        finalists, _ = finalists_of(kb, season)
        if len(finalists) < 2:
            return _unknown_winner(reply, kb, season)
        reply.say("unknown", what=sp("winner_unknown", season=season))
        reply.say("winner_pending", season=season, clubs=sp.join(finalists))
        return reply.finish("unknown")
    reply.add_sources(sources)
    clubs = own_clubs(reply.q)
    for club in clubs:
        key = "winner_yes" if club == winner else "winner_no"
        reply.say(key, club=club, winner=winner, season=season)
    if not clubs:
        reply.say("winner", club=winner, season=season)
    if final:
        reply.add_match(final, "score")
        # "3-3, after extra time, 4-2 on penalties": a drawn final says how it was won
        reply.say("winner_final", match=label(final, sp) + extras(final, sp, False))
        by_result, result_sources = final_winner(final)
        if by_result and by_result != winner:
            values = [sp("conflict_value", value=club,
                          reports=", ".join(dict.fromkeys(s.report for s in found)))
                      for club, found in ((winner, sources), (by_result, result_sources))]
            reply.say("conflict", field=sp.field("winner"), values=sp.join(values, "or"))
            reply.add_sources(result_sources)
    return reply.finish()


def _unknown_winner(reply: Reply, kb: Knowledge, season: str) -> Answer:
    """"I don't know who won in <season>", with the seasons whose winner is known (no clubs:
    a list of clubs would read like a guess)."""
    known = [s for s in kb.lexicon.seasons if winner_of(kb, s)[0]]
    if not known:
        return unknown(reply, kb, reply.sp("winner_unknown", season=season))
    reply.lines = [reply.sp("unknown", what=reply.sp("winner_unknown", season=season))]
    reply.say("known_winners", seasons=reply.sp.join(known[:6]))
    reply.suggestions += known[:6]
    return reply.finish("unknown")
