"""Leg patterns of real cup reports, each written here in our own words with made-up
seasons: the shape the extractor met in the real-report corpus, never its sentences."""

from __future__ import annotations

from tests.knowledge.helpers import checked_facts as facts_of
from tests.knowledge.helpers import find


# ---------------------------------------------------------------- a heading over a return's preview
def test_a_first_leg_drawn_under_the_heading_of_the_return_keeps_no_ground():
    # a preview of both return legs: a heading "A - B" for the tie, the return at A's ground
    # still to come, then the first leg "ended goalless" with no ground of its own. The
    # heading's order is the return's; the draw was played at the other ground
    facts = facts_of(
        "date 2039-02-08\nHalve finales van de beker: alles ligt nog open\n\n"
        "Wie haalt de finale: Lommel, Westerlo, Deinze of Lierse?\n\n"
        "Lommel - Westerlo\n\n"
        "Woensdag om 20.30 uur ontvangt Lommel de Kempenaars in het Soevereinstadion.\n\n"
        "De heenwedstrijd eindigde op 0-0 na een nerveuze partij.\n\n"
        "Het duel van de week krijgt dus een open uitkomst.")
    first = find(facts, "Lommel SK", "KVC Westerlo", leg=1)
    assert first.score == "0-0"
    assert first.order_unsure
