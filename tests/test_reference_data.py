"""Schema and consistency checks for the club reference data (knowledge/reference/).

The checks are plain functions returning a list of problems, so they are also run on small
broken samples below: a check that cannot fail would prove nothing.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from pathlib import Path

import pytest
import yaml

from knowledge.clubs import default_registry

REFERENCE = Path(__file__).resolve().parents[1] / "knowledge" / "reference"
LANGS = {"nl", "fr", "de", "en"}
CLUB_REQUIRED = {"name", "official", "defunct", "aliases", "nicknames", "city", "city_names",
                 "province", "stadiums"}
CLUB_OPTIONAL = {"founded", "successor", "town_names_it_in", "passed_on"}
PROVINCE_KEYS = {"name", "region", "names", "adjectives", "demonyms"}
ARTICLES = ("de ", "het ", "les ", "le ", "la ", "l'", "the ", "die ", "der ")
# Words that name several Belgian clubs (or a city with several clubs): never an alias.
AMBIGUOUS = ["Racing", "Sporting", "Royal", "Excelsior", "Eendracht", "KV", "Brugge", "Bruges",
             "Brügge", "Antwerpen", "Liège", "Liege", "Luik", "Lüttich", "Brussel", "Bruxelles",
             "Brüssel"]
# Canonical names other code relies on.
REQUIRED_CLUBS = [
    "KRC Genk", "KV Kortrijk", "Club Brugge", "Standard Liège", "RSC Anderlecht", "KAA Gent",
    "KV Oostende", "Waasland-Beveren", "Sporting Charleroi", "SV Zulte Waregem", "KV Mechelen",
    "Royal Antwerp FC", "Cercle Brugge", "Sint-Truidense VV", "KSC Lokeren", "KAS Eupen",
    "Royal Excel Mouscron", "Oud-Heverlee Leuven", "Union Saint-Gilloise", "KVC Westerlo",
    "K. Beerschot VA", "Lierse SK",
]
MIN_CLUBS = 140


def fold(text: str) -> str:
    """Lower case without accents (NFKD), spaces collapsed."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def strip_article(folded: str) -> str:
    for article in ARTICLES:
        if folded.startswith(article):
            return folded[len(article):]
    return folded


def _is_name(value: object) -> bool:
    return isinstance(value, str) and bool(value.strip()) and value == value.strip()


def _is_year(value: object) -> bool:
    return value is None or (isinstance(value, int) and not isinstance(value, bool)
                             and 1850 <= value <= 2100)


def load(name: str) -> dict:
    data = yaml.safe_load((REFERENCE / name).read_text(encoding="utf-8"))
    assert isinstance(data, dict), f"{name}: expected a mapping at the top level"
    return data


def club_names(club: dict) -> list[str]:
    """Canonical name, official name and aliases: everything that identifies one club."""
    names = [club.get("name"), club.get("official")]
    for forms in (club.get("aliases") or {}).values():
        names.extend(forms or [])
    return [n for n in names if isinstance(n, str)]


def nicknames(club: dict) -> list[str]:
    return [n for forms in (club.get("nicknames") or {}).values() for n in (forms or [])]


# ---------------------------------------------------------------- checks (return problems)

def check_provinces(data: dict) -> list[str]:
    problems = []
    if set(data) != {"provinces"}:
        problems.append(f"provinces.yaml: top-level keys {sorted(data)}, expected ['provinces']")
    provinces = data.get("provinces")
    if not isinstance(provinces, list):
        return problems + ["provinces.yaml: `provinces` must be a list"]
    seen: set[str] = set()
    word_owner: dict[str, str] = {}
    for i, prov in enumerate(provinces):
        where = f"provinces[{i}]"
        if not isinstance(prov, dict):
            problems.append(f"{where}: not a mapping")
            continue
        where = f"province {prov.get('name')!r}"
        if set(prov) != PROVINCE_KEYS:
            problems.append(f"{where}: keys {sorted(prov)}, expected {sorted(PROVINCE_KEYS)}")
        if not _is_name(prov.get("name")):
            problems.append(f"{where}: name must be a non-empty string")
            continue
        if prov["name"] in seen:
            problems.append(f"{where}: duplicate province")
        seen.add(prov["name"])
        names = prov.get("names")
        if not (isinstance(names, dict) and set(names) == LANGS
                and all(_is_name(v) for v in names.values())):
            problems.append(f"{where}: names must give a name in each of {sorted(LANGS)}")
        for key in ("adjectives", "demonyms"):
            words = prov.get(key)
            if not (isinstance(words, list) and words and all(_is_name(w) for w in words)):
                problems.append(f"{where}: {key} must be a non-empty list of strings")
                continue
            for word in words:
                owner = word_owner.setdefault(fold(word), prov["name"])
                if owner != prov["name"]:
                    problems.append(f"{where}: {word!r} also describes province {owner!r}")
    return problems


