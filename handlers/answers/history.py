"""A club's cup history: "welke bekerfinales won Genk?", "how many cups has Standard won?"."""

from __future__ import annotations

import re

from handlers.answer import Answer
from handlers.answers.common import Knowledge, Reply, clarify, subject_club, unknown
from handlers.answers.season_facts import winner_of
from knowledge.model import Source

HISTORY_KINDS = ("finals_won", "finals_lost", "final_number", "cup_wins")


def years(value: object) -> set[int]:
    """Years in a club fact's value: [1998, 2000], 2009 or "1998, 2000" alike."""
    if isinstance(value, bool):
        return set()
    if isinstance(value, int):
        return {value}
    if isinstance(value, list | tuple | set):
        return {y for item in value for y in years(item)}
    return {int(y) for y in re.findall(r"\b(?:19|20)\d{2}\b", str(value))}


def _as_int(value: object) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    found = re.search(r"\d+", str(value))
    return int(found.group()) if found else None


def _finals_in_kb(kb: Knowledge, club: str) -> tuple[set[int], set[int], list[Source]]:
    """Years of the finals the KB's matches show the club winning and losing."""
    won, lost, sources = set(), set(), []
    for final in kb.index.find_matches([club], round="final"):
        winner, found, _ = winner_of(kb, final.season)
        if winner is None:
            continue
        year = int(final.season[:4]) + 1
        (won if winner == club else lost).add(year)
        sources += found
    return won, lost, sources


def answer(reply: Reply, kb: Knowledge) -> Answer:
    """Finals won and lost, cup count and this season's final number, for one club."""
    sp = reply.sp
    club = subject_club(reply.q)
    if club is None:
        candidates = sorted({f.club for f in kb.index.facts.club_facts
                             if f.kind in HISTORY_KINDS})
        if candidates:
            return clarify(reply, "clarify_club", candidates)
        return unknown(reply, kb, sp("history_unknown", club="?"))
    won, lost, sources = _finals_in_kb(kb, club)
    numbers: list[tuple[str, int]] = []
    wins: list[tuple[str, int]] = []
    for fact in kb.index.club_facts(club):
        if fact.kind not in HISTORY_KINDS:
            continue
        sources += fact.sources
        if fact.kind == "finals_won":
            won |= years(fact.value)
        elif fact.kind == "finals_lost":
            lost |= years(fact.value)
        elif _as_int(fact.value) is not None:
            target = numbers if fact.kind == "final_number" else wins
            target.append((fact.season or "", _as_int(fact.value) or 0))
    if not (won or lost or numbers or wins):
        return unknown(reply, kb, sp("history_unknown", club=club), clubs=[club])
    reply.add_sources(sources)
    if won:
        reply.say("finals_won", club=club, count=len(won), years=sp.join(sorted(won)))
    if lost:
        reply.say("finals_lost", club=club, years=sp.join(sorted(lost)))
    if wins:
        season, count = max(wins)
        reply.say("cup_wins", club=club, count=count, season=season)
    for season, number in sorted(set(numbers), reverse=True)[:1]:
        reply.say("final_number", club=club, season=season, ordinal=sp.ordinal(number))
    return reply.finish()
