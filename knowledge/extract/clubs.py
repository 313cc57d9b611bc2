"""Club mentions in a sentence: names, nicknames, stadiums, province words, home/away words.

Resolution to one club happens with the story's context (`resolve`): a nickname shared by
several clubs, "de Limburgers" or "de West-Vlaamse competitieleider" becomes the club of
that kind among the clubs the story is about; "de thuisploeg" becomes the home club.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cache

from knowledge.clubs import REFERENCE_DIR, ClubRegistry
from knowledge.extract.persons import common_word, misspelt_town
from knowledge.lexicon import Lexicon, PhraseSet, phrase_set
from knowledge.reference_loader import ReferenceError, load_yaml
from knowledge.text import fold, last_words


@dataclass(frozen=True)
class ClubMention:
    """A span of a sentence that names or describes a club."""

    start: int
    end: int
    text: str
    kind: str  # alias | nickname | province | stadium | venue | home | away
    candidates: tuple[str, ...]  # canonical names (empty for home/away/venue/province)
    province: str | None = None

    @property
    def is_club(self) -> bool:
        return self.kind in ("alias", "nickname", "province", "home", "away") or \
            self.kind == "place" and bool(self.candidates)


@dataclass(frozen=True)
class Competition:
    id: str
    names: tuple[str, ...]
    two_legged_rounds: tuple[str, ...]
    neutral_venues: tuple[str, ...]
    # season -> the two-legged rounds played as one match that season
    one_legged: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # season -> rounds played over two legs that season besides two_legged_rounds
    also_two_legged: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # round -> "MM-DD", the earliest day of a season that round has been played
    earliest_played: dict[str, str] = field(default_factory=dict)

    def two_legged_in(self, season: str | None) -> tuple[str, ...]:
        """The rounds played over two legs in `season` (any season when None)."""
        single = self.one_legged.get(season or "", ())
        more = self.also_two_legged.get(season or "", ())
        return tuple(r for r in self.two_legged_rounds if r not in single) + more


@cache
def competitions() -> tuple[Competition, ...]:
    """The competitions of `reference/competitions.yaml`."""
    data = load_yaml(REFERENCE_DIR / "competitions.yaml")
    out = []
    for raw in data.get("competitions") or []:
        names = [n for forms in (raw.get("names") or {}).values() for n in forms]
        one_legged = {str(season): tuple(rounds) for season, rounds
                      in (raw.get("one_legged_seasons") or {}).items()}
        also = {str(season): tuple(rounds) for season, rounds
                in (raw.get("also_two_legged_seasons") or {}).items()}
        earliest = {str(k): str(v) for k, v in (raw.get("earliest_played") or {}).items()}
        for round_name, day in earliest.items():
            if not re.fullmatch(r"(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])", day):
                raise ReferenceError(f"{REFERENCE_DIR / 'competitions.yaml'}: competition "
                                     f"{raw['id']!r}: earliest_played.{round_name}: expected "
                                     f"a month-day like \"02-01\", not {day!r}")
        out.append(Competition(raw["id"], tuple(names), tuple(raw.get("two_legged_rounds") or ()),
                               tuple(raw.get("neutral_venues") or ()), one_legged, also,
                               earliest))
    return tuple(out)


def competition_of(competition_id: str) -> Competition | None:
    """The competition of `reference/competitions.yaml` with this id, if any."""
    return next((c for c in competitions() if c.id == competition_id), None)


def names_other_competition(lexicon: Lexicon, folded: str) -> bool:
    """The words name a women's, youth or reserve side ("De U18 van Club Brugge", "les
    Dames"); "a Ghanaian youth international" describes a player, not the competition."""
    players = phrase_set(lexicon, "player_nouns").values
    return any(folded[hit.end:].split()[:1] not in ([p] for p in players)
               for hit in lexicon.other_competition_words.find(folded))


