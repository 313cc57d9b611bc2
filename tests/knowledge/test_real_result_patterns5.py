"""Goal and name patterns of real cup reports (sixth set), each written here in our own
words with made-up players and seasons: the shape the extractor met in the real-report
corpus, never its sentences."""

from __future__ import annotations

import pytest

from tests.knowledge.helpers import checked_facts as facts_of
from tests.knowledge.helpers import find

_FINAL_EN = ("date 2036-05\nCup final: Brugge lift the trophy\n\n"
             "Club Brugge beat Anderlecht 2-1 in the Belgian Cup final. Ruben Olsen scored "
             "both goals.\n\n")


def _scorers(facts, home: str, away: str) -> list[str]:
    return sorted(g.player for g in find(facts, home, away).goals)


@pytest.mark.parametrize(("text", "home", "away", "nobody"), [
    # a continent's adjective is a demonym, whatever a pronoun after it seems to say
    (_FINAL_EN + "The winger is in his second European season. He scored again, his "
     "fourth of the campaign.", "Club Brugge", "RSC Anderlecht", "European"),
    # "ne laissait aucune chance à X": X is the keeper beaten
    ("date 2036-03\nCoupe: Bruges remporte la finale\n\nLe Club de Bruges a battu "
     "Anderlecht (2-1) dimanche en finale de la Coupe de Belgique.\n\nAprès un centre de "
     "Peeters, la volée de Tim Delvaux ne laissait aucune chance à Moreau (1-0).",
     "Club Brugge", "RSC Anderlecht", "Moreau"),
    # "- dachte jedenfalls der Stürmer": a goal only its scorer believed in
    ("date 2035-09-24\nPokal: Anderlecht zu stark für Eupen\n\nAnderlecht besiegte Eupen "
     "im belgischen Pokal mit 4:0. Jonas Reuter glich per Kopf zum 1:1 aus - dachte "
     "jedenfalls der Stürmer, doch der Schiedsrichter pfiff ab. Kevin Mertens traf zum "
     "2:0.", "RSC Anderlecht", "KAS Eupen", "Jonas Reuter"),
])
def test_these_people_scored_nothing(text: str, home: str, away: str, nobody: str):
    assert nobody not in _scorers(facts_of(text), home, away)


def test_a_player_aiming_for_a_double_scored_nothing():
    facts = facts_of(_FINAL_EN + "In Greece, Kofi Mensah is aiming for the double with "
                     "his own club.")
    assert _scorers(facts, "Club Brugge", "RSC Anderlecht") == ["Ruben Olsen"]
