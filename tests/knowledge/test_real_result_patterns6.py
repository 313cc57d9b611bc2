"""Result patterns of real cup reports (seventh set), each written here in our own words with
made-up seasons: the shape the extractor met in the real-report corpus, never its
sentences."""

from __future__ import annotations

import pytest

from tests.knowledge.helpers import checked_facts as facts_of
from tests.knowledge.helpers import find, goals_by_club


# ---------------------------------------------------------------- French win phrases
@pytest.mark.parametrize("sentence", [
    # "dompter" (to tame): the subject tamed, and beat, the club after it
    "Malines a dompté Courtrai (3-1) mardi en quarts de finale de la Coupe de Belgique.",
    # "pour battre": an infinitive after "ont suffi à X"
    "Trois buts ont suffi à Malines pour battre Courtrai (3-1) mardi en quarts de finale "
    "de la Coupe de Belgique.",
    # "n'a laissé aucune chance à X": X had no chance, the subject won
    "Malines n'a laissé aucune chance à Courtrai (3-1) mardi en quarts de finale de la "
    "Coupe de Belgique.",
])
def test_french_win_phrases_give_the_result(sentence: str):
    facts = facts_of("date 2037-01\nCoupe: Malines en demi-finale\n\n" + sentence)
    match = find(facts, "KV Mechelen", "KV Kortrijk")
    assert goals_by_club(match) == {"KV Mechelen": 3, "KV Kortrijk": 1}
    assert match.round == "quarter-final"


# ---------------------------------------------------------------- results joined by "et"
def test_a_result_joined_by_et_keeps_its_own_clubs():
    # the second result's score comes before its clubs ("la défaite 0-2 de A contre B"):
    # the clubs of the first result, named before that score, are not its clubs
    facts = facts_of(
        "date 2036-09\nCoupe de Belgique: le cinquième tour\n\n"
        "En Coupe de Belgique, on retiendra la victoire 3-0 d'Aywaille contre Rochefort et la "
        "défaite 0-2 d'Acren contre Binche.")
    assert goals_by_club(find(facts, "Aywaille", "Rochefort")) == {"Aywaille": 3,
                                                                 "Rochefort": 0}
    assert goals_by_club(find(facts, "Acren-Lessines", "Binche")) == {"Acren-Lessines": 0,
                                                                     "Binche": 2}


# ---------------------------------------------------------------- a cup missed is no count
@pytest.mark.parametrize("text", [
    "date 2036-04\nCoupe: il y a dix ans, la finale\n\nDimanche 20 mars 2026, au stade Roi "
    "Baudouin. Le Standard remportait son 9e trophée. Le Sporting ratait sa douzième Coupe.",
    "date 2036-04\nBeker: tien jaar geleden\n\nZondag 20 maart 2026, in het Koning "
    "Boudewijnstadion. Standard won zijn negende beker. Anderlecht miste zijn twaalfde beker.",
    "date 2036-04\nCup: ten years ago\n\nSunday 20 March 2026 at the King Baudouin Stadium. "
    "Standard won their ninth cup. Anderlecht missed out on their twelfth cup.",
])
def test_a_cup_a_club_missed_is_not_counted(text: str):
    facts = facts_of(text)
    assert not [f for f in facts.club_facts if f.kind == "cup_wins" and f.value == 12]


# ---------------------------------------------------------------- clubs of older and lower
@pytest.mark.parametrize(("text", "clubs"), [
    # "SK Beveren" is today's Waasland-Beveren, but in a match before 2010 the old KSK
    ("date 2034-03\nWaterschei, bekerwinnaar\n\nWaterschei won in 1980 de beker: het "
     "versloeg SK Beveren met 2-1 in de finale.", {"Waterschei", "KSK Beveren"}),
    # "CS Brügge" (Cercle Sportif) is the Cercle, not Club Brugge
    ("date 2037-09\nPokal: Cercle weiter\n\nCS Brügge gewann im Pokal gegen Lommel mit 3:1.",
     {"Cercle Brugge", "Lommel SK"}),
    # provincial and amateur clubs of the early rounds
    ("date 2037-08\nCoupe de Belgique: le Crossing passe\n\nLe Crossing Schaerbeek a battu "
     "Stockel 2-0 au 3e tour de la Coupe.",
     {"Crossing Schaerbeek", "Stockel"}),
])
def test_clubs_of_older_and_lower_divisions_are_named_right(text: str, clubs: set[str]):
    assert [set(m.clubs) for m in facts_of(text).matches] == [clubs]
