"""A club's cup history: "welke bekerfinales won Genk?", "how many cups has Standard won?"."""

from __future__ import annotations

import re
from functools import lru_cache

from handlers.answer import Answer
from handlers.answers.common import Knowledge, Reply, clarify, subject_club, unknown
from handlers.answers.season_facts import winner_of, years
from handlers.describe import short_report
from handlers.vocabulary import tokens_of
from knowledge.model import ClubFact, Source

HISTORY_KINDS = ("finals_won", "finals_lost", "final_number", "cup_wins")
MAX_QUOTES = 2
_YEAR = re.compile(r"(19|20)\d\d")


def _as_int(value: object) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    found = re.search(r"\d+", str(value))
    return int(found.group()) if found else None


def _finals_in_kb(kb: Knowledge, club: str) -> tuple[set[int], set[int], list[Source]]:
    """Years of the finals the KB's matches and season facts show the club winning and
    losing."""
    won, lost, sources = set(), set(), []
    seasons = {m.season for m in kb.index.find_matches([club], round="final")}
    seasons |= {s.season for s in kb.index.facts.seasons
                if club in s.finalists or s.winner == club}
    for season in sorted(seasons):
        winner, found, _ = winner_of(kb, season)
        if winner is None or not season[:4].isdecimal():
            continue
        year = int(season[:4]) + 1
        (won if winner == club else lost).add(year)
        sources += found
    return won, lost, sources


def finals_played(kb: Knowledge, club: str) -> set[int]:
    """Years of every final the club is known to have played, won, lost or undecided."""
    seasons = {m.season for m in kb.index.find_matches([club], round="final")}
    seasons |= {s.season for s in kb.index.facts.seasons if club in s.finalists}
    return {int(s[:4]) + 1 for s in seasons if s[:4].isdecimal()}


def _club_history(kb: Knowledge, club: str) -> tuple[set[int], set[int], list[tuple[str, int]],
                                                     list[tuple[str, int]], list[Source]]:
    """Years of finals won and lost, (season, n-th final), (season, cup count), sources."""
    won, lost, sources = _finals_in_kb(kb, club)
    numbers: list[tuple[str, int]] = []
    wins: list[tuple[str, int]] = []
    for fact in _voted([f for f in kb.index.club_facts(club) if f.kind in HISTORY_KINDS]):
        sources += fact.sources
        if fact.kind == "finals_won":
            won |= years(fact.value)
        elif fact.kind == "finals_lost":
            lost |= years(fact.value)
        elif _as_int(fact.value) is not None:
            target = numbers if fact.kind == "final_number" else wins
            target.append((fact.season or "", _as_int(fact.value) or 0))
    return won, lost, numbers, wins, sources


def _voted(facts: list[ClubFact]) -> list[ClubFact]:
    """The facts to tell: of counts that disagree for one club and season ("8 cups" in two
    reports, "11" in a third), the one more reports state; none when they are as many."""
    counts: dict[tuple[str, str | None], list[ClubFact]] = {}
    kept = []
    for fact in facts:
        if fact.kind in ("cup_wins", "final_number"):
            counts.setdefault((fact.kind, fact.season), []).append(fact)
        else:
            kept.append(fact)
    for told in counts.values():
        votes = sorted((len({s.report for s in f.sources}), i) for i, f in enumerate(told))
        if len(votes) == 1 or votes[-1][0] > votes[-2][0]:
            kept.append(told[votes[-1][1]])
    return kept


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
    other = finals_played(kb, club) - won - lost
    if not (won or lost or numbers or wins or other):
        return _quoted(reply, kb, club)
    reply.add_sources(sources)
    if won:
        reply.say("finals_won" if len(won) > 1 else "final_won", club=club, count=len(won),
                  years=sp.join(sorted(won)))
    if lost:
        reply.say("finals_lost" if len(lost) > 1 else "final_lost", club=club,
                  years=sp.join(sorted(lost)))
    if other:
        reply.say("finals_other", club=club, years=sp.join(sorted(other)))
    if wins:
        season, count = max(wins)
        reply.say("cup_wins", club=club, count=count, season=season)
    for season, number in sorted(set(numbers), reverse=True)[:1]:
        reply.say("final_number", club=club, season=season, ordinal=sp.ordinal(number))
        if _first_lost(won, lost, season, number):
            reply.say("first_lost_final", club=club, season=season)
    return reply.finish()


def _quoted(reply: Reply, kb: Knowledge, club: str) -> Answer:
    """No history facts: the report sentences that name the club beside a final and a year,
    quoted as they are, else "I don't know"."""
    sp = reply.sp
    found = history_sentences(kb, club)
    if not found:
        return unknown(reply, kb, sp("history_unknown", club=club), clubs=[club])
    for src in found[:MAX_QUOTES]:
        reply.add_sources([src])
        reply.say("history_quote", club=club, sentence=src.sentence,
                  report=short_report(src.report))
    return reply.finish()


def history_sentences(kb: Knowledge, club: str) -> list[Source]:
    """Stored report sentences naming `club`, a final and a year ("Courtrai, qui n'a disputé
    qu'une seule finale, en 2012")."""
    known = kb.index.clubs.get(club)
    names = [tokens_of(n) for n in [club, *(known.all_aliases() if known else [])]]
    rounds = kb.lexicon.vocabulary.rounds
    final_words = {k[0] for k in rounds.phrases() if len(k) == 1 and rounds.get(k) == "final"}
    out: list[Source] = []
    for src in all_sources(kb):
        words = _sentence_words(src.sentence)
        if src in out or not any(w in final_words for w in words) \
                or not any(_YEAR.fullmatch(w) for w in words):
            continue
        if any(_contains(words, name) for name in names if name):
            out.append(src)
    return out


@lru_cache(maxsize=16384)
def _sentence_words(sentence: str) -> tuple[str, ...]:
    return tokens_of(sentence)


def all_sources(kb: Knowledge) -> list[Source]:
    """Every source sentence the knowledge base keeps."""
    facts = kb.index.facts
    out = [s for m in facts.matches for found in m.sources.values() for s in found]
    out += [s for m in facts.matches for g in m.goals for s in g.sources]
    out += [s for f in facts.club_facts for s in f.sources]
    out += [s for info in facts.seasons for found in info.sources.values() for s in found]
    return out


def _contains(words: tuple[str, ...], name: tuple[str, ...]) -> bool:
    n = len(name)
    return any(words[i:i + n] == name for i in range(len(words) - n + 1))


def _first_lost(won: set[int], lost: set[int], season: str, number: int) -> bool:
    """Whether the season's final, the club's `number`-th, was its first lost one: it lost it,
    and every earlier final is on record as won."""
    if not season[:4].isdecimal():
        return False
    year = int(season[:4]) + 1
    earlier = {y for y in won | lost if y < year}
    return year in lost and len(earlier) == number - 1 and not earlier & lost
