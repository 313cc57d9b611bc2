"""Goal and scorer patterns of real cup reports (third set), each written here in our own
words with made-up players and seasons: the shape the extractor met in the real-report
corpus, never its sentences."""

from __future__ import annotations

from tests.knowledge.helpers import checked_facts as facts_of
from tests.knowledge.helpers import match_of as match
from tests.knowledge.helpers import scorers


def _goals(facts, *clubs: str) -> list[tuple[str, str | None, int | None]]:
    found = match(facts, *clubs)
    assert found is not None
    return [(g.player.split()[-1], g.club, g.minute) for g in found.goals]


# ---------------------------------------------------------------- lists of scorers
def test_a_comma_list_after_a_plural_goal_noun_names_every_scorer():
    facts = facts_of(
        "date 2031-03\nBeker: Lokeren wint van Lierse\n\n"
        "Lokeren won zondag in de kwartfinale van de beker met 3-0 van Lierse. Dankzij goals "
        "van Martens, Pieters en Vos gaat Lokeren door naar de halve finale.")
    assert scorers(facts) == {"Martens", "Pieters", "Vos"}


def test_a_comma_after_a_scorer_that_opens_a_new_clause_lists_nobody():
    facts = facts_of(
        "date 2031-03\nBeker: Lokeren wint van Lierse\n\n"
        "Lokeren won zondag in de kwartfinale van de beker met 1-0 van Lierse. Na een goal "
        "van Martens, Pieters kreeg nog rood, ging Lokeren door.")
    assert scorers(facts) == {"Martens"}


# ---------------------------------------------------------------- timed names, no goal verb
def test_timed_names_that_built_a_lead_scored_once_each():
    facts = facts_of(
        "date 2031-01\nCoupe: Eupen se qualifie à Deinze\n\n"
        "Eupen a gagné 1-3 à Deinze et jouera les quarts en Coupe de Belgique.\n\n"
        "Dès le premier quart d'heure, Lambert (6) et Dupuis (14) ont offert une avance "
        "confortable aux Eupenois.")
    goals = _goals(facts, "KAS Eupen", "KMSK Deinze")
    assert [g[:2] for g in goals] == [("Lambert", "KAS Eupen"), ("Dupuis", "KAS Eupen")]


def test_timed_names_that_handed_over_the_cup_are_its_scorers():
    facts = facts_of(
        "date 2031-05\nFinale: Genk remporte la Coupe\n\n"
        "Au Heysel, Genk a battu le Standard 2-1 pour soulever le trophée.\n\n"
        "Après la pause, Luca Berti (52e) et Tom Jacobs (77e) ont offert la Coupe aux "
        "Limbourgeois.")
    assert ("Jacobs", "KRC Genk", 77) in _goals(facts, "KRC Genk", "Standard Liège")


# ---------------------------------------------------------------- whose club
def test_a_later_players_credit_is_not_the_earlier_players_club():
    facts = facts_of(
        "date 2031-12\nCoupe: Eupen renverse Zulte Waregem\n\n"
        "Eupen a dû passer par les prolongations mais a battu Zulte Waregem 3-2 en Coupe de "
        "Belgique, au stade des huitièmes. Au tableau : un doublé de Lenoir (12e et 41e) pour "
        "les Flamands et un triplé de Sorel (64e, 85, 104e) pour les Pandas.")
    goals = _goals(facts, "KAS Eupen", "SV Zulte Waregem")
    assert ("Lenoir", "SV Zulte Waregem", 41) in goals
    assert ("Sorel", "KAS Eupen", 104) in goals


# ---------------------------------------------------------------- goal verbs
def test_sending_the_ball_to_the_back_of_the_net_is_a_goal():
    facts = facts_of(
        "date 2031-11\nCoupe: l'Union écrase le Lierse\n\n"
        "En Coupe de Belgique, l'Union a battu le Lierse 2-0. À la 27e, sur un corner, Marc "
        "Tilman a envoyé au fond une tête de son capitaine.")
    assert ("Tilman", "Union Saint-Gilloise", 27) in _goals(
        facts, "Union Saint-Gilloise", "Lierse Kempenzonen")


