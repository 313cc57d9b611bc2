"""Goal and scorer patterns of real cup reports (fourth set), each written here in our own
words with made-up players and seasons: the shape the extractor met in the real-report
corpus, never its sentences."""

from __future__ import annotations

from tests.knowledge.helpers import checked_facts as facts_of
from tests.knowledge.helpers import find


def _goals(facts, *clubs: str) -> set[tuple[str, str | None, int | None]]:
    return {(g.player, g.club, g.minute) for g in find(facts, *clubs).goals}


def _timed(facts, *clubs: str) -> set[tuple[str, int | None]]:
    """The (scorer, minute) of each goal of the match between `clubs`."""
    return {(player, minute) for player, _, minute in _goals(facts, *clubs)}


def _players(facts, *clubs: str) -> set[str]:
    """The scorers of the match between `clubs`."""
    return {player for player, _, _ in _goals(facts, *clubs)}


# ------------------------------------------------- a player's own bracket: minute and score
def test_a_bracket_with_minute_and_score_is_the_player_s_goal_whatever_follows():
    # wire copy writes each goal as "Name (minute, running score)": the bracket is the
    # player's goal even when the clause goes on to deny something else ("was not enough"),
    # and a goal timed "just before the break" is no half-time score restated
    facts = facts_of(
        "date 2037-11\nCoupe: Mons passe à Tubize\n\n"
        "Mons s'est imposé 1-3 sur la pelouse de Tubize. Les visiteurs ont frappé tôt par "
        "Dupont (12e, 0-1). Un deuxième but est tombé juste avant la pause via Lambert "
        "(40e, 0-2). Le but du défenseur Jensen (69e, 1-2) n'a pas suffi aux locaux, et "
        "Martin (88e, 1-3) a conclu.")
    assert _goals(facts, "Tubize-Braine", "RAEC Mons") == {
        ("Dupont", "RAEC Mons", 12), ("Lambert", "RAEC Mons", 40),
        ("Jensen", "Tubize-Braine", 69), ("Martin", "RAEC Mons", 88)}


# ------------------------------------------------- stoppage time with the minute's mark first
def test_a_stoppage_time_goal_marked_before_the_plus_closes_a_list_of_scorers():
    # "(90e+2)": the last scorer of a list, a goal in stoppage time (stored without a
    # minute: 90+2 is no 92nd minute of extra time)
    facts = facts_of(
        "date 2037-11\nCoupe: Mons passe à Tubize\n\n"
        "Mons s'est imposé 1-4 à Tubize en Coupe de Belgique. Les Montois ont marqué via "
        "Dupont (4e), Lambert (38e), Martin (68e) et Girard (90e+2).")
    assert _timed(facts, "Tubize-Braine", "RAEC Mons") == {
        ("Dupont", 4), ("Lambert", 38), ("Martin", 68), ("Girard", None)}


# ------------------------------------------------- "Grâce à" opens a sentence, names nobody
def test_thanks_to_opening_a_sentence_is_no_scorer():
    # French "Grâce à un doublé de X (71e, 84e), ...": "Grâce" is the preposition, capitalised
    # at the sentence's start, never a player; the brace is X's, with its two minutes
    facts = facts_of(
        "date 2037-11\nCoupe: Mons passe à Tubize\n\n"
        "Mons a battu Tubize (1-3) en seizièmes de la Coupe. "
        "Grâce à un doublé de Dupont (71e, 84e) et à Lambert (90e+2), les Montois ont "
        "rejoint Genk au tour suivant.")
    assert _goals(facts, "Tubize-Braine", "RAEC Mons") == {
        ("Dupont", "RAEC Mons", 71), ("Dupont", "RAEC Mons", 84),
        ("Lambert", "RAEC Mons", None)}


def test_thanks_to_a_brace_without_minutes_names_no_other_scorer():
    facts = facts_of(
        "date 2037-11\nCoupe: Mons passe à Tubize\n\n"
        "Mons a éliminé Tubize (1-3) ce mercredi. Grâce à un doublé de Dupont, Mons continue.")
    assert _players(facts, "Tubize-Braine", "RAEC Mons") == {
        "Dupont"}


