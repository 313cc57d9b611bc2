"""Finalists and winners of a season, from season facts and from the KB's matches."""

from __future__ import annotations

import re

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


def winner_from_history(kb: Knowledge, season: str) -> tuple[str | None, list[Source]]:
    """The winner a club's cup history gives ("Genk won its finals of 1998, 2000, ..."): the
    one club whose won finals include the year the season's final was played."""
    if not season[:4].isdecimal():
        return None, []
    year = int(season[:4]) + 1
    found: dict[str, list[Source]] = {}
    for fact in kb.index.facts.club_facts:
        if fact.kind == "finals_won" and year in years(fact.value):
            found.setdefault(fact.club, []).extend(fact.sources)
    if len(found) != 1:
        return None, []
    club, sources = next(iter(found.items()))
    return club, sources


def years(value: object) -> set[int]:
    """Years in a club fact's value: [1998, 2000], 2009 or "1998, 2000" alike."""
    if isinstance(value, bool):
        return set()
    if isinstance(value, int):
        return {value}
    if isinstance(value, list | tuple | set):
        return {y for item in value for y in years(item)}
    return {int(y) for y in re.findall(r"\b(?:19|20)\d{2}\b", str(value))}


def winner_of(kb: Knowledge, season: str) -> tuple[str | None, list[Source], Match | None]:
    """The cup winner of a season (stated, from the final's result, or from a club's cup
    history), its sources, and the final when the KB has it."""
    info = kb.index.season_facts(season)
    final = the_final(kb, season)
    if info and info.winner:
        return info.winner, list(info.sources.get("winner", [])), final
    winner, sources = final_winner(final)
    if winner is None and final is None:
        winner, sources = winner_from_history(kb, season)
    return winner, sources, final