def check_clubs(data: dict, province_data: dict) -> list[str]:
    problems = []
    if set(data) != {"clubs"}:
        problems.append(f"clubs.yaml: top-level keys {sorted(data)}, expected ['clubs']")
    clubs = data.get("clubs")
    if not isinstance(clubs, list):
        return problems + ["clubs.yaml: `clubs` must be a list"]
    provinces = {p.get("name") for p in province_data.get("provinces") or []
                 if isinstance(p, dict)}
    province_words = {fold(w) for p in province_data.get("provinces") or [] if isinstance(p, dict)
                      for w in (p.get("adjectives") or []) + (p.get("demonyms") or [])}
    ambiguous = {fold(w) for w in AMBIGUOUS}
    owners: dict[str, set[str]] = defaultdict(set)
    seen_names: dict[str, str] = {}
    good: list[dict] = []

    for i, club in enumerate(clubs):
        if not isinstance(club, dict) or not _is_name(club.get("name")):
            problems.append(f"clubs[{i}]: every club needs a name")
            continue
        name = club["name"]
        where = f"club {name!r}"
        good.append(club)
        keys = set(club)
        if CLUB_REQUIRED - keys:
            problems.append(f"{where}: missing keys {sorted(CLUB_REQUIRED - keys)}")
        if keys - CLUB_REQUIRED - CLUB_OPTIONAL:
            problems.append(f"{where}: unknown keys {sorted(keys - CLUB_REQUIRED - CLUB_OPTIONAL)}")
        if fold(name) in seen_names:
            problems.append(f"{where}: duplicate of club {seen_names[fold(name)]!r}")
        seen_names.setdefault(fold(name), name)
        if club.get("official") is not None and not _is_name(club.get("official")):
            problems.append(f"{where}: official must be a string or null")
        for key in ("founded", "defunct"):
            if not _is_year(club.get(key)):
                problems.append(f"{where}: {key} must be a year or null")
        if (_is_year(club.get("founded")) and _is_year(club.get("defunct"))
                and club.get("founded") and club.get("defunct")
                and club["founded"] > club["defunct"]):
            problems.append(f"{where}: founded after defunct")

        town_langs = club.get("town_names_it_in") or []
        if not isinstance(town_langs, list) or set(town_langs) - set(LANGS):
            problems.append(f"{where}: town_names_it_in must be a list of languages")
        for key in ("aliases", "nicknames"):
            forms = club.get(key)
            if forms is None:
                forms = {}
            if not isinstance(forms, dict):
                problems.append(f"{where}: {key} must map a language to a list of names")
                continue
            for lang, names in forms.items():
                if lang not in LANGS:
                    problems.append(f"{where}: {key} has unknown language {lang!r}")
                if not (isinstance(names, list) and all(_is_name(n) for n in names)):
                    problems.append(f"{where}: {key}.{lang} must be a list of non-empty names")
        alias_count = sum(len(v) for v in (club.get("aliases") or {}).values()
                          if isinstance(v, list))
        if not alias_count:
            problems.append(f"{where}: needs at least one alias")

        if not _is_name(club.get("city")):
            problems.append(f"{where}: city must be a non-empty string")
        city_names = club.get("city_names")
        if not (isinstance(city_names, dict) and set(city_names) <= LANGS
                and all(_is_name(v) for v in city_names.values())):
            problems.append(f"{where}: city_names must map languages {sorted(LANGS)} to names")
        if club.get("province") not in provinces:
            problems.append(f"{where}: unknown province {club.get('province')!r}")
        stadiums = club.get("stadiums")
        if not (isinstance(stadiums, list) and all(_is_name(s) for s in stadiums)):
            problems.append(f"{where}: stadiums must be a list of names")

        for alias in club_names(club):
            owners[fold(alias)].add(name)
            if fold(alias) in ambiguous:
                problems.append(f"{where}: {alias!r} names several clubs, not an alias")
        for nick in nicknames(club):
            if strip_article(fold(nick)) in province_words:
                problems.append(f"{where}: nickname {nick!r} is a province word "
                                "(it belongs in provinces.yaml)")

    for alias, names in sorted(owners.items()):
        if len(names) > 1:
            problems.append(f"alias {alias!r} names several clubs: {sorted(names)}")
    # A nickname must not be another club's alias (an alias always wins, so it would be
    # wrong), and a stadium must not be any alias or nickname (it would never be a venue).
    nick_words = {strip_article(fold(n)) for c in good for n in nicknames(c)}
    for club in good:
        for nick in nicknames(club):
            other = owners.get(strip_article(fold(nick)), set()) - {club["name"]}
            if other:
                problems.append(f"club {club['name']!r}: nickname {nick!r} is an alias of "
                                f"{sorted(other)}")
        for stadium in club.get("stadiums") if isinstance(club.get("stadiums"), list) else []:
            if fold(stadium) in owners or fold(stadium) in nick_words:
                problems.append(f"club {club['name']!r}: stadium {stadium!r} is also a club name")

    names = [c["name"] for c in good]
    if names != sorted(names, key=fold):
        wrong = next(a for a, b in zip(names, sorted(names, key=fold), strict=True) if a != b)
        problems.append(f"clubs are not in alphabetical order of name (first out of place: "
                        f"{wrong!r})")
    return problems