class ClubFinder:
    """Finds club mentions in sentences using the club reference data."""

    def __init__(self, registry: ClubRegistry, lexicon: Lexicon):
        self.registry = registry
        phrases: dict[str, tuple[str, tuple[str, ...], str | None]] = {}
        # Order matters only for identical phrases: aliases win over nicknames.
        for venue in (v for c in competitions() for v in c.neutral_venues):
            phrases[fold(venue)] = ("venue", (), None)
        towns: dict[str, list[str]] = {}
        for club in registry.clubs.values():
            for city in [club.city, *club.city_names.values()]:
                if city:
                    towns.setdefault(fold(city), []).append(club.name)
        self._towns = {town: tuple(owners) for town, owners in towns.items()}
        # (language, folded town) -> the club a bare town name means in that language
        self._town_club = {(lang, fold(town)): club.name for club in registry.clubs.values()
                           for lang in club.town_names_it_in
                           for town in [club.city, *club.city_names.values()] if town}
        # folded towns of the clubs: "Eupenspelers", "Anderlechtse" are words made of one
        self.towns = frozenset(towns)
        # towns and one-word names a misspelt word can be one letter away from
        self._one_word_names = self.towns | frozenset(
            a for a in registry.alias_index if " " not in a and len(a) >= 7)
        for town, owners in towns.items():
            # a town ("Brugge", "Luik") is a place, never a person; it names one of its
            # clubs only when the story is about exactly one of them
            phrases.setdefault(town, ("place", tuple(owners), None))
        for folded, province in registry.province_words.items():
            phrases[folded] = ("province", (), province)
        for folded, owners in registry.stadium_index.items():
            phrases[folded] = ("stadium", tuple(owners), None)
        for folded, owners in registry.nickname_index.items():
            phrases[folded] = ("nickname", tuple(owners), None)
        for folded, owner in registry.alias_index.items():
            phrases[folded] = ("alias", (owner,), None)
        for word in lexicon.home_side_words.values:
            phrases.setdefault(word, ("home", (), None))
        for word in lexicon.away_side_words.values:
            phrases.setdefault(word, ("away", (), None))
        self._set = PhraseSet(phrases)
        self._club_nouns = PhraseSet(dict.fromkeys(lexicon.club_nouns.values))
        self._club_noun_words = frozenset(lexicon.club_nouns.values)
        self._compound_nouns = lexicon.club_compound_nouns
        # the letters a listed club's name may carry around it ("Club Brugge KV")
        self._genitive = lexicon.genitive_markers.values
        self._other_words = frozenset(lexicon.data["other_club_words"])
        self._name_parts = frozenset(lexicon.data["club_name_prefixes"]) | frozenset(
            lexicon.data["club_name_suffixes"])
        prefixes = "|".join(re.escape(p) for p in lexicon.data["club_name_prefixes"])
        suffixes = "|".join(re.escape(p) for p in lexicon.data["club_name_suffixes"])
        word = r"[A-Z\u00C0-\u00DE][\w'\u00C0-\u024F]+"
        self._name_word = re.compile(word)  # one capitalised word of a name
        self._unlisted_name = re.compile(
            rf"\b(?:(?:{prefixes})\.? {word}(?:[ -]{word})?|{word} (?:{suffixes}))\b")
        # "bij amateurclub Geel", "tegen Bocholt (AMA I)", "van Tubeke (1B)": a name the
        # words around it make a club's
        before = "|".join(re.escape(w) for w in lexicon.data["unlisted_club_cues"]["before"])
        after = "|".join(lexicon.data["unlisted_club_cues"]["after"])
        name = rf"{word}(?:-{word})*(?: {word})?"
        self._club_cue_before = re.compile(rf"\b(?:{before})\s+$")
        # "Lierse won met 1-4 in Tubize", "2:1 bei Eupen": a town right after a score and
        # "in"/"bij"/"chez" is where that result was played, its club the home side
        at = "|".join(re.escape(w) for w in sorted(lexicon.at_club_words.values, key=len,
                                                     reverse=True))
        self._score_at_before = re.compile(rf"\d\s?[-:]\s?\d{{1,2}}\)?\s+(?:{at})\s+$")
        # "X se déplaçait mardi à Courtrai", "X reisde naar Lommel": the town's club hosts
        self.visit_before = visit_pattern(lexicon)
        # "Francs Borains - Dikkelvene 3-0", "Saint-Hubert 0-2 Sprimont": a line of two
        # names and a score alone; both names are clubs (a round-up's amateur clubs), also
        # a town's name with small words inside ("Mont-sur-Marchienne", "Wanze/Bas-Oha",
        # "Eendracht Hamme a/d Durme")
        link = r"-(?:[a-z\u00DF-\u00FF']{1,3}-)+"
        self._town_link = re.compile(link)
        joiners = "|".join(re.escape(w) for w in lexicon.data["town_name_joiners"])
        joint = rf"(?:[ /-]|{link}| (?:{joiners}) )"
        side = rf"{word}(?:{joint}{word}){{0,3}}"
        score = r"\d{1,2}\s?[-:]\s?\d{1,2}(?:\s?\([^()]{1,30}\))?"
        self._result_line = re.compile(
            rf"\s*(?P<a>{side})\s(?:[-\u2013/]\s(?P<b>{side})(?:\s?:\s?|\s){score}|{score}\s"
            rf"(?P<c>{side}))\s*[.!]?\s*")
        # "... en 16es de finale (Westhoek - Virton 0-4)": the same in brackets
        self._bracketed_line = re.compile(
            rf"\((?P<a>{side})\s[-\u2013/]\s(?P<b>{side})(?:\s?:\s?|\s)\d{{1,2}}\s?[-:]\s?\d{{1,2}}\)")
        self._cued_name = re.compile(
            rf"(?i:\b(?:{before}))\s+(?P<a>{name})|(?P<b>{name})\s+(?:{after})")
        # a name word after a lower-case word or a comma, not a capitalised word (a name
        # of several words, "Van Bommel's Antwerp") or the sentence's start
        self._word_before = re.compile(rf"(?:\b[a-z\u00DF-\u00FF]\w*|[,;(]) ({word}) $")
        # the words of the cups' names ("Croky", "Cup"): capitalised, never a club's
        self.competition_words = frozenset(
            fold(w) for c in competitions() for n in c.names for w in n.split())
        self._not_name_words = self.competition_words | frozenset(lexicon.club_nouns.values)
        # languages that capitalise their nouns (German): no name word is read there
        self._noun_languages = frozenset(lexicon.noun_articles)

    def find(self, original: str, folded: str, lang: str | None = None) -> list[ClubMention]:
        """Club mentions in one sentence (original text for case checks, folded for matching;
        `lang`, the report's language, tells a name's words from common words)."""
        out = []
        for hit in self._set.find(folded):
            kind, owners, province = hit.value
            surface = original[hit.start:hit.end]
            if kind in ("alias", "nickname") and not _looks_like_a_name(surface):
                continue
            if kind == "alias" and hit.phrase in self._club_noun_words and re.search(
                    r"[\w,;(] [A-Z][\w'-]+ $", original[max(0, hit.start - 40):hit.start]):
                continue  # "Royal Knokke Football Club": the noun ending another club's name
            if kind == "alias" and surface.isupper() and len(surface) <= 5 and \
                    re.match(r" [A-Z][a-z]", original[hit.end:hit.end + 3]):
                continue  # "KVK Wellen": an acronym that begins another club's name
            acronym = re.match(r" ([A-Z]{3,4})\b(?! [A-Z][a-z])", original[hit.end:hit.end + 9])
            if kind == "alias" and acronym and acronym.group(1) not in self._name_parts:
                continue  # "Anderlecht SCB": an acronym ending another club's name (not
                # one that begins the next: "schlug Eupen KAA Gent")
            glued = self._compound_nouns.search(folded[hit.end + 1:hit.end + 16]) \
                if folded.startswith("-", hit.end) else None
            if glued is not None and glued.start == 0:
                continue  # "een Gent-verleden", "de Antwerp-fans": not the club itself
            if kind == "province" and self._other_before(folded, hit.start):
                continue  # "un autre club liégeois": a club of the province, not the story's
            if kind == "province" and hit.phrase not in self.registry.province_demonyms:
                # an adjective names a club only before a club noun: "de West-Vlaamse
                # competitieleider", not "de andere West-Vlaamse bekermatch"
                noun = self._club_nouns.search(folded[hit.end:hit.end + 25])
                if noun is None or folded[hit.end:noun.start].strip():
                    # still a word of a place, not a person's name; a province named
                    # after its capital ("Liège remporte la coupe") is that town
                    kind, owners = "place", self._towns.get(hit.phrase, ())
            if kind == "place" and (lang, hit.phrase) in self._town_club:
                kind, owners = "alias", (self._town_club[(lang, hit.phrase)],)
            if kind == "place" and len(owners) == 1 and (
                    self._club_cue_before.search(folded[max(0, hit.start - 30):hit.start]) or
                    self._score_at_before.search(folded[max(0, hit.start - 30):hit.start]) or
                    self.visit_before.search(folded[max(0, hit.start - 50):hit.start])):
                # "bij amateurclub Geel", "met 1-4 in Tubize", "se déplaçait à Courtrai":
                # the town's club
                kind = "alias"
            out.append(ClubMention(hit.start, hit.end, surface, kind, owners, province))
        # "aux Anversois de Lokeren", "de Limburgers van Genk": a province's people before
        # "of" and a club are that club, named twice
        out = [m for m in out if not (m.kind == "province" and any(
            self._genitive_between(folded[m.end:n.start]) for n in out
            if n.start > m.end and n.candidates))]
        unlisted = self._unlisted(original, out, lang)
        # a listed town inside an unlisted club's name is that other club's town
        out = [m for m in out if not any(u.start <= m.start and m.end <= u.end
                                         for u in unlisted)]
        return out + unlisted

    def _other_before(self, folded: str, start: int) -> bool:
        """An "other" word among the three words before `start`, in the same piece."""
        tail = last_words(folded, start, r"[,;:.!?()\u2013]|\s-\s")
        return any(w in self._other_words for w in tail.split())

    def _genitive_between(self, between: str) -> bool:
        """Only "de", "van", "of" between two mentions."""
        words = between.split()
        return len(words) == 1 and words[0] in self._genitive

    def _town_only(self, mention: ClubMention) -> bool:
        """A mention that is a listed club's town and nothing more ("Menen", "Turnhout")."""
        return mention.kind in ("place", "alias") and fold(mention.text) in self.towns

    def _named_town(self, original: str, known: list[ClubMention],
                    lang: str | None) -> list[tuple[int, str]]:
        """A town with a name word before it that is no common word of the report's
        language ("tegen Heur Tongeren"): a village club of that town, not its listed club.
        German capitalises its nouns ("Zweitligist Lommel"), so there only listed words
        open such a name."""
        if lang is None or lang in self._noun_languages:
            return []
        spans = []
        for m in known:
            if not self._town_only(m):
                continue
            before = self._word_before.search(original[max(0, m.start - 40):m.start])
            if before is None:
                continue
            word = before.group(1)
            start = m.start - len(word) - 1
            if fold(word) in self._not_name_words or common_word(word, lang) or \
                    any(k.start < m.start - 1 and start < k.end for k in known):
                continue
            spans.append((start, original[start:m.end]))
        return spans

    def _unlisted(self, original: str, known: list[ClubMention],
                  lang: str | None = None) -> list[ClubMention]:
        """Clubs missing from the reference data, by the shape of a Belgian club name
        ("RFC Tilleur", "KFC Heist", "Dessel Sport", "Toekomst Menen"): amateur clubs in
        the early rounds. The name as written becomes the club's name, also when it holds
        a listed club's town."""
        out: list[ClubMention] = []
        spans = [(m.start(), m.group(0).strip()) for m in self._unlisted_name.finditer(original)]
        for m in self._cued_name.finditer(original):
            group = "a" if m.group("a") else "b"
            if re.match(r"\s+\d", original[m.end(group):]):
                continue  # "les amateurs de Nationale 1": a division, not a club
            spans.append((m.start(group), m.group(group)))
        spans += self._named_town(original, known, lang)
        spans += self._line_names(original, known, lang)
        # a listed town does not stop a longer name that holds it ("Toekomst Menen");
        # an acronym before it may be the listed club's own ("SC Lokeren" for KSC Lokeren)
        named = sorted((k.start, k.end) for k in known if not self._town_only(k))
        every = sorted((k.start, k.end) for k in known)
        for start, name in sorted(spans, key=lambda s: (s[0], -len(s[1]))):  # longest first
            end = start + len(name)
            first = name.split()[0]
            taken = every if fold(name) in self.towns or first.isupper() else named
            # overlapping a listed club (sorted spans: only the neighbours can) or the
            # previous unlisted one
            i = bisect_left(taken, (end, -1))
            if any(s < end and start < e for s, e in taken[max(0, i - 2):i + 1]) or \
                    out and out[-1].end > start:
                continue  # a listed club, or part of one
            town = self._misspelt_town(name.split()[-1], lang)
            out.append(ClubMention(start, end, name, "alias", (town or name,)))
        return out

    def _line_names(self, original: str, known: list[ClubMention],
                    lang: str | None) -> list[tuple[int, str]]:
        """The names of a result line that no listed club takes, when none is a common
        word or a cup's."""
        line = self._result_line.fullmatch(original) or self._bracketed_line.search(original)
        if line is None:
            return []
        spans = [(line.start(g), line.group(g)) for g in line.groupdict()
                 if line.group(g) and not self._taken(known, *line.span(g))]
        # a town's name joined by a small word ("Pont-à-Celles") is no common word, whatever
        # its parts are; nor is a club's prefix ("FC")
        parts = [p for _, name in spans for p in re.split(r"[ /]", name)
                 if p not in self._name_parts and not self._town_link.search(p)]
        words = [w for p in parts for w in self._name_word.findall(p)]
        if any(fold(w) in self._not_name_words or lang and common_word(w, lang)
               for w in words):
            return []
        return spans

    def _taken(self, known: list[ClubMention], start: int, end: int) -> bool:
        """A listed club holds part of the span, other than a town inside a longer name
        ("Eendracht Wervik a/d Leie": Wervik is that club's town)."""
        return any(k.start < end and start < k.end and not (
            self._town_only(k) and start <= k.start and k.end <= end and
            (k.start, k.end) != (start, end)) for k in known)

    def _misspelt_town(self, word: str, lang: str | None) -> str | None:
        """The one club of the town or one-word name a word misspells ("RSC Abnderlecht",
        "Capellen")."""
        found = misspelt_town(word, self._one_word_names, lang)
        if found in self.registry.alias_index:
            return self.registry.alias_index[found]
        owners = self._towns.get(found, ()) if found else ()
        return owners[0] if len(owners) == 1 else None


