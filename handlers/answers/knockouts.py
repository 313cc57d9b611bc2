"""Who knocked a club out, whom it knocked out, and whom it played in a round."""

from __future__ import annotations

from handlers.answer import Answer
from handlers.answers import cup_run
from handlers.answers.common import (
    MAX_MATCHES,
    Knowledge,
    Reply,
    no_matches,
    subject_club,
    unknown,
)
from handlers.answers.season_facts import winner_of
from handlers.describe import details, label, match_winner
from knowledge.model import Match


def went_through(kb: Knowledge, match: Match) -> str | None:
    """The club that went on from this match: the one that qualified, the final's winner, or
    the winner of a single match."""
    if match.qualified:
        return match.qualified
    if match.round == "final" and not match.leg:
        return winner_of(kb, match.season)[0] or match_winner(match)
    return match_winner(match) if not match.leg else None


def _ties(reply: Reply, kb: Knowledge, club: str) -> list[tuple[Match, str]]:
    """The club's matches the question allows whose winner is known, latest round first; one
    per tie (the second leg stands for both)."""
    q = reply.q
    found, seen = [], set()
    for match in kb.index.find_matches([club], season=q.season, round=q.round):
        winner = went_through(kb, match)
        tie = (match.season, match.round, frozenset(match.clubs))
        if winner is None or tie in seen:
            continue
        seen.add(tie)
        found.append((match, winner))
    return found


def knocked_out(reply: Reply, kb: Knowledge) -> Answer:
    """"wie schakelde Genk uit?": the club that beat it, per season asked (or its latest)."""
    club = subject_club(reply.q)
    if club is None:
        return no_matches(reply, kb)
    lost = [(m, w) for m, w in _ties(reply, kb, club) if w != club]
    if reply.q.season is None and lost:
        lost = [lost[0]]  # without a season: the latest time
    if not lost:
        return _none(reply, kb, "knocked_out_none", club)
    for match, winner in lost[:MAX_MATCHES]:
        reply.add_match(match, "score", "qualified")
        reply.say("knocked_out", club=club, other=winner, details=details(match, reply.sp),
                  match=label(match, reply.sp))
    return reply.finish()


def knocked_out_by(reply: Reply, kb: Knowledge) -> Answer:
    """"welke ploeg schakelde Genk uit?": the clubs it beat in the season or round asked."""
    club = subject_club(reply.q)
    if club is None:
        return no_matches(reply, kb)
    beaten = [(m, w) for m, w in _ties(reply, kb, club) if w == club]
    if reply.q.season is None and beaten:
        beaten = [b for b in beaten if b[0].season == beaten[0][0].season]
    if not beaten:
        return _none(reply, kb, "knocked_out_by_none", club)
    for match, _ in beaten[:MAX_MATCHES]:
        other = next(c for c in match.clubs if c != club)
        reply.add_match(match, "score", "qualified")
        reply.say("knocked_out_by", club=club, other=other, details=details(match, reply.sp),
                  match=label(match, reply.sp))
    return reply.finish()


def opponent(reply: Reply, kb: Knowledge) -> Answer:
    """"tegen wie speelde Genk in de kwartfinale?": the other club of that round; without a
    round, the club's whole cup run."""
    q = reply.q
    club = subject_club(q)
    if club is None or q.round is None:
        return cup_run.answer(reply, kb)
    matches = kb.index.find_matches([club], season=q.season, round=q.round, leg=q.leg)
    if q.season is None and matches:
        matches = [m for m in matches if m.season == matches[0].season]
    if not matches:
        return no_matches(reply, kb)
    for match in matches[:MAX_MATCHES]:
        other = next(c for c in match.clubs if c != club)
        reply.add_match(match, "score")
        reply.say("opponent", club=club, other=other, details=details(match, reply.sp),
                  match=label(match, reply.sp))
    return reply.finish()


def _none(reply: Reply, kb: Knowledge, key: str, club: str) -> Answer:
    return unknown(reply, kb, reply.sp(key, club=club), clubs=[club])