# ---------------------------------------------------------------- the bundled data

@pytest.fixture(scope="module")
def provinces() -> dict:
    return load("provinces.yaml")


@pytest.fixture(scope="module")
def clubs() -> dict:
    return load("clubs.yaml")


@pytest.fixture(scope="module")
def by_alias(clubs: dict) -> dict[str, str]:
    return {fold(a): c["name"] for c in clubs["clubs"] for a in club_names(c)}


@pytest.fixture(scope="module")
def by_name(clubs: dict) -> dict[str, dict]:
    return {c["name"]: c for c in clubs["clubs"]}


def test_provinces_file_is_valid(provinces: dict) -> None:
    assert check_provinces(provinces) == []


def test_all_provinces_and_brussels(provinces: dict) -> None:
    names = {p["names"]["nl"] for p in provinces["provinces"]}
    assert len(provinces["provinces"]) == 11
    assert {"Antwerpen", "Limburg", "Oost-Vlaanderen", "West-Vlaanderen", "Vlaams-Brabant",
            "Henegouwen", "Luik", "Luxemburg", "Namen", "Waals-Brabant"} <= names


def test_clubs_file_is_valid(clubs: dict, provinces: dict) -> None:
    problems = check_clubs(clubs, provinces)
    assert problems == [], "\n".join(problems)


def test_enough_clubs(clubs: dict) -> None:
    assert len(clubs["clubs"]) >= MIN_CLUBS


@pytest.mark.parametrize("name", REQUIRED_CLUBS)
def test_required_canonical_names(name: str, by_name: dict) -> None:
    assert name in by_name


