"""People named with a role (coach, goalkeeper, referee) and the club they are with."""

from __future__ import annotations

import re

from knowledge.extract.drafts import story_draft
from knowledge.extract.people import NameMention
from knowledge.extract.scorers import keeper_context
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
            found = ctx.registry.get(n.role_club_text)
            club = found.name if found else None
        if role is None and keeper_context(ctx.lexicon, sentence.folded, n):
            role = "goalkeeper"
            draft = story_draft(ctx)
            # "onhoudbaar voor X" next to "1-0 voor de thuisploeg": X kept the away goal.
            if draft and re.search(r"voor de thuisploeg|pour les locaux|for the hosts",
                                   sentence.folded):
                club = draft.match.away
            elif draft and re.search(r"voor de bezoekers|pour les visiteurs",
                                     sentence.folded):
                club = draft.match.home
        if role in ("coach", "goalkeeper") and club is None:
            club = _club_next_to(n, clubs)
        if role in (None, "player"):
            continue
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


def _club_next_to(name: NameMention, clubs: NamedClubs) -> str | None:
    """"coach van Genk X", "le gardien de Genk X", "X, de coach van Genk"."""
    near = [(abs(m.start - name.start), c) for m, c in clubs
            if abs(m.start - name.start) < 30]
    return min(near)[1] if near else None
