"""Result patterns of real cup reports (ninth set), each written here in our own words with
made-up seasons: the shape the extractor met in the real-report corpus, never its
sentences."""

from __future__ import annotations

from tests.knowledge.helpers import checked_facts as facts_of
from tests.knowledge.helpers import find, goals_by_club, match_of


# ---------------------------------------------------------------- a preview of several ties
def test_a_result_of_a_pair_the_lead_announces_is_the_league_s():
    # the lead lists two quarter-finals still to come; the weekend's result of one of the
    # pairs, told with no cup word, is a league match, not their quarter-final
    facts = facts_of(
        "date 2037-12\nBeker: twee kwartfinales op één avond\n\n"
        "Deze week worden de kwartfinales van de beker gespeeld. Vandaag staan "
        "Lommel-Westerlo en Eupen-Seraing op het programma, allebei met aftrap om acht "
        "uur. Het gras in Lommel lag er gisteren nog slecht bij.\n\n"
        "In Eupen is de thuisploeg in vorm, de bezoekers uit Seraing wonnen hun laatste drie "
        "thuismatchen.\n\n"
        "Voor Lommel wordt het een weerzien met Westerlo, dat vier dagen geleden in Lommel "
        "al met 1-3 won. De thuisploeg wil nu revanche.")
    assert match_of(facts, "Lommel SK", "KVC Westerlo") is None


def test_a_round_up_s_result_after_a_lead_listing_its_matches():
    # a round-up whose lead lists the night's matches "on the programme" tells their
    # results after it: a result of one of the pairs, told again, is still the cup's
    facts = facts_of(
        "date 2037-12\nCoupe: les résultats des huitièmes\n\n"
        "Les huitièmes de finale se jouaient ce soir. Deux matchs au programme : "
        "Lommel-Westerlo et Eupen-Seraing.\n\n"
        "Lommel 0-2 Westerlo\n\nEupen 1-0 Seraing\n\n"
        "Lommel n'a rien pu faire à domicile : les locaux se sont inclinés face à Westerlo, "
        "0-2, sur un doublé de Jan Peeters.")
    match = find(facts, "Lommel SK", "KVC Westerlo")
    assert goals_by_club(match) == {"Lommel SK": 0, "KVC Westerlo": 2}
    assert {g.player for g in match.goals} == {"Jan Peeters"}


# ---------------------------------------------------------------- goals that "add to the score"
def test_players_who_add_to_the_score_are_scorers():
    # a round-up names two players (with their minutes) who "made the score heavier": they
    # scored
    facts = facts_of(
        "date 2037-11\nCoupe: les qualifiés du soir\n\n"
        "Mons s'est imposé 0-3 sur la pelouse de Tubize. Tubize a tenu une heure, puis "
        "Lefèvre (70e) et Mertens (85e) alourdissaient le score.")
    match = find(facts, "Tubize-Braine", "RAEC Mons")
    assert {(g.player, g.minute) for g in match.goals} >= {("Lefèvre", 70), ("Mertens", 85)}