# ------------------------------------------------- a deficit is a state of play, not a goal
def test_a_deficit_come_back_from_is_no_goal_of_the_player_named_next():
    # "nach 0:2-Rückstand und zwei Treffern von X": the 0-2 is the deficit the home side
    # came back from; X, named next, scored for the home side, not the 0-2 for the visitors
    facts = facts_of(
        "date 2038-12-10\nEupen empfängt Gent im Viertelfinale\n\n"
        "Eupen wollte nach dem 3:2-Erfolg gegen Zulte Waregem im Achtelfinale (nach "
        "0:2-Rückstand und zwei Treffern von Jan Peeters) wieder zu Hause spielen.")
    assert "SV Zulte Waregem" not in {
        club for _, club, _ in _goals(facts, "KAS Eupen", "SV Zulte Waregem")}


# ------------------------------------------------- German: a list of scorers, a verb after it
def test_a_comma_list_of_subjects_shares_the_goal_verb_after_its_last_name():
    # "A, B, C und D erzielten die Treffer": every name of the list scored, not only the
    # last one next to the verb
    facts = facts_of(
        "date 2038-11-10\nEupen im Achtelfinale\n\n"
        "Eupen schlug Lommel im Pokal mit 4:0. Peeters, Maes, Dufour und Claes erzielten "
        "die Treffer.")
    assert _players(facts, "KAS Eupen", "Lommel SK") == {
        "Peeters", "Maes", "Dufour", "Claes"}


def test_german_goals_told_as_bringing_the_equaliser_or_the_final_score():
    # "sorgte (zwei Minuten später) für den Ausgleich", "sorgte für den Endstand": the
    # player scored
    facts = facts_of(
        "date 2038-11-10\nEupen im Achtelfinale\n\n"
        "Eupen schlug Lommel im Pokal mit 3:2. Lommel ging früh in Führung, doch zwei "
        "Minuten später sorgte Peeters bereits für den Ausgleich. Claes sorgte für den "
        "Endstand.")
    assert _players(facts, "KAS Eupen", "Lommel SK") >= {
        "Peeters", "Claes"}


# ------------------------------------------------- timed names after a phrase of scoring
def test_timed_names_the_side_could_count_on_are_its_scorers():
    # "ont pu compter sur X (21e)", "... avant que Y (61e) et Z (87e) ne complètent la
    # marque": each name with its minute scored
    facts = facts_of(
        "date 2037-11\nCoupe: Mons passe à Tubize\n\n"
        "Mons a dominé Tubize chez lui, 0-5. Les Montois ont pu compter sur Dupont (21e) et "
        "Lambert deux fois (40e et 55e), avant que Martin (61e) et "
        "Girard (87e) ne complètent la marque.")
    assert _timed(facts, "Tubize-Braine", "RAEC Mons") >= {
        ("Dupont", 21), ("Martin", 61), ("Girard", 87)}


def test_timed_names_that_shot_the_side_into_the_next_round_are_its_scorers():
    # German "X (38.) und Y (62.) schossen das Team ... ins Viertelfinale"; French "X (46e)
    # et Y (49e) ont fait la différence"
    german = facts_of(
        "date 2038-11-10\nEupen im Achtelfinale\n\n"
        "Eupen gewann das Pokalspiel gegen Lommel mit 2:0. Peeters (38.) und Maes (62.) "
        "schossen das Team von Trainer Hans Müller ins Viertelfinale.")
    assert _timed(german, "KAS Eupen", "Lommel SK") == {("Peeters", 38), ("Maes", 62)}
    french = facts_of(
        "date 2037-11\nCoupe: Mons passe à Tubize\n\n"
        "Mons a battu Tubize, 3-1. Dupont a donné l'avantage aux Montois (4e), mais Lambert "
        "(46e) et Martin (49e) ont fait la différence.")
    assert _timed(french, "Tubize-Braine", "RAEC Mons") >= {("Lambert", 46), ("Martin", 49)}


# ------------------------------------------------- "via" and a list of names
def test_every_name_of_a_list_after_via_scored():
    # "scored three times via A, B and C": the three names after "via" scored
    facts = facts_of(
        "date 2038-12-20\nLommel naar de kwartfinale\n\n"
        "Lommel won in de beker met 4-1 van Westerlo. In de eerste helft scoorde Lommel drie "
        "keer, via Jan Peeters, Tom Maes en Bart Claes.")
    assert _players(facts, "Lommel SK", "KVC Westerlo") == {
        "Jan Peeters", "Tom Maes", "Bart Claes"}
