"""A club's cup history: "welke bekerfinales won Genk?", "how many cups has Standard won?"."""

from __future__ import annotations

import re

from handlers.answer import Answer
from handlers.answers.common import Knowledge, Reply, clarify, subject_club, unknown
from handlers.answers.season_facts import winner_of, years
from knowledge.model import Source

HISTORY_KINDS = ("finals_won", "finals_lost", "final_number", "cup_wins")


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


def _club_history(kb: Knowledge, club: str) -> tuple[set[int], set[int], list[tuple[str, int]],
                                                     list[tuple[str, int]], list[Source]]:
    """Years of finals won and lost, (season, n-th final), (season, cup count), sources."""
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
    return won, lost, numbers, wins, sources


def cup_count(kb: Knowledge, club: str) -> tuple[int, list[Source]]:
    """How many cups the club won as far as the KB knows: a stated count, or the finals won."""
    won, _, _, wins, sources = _club_history(kb, club)
    return max([len(won)] + [count for _, count in wins]), sources


def most_cups(reply: Reply, kb: Knowledge) -> Answer:
    """"Who won the most cups?": the club with the most among those whose history the KB
    knows, said as such (a club the reports never count may have more)."""
    sp = reply.sp
    clubs = {f.club for f in kb.index.facts.club_facts if f.kind in HISTORY_KINDS}
    clubs |= {c for m in kb.index.find_matches(round="final") for c in m.clubs}
    counts = []
    for club in sorted(clubs):
        count, sources = cup_count(kb, club)
        if count:
            counts.append((count, club, sources))
    if not counts:
        return unknown(reply, kb, sp("most_cups_unknown"))
    counts.sort(key=lambda c: (-c[0], c[1]))
    best, club, sources = counts[0]
    reply.add_sources(sources)
    others = [sp("club_count", club=c, count=n) for n, c, _ in counts[1:6]]
    reply.say("most_cups_known", club=club, count=best)
    if others:
        reply.say("cup_counts", items=sp.join(others))
    reply.say("most_cups_caveat")
    return reply.finish()


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
    won, lost, numbers, wins, sources = _club_history(kb, club)
    if not (won or lost or numbers or wins):
        return unknown(reply, kb, sp("history_unknown", club=club), clubs=[club])
    reply.add_sources(sources)
    if won:
        reply.say("finals_won", club=club, count=len(won), years=sp.join(sorted(won)))
    if lost:
        reply.say("finals_lost" if len(lost) > 1 else "final_lost", club=club,
                  years=sp.join(sorted(lost)))
    if wins:
        season, count = max(wins)
        reply.say("cup_wins", club=club, count=count, season=season)
    for season, number in sorted(set(numbers), reverse=True)[:1]:
        reply.say("final_number", club=club, season=season, ordinal=sp.ordinal(number))
        if _first_lost(won, lost, season, number):
            reply.say("first_lost_final", club=club, season=season)
    return reply.finish()


def _first_lost(won: set[int], lost: set[int], season: str, number: int) -> bool:
    """Whether the season's final, the club's `number`-th, was its first lost one: it lost it,
    and every earlier final is on record as won."""
    if not season[:4].isdigit():
        return False
    year = int(season[:4]) + 1
    earlier = {y for y in won | lost if y < year}
    return year in lost and len(earlier) == number - 1 and not earlier & lost
