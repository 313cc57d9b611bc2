"""Dutch and German perfects hold their participle at the end of the clause, past any number
of words: "X heeft ... Y uitgeschakeld" is X's win, though "uitgeschakeld" alone tells a loss.
Written here in our own words, with made-up seasons."""

from __future__ import annotations

import pytest

from tests.knowledge.helpers import checked_facts as facts_of
from tests.knowledge.helpers import find, goals_by_club

_HEAD = "date 2041-12-04\nBeker: Tubeke en Lokeren\n\n"


@pytest.mark.parametrize("story", [
    "Tubeke heeft dinsdagavond in de achtste finales van de Beker van België Lokeren met "
    "0-2 uitgeschakeld.",
    "Tubeke heeft dinsdagavond in de achtste finales van de Beker van België Lokeren "
    "uitgeschakeld. Het werd 0-2.",
    "Tubeke heeft dinsdagavond in de achtste finales van de Beker van België Lokeren uit de "
    "beker gewipt. Het werd 0-2.",
    # the passive: the subject lost
    "Lokeren is dinsdagavond in de achtste finales van de bekercompetitie (Beker van "
    "België) met 0-2 uitgeschakeld door Tubeke.",
])
def test_the_club_that_eliminated_the_other_has_the_higher_score(story):
    m = find(facts_of(_HEAD + story), "Tubize-Braine", "KSC Lokeren-Temse")
    assert goals_by_club(m) == {"Tubize-Braine": 2, "KSC Lokeren-Temse": 0}


def test_a_passive_after_a_perfect_of_another_verb_is_still_a_loss():
    # "heeft ... gestreden maar werd uitgeschakeld": the perfect's frame ends at "maar"
    facts = facts_of(_HEAD + "Lokeren heeft dinsdagavond in de achtste finales van de Beker "
                     "van België lang gestreden, maar werd toch uitgeschakeld door Tubeke. "
                     "Het werd 0-2.")
    m = find(facts, "Tubize-Braine", "KSC Lokeren-Temse")
    assert goals_by_club(m) == {"Tubize-Braine": 2, "KSC Lokeren-Temse": 0}


_HEAD_DE = "date 2041-09-08\nPokal: Dessel und Lommel\n\n"


@pytest.mark.parametrize("story", [
    # a German perfect with the score in it: its colon does not end the frame
    "Dessel hat Lommel im Sechzehntelfinale des belgischen Pokals mit 2:1 geschlagen.",
    "Dessel hat im Sechzehntelfinale des belgischen Pokals Lommel mit 2:1 geschlagen.",
    # the passive and the loser's own phrases
    "Lommel wurde im Sechzehntelfinale des belgischen Pokals von Dessel mit 2:1 geschlagen.",
    "Lommel ist im Sechzehntelfinale des belgischen Pokals in Dessel mit 2:1 geschlagen "
    "worden.",
    "Lommel hat sich im Sechzehntelfinale des belgischen Pokals in Dessel mit 2:1 geschlagen "
    "gegeben.",
    # a subordinate clause puts the auxiliary after the participle
    "Nachdem Dessel Lommel im Sechzehntelfinale des belgischen Pokals mit 2:1 geschlagen hat, "
    "wartet nun Genk.",
    "Dessel, das Lommel im Sechzehntelfinale des belgischen Pokals mit 2:1 geschlagen hat, "
    "trifft nun auf Genk.",
    "Nachdem Lommel im Sechzehntelfinale des belgischen Pokals in Dessel mit 2:1 geschlagen "
    "wurde, ist die Saison vorbei.",
])
def test_a_german_win_told_by_geschlagen_goes_to_the_winner(story):
    m = find(facts_of(_HEAD_DE + story), "Dessel Sport", "Lommel SK")
    assert goals_by_club(m) == {"Dessel Sport": 2, "Lommel SK": 1}


def test_a_dutch_subordinate_clause_puts_the_auxiliary_after_the_participle():
    facts = facts_of("date 2041-09-08\nBeker: Dessel verder\n\nNadat Dessel Lommel in de "
                     "zestiende finales van de Beker van België met 2-1 uitgeschakeld had, wacht "
                     "nu Genk.")
    m = find(facts, "Dessel Sport", "Lommel SK")
    assert goals_by_club(m) == {"Dessel Sport": 2, "Lommel SK": 1}
