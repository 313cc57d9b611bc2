"""Goal patterns of real cup reports (seventh set), each written here in our own words with
made-up seasons and players: the shape the extractor met in the real-report corpus, never
its sentences."""

from __future__ import annotations

import pytest

from tests.knowledge.helpers import checked_facts as facts_of
from tests.knowledge.helpers import find


# ----------------------------------------------- "the winning goal" is the words of one player
@pytest.mark.parametrize("joined", [" en ", ", "])
def test_the_winning_goal_of_one_player_gives_no_club_to_the_player_before_him(joined):
    # the club that won scored the winning goal; the equaliser told before it, in the same
    # sentence, was the other club's, not the winner's
    facts = facts_of(
        "date 2041-11-02\nBeker: Lommel voorbij Dessel\n\n"
        "In de zestiende finales van de Beker van België won Lommel met 2-1 van Dessel. "
        "Kris Maes maakte gelijk" + joined + "Tom Claes scoorde het winnende doelpunt.")
    clubs = {g.player.split()[-1]: g.club for g in find(facts, "Lommel SK", "Dessel Sport").goals}
    assert clubs["Claes"] == "Lommel SK"
    assert clubs.get("Maes") in (None, "Dessel Sport")


# ------------------------------------------------ a count of goals before the player's name
@pytest.mark.parametrize("story, player", [
    ("Coupe: Lommel élimine Dessel\n\nEn seizièmes de finale de la Coupe de Belgique, "
     "Lommel s'est imposé 2-0 face à Dessel grâce à un doublé d'Alain Dupont.",
     "Alain Dupont"),
    ("Beker: Lommel voorbij Dessel\n\nLommel klopte Dessel met 2-0 in de zestiende "
     "finales van de Beker van België, dankzij twee doelpunten van Jan Peeters.",
     "Jan Peeters"),
    ("Belgian Cup: Lommel through\n\nLommel beat Dessel 2-0 in the Belgian Cup round of "
     "32 thanks to a brace from Jan Peeters.", "Jan Peeters"),
])
def test_a_count_of_goals_before_the_name_gives_him_that_many(story, player):
    facts = facts_of("date 2041-11-02\n" + story)
    goals = find(facts, "Lommel SK", "Dessel Sport").goals
    assert [g.player for g in goals] == [player, player]