@pytest.mark.parametrize("alias, club", [
    ("Courtrai", "KV Kortrijk"), ("KVK", "KV Kortrijk"), ("Kortrijk", "KV Kortrijk"),
    ("Club", "Club Brugge"), ("Club Bruges", "Club Brugge"), ("Cercle", "Cercle Brugge"),
    ("Genk", "KRC Genk"), ("Racing Genk", "KRC Genk"), ("Gent", "KAA Gent"),
    ("Gand", "KAA Gent"), ("La Gantoise", "KAA Gent"), ("Standard", "Standard Liège"),
    ("Standard de Liège", "Standard Liège"), ("Standard Lüttich", "Standard Liège"),
    ("standard liege", "Standard Liège"), ("Malines", "KV Mechelen"), ("KVM", "KV Mechelen"),
    ("Ostende", "KV Oostende"), ("KVO", "KV Oostende"), ("Saint-Trond", "Sint-Truidense VV"),
    ("STVV", "Sint-Truidense VV"), ("Louvain", "Oud-Heverlee Leuven"),
    ("OHL", "Oud-Heverlee Leuven"), ("ZW", "SV Zulte Waregem"), ("Antwerp", "Royal Antwerp FC"),
    ("Beveren", "KSK Beveren"), ("Waasland", "Waasland-Beveren"), ("Union", "Union Saint-Gilloise"),
    ("RSCA", "RSC Anderlecht"), ("Charleroi", "Sporting Charleroi"),
    ("Mouscron", "Royal Excel Mouscron"),
    ("Lierse", "Lierse SK"), ("Beerschot", "K. Beerschot VA"), ("Eupen", "KAS Eupen"),
    # lower divisions
    ("Cappellen", "Royal Cappellen FC"), ("RFC Knokke", "Royal Knokke FC"),
    ("Racing Gent", "KRC Gent"), ("Racing Mechelen", "KRC Mechelen"),
    ("Doornik", "RFC Tournai"), ("Tilleur", "RFC Tilleur"), ("Hoei", "RFC Huy"),
    ("Sprimont", "Sprimont-Comblain"), ("Thes Sport", "Thes Sport"),
    ("Temse", "KSC Lokeren-Temse"), ("Lokeren", "KSC Lokeren"), ("Tubize", "AFC Tubize"),
    ("La Louvière Centre", "UR La Louvière Centre"), ("La Louvière", "RAA Louviéroise"),
])
def test_alias_spot_checks(alias: str, club: str, by_alias: dict) -> None:
    assert by_alias.get(fold(alias)) == club


def test_gent_and_genk_are_different_clubs(by_alias: dict) -> None:
    assert by_alias[fold("Gent")] != by_alias[fold("Genk")]


@pytest.mark.parametrize("word", ["Brugge", "Bruges", "Antwerpen", "Liège", "Luik", "Racing",
                                  "Boussu", "Boom", "Geel", "Winkel"])
def test_ambiguous_words_are_no_alias(word: str, by_alias: dict) -> None:
    assert fold(word) not in by_alias


def test_nickname_and_stadium_spot_checks(by_name: dict) -> None:
    def folded(values: list[str]) -> set[str]:
        return {fold(v) for v in values}

    assert fold("les Rouches") in folded(nicknames(by_name["Standard Liège"]))
    assert fold("de Kerels") in folded(nicknames(by_name["KV Kortrijk"]))
    assert fold("Essevee") in folded(nicknames(by_name["SV Zulte Waregem"]))
    assert fold("Luminus Arena") in folded(by_name["KRC Genk"]["stadiums"])
    assert fold("Jan Breydelstadion") in folded(by_name["Club Brugge"]["stadiums"])
    assert fold("Jan Breydelstadion") in folded(by_name["Cercle Brugge"]["stadiums"])
    assert fold("Sclessin") in folded(by_name["Standard Liège"]["stadiums"])


def test_provinces_of_clubs(by_name: dict) -> None:
    assert by_name["KRC Genk"]["province"] == by_name["Sint-Truidense VV"]["province"] == "Limburg"
    assert by_name["KV Kortrijk"]["province"] == "West-Vlaanderen"


def test_the_project_loader_accepts_the_data() -> None:
    """knowledge.clubs builds its indexes from the same files without complaint."""
    clubs_module = pytest.importorskip("knowledge.clubs")
    registry = clubs_module.load_registry(REFERENCE)
    assert registry.get("Courtrai").name == "KV Kortrijk"
    assert registry.province_words[fold("West-Vlaamse")] == "West-Vlaanderen"


