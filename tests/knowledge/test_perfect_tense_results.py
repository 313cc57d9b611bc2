"""Dutch and German perfects hold their participle at the end of the clause, past any number
of words: "X heeft ... Y uitgeschakeld" is X's win, though "uitgeschakeld" alone tells a loss.
Written here in our own words, with made-up seasons."""

from __future__ import annotations

import pytest

from tests.knowledge.helpers import checked_facts as facts_of
from tests.knowledge.helpers import find, goals_by_club

_HEAD = "date 2041-12-04\nBeker: Tubeke en Lokeren\n\n"


_HEAD_DE = "date 2041-12-04\nPokal: Tubize und Lokeren\n\n"


@pytest.mark.parametrize("head, story", [
    (_HEAD, "Tubeke heeft dinsdagavond in de achtste finales van de Beker van België Lokeren "
            "met 0-2 uitgeschakeld."),
    (_HEAD, "Tubeke heeft dinsdagavond in de achtste finales van de Beker van België Lokeren "
            "uitgeschakeld. Het werd 0-2."),
    (_HEAD, "Tubeke heeft dinsdagavond in de achtste finales van de Beker van België Lokeren "
            "uit de beker gewipt. Het werd 0-2."),
    # the passive: the subject lost
    (_HEAD, "Lokeren is dinsdagavond in de achtste finales van de bekercompetitie (Beker van "
            "België) met 0-2 uitgeschakeld door Tubeke."),
    # participles that tell nothing alone ("verslagen", "geklopt") in their perfect's frame
    (_HEAD, "Tubeke heeft dinsdagavond in de achtste finales van de Beker van België Lokeren "
            "met 0-2 verslagen."),
    (_HEAD, "Tubeke heeft dinsdagavond in de achtste finales van de Beker van België Lokeren "
            "met 0-2 geklopt."),
    (_HEAD, "Tubeke heeft dinsdagavond in de achtste finales van de Beker van België Lokeren "
            "verslagen: 0-2."),
    # a subordinate clause puts the auxiliary after the participle
    (_HEAD, "Nadat Tubeke Lokeren dinsdagavond in de achtste finales van de Beker van België "
            "met 0-2 uitgeschakeld had, wacht nu Genk."),
    # German: the colon inside a score does not end the perfect's frame
    (_HEAD_DE, "Tubize hat Lokeren im Achtelfinale des belgischen Pokals mit 0:2 geschlagen."),
    (_HEAD_DE, "Tubize hat im Achtelfinale des belgischen Pokals Lokeren mit 0:2 geschlagen."),
    (_HEAD_DE, "Nachdem Tubize Lokeren im Achtelfinale des belgischen Pokals mit 0:2 geschlagen "
               "hat, wartet nun Genk."),
    (_HEAD_DE, "Tubize, das Lokeren im Achtelfinale des belgischen Pokals mit 0:2 geschlagen "
               "hat, trifft nun auf Genk."),
    # the German passive and the loser's own phrases
    (_HEAD_DE, "Lokeren wurde im Achtelfinale des belgischen Pokals von Tubize mit 0:2 "
               "geschlagen."),
    (_HEAD_DE, "Lokeren ist im Achtelfinale des belgischen Pokals mit 0:2 gegen Tubize "
               "geschlagen worden."),
    (_HEAD_DE, "Lokeren hat sich im Achtelfinale des belgischen Pokals Tubize mit 0:2 "
               "geschlagen gegeben."),
    (_HEAD_DE, "Nachdem Lokeren im Achtelfinale des belgischen Pokals mit 0:2 gegen Tubize "
               "geschlagen wurde, ist die Saison vorbei."),
])
def test_the_club_that_eliminated_the_other_has_the_higher_score(head, story):
    m = find(facts_of(head + story), "Tubize-Braine", "KSC Lokeren-Temse")
    assert goals_by_club(m) == {"Tubize-Braine": 2, "KSC Lokeren-Temse": 0}


def test_a_passive_after_a_perfect_of_another_verb_is_still_a_loss():
    # "heeft ... gestreden maar werd uitgeschakeld": the perfect's frame ends at "maar"
    facts = facts_of(_HEAD + "Lokeren heeft dinsdagavond in de achtste finales van de Beker "
                     "van België lang gestreden, maar werd toch uitgeschakeld door Tubeke. "
                     "Het werd 0-2.")
    m = find(facts, "Tubize-Braine", "KSC Lokeren-Temse")
    assert goals_by_club(m) == {"Tubize-Braine": 2, "KSC Lokeren-Temse": 0}


def test_a_result_some_weeks_before_told_in_a_clause_of_time_is_not_the_cup_match():
    # "een maand nadat ... had verslagen met 3-0": an earlier meeting, neither its round nor
    # its competition told; the cup match of the story has its own result
    for story in ("Precies een maand nadat Tubeke Lokeren had verslagen met 3-0 ontving het "
                  "de Waaslanders opnieuw voor de achtste finales van de Beker van België.",
                  "Tubeke ontving Lokeren in de achtste finales van de Beker van België, "
                  "precies een maand nadat het de Waaslanders had verslagen met 3-0."):
        facts = facts_of(_HEAD + story)
        assert [m.score for m in facts.matches if m.score] == []
