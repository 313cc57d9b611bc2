"""More precision patterns of real cup reports (found on dev reports of the real corpus),
each written here in our own words with made-up seasons: shapes that made the extractor
state a wrong finalist, score, round or season, and that must make nothing (or the right
fact).
"""

from __future__ import annotations

from knowledge.checks import winner_of
from tests.knowledge.helpers import checked_facts as facts_of
from tests.knowledge.helpers import match_of as match


def _finalists(facts, season: str) -> set[str]:
    return {c for s in facts.seasons if s.season == season for c in s.finalists}


def test_a_club_qualified_against_another_for_the_final_makes_one_finalist():
    facts = facts_of(
        "date 2031-03-20\nLierse erreicht das Endspiel\n\n"
        "Am Dienstagabend qualifizierte sich Lierse im Rückspiel gegen KV Mechelen für das "
        "Finale.")
    assert "KV Mechelen" not in _finalists(facts, "2030-31")


def test_a_gerund_opening_the_sentence_has_the_club_after_it_as_winner():
    facts = facts_of(
        "date 2031-02-02\nCoupe: Charleroi corrige le Standard et file en demi-finales\n\n"
        "En battant le Standard, leader du championnat, 3-0, Charleroi a rejoint Genk, "
        "Ostende et Courtrai dans le dernier carré de la Coupe de Belgique.")
    m = match(facts, "Sporting Charleroi", "Standard Liège")
    assert winner_of(m) == "Sporting Charleroi"
