"""What a news site's address says of its article: the cup season, round, leg and match a
site files it under, as its calendar does ("https://site/belgie/beker-van-belgie/2021-2022/
kalender/kwart-finales/kv-mechelen/eupen/title"). A feed gives the address with the article,
as it gives the date; the path words are language.yaml's `address` family."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from knowledge.extract.clubs import ClubFinder
from knowledge.extract.rounds import WRITTEN_SEASON, season_written
from knowledge.lexicon import Lexicon
from knowledge.text import fold

# "1-8-finales" is the round of the "1/8 finales"
_FRACTION = re.compile(r"^1-(\d{1,2})-")


@dataclass(frozen=True)
class Filed:
    """Where the address files the article (each part None when it does not say)."""

    season: str | None = None
    round: str | None = None
    leg: int | None = None
    home: str | None = None
    away: str | None = None


def filed_under(url: str | None, finder: ClubFinder, lexicon: Lexicon) -> Filed:
    """The season, round, leg and clubs (home first) a cup calendar's address names; nothing
    for an address outside the men's cup's season pages."""
    if not url:
        return Filed()
    words = lexicon.data["address"]
    path = [unquote(p).lower() for p in urlsplit(url).path.split("/") if p]
    at = next((i for i, p in enumerate(path) if p in words["cups"]), None)
    if at is None or at + 1 >= len(path):
        return Filed()
    years = WRITTEN_SEASON.fullmatch(path[at + 1])
    season = season_written(years) if years else None
    if season is None:
        return Filed()
    rest = path[at + 2:]
    calendar = bool(rest) and rest[0] in words["calendars"]
    rest = rest[1:] if calendar else rest
    if not rest:
        return Filed(season)
    round_name, leg = _round(rest[0], words, lexicon)
    if round_name is None:
        return Filed(season)
    clubs = [_club(part, finder) for part in rest[1:3]] if calendar else []
    if len(clubs) == 2 and None not in clubs and clubs[0] != clubs[1]:
        return Filed(season, round_name, leg, clubs[0], clubs[1])
    return Filed(season, round_name, leg)


def _round(part: str, words_of: dict, lexicon: Lexicon) -> tuple[str | None, int | None]:
    """"halve-finales-t" -> ("semi-final", 2); "1-8-finales" -> ("round of 16", None)."""
    words = _FRACTION.sub(r"1/\1 ", part)
    stem, _, last = words.rpartition("-")
    leg = words_of["legs"].get(last) if stem else None
    words = fold((stem if leg else words).replace("-", " ")).strip()
    hits = lexicon.rounds.find(words)
    if len(hits) != 1 or hits[0].start > 0 or \
            words[hits[0].end:].strip() not in ("", *words_of["round_tails"]):
        return None, None  # only a round's name: "ronde-6" or a title is no round
    return hits[0].value, leg


def _club(part: str, finder: ClubFinder) -> str | None:
    """The one club a path name is ("kv-mechelen", "union-sg"); None when it is more than a
    club's name ("club-brugge-vrouwen") or more than one club may bear it ("luik-fc")."""
    text = part.replace("-", " ").title()
    # (a path name is in no report's language: the finder knows every language's names,
    # "la-gantoise" as well as "kaa-gent")
    found = finder.find(text, fold(text), "nl")
    if len(found) != 1:
        return None
    mention = found[0]
    if mention.kind != "alias" or len(mention.candidates) != 1 or \
            mention.end - mention.start != len(text):
        return None
    return mention.candidates[0]


def names_the_cup(url: str | None, lexicon: Lexicon) -> bool:
    """The address's words name the cup or one of its rounds ("/coupe-de-belgique-3e-tour-
    ...", "/club-brugge-pakt-elfde-beker-..."): an outlet files the story as a cup story,
    though its excerpt may tell the match without a cup word."""
    if not url:
        return False
    words = fold(" ".join(re.split(r"[-_/.]", unquote(urlsplit(url).path))))
    return bool(lexicon.cup_words.search(words) or lexicon.rounds.search(words)) and \
        not lexicon.other_cups.search(words)
