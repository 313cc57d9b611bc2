"""People named with a role (coach, goalkeeper, referee) and the club they are with."""

from __future__ import annotations

import re

from knowledge.extract.drafts import story_draft
from knowledge.extract.people import NameMention
from knowledge.extract.scorers import keeper_context, names_a_place
from knowledge.extract.state import NamedClubs, StoryState
from knowledge.model import Person, Source
from knowledge.report import Sentence


def people(ctx: StoryState, sentence: Sentence, names: list[NameMention], clubs: NamedClubs,
           source: Source) -> None:
    """The sentence's names with a role, added to the report's people (once per role)."""
    for n in names:
        role = n.role
        club = None
        if n.role_club_text:
            found = ctx.registry.ending(n.role_club_text)
            club = found.name if found else None
        if role is None and keeper_context(ctx.lexicon, sentence.folded, n):
            role = "goalkeeper"
            draft = story_draft(ctx)
            # "onhoudbaar voor X" next to "1-0 voor de thuisploeg": X kept the away goal.
            if draft and _scored_for(ctx, sentence.folded, "home"):
                club = draft.match.away
            elif draft and _scored_for(ctx, sentence.folded, "away"):
                club = draft.match.home
        if role in ("coach", "goalkeeper") and club is None:
            club = _club_next_to(ctx, n, clubs, sentence.text)
        if role in (None, "player"):
            if not _plays(ctx, sentence.folded, n, names) or \
                    names_a_place(ctx.lexicon, sentence.folded, n):
                continue
            role = "player"
        full = ctx.names.canonical(n.name)
        for p in ctx.facts.people:
            if p.name == full and p.role == role:
                p.club = p.club or club
                if source not in p.sources:
                    p.sources.append(source)
                break
        else:
            ctx.facts.people.append(Person(name=full, club=club, season=ctx.season,
                                           role=role, sources=[source]))


def _plays(ctx: StoryState, folded: str, name: NameMention,
           names: list[NameMention]) -> bool:
    """A name that acts on the pitch in its own words ("Samatta trapte over", "schot van
    Perbet", "invaller Schrijvers"): a player of the match, kept so that "did X score?" can
    be answered "no"."""
    if name.role == "player":
        return True
    lex = ctx.lexicon
    end = min([len(folded)] + [o.start for o in names if o.start > name.start])
    own = folded[max(0, name.start - 20):end]
    return any(family.search(own) for family in (
        lex.shot_words, lex.miss_words, lex.goal_verbs, lex.goal_nouns, lex.penalty_words))


def _scored_for(ctx: StoryState, folded: str, side: str) -> bool:
    """"1-0 voor de thuisploeg", "pour les visiteurs": a score credited to one side."""
    words = ctx.lexicon.home_side_words if side == "home" else ctx.lexicon.away_side_words
    return any(re.search(rf"\b(?:voor|pour|for|fur)\s+(?:de |les |the |die )?{re.escape(w)}\b",
                         folded) for w in words.values)


def _club_next_to(ctx: StoryState, name: NameMention, clubs: NamedClubs,
                  text: str) -> str | None:
    """"de coach van Genk X", "le gardien de Genk X", "X (coach van Genk)": a club in the same
    phrase as the name. Across a comma it is another phrase ("Clement dirige Genk, Glen De
    Boeck est sur le banc courtraisien" says nothing of De Boeck's club)."""
    near = []
    for m, c in clubs:
        before = m.start < name.start
        lo, hi = (m.end, name.start) if before else (name.end, m.start)
        between = text[lo:hi]
        # after the name only as "X, coach van Genk" ("de ploeg van X KRC Genk": an object)
        words = between.lower().split()
        if words and words[-1] in ctx.lexicon.articles:
            words.pop()
        linked = before or bool(words) and words[-1] in ctx.lexicon.genitive_markers.values
        if hi - lo < 25 and linked and not re.search(r"[;.:!?]", between) and \
                (before or "," not in between[:2]) and not (before and "," in between):
            near.append((hi - lo, c))
    return min(near)[1] if near else None
