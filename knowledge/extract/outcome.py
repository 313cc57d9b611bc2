"""What a tie decides: the club that went through, the season's finalists and its winner."""

from __future__ import annotations

from knowledge.extract.clauses import Clause
from knowledge.extract.drafts import set_once
from knowledge.extract.state import StoryState
from knowledge.model import Match, SeasonFacts, Source
from knowledge.text import fold


def qualified(ctx: StoryState, clause: Clause, subject: str | None, source: Source) -> None:
    """"Genk plaatst zich voor de finale": the subject went through the tie of the story's
    match (not after a first leg)."""
    lex = ctx.lexicon
    hit = lex.qualified_words.search(clause.folded)
    if not hit or not subject or lex.hypothetical_words.search(clause.folded):
        return
    if lex.negations.search(clause.folded):
        return
    for draft in [ctx.current, ctx.main]:
        if draft and subject in draft.match.clubs:
            m = draft.match
            if m.round in ctx.two_legged and m.leg == 1:
                continue
            _qualify(ctx, m, subject, source)
            return
    # "Genk plaatst zich voor de finale" before the match is told: kept for the end
    ctx.pending_qualified.append((subject, source))


def qualify_pending(ctx: StoryState) -> None:
    """The clubs said to go through before any match was told go through the main match."""
    for club, source in ctx.pending_qualified:
        main = ctx.main
        if main and club in main.match.clubs and main.match.qualified is None and \
                not (main.match.round in ctx.two_legged and main.match.leg == 1):
            _qualify(ctx, main.match, club, source)


def _qualify(ctx: StoryState, m: Match, club: str, source: Source) -> None:
    set_once(m, "qualified", club, source)
    if m.round == "semi-final":
        _finalist(ctx, club, source)


def _finalist(ctx: StoryState, club: str, source: Source) -> None:
    info = _season_info(ctx, ctx.season or "")
    if club not in info.finalists:
        info.finalists.append(club)
        info.sources.setdefault("finalists", []).append(source)


def record_final(ctx: StoryState, m: Match) -> None:
    """A final with a score: the season's finalists, and its winner when the words say
    who won."""
    info = _season_info(ctx, m.season)
    for club in m.clubs:
        if club not in info.finalists:
            info.finalists.append(club)
    finalists = info.sources.setdefault("finalists", [])
    finalists += [s for s in m.sources.get("score", []) if s not in finalists]
    winner = _winner(m)
    if winner and _winner_told(ctx, m):
        info.winner = info.winner or winner
        info.sources.setdefault("winner", list(m.sources.get("score", [])))


def _winner_told(ctx: StoryState, m: Match) -> bool:
    """A final's winner rests on words: its score's sentence says who won ("klopte",
    "défaite", "remporte la Coupe"), or is a heading of the clubs and the score ("Genk -
    Club Brugge: 4-0", home first by construction). Bare digits beside a club ("toen werd
    Cercle opzijgezet met 2-0") could be read either way round."""
    lex = ctx.lexicon
    for source in m.sources.get("score", []):
        folded = fold(source.sentence)
        if len(folded) < 60 or any(words.search(folded) for words in (
                lex.win, lex.lose, lex.transitive_win_verbs, lex.cup_win_words, lex.favour_words,
                lex.qualified_words, lex.eliminated_words)):
            return True
    return False


def _season_info(ctx: StoryState, season: str) -> SeasonFacts:
    for info in ctx.facts.seasons:
        if info.season == season:
            return info
    info = SeasonFacts(competition=ctx.competition, season=season)
    ctx.facts.seasons.append(info)
    return info


def _winner(m: Match) -> str | None:
    if m.penalties:
        a, b = (int(x) for x in m.penalties.split("-"))
    elif m.score:
        a, b = (int(x) for x in m.score.split("-"))
    else:
        return None
    if a == b:
        return None
    return m.home if a > b else m.away
