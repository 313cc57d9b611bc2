"""A final's report tells other matches than the final: the win that took a club there, and
a next clause about another club. Written here in our own words, with made-up seasons."""

from __future__ import annotations

from tests.knowledge.helpers import checked_facts as facts_of
from tests.knowledge.helpers import finalists


def test_the_win_that_took_a_club_to_the_final_is_not_the_final():
    facts = facts_of(
        "url https://en.example.org/wiki/2041_Belgian_Cup_final\n2041 Belgian Cup final\n"
        "The 2041 Belgian Cup final was played in the King Baudouin Stadium and decided the "
        "winner of the 2040-41 Belgian Cup.\n\nLokeren was the first club through. Lommel "
        "qualified one evening later after a win on spot kicks against Dessel.")
    assert [m for m in facts.matches if m.round == "final" and "Dessel Sport" in m.clubs] == []


def test_a_club_named_in_the_next_clause_is_no_finalist():
    facts = facts_of(
        "date 2041-03-02\nCoupe : Lommel en finale ?\n\nUne chose est sûre : le qualifié de "
        "ce soir sera favori de la finale face au KSC Lokeren, et Dessel mène d'un but "
        "après la manche aller.")
    assert "Dessel Sport" not in finalists(facts)
