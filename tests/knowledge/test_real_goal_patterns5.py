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
        "Courtrai s'impose 1-2 à Lommel et file en huitièmes de finale de la Coupe.\n\n"
        "Tuur Claes donna l'avance aux Kerels (15e, 0-1). Après la pause, Lommel "
        "a eu les plus grosses occasions par Bram Wouters (50e) et Joris Segers (54e), mais "
        "Kobe Smet a doublé la mise pour les Kerels (61e, 0-2). Lommel revint à 1-2 par "
        "Stef Lenaerts (71e).")
    match = find(facts, "Lommel SK", "KV Kortrijk")
    assert match.score == "1-2"
    assert _players(match) == {"Claes", "Smet", "Lenaerts"}


def test_two_names_timed_before_their_chances_scored_nothing():
    # "A (10e) et B (12e) se créèrent les premières occasions": the minutes time chances
    facts = facts_of(
        "date 2039-10-31\nCoupe de Belgique: l'Antwerp en huitièmes\n\n"
        "L'Antwerp a battu Westerlo 2-0 en seizièmes de finale de la Coupe de Belgique.\n\n"
        "Bram Wouters (10e) et Joris Segers (12e) se créèrent de belles occasions de buts côté "
        "anversois. Westerlo a tenu jusqu'au dernier quart d'heure, quand Kobe Smet (73e) et "
        "Stef Lenaerts (86e) ont donné la victoire à l'Antwerp.")
    match = find(facts, "Royal Antwerp FC", "KVC Westerlo")
    assert _players(match) == {"Smet", "Lenaerts"}


# ---------------------------------------------------------------- a miss, then the club's own goal
def test_a_player_who_missed_does_not_take_the_goal_the_next_club_clause_tells():
    # "X missed a big chance (54e) and Lommel equalised through Y": the goal verb after "and
    # Lommel" is the club's clause; X missed
    facts = facts_of(
        "date 2039-10-31\nCoupe de Belgique: le Standard passe contre Lommel\n\n"
        "Le Standard bat Lommel 2-1 et file en huitièmes de finale de la Coupe.\n\n"
        "Kobe Smet donna l'avance aux Rouches (16e, 1-0). Après la pause, Bram Wouters a "
        "loupé une énorme occasion (54e) et Lommel égalisait par Joris Segers (55e, 1-1). "
        "Stef Lenaerts a donné la victoire au Standard (88e, 2-1).")
    match = find(facts, "Standard Liège", "Lommel SK")
    assert {(g.player.split()[-1], g.club) for g in match.goals} == {
        ("Smet", "Standard Liège"), ("Segers", "Lommel SK"), ("Lenaerts", "Standard Liège")}


def test_a_club_after_and_that_is_the_object_of_the_goal_leaves_the_scorer_his_goal():
    # nothing says the player missed: "took his time and put Eupen ahead" is his goal, the
    # club after "und" its object
    facts = facts_of(
        "date 2039-10-31\nPokal: Eupen im Achtelfinale\n\n"
        "Eupen gewann im Sechzehntelfinale des Pokals mit 1:0 gegen Lommel.\n\n"
        "Nach einem Fehler in der Abwehr bekam Tom Maes den Ball. Er hatte alle Zeit, um "
        "ihn ruhig zu platzieren und Eupen in Führung zu bringen.")
    match = find(facts, "KAS Eupen", "Lommel SK")
    assert [g.player for g in match.goals] == ["Tom Maes"]


# ---------------------------------------------------------------- goal words handed on by "par"
def test_goal_words_followed_by_par_and_a_name_are_that_names_goal():
    # "after two scares from A blocked by B, Standard took over and opened the scoring
    # through C": the goal words belong to C, named after "par", not to B before them
    facts = facts_of(
        "date 2039-12-05\nCoupe de Belgique: le Standard passe contre Rebecq\n\n"
        "Le Standard bat Rebecq 1-0 et se hisse en quarts de finale de la Coupe.\n\n"
        "Après deux alertes de Bram Wouters contrées par Joris Segers, le Standard prit "
        "l'ascendant et ouvrit la marque par Kobe Smet (24e, 1-0).")
    match = find(facts, "Standard Liège", "RUS Rebecq")
    assert [(g.player, g.minute) for g in match.goals] == [("Kobe Smet", 24)]


# ---------------------------------------------------------------- a score nearly reached
def test_a_score_the_team_came_close_to_is_no_running_score():
    # "close to the 2-0" in the story of a 2-0 win: the real 2-0 told later is a goal (the
    # near miss must not move the running score on)
    facts = facts_of(
        "date 2039-12-05\nBeker: Antwerp klopt Mechelen\n\n"
        "Antwerp klopte KV Mechelen met 2-0 in de kwartfinales van de beker.\n\n"
        "Na een half uur werd Joris Segers gevloerd in het strafschopgebied. Segers nam de "
        "penalty zelf en scoorde.\n\n"
        "Na rust bleef Antwerp aandringen. Via Bram Wouters en Joris Segers was Antwerp dicht "
        "bij de 2-0; de Mechelse keeper hield echter alles tegen.\n\n"
        "In de 82e minuut zorgde invaller Stef Lenaerts, na een voorzet van Tom Maes, voor de "
        "beslissing: 2-0.")
    match = find(facts, "Royal Antwerp FC", "KV Mechelen")
    assert ("Stef Lenaerts", 82) in {(g.player, g.minute) for g in match.goals}


# ---------------------------------------------------------------- a shoot-out told club by club
def test_kicks_of_a_shootout_told_of_one_club_then_the_other_are_no_goals():
    # the shoot-out's paragraph names one club first ("saved Lommel's first kick"), then the
    # other ("... for Eupen"): both clubs' kicks are the shoot-out's, so the match's own
    # goals stay within its score and are kept
    facts = facts_of(
        "date 2039-12-05\nPokal: Eupen nach Elfmeterschießen weiter\n\n"
        "Eupen und Lommel trennten sich im Achtelfinale des Pokals nach Verlängerung 1:1. "
        "Eupen gewann das Elfmeterschießen mit 4:3.\n\n"
        "Tom Maes brachte Lommel in der 20. Minute mit 0:1 in Führung. Ruud Smet glich in "
        "der 70. Minute zum 1:1 aus.\n\n"
        "Im Elfmeterschießen hielt Jan Claes den ersten Elfmeter von Lommel. Bram Wouters "
        "traf für Eupen zum 1:0, Joris Segers glich aus. Stef Lenaerts traf eiskalt zum 2:1 "
        "für Eupen.")
    match = find(facts, "KAS Eupen", "Lommel SK")
    assert {(g.player, g.minute) for g in match.goals} == {("Tom Maes", 20), ("Ruud Smet", 70)}