def test_a_split_verb_closing_a_long_clause_past_the_beaten_keeper_is_a_goal():
    facts = facts_of(
        "date 2031-01\nBeker: Club wint in Waregem\n\n"
        "Club Brugge won woensdag in de achtste finale van de beker met 1-2 bij Zulte "
        "Waregem.\n\n"
        "Na twaalf minuten raakte Maes de bal kwijt op een terugspeelbal van Claes, Tom "
        "Peeters liet zich dat geen twee keer zeggen en werkte de 0-1 netjes voorbij doelman "
        "Karel Wouters binnen.")
    assert "Peeters" in scorers(facts)


# ---------------------------------------------------------------- the keeper beaten
def test_the_keeper_lobbed_is_not_a_second_scorer():
    facts = facts_of(
        "date 2031-02\nBeker: Mechelen klopt Kortrijk\n\n"
        "KV Mechelen won de heenmatch van de kwartfinale van de beker met 1-0 tegen "
        "Kortrijk.\n\n"
        "Tien minuten voor tijd profiteerde Wouters van een misser en krulde het leer met een "
        "lobbal over Dirk Maes in de netten.")
    goals = _goals(facts, "KV Mechelen", "KV Kortrijk")
    assert [g[:2] for g in goals] == [("Wouters", "KV Mechelen")]


def test_doubling_the_lead_in_german_is_a_goal():
    facts = facts_of(
        "date 2031-04\nPokal: Standard gewinnt gegen Westerlo\n\n"
        "Standard hat das Pokalfinale gegen Westerlo mit 2:0 gewonnen. Nach einer Stunde "
        "erlitt Westerlo einen Rückschlag, als Paul Lemaire die Führung verdoppelte.")
    assert "Lemaire" in scorers(facts)


def test_going_for_ones_own_goal_and_crowning_the_win_are_french_goals():
    facts = facts_of(
        "date 2031-12\nCoupe: Anderlecht écrase La Louvière\n\n"
        "Anderlecht s'est qualifié en s'imposant 0-3 chez La Louvière en Coupe de "
        "Belgique.\n\n"
        "Lancé après l'heure, Marc Tilman y est allé de son but (0-2, 74e). Dans les "
        "arrêts de jeu, Joris Vandamme a parachevé la victoire des Bruxellois (0-3, 91e).")
    goals = _goals(facts, "RAAL La Louvière", "RSC Anderlecht")
    assert ("Tilman", "RSC Anderlecht", 74) in goals
    assert ("Vandamme", "RSC Anderlecht", 91) in goals


def test_a_plural_brace_noun_names_its_scorer():
    facts = facts_of(
        "date 2031-12\nCoupe: Anderlecht écrase La Louvière\n\n"
        "En Coupe de Belgique, Anderlecht a gagné 0-4 à La Louvière. Le score s'explique par "
        "les doublés de Tilman et de Peeters.")
    assert {"Tilman", "Peeters"} <= scorers(facts)


def test_players_via_whom_a_side_pulled_away_from_the_spot_are_scorers():
    facts = facts_of(
        "date 2031-01\nBeker: Cercle wint in Leuven\n\n"
        "Cercle Brugge won in de achtste finale van de beker met 1-3 bij OH Leuven.\n\n"
        "Na de rust ging Cercle via Maes en Wouters (opnieuw op strafschop) verder.")
    assert scorers(facts) == {"Maes", "Wouters"}


def test_goals_scored_by_players_in_the_french_passive_name_them():
    facts = facts_of(
        "date 2031-05\nFinale: Bruges remporte la Coupe\n\n"
        "Le Club Bruges a battu Anderlecht 2-0 en finale de la Coupe de Belgique. Côté "
        "brugeois, les buts ont été marqués par Tilman et Peeters.")
    assert scorers(facts) == {"Tilman", "Peeters"}


