"""Autocomplete for club, season and round options, fed from the knowledge base and club registry.

Typing matches every name a club goes by (aliases in all languages and nicknames) by prefix,
then fuzzily (rapidfuzz); clubs the knowledge base has matches of come first on a tie. With
nothing typed the list shows the clubs with matches, the newest seasons, the latest rounds.
Discord shows at most 25 choices.
"""

from __future__ import annotations

import discord
from discord import app_commands
from rapidfuzz import fuzz, process

from bot.errors import interaction_lang
from bot.safety import OPTION_LIMIT, clip
from handlers.replies import Speaker
from knowledge.clubs import ClubRegistry, strip_article
from knowledge.index import KnowledgeIndex
from knowledge.model import ROUNDS
from knowledge.text import fold

MAX_CHOICES = 25
# Below this similarity (0-100, rapidfuzz's ratio) a typo is too far from the name.
FUZZY_CUTOFF = 75


# The name terms of the last registry seen (the registry is loaded once per process).
_terms_cache: list[tuple[ClubRegistry, dict[str, set[str]]]] = []


def _club_terms(registry: ClubRegistry) -> dict[str, set[str]]:
    """Folded name or word of a name (aliases, nicknames without article) -> canonical names."""
    for known, terms in _terms_cache:
        if known is registry:
            return terms
    terms: dict[str, set[str]] = {}
    for club in registry.clubs.values():
        names = [fold(a) for a in club.all_aliases()]
        names += [strip_article(fold(n)) for n in club.all_nicknames()]
        for name in names:
            for term in [name, *name.split()]:
                terms.setdefault(term, set()).add(club.name)
    _terms_cache[:] = [(registry, terms)]
    return terms


def club_choices(index: KnowledgeIndex, current: str) -> list[app_commands.Choice[str]]:
    """Clubs for what the user typed so far (canonical names as values)."""
    clubs_with_facts = index.clubs_with_facts()  # sorted
    query = fold(current).strip()
    if not query:
        ranked = clubs_with_facts or sorted(index.clubs.clubs)
        return [_choice(name) for name in ranked[:MAX_CHOICES]]
    with_facts = set(clubs_with_facts)
    terms = _club_terms(index.clubs)
    scores: dict[str, float] = {}
    prefixed = [t for t in terms if t.startswith(query)]
    similar = [t for t, _, _ in process.extract(query, list(terms), scorer=fuzz.ratio,
                                                limit=None, score_cutoff=FUZZY_CUTOFF)]
    for term in prefixed + similar:
        # A prefix beats any typo; the closer the typed text to the whole term, the better.
        score = 100 + len(query) / len(term) if term in prefixed else fuzz.ratio(query, term)
        for club in terms[term]:
            scores[club] = max(scores.get(club, 0.0), score)
    ranked = sorted(scores, key=lambda c: (-scores[c], c not in with_facts, c))
    return [_choice(name) for name in ranked[:MAX_CHOICES]]


def season_choices(index: KnowledgeIndex, current: str,
                   club: str | None = None) -> list[app_commands.Choice[str]]:
    """Seasons newest first; the seasons of `club` (when given and known) before the others."""
    seasons = index.seasons()
    known = index.clubs.get(club) if club else None
    if known:
        played = {m.season for m in index.find_matches([known.name])}
        seasons = sorted(seasons, key=lambda s: s not in played)
    query = current.strip()
    if query:
        seasons = [s for s in seasons if query in s] or [
            s for s, _, _ in process.extract(query, seasons, scorer=fuzz.ratio,
                                             limit=MAX_CHOICES, score_cutoff=FUZZY_CUTOFF)]
    return [_choice(s) for s in seasons[:MAX_CHOICES]]


def round_choices(lang: str, current: str) -> list[app_commands.Choice[str]]:
    """Rounds in `lang`, the final first (canonical round names as values)."""
    sp = Speaker(lang)
    query = fold(current).strip()
    rounds = [r for r in reversed(ROUNDS)
              if not query or query in fold(sp.round(r)) or query in fold(r)]
    return [_choice(r, sp.round(r)) for r in rounds[:MAX_CHOICES]]


def _choice(value: str, name: str | None = None) -> app_commands.Choice[str]:
    return app_commands.Choice(name=clip(name or value, OPTION_LIMIT), value=value[:OPTION_LIMIT])


async def club_autocomplete(interaction: discord.Interaction,
                            current: str) -> list[app_commands.Choice[str]]:
    return club_choices(interaction.client.responder.index, current)


async def season_autocomplete(interaction: discord.Interaction,
                              current: str) -> list[app_commands.Choice[str]]:
    club = getattr(interaction.namespace, "club", None)
    return season_choices(interaction.client.responder.index, current,
                          club if isinstance(club, str) else None)


async def round_autocomplete(interaction: discord.Interaction,
                             current: str) -> list[app_commands.Choice[str]]:
    return round_choices(interaction_lang(interaction), current)
