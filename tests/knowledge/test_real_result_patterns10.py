"""Result patterns of real cup reports (eleventh set), each written here in our own words
with made-up seasons: the shape the extractor met in the real-report corpus, never its
sentences."""

from __future__ import annotations

import pytest

from tests.knowledge.helpers import checked_facts as facts_of
from tests.knowledge.helpers import find


# ---------------------------------------------------------------- "de maat nemen" around a score
@pytest.mark.parametrize("told", [
    "Lommel nam met 4-1 vlot de maat van Dessel.",
    "Lommel heeft Dessel met 4-1 de maat genomen.",
])
def test_taking_the_measure_of_a_club_with_the_score_inside_the_idiom_is_a_win(told):
    facts = facts_of(
        "date 2039-09-28\nBeker: Lommel naar de volgende ronde\n\n"
        "Lommel staat in de zestiende finales van de beker. "
        + told)
    assert find(facts, "Lommel SK", "Dessel Sport").score == "4-1"
