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
        "Dinsdag en woensdag wordt de beker verdergezet met de kwartfinales. Vanavond "
        "staan Lommel-Westerlo (om 20u00) en Eupen-Seraing (om 20u45) op het programma. "
        "Door de regen van de voorbije dagen vrezen ze in Lommel voor het veld.\n\n"
        "Eupen en Seraing bekampen elkaar vanavond op de Kehrweg. Eupen is in vorm, "
        "Seraing won zijn laatste drie thuismatchen.\n\n"
        "Lommel en Westerlo speelden zondag ook al tegen elkaar, in Lommel. Westerlo won "
        "die wedstrijd met 1-3, maar Lommel wil nu revanche.")
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