def visit_pattern(lexicon: Lexicon) -> re.Pattern[str]:
    """A visit verb and, a few words on, the preposition before the town visited, at the
    end of a folded text ("se deplacait mardi a ", "reisde naar ", "visited ")."""
    data = lexicon.data
    verbs = "|".join(re.escape(fold(w)) for ws in data["visit_verbs"].values() for w in ws)
    to = "|".join(re.escape(fold(w)) for ws in data["visit_to"].values() for w in ws)
    return re.compile(rf"\b(?:{verbs})\b(?:[^,.;:!?]{{0,25}}\s(?:{to}))?\s+$")


def _looks_like_a_name(surface: str) -> bool:
    """A one-word name must be capitalised ("Club", not "club"); phrases and
    hyphenated nicknames ("blauw-zwart", "les Rouches") may be lower case."""
    if " " in surface.strip() or "-" in surface:
        return True
    return surface[:1].isupper() or any(ch.isdigit() for ch in surface)


def resolve(mention: ClubMention, registry: ClubRegistry, focus: list[str],
            home: str | None = None, away: str | None = None) -> str | None:
    """One canonical club for a mention, using the clubs the story is about (`focus`,
    most relevant first) and the current match's home and away clubs."""
    if mention.kind == "alias":
        return mention.candidates[0]
    if mention.kind == "home":
        return home
    if mention.kind == "away":
        return away
    if mention.kind == "nickname":
        if len(mention.candidates) == 1:
            return mention.candidates[0]
        chosen = [c for c in focus if c in mention.candidates]
        return chosen[0] if chosen else None
    if mention.kind == "place":
        chosen = [c for c in focus if c in mention.candidates]
        return chosen[0] if len(set(chosen)) == 1 else None
    if mention.kind == "province":
        in_province = [c for c in focus if registry.clubs.get(c)
                       and registry.clubs[c].province == mention.province]
        return in_province[0] if in_province else None
    return None
