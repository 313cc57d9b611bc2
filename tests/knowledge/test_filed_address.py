"""A news site's address files its article under the cup's season, round and match, as its
calendar does: read from a `url` header line, it dates an undated report and names the
main match's home club, round and leg. Addresses below are made up in the shape real cup
calendars use."""

from __future__ import annotations

import pytest

from knowledge.clubs import default_registry
from knowledge.extract.address import Filed, filed_under
from knowledge.extract.clubs import ClubFinder
from knowledge.lexicon import default_lexicon
from knowledge.report import read_report
from tests.knowledge.helpers import checked_facts, find

SITE = "https://www.example-voetbal.be/belgie/beker-van-belgie"


def _filed(url: str) -> Filed:
    lexicon = default_lexicon()
    return filed_under(url, ClubFinder(default_registry(), lexicon), lexicon)


@pytest.mark.parametrize("url, expected", [
    (f"{SITE}/2029-2030/kalender/kwart-finales/kv-mechelen/eupen/mechelen-wint",
     Filed("2029-30", "quarter-final", None, "KV Mechelen", "KAS Eupen")),
    (f"{SITE}/2029-2030/kalender/halve-finales-t/club-brugge/krc-genk/",
     Filed("2029-30", "semi-final", 2, "Club Brugge", "KRC Genk")),
    ("https://exemple.be/belgique/coupe-de-belgique/2029-2030/calendrier/demi-finales-a/"
     "la-gantoise/anderlecht/titre", Filed("2029-30", "semi-final", 1, "KAA Gent",
                                           "RSC Anderlecht")),
    ("https://exemple.be/belgique/coupe-de-belgique/2029-2030/calendrier/"
     "huitiemes-de-finales/charleroi/kv-oostende", Filed("2029-30", "round of 16", None,
                                                         "Sporting Charleroi", "KV Oostende")),
    (f"{SITE}/2029-2030/kalender/1-16-finales/antwerp/union-sg/verslag",
     Filed("2029-30", "round of 32", None, "Royal Antwerp FC", "Union Saint-Gilloise")),
    # a sports site's match page: the round, its clubs only in a title
    ("https://sport.example.be/nl/matches/voetbal/croky-cup/2029-2030/achtste-finale/01/"
     "genk-gent-genk-wint", Filed("2029-30", "round of 16")),
])
def test_a_cup_calendars_address_names_season_round_leg_and_clubs(url, expected):
    assert _filed(url) == expected


@pytest.mark.parametrize("url, expected", [
    # a town two clubs bear: the round, no clubs
    (f"{SITE}/2029-2030/kalender/1-32-finales/luik-fc/charleroi/", Filed("2029-30",
                                                                       "round of 64")),
    # more than a club's name: the women's team
    (f"{SITE}/2029-2030/kalender/finale/club-brugge-vrouwen/lierse-sk-vrouwen/",
     Filed("2029-30", "final")),
    # no round the rounds family knows
    (f"{SITE}/2029-2030/kalender/ronde-6/bergen/moeskroen/", Filed("2029-30")),
    # the women's cup, a news page with a season in its title, two seasons that do not follow
    ("https://www.example.be/belgie/dames-beker/2029-2030/kalender/finale/a/b", Filed()),
    ("https://www.example.be/news/2030-04-21/genk-standard-version-1999-2000", Filed()),
    (f"{SITE}/2029-2031/kalender/finale/kaa-gent/anderlecht/", Filed()),
    (None, Filed()),
])
def test_an_address_says_only_what_it_names(url, expected):
    assert _filed(url) == expected


@pytest.mark.parametrize("head", [
    "url https://example.be/a/b\ndate 2030-02-05\n",
    "date 2030-02-05\nurl https://example.be/a/b\n",
])
def test_the_url_header_line_is_read_in_either_order_and_is_no_text(head):
    report = read_report(f"{head}Mechelen wint\n\nMechelen won met 2-0 van Eupen.".encode(),
                         "r.txt")
    assert report.url == "https://example.be/a/b" and report.date == "2030-02-05"
    assert report.headline == "Mechelen wint"
    assert all("example" not in s.text for s in report.sentences)


REPORT = ("Malinwa knokt zich naar de halve finales\n\n"
          "Malinwa staat bij de laatste vier van de beker. De thuisploeg was in de tweede helft "
          "te sterk voor Eupen. Mechelen won met 2-0.")


def test_an_undated_report_is_dated_and_its_match_filed_by_its_address():
    facts = checked_facts(f"url {SITE}/2029-2030/kalender/kwart-finales/kv-mechelen/eupen/x\n"
                          + REPORT)
    match = find(facts, "KV Mechelen", "KAS Eupen")
    assert (match.season, match.round, match.home, match.score) == \
        ("2029-30", "quarter-final", "KV Mechelen", "2-0")
    assert not match.order_unsure


def test_without_its_address_the_same_report_has_no_season():
    assert checked_facts(REPORT).matches == []


def test_an_address_of_another_season_or_of_clubs_the_report_never_names_files_nothing():
    plain = "Mechelen - Eupen 2-0\n\nMechelen won in de beker met 2-0 van Eupen."
    other_season = checked_facts(
        f"url {SITE}/2028-2029/kalender/kwart-finales/kv-mechelen/eupen/x\n"
        f"date 2030-02-05\n{plain}")
    assert [(m.season, m.round) for m in other_season.matches] == [("2029-30", None)]
    same_season = checked_facts(
        f"url {SITE}/2029-2030/kalender/kwart-finales/kv-mechelen/eupen/x\n"
        f"date 2030-02-05\n{plain}")
    assert [(m.season, m.round) for m in same_season.matches] == [("2029-30", "quarter-final")]
    other_clubs = checked_facts(
        f"url {SITE}/2029-2030/kalender/kwart-finales/kaa-gent/kv-kortrijk/x\n{REPORT}")
    assert [m for m in other_clubs.matches if "KAA Gent" in m.clubs] == []
