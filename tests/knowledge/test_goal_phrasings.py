"""Ways reports say a player scored, one per language family: each phrase alone in a
sentence must give the named player his goal (written here in our own words, with made-up
seasons and players)."""

from __future__ import annotations

import pytest

from tests.knowledge.helpers import checked_facts as facts_of
from tests.knowledge.helpers import find

_NL = ("Beker: Lommel voorbij Dessel\n\nLommel heeft Dessel woensdag met 2-1 verslagen in de "
       "zestiende finales van de Beker van België. ")
_FR = ("Coupe : Lommel élimine Dessel\n\nEn seizièmes de finale de la Coupe de Belgique, "
       "Lommel a battu Dessel 2-1 mercredi. ")
_EN = ("Belgian Cup: Lommel through\n\nLommel beat Dessel 2-1 in the Belgian Cup round of 32 on "
       "Wednesday. ")
_DE = ("Pokal: Lommel wirft Dessel raus\n\nIm Sechzehntelfinale des belgischen Pokals gewann "
       "Lommel am Mittwoch 2:1 gegen Dessel. ")


@pytest.mark.parametrize("story, player", [
    (_NL + "Na de rust verzilverde Jan Peeters een vrije trap van dichtbij.", "Jan Peeters"),
    (_NL + "Even later wist Tom Claes de bordjes gelijk hangen.", "Tom Claes"),
    (_NL + "De doelpunten kwamen van Tom Claes en Jan Peeters.", "Jan Peeters"),
    (_FR + "Peu avant le repos, Alain Dupont avait remis les deux clubs à égalité.",
     "Alain Dupont"),
    (_FR + "Alain Dupont a ensuite secoué les filets d'une frappe sèche.", "Alain Dupont"),
    (_FR + "Le deuxième but est signé Alain Dupont.", "Alain Dupont"),
    (_FR + "Juste après la pause, Alain Dupont doublait le score de près.", "Alain Dupont"),
    (_FR + "Alain Dupont transperçait les filets d'une reprise de volée.", "Alain Dupont"),
    (_FR + "Alain Dupont déverrouille la partie en début de seconde période.", "Alain Dupont"),
    (_FR + "Alain Dupont concrétisait de près un centre venu de la gauche.", "Alain Dupont"),
    (_EN + "Jan Peeters fired Lommel ahead from close range.", "Jan Peeters"),
    (_EN + "Jan Peeters nodded Lommel ahead after the break.", "Jan Peeters"),
    (_DE + "Den Siegtreffer landete Jonas Berger kurz vor dem Ende.", "Jonas Berger"),
    (_DE + "Jonas Berger hatte nach einer Ecke eingeköpft.", "Jonas Berger"),
    (_DE + "Jonas Berger schoss den Ball flach ins Tor.", "Jonas Berger"),
])
def test_a_goal_phrase_gives_the_player_a_goal(story, player):
    facts = facts_of("date 2041-11-02\n" + story)
    assert player in [g.player for g in find(facts, "Lommel SK", "Dessel Sport").goals]
