"""A club's road told as a list: "Lierse a écarté Eupen (3-0), puis Genk (2-1)", "Lierse
schakelde Eupen (3-0) en Genk (2-1) uit". Each opponent has its score in brackets after it;
the verb says who won, nothing says who played at home.
"""

from __future__ import annotations

import re
from functools import cache

from knowledge.extract.clubs import ClubMention
from knowledge.extract.drafts import match_draft, set_once
from knowledge.extract.scores import ScoreToken, find_scores, years
from knowledge.extract.state import NamedClubs, StoryState
from knowledge.lexicon import Lexicon, phrase_set
from knowledge.model import Source
from knowledge.report import Sentence


def listed_road(ctx: StoryState, sentence: Sentence, clubs: NamedClubs,
                source: Source) -> set[int]:
    """The starts of the scores of such a list, its matches stored (when the words say who
    won and of which season); empty when the sentence holds no list of two or more."""
    folded = sentence.folded
    items = _items(folded, find_scores(folded), clubs, _joint(ctx.lexicon))
    if len(items) < 2:
        return set()
    lex = ctx.lexicon
    first = items[0][0][0]
    before = {c for m, c in clubs if m.end <= first.start}
    if len(before) != 1 or phrase_set(lex, "respectively_words").search(folded):
        # "X et Y ont battu respectivement A (1-2) et B (3-1)": one result each
        return set()
    subject = before.pop()
    outside = re.sub(r"\([^()]*\)", " ", folded)
    wins = lex.win.find(outside) + lex.qualified_words.find(outside)
    losses = lex.lose.find(outside) + lex.eliminated_words.find(outside)
    # a word inside a longer one of the other side is that one's ("a sorti": knocked out)
    won = any(not any(o.start <= h.start and h.end <= o.end and o.end - o.start >
                      h.end - h.start for o in losses) for h in wins)
    lost = any(not any(o.start <= h.start and h.end <= o.end and o.end - o.start >
                       h.end - h.start for o in wins) for h in losses)
    if won == lost or any(c == subject for (_, c), _ in items) or \
            years(folded) or any(words.search(outside) for words in (
                lex.league_words, lex.future_words, lex.hypothetical_words,
                lex.last_season_words, lex.then_words, lex.negations)):
        ctx.facts.unused.append(source)  # whose road, or of which season, is not said
        return {token.start for _, token in items}
    for (_, opponent), token in items:
        if token.first == token.second:
            continue  # a level score went to a shoot-out: who won it is not in the list
        high, low = max(token.first, token.second), min(token.first, token.second)
        goals = {subject: high, opponent: low} if won else {subject: low, opponent: high}
        m = match_draft(ctx, ctx.season, None, None, (subject, opponent), None, goals).match
        set_once(m, "score", f"{goals[m.home]}-{goals[m.away]}", source)
    return {token.start for _, token in items}


@cache
def _joint(lexicon: Lexicon) -> re.Pattern[str]:
    """What stands between two items of the list: a comma or a coordinator, perhaps an
    article."""
    joins = "|".join(re.escape(w) for w in sorted(
        [*lexicon.coordinators.values, *phrase_set(lexicon, "list_then_words").values]))
    articles = "|".join(re.escape(w) for w in sorted(lexicon.articles))
    return re.compile(rf"\s*(?:,|,?\s(?:{joins}))\s(?:(?:{articles})\s?)?")


def _items(folded: str, tokens: list[ScoreToken], clubs: NamedClubs, joint: re.Pattern[str]
           ) -> list[tuple[tuple[ClubMention, str], ScoreToken]]:
    """(club mention, score) of each "Club (a-b)" in a row, joined by commas or "and"."""
    items: list[tuple[tuple[ClubMention, str], ScoreToken]] = []
    for token in tokens:
        opened = re.search(r",?\s?\(\s?$", folded[:token.start])
        if opened is None or not re.match(r"\s?\)", folded[token.end:]):
            continue
        named = [(m, c) for m, c in clubs if m.end <= opened.start() and
                 not folded[m.end:opened.start()].strip()]
        if not named:
            continue
        club = named[-1]
        if items:
            previous_end = folded.find(")", items[-1][1].end) + 1
            if not joint.fullmatch(folded[previous_end:club[0].start]):
                if len(items) >= 2:
                    break
                items = []
        items.append((club, token))
    return items
