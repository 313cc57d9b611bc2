"""A match sheet's line-ups: one line per club, the club's name before a colon and its
players after it ("Dessel : Aerts, Baeten, ... (70e Kools), ..."). Sheets list the
home club first, so two such lines name the match and who played at home."""

from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge.extract.clubs import ClubMention
from knowledge.lexicon import Lexicon
from knowledge.report import Sentence

# a line-up names eleven players (a sentence cut short inside one still holds most of them);
# its label, a bare club name, tells it from a field line listing cards or substitutes
MIN_PLAYERS = 8
# the two line-ups stand together, at most a field line or two apart
MAX_GAP = 3
_ITEM = re.compile(r"[,;]")


@dataclass
class Lineup:
    """One club's line-up line."""

    sentence: int
    club: str


def lineup_of(sentence: Sentence, mentions: list[ClubMention], lexicon: Lexicon
              ) -> Lineup | None:
    """The line-up a sentence is: a label that is one known club's name and nothing else
    (but a club-type abbreviation: "KFC"), a colon, then at least MIN_PLAYERS names."""
    label, colon, rest = sentence.folded.partition(":")
    if not colon or len(_ITEM.split(rest)) < MIN_PLAYERS:
        return None
    named = [m for m in mentions if m.end <= len(label)]
    if len(named) != 1 or named[0].kind != "alias" or len(named[0].candidates) != 1:
        return None
    others = (label[:named[0].start] + " " + label[named[0].end:]).split()
    if any(w not in lexicon.club_prefixes for w in others):
        return None  # "Buts pour Dessel : ...", "Le onze de Dessel : ...": not a bare name
    return Lineup(sentence.index, named[0].candidates[0])


@dataclass
class Sheet:
    """Two line-ups that stand together: the match they name, home first."""

    first: int  # sentence index of the home line-up
    last: int  # sentence index of the away line-up
    pair: tuple[str, str]


def sheets(sentences: list[Sentence], mentions: list[list[ClubMention]], lexicon: Lexicon
           ) -> list[Sheet]:
    """The match sheets of a report (a round-up gives one per match): its line-ups taken
    two by two in order, each two of two clubs and close together; none when they do not
    pair up so."""
    found = [up for s, ms in zip(sentences, mentions, strict=True)
             if (up := lineup_of(s, ms, lexicon)) is not None]
    if len(found) % 2:
        return []
    out = []
    for home, away in zip(found[::2], found[1::2], strict=True):
        if home.club == away.club or away.sentence - home.sentence > MAX_GAP:
            return []
        out.append(Sheet(home.sentence, away.sentence, (home.club, away.club)))
    return out


def sheet_near(found: list[Sheet], index: int) -> Sheet | None:
    """The sheet a field line at sentence `index` belongs to: the nearest one it stands
    above or below, at most MAX_GAP sentences away (none when two are as near)."""
    gaps = sorted((s.first - index if index < s.first else index - s.last, n)
                  for n, s in enumerate(found) if not s.first <= index <= s.last)
    gaps = [(gap, n) for gap, n in gaps if gap <= MAX_GAP]
    if not gaps or len(gaps) > 1 and gaps[1][0] == gaps[0][0]:
        return None
    return found[gaps[0][1]]
