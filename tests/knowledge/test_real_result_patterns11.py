"""Result patterns of real cup reports (twelfth set), each written here in our own words
with made-up seasons: the shape the extractor met in the real-report corpus, never its
sentences."""

from __future__ import annotations

import pytest

from knowledge.model import Match
from tests.knowledge.helpers import checked_facts as facts_of
from tests.knowledge.helpers import find


def tally(match: Match) -> dict[str, int]:
    """Each club's goals in the stored score."""
    home, away = (int(n) for n in match.score.split("-"))
    return {match.home: home, match.away: away}


# ------------------------------------------- one subject, two result verbs joined by "and"
@pytest.mark.parametrize("story", [
    "Beker: Kortrijk naar de finale\n\nKortrijk speelt de bekerfinale. De ploeg won de "
    "heenwedstrijd tegen Eupen met 2-0 en verloor de terugwedstrijd met 1-0.",
    "Coupe de Belgique: Courtrai en finale\n\nCourtrai disputera la finale de la Coupe "
    "de Belgique. L'équipe avait gagné le match aller contre Eupen 2-0 et a perdu le match "
    "retour 1-0.",
    "Belgian Cup: Kortrijk into the final\n\nKortrijk will play the Belgian Cup final. "
    "They won the first leg against Eupen 2-0 and lost the second leg 1-0.",
    "Pokal: Kortrijk im Finale\n\nKortrijk steht im belgischen Pokalfinale. Die Mannschaft "
    "gewann das Hinspiel gegen Eupen mit 2:0 und verlor das Rückspiel 0:1.",
])
def test_a_win_and_a_loss_of_one_subject_each_tell_their_own_score(story):
    # the verb after "and" is the second score's: it made the first one a defeat too
    facts = facts_of("date 2041-03-02\n" + story)
    first = find(facts, "KV Kortrijk", "KAS Eupen", leg=1)
    second = find(facts, "KV Kortrijk", "KAS Eupen", leg=2)
    assert tally(first) == {"KV Kortrijk": 2, "KAS Eupen": 0}
    assert tally(second) == {"KV Kortrijk": 0, "KAS Eupen": 1}


def test_a_verb_after_two_scores_joined_by_and_tells_both():
    # (a guard: "and" between the scores does not cut the verb after them off the first)
    facts = facts_of(
        "date 2041-03-02\nBeker: Lommel strandt in de halve finales\n\n"
        "Lommel haalt de bekerfinale niet. In de halve finales tegen Eupen werd met 1-3 en "
        "2-0 verloren.")
    assert tally(find(facts, "Lommel SK", "KAS Eupen", leg=1)) == {"Lommel SK": 1, "KAS Eupen": 3}
    assert tally(find(facts, "Lommel SK", "KAS Eupen", leg=2)) == {"Lommel SK": 0, "KAS Eupen": 2}


# ------------------------------------------------- a folded club's ground is its successor's
def test_the_ground_of_a_folded_club_is_its_successors():
    # Lokeren-Temse plays at the Daknam, Lokeren's ground until it folded in 2020
    facts = facts_of(
        "date 2041-10-30\nBeker van België: Dender voorbij Lokeren-Temse\n\n"
        "Dender staat in de zestiende finales van de beker. Dender won op Daknam met "
        "3-1 van Lokeren-Temse.")
    match = find(facts, "FCV Dender EH", "KSC Lokeren-Temse")
    assert tally(match) == {"FCV Dender EH": 3, "KSC Lokeren-Temse": 1}
    # the digits are the winner's, written first: they do not put Dender at home
    assert match.home == "KSC Lokeren-Temse" or match.order_unsure


# ------------------------------------------------- a level score played against a club
@pytest.mark.parametrize("story", [
    "Beker: zestiende finales\n\nIn de zestiende finales van de beker speelde Lommel 1-1 "
    "tegen Dessel. Dessel ging door na strafschoppen.",
    "Pokal: Sechzehntelfinale\n\nIm Sechzehntelfinale des belgischen Pokals spielte Eupen "
    "1:1 gegen Dessel. Dessel kam im Elfmeterschiessen weiter.",
    "Belgian Cup: round of 32\n\nIn the Belgian Cup round of 32, Lommel played 1-1 against "
    "Dessel. Dessel went through on penalties.",
])
def test_a_level_score_played_against_a_club_is_a_draw(story):
    facts = facts_of("date 2041-11-02\n" + story)
    match = next(m for m in facts.matches if "Dessel Sport" in m.clubs)
    assert match.score == "1-1"


def test_an_uneven_score_played_against_a_club_says_not_who_won():
    # (a guard: the verb of playing tells a draw only; "2-1" does not say whose two goals)
    facts = facts_of(
        "date 2041-11-02\nBeker: zestiende finales\n\nIn de zestiende finales van de beker "
        "speelde Lommel 2-1 tegen Dessel.")
    assert all(m.score is None for m in facts.matches)


@pytest.mark.parametrize("told", [
    "Mons et Tubize se sont séparés sur un 2-2.",
    "Mons et Tubize se sont quittés sur un 2-2.",
])
def test_two_clubs_parting_on_a_level_score_drew(told):
    facts = facts_of(
        "date 2041-11-02\nCoupe: Mons et Tubize dos à dos\n\nEn seizièmes de finale de la "
        "Coupe de Belgique, " + told + " Tubize passe au tour suivant après les tirs au but.")
    assert find(facts, "RAEC Mons", "Tubize-Braine").score == "2-2"
