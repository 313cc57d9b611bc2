"""A verb that sends the winner on ("un succès qui propulse X en quarts de finale") names the
round reached, not the round played. Written here in our own words, with made-up seasons."""

from __future__ import annotations

import pytest

from tests.knowledge.helpers import checked_facts as facts_of
from tests.knowledge.helpers import find

_HEAD = "date 2041-12-04\nCoupe : Tubize sort Lokeren\n\n"


@pytest.mark.parametrize("story", [
    "Mardi soir, sur la pelouse de Daknam, Tubize a réussi un joli coup en s'offrant le "
    "scalp de Lokeren en huitièmes de finale de la Coupe de Belgique. Un succès net (0-2) "
    "qui envoie les Brabançons en quarts de finale.",
    "En huitièmes de finale de la Coupe de Belgique, Tubize a battu Lokeren 0-2 ce mardi, "
    "une victoire qui propulse les Brabançons en quarts de finale.",
    "Tubize s'est imposé 0-2 à Lokeren mardi soir. Un succès qui propulse les Brabançons en "
    "quarts de finale de la Coupe de Belgique.",
])
def test_the_round_a_win_sends_a_club_to_is_the_next_one(story):
    facts = facts_of(_HEAD + story)
    assert [m.round for m in facts.matches] == ["round of 16"]
    assert find(facts, "KSC Lokeren-Temse", "Tubize-Braine").score == "0-2"
