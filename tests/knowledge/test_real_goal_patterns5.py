"""Goal patterns of real cup reports (sixth set), each written here in our own words with
made-up seasons and players: the shape the extractor met in the real-report corpus, never
its sentences."""

from __future__ import annotations

from tests.knowledge.helpers import checked_facts as facts_of
from tests.knowledge.helpers import find


def _players(match) -> set[str]:
    return {g.player.split()[-1] for g in match.goals}


# ---------------------------------------------------------------- minutes of chances, not goals
def test_minutes_after_the_names_of_chances_are_no_goals():
    # a French report times the chances the way it times goals: "A (50e) et B (54e)" after
    # "the best chances fell to", in the same sentence as a real goal; the chance-takers
    # scored nothing, and the real scorers are kept (an extra goal would have made the
    # checks drop them all)
    facts = facts_of(
        "date 2039-10-31\nCoupe de Belgique: Courtrai passe à Lommel\n\n"
        "Courtrai s'est qualifié pour les huitièmes de finale de la Coupe de Belgique en "
        "gagnant 1-2 à Lommel.\n\n"
        "Tuur Claes avait ouvert la marque pour les Kerels (15e, 0-1). Après la pause, Lommel "
        "a eu les plus grosses occasions par Bram Wouters (50e) et Joris Segers (54e), mais "
        "Kobe Smet a doublé l'avantage des Kerels (61e, 0-2). Lommel a réduit l'écart par "
        "Stef Lenaerts (71e, 1-2).")
    match = find(facts, "Lommel SK", "KV Kortrijk")
    assert match.score == "1-2"
    assert _players(match) == {"Claes", "Smet", "Lenaerts"}


def test_two_names_timed_before_their_chances_scored_nothing():
    # "A (10e) et B (12e) ont eu les premières occasions": the minutes time two chances
    facts = facts_of(
        "date 2039-10-31\nCoupe de Belgique: l'Antwerp en huitièmes\n\n"
        "L'Antwerp s'est imposé 2-0 face à Westerlo en seizièmes de finale de la Coupe de "
        "Belgique.\n\n"
        "Bram Wouters (10e) et Joris Segers (12e) ont eu les premières occasions de buts pour les "
        "Anversois. Westerlo a tenu jusqu'au dernier quart d'heure, quand Kobe Smet (73e) et "
        "Stef Lenaerts (86e) ont donné la victoire à l'Antwerp.")
    match = find(facts, "Royal Antwerp FC", "KVC Westerlo")
    assert _players(match) == {"Smet", "Lenaerts"}