def test_a_substitute_timed_at_his_entry_is_no_scorer():
    facts = facts_of(
        "date 2031-05\nFinale: l'Antwerp remporte la Coupe\n\n"
        "L'Antwerp a battu le Club Bruges 1-0 en finale de la Coupe de Belgique. Tilman a "
        "marqué le seul but du match (25e).\n\n"
        "Les Brugeois ont poussé après le repos, en particulier depuis la montée au jeu de "
        "Peeters (58e).")
    assert scorers(facts) == {"Tilman"}


def test_the_score_opened_through_a_player_names_him_before_the_next_clause():
    facts = facts_of(
        "date 2031-09\nCoupe: Eupen passe à Deinze\n\n"
        "Eupen s'est qualifié en s'imposant 0-2 à Deinze en Coupe de Belgique.\n\n"
        "Eupen ouvrait le score par Tilman sur penalty (31e) avant que Peeters (70e) ne "
        "mette les siens à l'abri.")
    assert ("Tilman", "KAS Eupen", 31) in _goals(facts, "KMSK Deinze", "KAS Eupen")


def test_timed_names_that_sealed_the_qualification_scored():
    facts = facts_of(
        "date 2031-09\nCoupe: Eupen passe à Deinze\n\n"
        "Eupen s'est qualifié en s'imposant 0-2 à Deinze en Coupe de Belgique.\n\n"
        "Tilman (70e) et Peeters (80e) ont validé la qualification.")
    goals = _goals(facts, "KMSK Deinze", "KAS Eupen")
    assert ("Tilman", "KAS Eupen", 70) in goals and ("Peeters", "KAS Eupen", 80) in goals


# ---------------------------------------------------------------- the player last named
def test_a_nationality_opening_the_sentence_stands_for_the_player_last_named():
    facts = facts_of(
        "date 2031-05\nFinale: le Standard remporte la Coupe\n\n"
        "Le Standard a battu le Club Bruges 2-1 en finale de la Coupe de Belgique.\n\n"
        "Bruges compte sur son numéro dix, Marco Tilman. L'Israélien égalise sur "
        "coup franc (33e).")
    assert [g[0] for g in _goals(facts, "Standard Liège", "Club Brugge")] == ["Tilman"]


def test_a_nationality_before_a_name_is_no_pronoun():
    facts = facts_of(
        "date 2031-05\nFinale: le Standard remporte la Coupe\n\n"
        "Le Standard a battu le Club Bruges 2-1 en finale de la Coupe de Belgique.\n\n"
        "Bruges compte sur son numéro dix, Marco Tilman. L'Israélien Dan Peretz "
        "égalise sur coup franc (33e).")
    assert "Tilman" not in scorers(facts)


def test_a_pronoun_for_a_long_name_keeps_its_own_verb():
    facts = facts_of(
        "date 2031-05\nFinale: le Standard remporte la Coupe\n\n"
        "Le Standard a battu le Club Bruges 2-1 en finale de la Coupe de Belgique.\n\n"
        "Bruges compte sur Jean-Baptiste Vanderstraeten. Il égalise (33e).")
    assert "Vanderstraeten" in scorers(facts)


def test_a_player_whose_bracket_holds_another_score_is_not_the_next_scorer():
    # the opener's goal words do not make him the scorer of the equaliser and winner
    facts = facts_of(
        "date 2029-12-05\nCoupe de Belgique: Mons sort Charleroi\n\n"
        "Mons a battu Charleroi 2-1 mercredi en huitième de finale.\n\n"
        "Jean Dupont (35e, 0-1) a marqué le premier but des visiteurs, mais les locaux "
        "sont revenus par Marc Lenoir (80e, 1-1) et Paul Martin (88e, 2-1).")
    goals = [(g.player, g.club) for g in match(facts, "RAEC Mons").goals]
    assert goals == [("Jean Dupont", "Sporting Charleroi"), ("Marc Lenoir", "RAEC Mons"),
                     ("Paul Martin", "RAEC Mons")]


