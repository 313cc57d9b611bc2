"""Goal and scorer patterns of real cup reports (second set), each written here in our own
words with made-up players and seasons: the shape the extractor met in the real-report
corpus, never its sentences."""

from __future__ import annotations

from tests.knowledge.helpers import checked_facts as facts_of
from tests.knowledge.helpers import scorers


def _people(facts) -> set[str]:
    return {p.name for p in facts.people}


# ---------------------------------------------------------------- who is no scorer
def test_a_player_sent_off_after_an_elided_article_is_no_scorer():
    facts = facts_of(
        "date 2031-01\nCoupe: le Standard passe à Mons\n\n"
        "Le Standard, qui s'est imposé 0-2 à Mons, a fini à dix après l’exclusion de Marco "
        "Velden (81e), et file en quarts de finale de la Coupe de Belgique.")
    assert "Velden" not in scorers(facts)


def test_a_german_noun_before_von_is_no_name_and_the_passer_no_scorer():
    facts = facts_of(
        "date 2031-02\nPokal: Eupen siegt in Lommel\n\n"
        "Eupen hat im Pokal bei Lommel mit 0:2 gewonnen.\n\n"
        "In der 20. Minute brachte Pirlot die Gäste nach einem schönen Pass von Karadag in "
        "Führung.")
    assert scorers(facts) == {"Pirlot"}


def test_two_german_words_opening_a_sentence_are_no_person():
    facts = facts_of(
        "date 2031-02\nPokal: Eupen siegt in Lommel\n\n"
        "Eupen hat im Pokal bei Lommel mit 0:2 gewonnen.\n\n"
        "Nur Sekunden nach der Pause fiel die Entscheidung: ein Verteidiger von Lommel lenkte "
        "den Ball ins eigene Tor, 0:2.")
    assert not any("Sekunden" in s for s in scorers(facts) | _people(facts))


def test_the_keeper_whose_goal_the_ball_landed_in_is_no_scorer():
    facts = facts_of(
        "date 2031-02\nPokal: Eupen siegt in Lommel\n\n"
        "Eupen hat im Pokal bei Lommel mit 1:2 gewonnen.\n\n"
        "In der 30. Minute landete der Ball nach einem Schuss von Aerts zum 1:1 im Tor von "
        "Hendrickx.")
    assert "Hendrickx" not in scorers(facts)


def test_the_player_replaced_in_a_relative_clause_is_no_scorer():
    facts = facts_of(
        "date 2031-03\nBeker: Gent wint na verlengingen\n\n"
        "KAA Gent won in de beker met 2-3 bij KV Kortrijk na verlengingen.\n\n"
        "Tom Verlinden, die de geblesseerde Jonas Maertens was komen vervangen, besliste de "
        "partij in de 110e minuut.")
    assert "Maertens" not in scorers(facts)


def test_a_goal_called_back_for_offside_a_few_sentences_later_is_no_goal():
    facts = facts_of(
        "date 2031-02\nPokal: Eupen siegt in Lommel\n\n"
        "Eupen hat im Pokal bei Lommel mit 0:2 gewonnen.\n\n"
        "In der 4. Minute brachte Dursun die Gäste in Führung. 0:1? Nein. Dursun stand im "
        "Abseits. Kurz vor der Pause traf dann Pirlot zum 0:1.")
    assert "Dursun" not in scorers(facts)


# ---------------------------------------------------------------- who is no person
def test_plural_demonyms_of_a_town_are_no_people():
    facts = facts_of(
        "date 2031-10\nCoupe: Namur sort Seraing\n\n"
        "Namur s'est imposé 2-1 contre Seraing en seizièmes de finale de la Coupe de Belgique."
        " Pendant une heure, les Sérésiens ont tenu tête aux Namurois.\n\n"
        "Les Visétois ont, eux, été éliminés plus tôt. Un doublé de Lenoir pour les Flandriens "
        "n'a pas suffi à Courtrai.")
    names = _people(facts) | scorers(facts)
    assert not {"Sérésiens", "Visétois", "Flandriens"} & names
