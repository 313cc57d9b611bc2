"""What every intent handler shares: the knowledge, finding matches, saying "I don't know"."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from handlers.answer import Answer
from handlers.describe import label, sources_line
from handlers.lexicon import Lexicon
from handlers.replies import Speaker
from handlers.understand import Question
from knowledge.index import KnowledgeIndex
from knowledge.model import Match, Source

MAX_MATCHES = 6
MAX_HINTS = 4


@dataclass
class Knowledge:
    """A knowledge index with its precomputed names, and what answers work out once for it
    (`memo`: keyed by the answer module's own keys; a new index brings a new Knowledge)."""

    index: KnowledgeIndex
    lexicon: Lexicon
    memo: dict = field(default_factory=dict)


@dataclass
class Reply:
    """An answer being written: sentences, the matches and sources behind them."""

    q: Question
    sp: Speaker
    intent: str
    lines: list[str] = field(default_factory=list)
    matches: list[Match] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    suggestions: list[str] = field(default_factory=list)
    candidates: list[str] = field(default_factory=list)

    def say(self, key: str, **fields: object) -> Reply:
        self.lines.append(self.sp(key, **fields))
        return self

    def add_match(self, match: Match, *fields: str) -> None:
        """Record a match and the sources of the given fields (all fields when none given)."""
        if all(m is not match for m in self.matches):
            self.matches.append(match)
        keys = fields or tuple(match.sources)
        for key in keys:
            self.add_sources(match.sources.get(key, []))

    def add_sources(self, sources: list[Source]) -> None:
        for src in sources:
            if src not in self.sources:
                self.sources.append(src)

    def finish(self, kind: str = "answer") -> Answer:
        lines = [_capitalise(line) for line in self.lines if line]
        if kind == "answer":
            source = sources_line(self.sources, self.sp)
            if source:
                lines.append(source)
        if self.q.truncated:
            lines.append(self.sp("too_long"))
        return Answer(question=self.q.text, lang=self.sp.lang, intent=self.intent,
                      text="\n".join(lines), kind=kind, matches=list(self.matches),
                      sources=list(self.sources), suggestions=list(self.suggestions),
                      candidates=list(self.candidates))


def _capitalise(line: str) -> str:
    return line[:1].upper() + line[1:]


def subject_club(q: Question) -> str | None:
    """The club a question is about: the one after "for", else the first one named."""
    return q.for_club or (q.clubs[0] if q.clubs else None)


def own_clubs(q: Question) -> list[str]:
    """Clubs the question itself names (not borrowed from the conversation)."""
    return [] if "clubs" in q.inherited else list(q.clubs)


def latest_season(q: Question, kb: Knowledge) -> str | None:
    """The season asked, else the newest season the knowledge base knows."""
    if q.season:
        return q.season
    return kb.lexicon.seasons[0] if kb.lexicon.seasons else None


def find_matches(q: Question, kb: Knowledge, clubs: list[str] | None = None) -> list[Match]:
    """Matches fitting the question, most relevant first.

    A bare year falls back to the season starting that year; clubs borrowed from the
    conversation are dropped when they fit nothing. Clubs the question names never are.
    """
    wanted = q.clubs if clubs is None else clubs
    found = kb.index.find_matches(wanted, season=q.season, round=q.round, leg=q.leg)
    if not found and q.alt_season and q.round != "final":
        found = [m for m in kb.index.find_matches(wanted, season=q.alt_season, round=q.round,
                                                  leg=q.leg) if played_in_year(q, m)]
    if not found and wanted and "clubs" in q.inherited:
        found = kb.index.find_matches([], season=q.season, round=q.round, leg=q.leg)
        wanted = []
    if found and not wanted and q.round and q.season is None:
        # "the final", "the semi-finals": this season's, not every season's.
        found = [m for m in found if m.season == found[0].season]
    if q.host and any(m.home == q.host and not m.neutral for m in found):
        # "waar ontving Genk Kortrijk?": the match Genk played at home.
        found = [m for m in found if m.home == q.host and not m.neutral]
    return found


def played_in_year(q: Question, match: Match) -> bool:
    """For a bare year: a match of the season starting that year counts when dated that year."""
    return bool(q.alt_season and match.season == q.alt_season and match.date
                and match.date.startswith(q.alt_season[:4]))


def filters_text(q: Question, sp: Speaker, clubs: list[str] | None = None) -> str:
    """"RSC Anderlecht, KAA Gent, finale, 2017-18": what the question asked for."""
    parts = list(q.clubs if clubs is None else clubs)
    parts += [sp.round(q.round), sp.leg(q.leg), q.season or ""]
    return ", ".join(p for p in parts if p)


def known_hints(reply: Reply, kb: Knowledge, clubs: list[str] | None = None) -> None:
    """Say what the knowledge base does know near the question (never scores or scorers)."""
    q, sp = reply.q, reply.sp
    if not kb.index.matches and not kb.index.facts.seasons:
        reply.say("empty_kb")
        return
    wanted = q.clubs if clubs is None else clubs
    near: list[Match] = []
    for club in wanted:
        for match in kb.index.find_matches([club]):
            if len(near) >= MAX_HINTS:
                break
            if all(m is not match for m in near):
                near.append(match)
    if not near and q.season:
        near = kb.index.find_matches([], season=q.season)
    if near:
        shown = [label(m, sp, with_score=False) for m in near[:MAX_HINTS]]
        reply.say("known_matches", matches="; ".join(shown))
        reply.suggestions += shown
        return
    clubs_known = kb.index.clubs_with_facts()
    if clubs_known:
        reply.say("known_clubs", clubs=sp.join(clubs_known[:8]))
        reply.suggestions += clubs_known[:8]
    if kb.lexicon.seasons:
        reply.say("known_seasons", seasons=sp.join(kb.lexicon.seasons[:6]))


def unknown(reply: Reply, kb: Knowledge, what: str, clubs: list[str] | None = None) -> Answer:
    """"Dat weet ik niet: <what>." plus what is known instead."""
    reply.lines = [reply.sp("unknown", what=what)]
    known_hints(reply, kb, clubs)
    return reply.finish("unknown")


def no_matches(reply: Reply, kb: Knowledge) -> Answer:
    """The answer when no match fits the question."""
    what = reply.sp("no_matches", filters=filters_text(reply.q, reply.sp) or "?")
    return unknown(reply, kb, what)


def clarify(reply: Reply, key: str, candidates: list[str]) -> Answer:
    """Ask back which of `candidates` the question means."""
    reply.lines = [reply.sp(key, candidates=reply.sp.join(candidates, "or"))]
    reply.candidates = list(candidates)
    return reply.finish("clarify")


def more_line(reply: Reply, total: int, shown: int) -> None:
    if total > shown:
        reply.say("more", n=total - shown)


def each_match(reply: Reply, kb: Knowledge, describe: Callable[[Match], None]) -> Answer:
    """`describe` each match the question fits, most relevant first, or say none fits."""
    matches = find_matches(reply.q, kb)
    if not matches:
        return no_matches(reply, kb)
    for match in matches[:MAX_MATCHES]:
        describe(match)
    more_line(reply, len(matches), MAX_MATCHES)
    return reply.finish()
