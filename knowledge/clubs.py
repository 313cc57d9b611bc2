"""Club reference data: canonical names, aliases, nicknames, cities, provinces, stadiums.

The data lives in `knowledge/reference/clubs.yaml` and `provinces.yaml`; this module loads and
validates it and answers "which club does this name mean?".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from knowledge.reference_loader import ReferenceError, load_yaml
from knowledge.text import fold

REFERENCE_DIR = Path(__file__).parent / "reference"


@dataclass
class Club:
    """One club of the reference data."""

    name: str
    official: str | None
    aliases: dict[str, list[str]]  # language -> names that identify this club alone
    nicknames: dict[str, list[str]]  # language -> fan nicknames (may be shared by clubs)
    city: str | None
    city_names: dict[str, str]
    province: str | None
    stadiums: list[str]
    founded: int | None = None
    defunct: int | None = None
    # the club a report of a later season means by this club's name (KSC Lokeren folded in
    # 2020: "Lokeren" in 2021 is KSC Lokeren-Temse)
    successor: str | None = None
    # languages whose reports mean this club by its town's bare name ("Antwerpen" in a
    # German report is Royal Antwerp FC; in Dutch the town has several clubs)
    town_names_it_in: tuple[str, ...] = ()
    # names of this (folded) club that its successor took over: a report of a season
    # before it folded means this club by them ("Beerschot" in 2008 is Germinal Beerschot)
    passed_on: tuple[str, ...] = ()

    def all_aliases(self) -> list[str]:
        """The canonical name, official name and every alias, in all languages."""
        names = [self.name] + ([self.official] if self.official else [])
        for forms in self.aliases.values():
            names.extend(forms)
        return list(dict.fromkeys(names))

    def all_nicknames(self) -> list[str]:
        names: list[str] = []
        for forms in self.nicknames.values():
            names.extend(forms)
        return list(dict.fromkeys(names))


@dataclass
class Province:
    name: str
    region: str | None
    names: dict[str, str]
    adjectives: list[str]
    demonyms: list[str]


@dataclass
class ClubRegistry:
    """Lookups over the club reference data."""

    clubs: dict[str, Club]
    provinces: dict[str, Province]
    # folded alias -> canonical name (unique by construction)
    alias_index: dict[str, str] = field(default_factory=dict)
    # folded nickname (without article) -> canonical names
    nickname_index: dict[str, list[str]] = field(default_factory=dict)
    # folded stadium name -> canonical names
    stadium_index: dict[str, list[str]] = field(default_factory=dict)
    # folded province adjective/demonym -> province name
    province_words: dict[str, str] = field(default_factory=dict)
    # the folded demonyms among them ("limburgers"): these name a club on their own
    province_demonyms: set[str] = field(default_factory=set)
    # club -> the folded clubs that passed names on to it (`passed_on`)
    predecessors: dict[str, list[Club]] = field(default_factory=dict)

    def in_season(self, name: str, season: str | None) -> str:
        """The club a name means in a season: a club folded before it stands for its
        successor (the name passed on)."""
        club = self.clubs.get(name)
        seen = {name}
        while club and club.defunct and club.successor and season and \
                int(season[:4]) >= club.defunct and club.successor not in seen:
            seen.add(club.successor)
            name, club = club.successor, self.clubs.get(club.successor)
        return name

    def before_succession(self, name: str, season: str | None, told: str) -> str:
        """The club a name meant in a season before it passed on: when `told` (the folded
        sentences a match was read from) names the club only by a name its folded
        predecessor carried until then, the predecessor ("Beerschot" in 2008)."""
        club = self.clubs.get(name)
        if club is None or not season:
            return name
        for old in self.predecessors.get(name, ()):
            if int(season[:4]) >= old.defunct:
                continue
            passed = {fold(n) for n in old.passed_on}
            own = {fold(n) for n in club.all_aliases()} - passed
            if any(_says(told, n) for n in passed) and not any(_says(told, n) for n in own):
                return old.name
        return name

    def get(self, name: str) -> Club | None:
        """The club with this canonical name or unique alias."""
        if name in self.clubs:
            return self.clubs[name]
        canonical = self.alias_index.get(fold(name))
        return self.clubs.get(canonical) if canonical else None

    def ending(self, text: str) -> Club | None:
        """The club whose name ends `text` ("and Genk" -> KRC Genk; "Kortrijks" -> KV
        Kortrijk, a genitive): for the words before a role, as in "Genk defender X"."""
        words = text.split()
        for i in range(len(words)):
            tail = " ".join(words[i:])
            club = self.get(tail) or (self.get(tail[:-1]) if tail.endswith("s") else None)
            if club:
                return club
        return None

    def clubs_in_province(self, province: str) -> list[str]:
        return [c.name for c in self.clubs.values() if c.province == province]

    def stadium_clubs(self, stadium: str) -> list[str]:
        return self.stadium_index.get(fold(stadium), [])


def _says(folded_text: str, folded_name: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(folded_name)}(?!\w)", folded_text) is not None


_ARTICLES = ("de ", "het ", "les ", "le ", "la ", "l'", "the ", "die ", "der ")


def strip_article(folded: str) -> str:
    """Drop a leading article from a folded name ("de kerels" -> "kerels")."""
    for article in _ARTICLES:
        if folded.startswith(article):
            return folded[len(article):]
    return folded


def _lang_lists(raw: object, where: str) -> dict[str, list[str]]:
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise ReferenceError(f"{where}: expected a mapping of language to names")
    out: dict[str, list[str]] = {}
    for lang, names in raw.items():
        if names is None:
            continue
        if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
            raise ReferenceError(f"{where}.{lang}: expected a list of names")
        out[str(lang)] = names
    return out


def _names(raw: object, where: str) -> tuple[str, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list) or not all(isinstance(x, str) and x for x in raw):
        raise ReferenceError(f"{where}: expected a list of names")
    return tuple(raw)


def _languages(raw: object, where: str) -> tuple[str, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list) or not all(isinstance(x, str) for x in raw):
        raise ReferenceError(f"{where}: expected a list of language codes (nl, fr, en, de)")
    return tuple(raw)


def load_registry(reference_dir: Path = REFERENCE_DIR) -> ClubRegistry:
    """Load and index clubs.yaml and provinces.yaml; raise ReferenceError naming the entry."""
    prov_path = reference_dir / "provinces.yaml"
    provinces: dict[str, Province] = {}
    for i, raw in enumerate(load_yaml(prov_path).get("provinces") or []):
        where = f"{prov_path}: provinces[{i}]"
        if not isinstance(raw, dict) or not raw.get("name"):
            raise ReferenceError(f"{where}: every province needs a name")
        provinces[raw["name"]] = Province(
            name=raw["name"],
            region=raw.get("region"),
            names=dict(raw.get("names") or {}),
            adjectives=list(raw.get("adjectives") or []),
            demonyms=list(raw.get("demonyms") or []),
        )

    clubs_path = reference_dir / "clubs.yaml"
    registry = ClubRegistry(clubs={}, provinces=provinces)
    for i, raw in enumerate(load_yaml(clubs_path).get("clubs") or []):
        where = f"{clubs_path}: clubs[{i}]"
        if not isinstance(raw, dict) or not raw.get("name"):
            raise ReferenceError(f"{where}: every club needs a name")
        where = f"{clubs_path}: club {raw['name']!r}"
        if raw["name"] in registry.clubs:
            raise ReferenceError(f"{where}: duplicate club name")
        province = raw.get("province")
        if province and province not in provinces:
            raise ReferenceError(f"{where}: unknown province {province!r}")
        club = Club(
            name=raw["name"],
            official=raw.get("official"),
            aliases=_lang_lists(raw.get("aliases"), f"{where}.aliases"),
            nicknames=_lang_lists(raw.get("nicknames"), f"{where}.nicknames"),
            city=raw.get("city"),
            city_names=dict(raw.get("city_names") or {}),
            province=province,
            stadiums=list(raw.get("stadiums") or []),
            founded=raw.get("founded"),
            defunct=raw.get("defunct"),
            successor=raw.get("successor"),
            town_names_it_in=_languages(raw.get("town_names_it_in"),
                                        f"{where}.town_names_it_in"),
            passed_on=_names(raw.get("passed_on"), f"{where}.passed_on"),
        )
        registry.clubs[club.name] = club
        for alias in club.all_aliases():
            key = fold(alias)
            owner = registry.alias_index.get(key)
            if owner and owner != club.name:
                raise ReferenceError(f"{where}: alias {alias!r} also names {owner!r}")
            registry.alias_index[key] = club.name
        for nick in club.all_nicknames():
            owners = registry.nickname_index.setdefault(strip_article(fold(nick)), [])
            if club.name not in owners:
                owners.append(club.name)
        for stadium in club.stadiums:
            owners = registry.stadium_index.setdefault(fold(stadium), [])
            if club.name not in owners:
                owners.append(club.name)
    for club in registry.clubs.values():
        if club.passed_on and club.successor and club.defunct:
            registry.predecessors.setdefault(club.successor, []).append(club)
    for province in provinces.values():
        # names of the province serve as adjectives too ("the Limburg side")
        for word in province.adjectives + province.demonyms + list(province.names.values()):
            registry.province_words[fold(word)] = province.name
        registry.province_demonyms.update(fold(word) for word in province.demonyms)
    return registry


@cache
def default_registry() -> ClubRegistry:
    """The bundled reference data, loaded once per process."""
    return load_registry()