# ---------------------------------------------------------------- people who did not score
def test_the_player_whose_mistake_let_a_goal_in_is_no_scorer():
    facts = facts_of(
        "date 2031-12\nCoupe: Courtrai surprend Genk\n\n"
        "Mardi, au stade des huitièmes de la Coupe, Courtrai a sorti Genk en "
        "gagnant sur la pelouse des Limbourgeois, 1-3.\n\n"
        "Genk a pris les commandes après vingt minutes (1-0, 20e), mais une bévue de "
        "Vandevelde a permis aux Kerels de revenir à égalité via Martin (1-1, 38e) avant la "
        "pause.")
    assert scorers(facts) == {"Martin"}


def test_the_keeper_who_pushed_a_shot_out_is_no_scorer():
    facts = facts_of(
        "date 2031-01\nCoupe: Lokeren bat Lierse\n\n"
        "En quart de finale de la Coupe, jeudi soir, Lokeren a battu Lierse (2-1).\n\n"
        "Lierse a ouvert le score par Pieters (0-1, 12e). Mais Lokeren, grâce à Dupuis qui a "
        "suivi un envoi renvoyé par Martens (1-1, 30e), puis grâce à Lambert, bien placé "
        "après une frappe repoussée par Martens (2-1, 41e), a pris l'avantage.")
    assert "Martens" not in scorers(facts)


def test_the_player_who_served_the_scorer_is_no_scorer():
    facts = facts_of(
        "date 2031-12\nBeker: Lokeren wint van Lierse\n\n"
        "Lokeren heeft dinsdag in de kwartfinale van de beker met 2-0 van Lierse gewonnen.\n\n"
        "Na een halfuur werd het 2-0, toen Peeters na een mooie dribbel Janssens (31.) "
        "bediende.")
    assert _goals(facts, "KSC Lokeren-Temse", "Lierse Kempenzonen") == [
        ("Janssens", "KSC Lokeren-Temse", 31)]


# ---------------------------------------------------------------- matches not played
def test_a_return_leg_dated_after_the_report_is_not_filed_as_played():
    facts = facts_of(
        "date 2031-01\nCoupe: Courtrai prend une option\n\n"
        "En Coupe de Belgique, Courtrai a pris le meilleur sur Genk à l'aller des demies, 3-2. Les "
        "Courtraisiens gardent une petite avance pour la manche retour, programmée le "
        "mercredi 7 février à Genk.")
    assert [m.leg for m in facts.matches] == [1]


# ---------------------------------------------------------------- whose result
def test_a_win_told_in_a_relative_clause_is_the_clubs_before_the_pronoun():
    facts = facts_of(
        "date 2031-09\nCoupe: surprises en Coupe\n\n"
        "Dimanche, Eupen a été sorti à domicile par le Beerschot qui s'est imposé 3-1 en Coupe "
        "de Belgique.")
    found = match(facts, "KAS Eupen", "K. Beerschot VA")
    assert found is not None
    assert (found.home, found.score) == ("KAS Eupen", "1-3")


def test_a_first_leg_given_as_the_reason_makes_the_lead_the_return_leg():
    facts = facts_of(
        "date 2031-03\nBeker: Lokeren naar de finale\n\n"
        "Lokeren heeft zich dinsdagavond geplaatst voor de bekerfinale. Het speelde op het "
        "veld van Lierse met 0-0 gelijk. Dat was genoeg na de 3-1-zege twee weken eerder in "
        "de heenwedstrijd.")
    # the return leg; the first leg's win says not whose it was, so it is not guessed
    assert [(m.leg, m.home, m.score) for m in facts.matches] == [
        (2, "Lierse Kempenzonen", "0-0")]