# ---------------------------------------------------------------- the checks can fail

GOOD_PROVINCES = {"provinces": [
    {"name": "Limburg", "region": "Vlaanderen",
     "names": {"nl": "Limburg", "fr": "Limbourg", "de": "Limburg", "en": "Limburg"},
     "adjectives": ["Limburgse"], "demonyms": ["Limburgers"]},
]}


def _club(name: str, names: list[str], **extra: object) -> dict:
    club = {"name": name, "official": None, "defunct": None, "aliases": {"nl": names},
            "nicknames": {}, "city": "Genk", "city_names": {}, "province": "Limburg",
            "stadiums": []}
    club.update(extra)
    return club


def test_a_good_sample_passes() -> None:
    data = {"clubs": [_club("A Club", ["A"]), _club("B Club", ["B"])]}
    assert check_clubs(data, GOOD_PROVINCES) == []
    assert check_provinces(GOOD_PROVINCES) == []


@pytest.mark.parametrize("clubs, expected", [
    ([_club("A Club", ["Genk"]), _club("B Club", ["GENK"])], "names several clubs"),
    ([_club("A Club", ["Liège"]), _club("B Club", ["Liege"])], "names several clubs"),
    ([_club("A Club", ["A"]), _club("A Club", ["B"])], "duplicate"),
    ([_club("A Club", ["A"], province="Limbourg")], "unknown province"),
    ([_club("A Club", ["A"], stadium=["X"])], "unknown keys"),
    ([{k: v for k, v in _club("A Club", ["A"]).items() if k != "city"}], "missing keys"),
    ([_club("A Club", [])], "at least one alias"),
    ([_club("A Club", ["Racing"])], "names several clubs, not an alias"),
    ([_club("A Club", ["A"], aliases={"xx": ["A"]})], "unknown language"),
    ([_club("A Club", ["A"], nicknames={"nl": ["de Limburgers"]})], "province word"),
    ([_club("A Club", ["A"]), _club("B Club", ["B"], nicknames={"nl": ["A"]})],
     "is an alias of"),
    ([_club("B Club", ["B"]), _club("A Club", ["A"])], "alphabetical order"),
    ([_club("A Club", ["A"], founded=2000, defunct=1990)], "founded after defunct"),
    ([_club("A Club", ["A"], stadiums="Stayen")], "stadiums must be a list"),
    ([_club("A Club", ["A"], founded="1900")], "founded must be a year"),
    ([_club("A Club", ["A"], stadiums=["Kuip"]), _club("B Club", ["Kuip"])],
     "is also a club name"),
])
def test_broken_samples_are_caught(clubs: list[dict], expected: str) -> None:
    problems = check_clubs({"clubs": clubs}, GOOD_PROVINCES)
    assert any(expected in p for p in problems), problems


def test_broken_provinces_are_caught() -> None:
    twice = {"provinces": GOOD_PROVINCES["provinces"] * 2}
    assert any("duplicate" in p for p in check_provinces(twice))
    shared = {"provinces": GOOD_PROVINCES["provinces"]
              + [dict(GOOD_PROVINCES["provinces"][0], name="Limbourg")]}
    assert any("also describes" in p for p in check_provinces(shared))
    typo = {"provinces": [dict(GOOD_PROVINCES["provinces"][0], adjective=["x"])]}
    assert any("keys" in p for p in check_provinces(typo))


def test_a_folded_club_stands_for_its_successor_in_later_seasons():
    registry = default_registry()
    for club in registry.clubs.values():
        if club.successor:
            assert club.defunct, f"{club.name}: a successor needs the year the club folded"
            assert club.successor in registry.clubs, f"{club.name}: unknown successor"
    assert registry.in_season("KSC Lokeren", "2019-20") == "KSC Lokeren"
    assert registry.in_season("KSC Lokeren", "2021-22") == "KSC Lokeren-Temse"
    assert registry.in_season("KRC Genk", "2021-22") == "KRC Genk"
