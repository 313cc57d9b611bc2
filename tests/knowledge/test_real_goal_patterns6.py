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
