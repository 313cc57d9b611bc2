"""Finalists and winners of a season, from season facts and from the KB's matches."""

from __future__ import annotations

from handlers.answers.common import Knowledge
from handlers.describe import match_winner
from knowledge.model import Match, Source


def finalists_of(kb: Knowledge, season: str) -> tuple[list[str], list[Source]]:
    """Finalists the KB states or implies (final matches, semi-final qualifiers), with sources."""
    info = kb.index.season_facts(season)
    names = list(info.finalists) if info else []
    sources = list(info.sources.get("finalists", [])) if info else []
    for match in kb.index.find_matches([], season=season, round="final"):
        for club in match.clubs:
            if club not in names:
                names.append(club)
                sources += match.sources.get("home", []) + match.sources.get("score", [])
    for match in kb.index.find_matches([], season=season, round="semi-final"):
        if match.qualified and match.qualified not in names:
            names.append(match.qualified)
            sources += match.sources.get("qualified", [])
    return names, sources


def knocked_out_in_semis(kb: Knowledge, season: str) -> set[str]:
    """Clubs that lost their semi-final tie (another club qualified)."""
    out = set()
    for match in kb.index.find_matches([], season=season, round="semi-final"):
        if match.qualified:
            out |= {c for c in match.clubs if c != match.qualified}
    return out


def the_final(kb: Knowledge, season: str) -> Match | None:
    """The season's final: a one-match final first."""
    finals = kb.index.find_matches([], season=season, round="final")
    return min(finals, key=lambda m: m.leg or 0) if finals else None


def final_winner(final: Match | None) -> tuple[str | None, list[Source]]:
    """Who won the final according to its result, with the sources of that result."""
    winner = (final.qualified or match_winner(final)) if final else None
    if final is None or winner is None:
        return None, []
    return winner, final.sources.get("qualified", []) + final.sources.get("score", [])


def winner_of(kb: Knowledge, season: str) -> tuple[str | None, list[Source], Match | None]:
    """The cup winner of a season (stated, or from the final's result), sources, the final."""
    info = kb.index.season_facts(season)
    final = the_final(kb, season)
    if info and info.winner:
        return info.winner, list(info.sources.get("winner", [])), final
    winner, sources = final_winner(final)
    return winner, sources, final