def test_at_home_right_after_the_object_is_the_objects_ground():
    facts = facts_of(
        "date 2031-03\nBeker: Lokeren naar de finale\n\n"
        "Lokeren heeft zich dinsdag als tweede club geplaatst voor de bekerfinale. Lokeren "
        "hield Lierse in eigen huis op een 2-2-gelijkspel. Dat was genoeg na de 1-0-zege "
        "van eind februari in de heenmatch.")
    found = match(facts, "KSC Lokeren-Temse", "Lierse Kempenzonen")
    assert found is not None
    assert (found.leg, found.home, found.score) == (2, "Lierse Kempenzonen", "2-2")


def test_a_player_named_before_an_earlier_score_did_not_score_the_next():
    # the equaliser's words are no goal words: the first scorer, named before the first
    # score, still is not the man of the second
    facts = facts_of(
        "date 2033-12\nCoupe: Ostende élimine Genk\n\n"
        "Ostende a battu Genk 2-1 en huitièmes de finale de la Coupe.\n\n"
        "Jan Verhoest a donné l'avance aux Côtiers d'une belle tête (61e, 1-0) et Piet Maes a "
        "conclu une jolie action collective sur la droite (70e, 1-1). En prolongation, Bram "
        "Olsen a fait 2-1 (111e).")
    m = match(facts, "KV Oostende", "KRC Genk")
    assert {g.club for g in m.goals if g.player == "Jan Verhoest"} == {"KV Oostende"}


def test_a_stoppage_minute_after_a_minute_mark_is_no_minute():
    facts = facts_of(
        "date 2033-12\nCoupe: Ostende élimine Genk\n\n"
        "Ostende a battu Genk 2-0 en huitièmes de finale de la Coupe. Tom Vaes a ouvert la "
        "marque (30e, 1-0) et le remplaçant Lars Bonte a conclu (120e+2, 2-0).")
    m = match(facts, "KV Oostende", "KRC Genk")
    late = next(g for g in m.goals if g.player.endswith("Bonte"))
    assert late.minute is None


def test_the_passer_the_fouler_and_the_referee_of_a_goal_did_not_score_it():
    facts = facts_of(
        "date 2035-12-02\nCoupe: Seraing tient tête à Anderlecht\n\n"
        "Seraing a battu Anderlecht 2-1 en huitièmes de finale de la Coupe. Tom Dury a été "
        "fauché par Kai Lund et l'arbitre Eric Vos a accordé le penalty, ensuite transformé "
        "par Sami Rahal (12e, 1-0). Peu après, Rahal a doublé la mise de la tête sur un centre "
        "parfait de Nils Brel (30e, 2-0).")
    assert scorers(facts) == {"Rahal"}


def test_a_scorer_after_an_elided_que_in_the_subjunctive_is_read():
    facts = facts_of(
        "date 2031-10-20\nCoupe: Courtrai passe\n\n"
        "Courtrai a battu Louvain 3-1 en Coupe de Belgique. Sow a fait 2-0 (70e), jusqu'à "
        "ce qu'Ortega inscrive un but de plus (88e).")
    goals = {(g.player, g.minute) for m in facts.matches for g in m.goals}
    assert ("Ortega", 88) in goals, goals


def test_the_keeper_a_scorer_went_to_shoot_past_is_no_scorer():
    facts = facts_of(
        "date 2031-01-20\nCoupe: Genk passe\n\n"
        "Genk a battu Anderlecht 1-0 après prolongation en quart de finale de la Coupe. Au "
        "début des prolongations, Sow a trouvé la faille sur une longue passe pour s'en aller "
        "fusiller Peeters (1-0, 95e).")
    goals = {(g.player, g.minute) for m in facts.matches for g in m.goals}
    assert goals == {("Sow", 95)}, goals
