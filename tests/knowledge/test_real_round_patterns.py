"""Rounds, finalists, winners and club history as real cup reports tell them, each written
here in our own words with made-up players and seasons: the shape met in the real-report
corpus, never its sentences."""

from __future__ import annotations

from tests.knowledge.helpers import checked_facts as facts_of
from tests.knowledge.helpers import match_of as match


# ---------------------------------------------------------------- round words
def test_a_result_for_a_round_in_french_is_of_that_round():
    # "pour les seizièmes" after a result is the round played; "qualifié pour les
    # huitièmes" is the next one
    facts = facts_of(
        "date 2031-10\nCoupe de Belgique: Malines passe\n\n"
        "Mardi soir, Malines s'est imposé face à Courtrai, 2-0, pour les seizièmes de finale "
        "de la Coupe de Belgique. Malines est ainsi qualifié pour les huitièmes de finale.")
    m = match(facts, "KV Mechelen", "KV Kortrijk")
    assert m.score == "2-0" and m.round == "round of 32"


def test_a_finalist_of_a_european_cup_does_not_name_the_round():
    # "Viertelfinalist der Europa League" describes the club, it is no cup round
    facts = facts_of(
        "date 2031-05\nJubel in Gent. Die Buffalos schlugen Standard Lüttich in einem "
        "spannenden Cupfinal mit 3:1. Für den Viertelfinalisten der Europa League war es der "
        "erste Pokal seit Jahren.")
    m = match(facts, "KAA Gent", "Standard Liège")
    assert m.round == "final" and m.score in ("3-1", "1-3")
    assert facts.seasons[0].winner == "KAA Gent"
