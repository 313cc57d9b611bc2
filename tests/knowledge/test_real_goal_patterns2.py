"""Goal and scorer patterns of real cup reports (second set), each written here in our own
words with made-up players and seasons: the shape the extractor met in the real-report
corpus, never its sentences."""

from __future__ import annotations

from tests.knowledge.helpers import checked_facts as facts_of
from tests.knowledge.helpers import match_of as match
from tests.knowledge.helpers import scorers


def _people(facts) -> set[str]:
    return {p.name for p in facts.people}


# ---------------------------------------------------------------- who is no scorer
def test_a_player_sent_off_after_an_elided_article_is_no_scorer():
    facts = facts_of(
        "date 2031-01\nCoupe: Gand gagne à Lierse\n\n"
        "Vainqueur 1-3 à Lierse, Gand a fini le match avec dix hommes après l’exclusion de "
        "Marco Velden (77e). Les Buffalos joueront les quarts.")
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
        "Eine halbe Stunde war gespielt, als ein Distanzschuss von Aerts zum 1:1 im Tor von "
        "Hendrickx einschlug.")
    assert "Hendrickx" not in scorers(facts)


def test_the_player_replaced_in_a_relative_clause_is_no_scorer():
    facts = facts_of(
        "date 2031-03\nBeker: Gent wint na verlengingen\n\n"
        "KAA Gent won in de beker met 2-3 bij KV Kortrijk na verlengingen.\n\n"
        "Tom Verlinden, die na een uur de geblesseerde Jonas Maertens verving, besliste in de "
        "110e minuut de match.")
    assert "Maertens" not in scorers(facts)
    assert "Verlinden" in scorers(facts)


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


# ---------------------------------------------------------------- round-ups
def test_goals_under_a_heading_without_score_go_to_that_paragraphs_match():
    facts = facts_of(
        "date 2031-11\nCoupe: deux qualifiés\n\n"
        "Mons-Ostende\n\n"
        "Mons s'est imposé face à Ostende, 2-0, en seizièmes de finale de la Coupe de Belgique."
        "\n\nLes Montois ont gagné grâce à Lambot (12e) et Roussel (70e).\n\n"
        "Tubize-Charleroi\n\n"
        "Charleroi a perdu 3-1 à Tubize.\n\n"
        "Les Zèbres avaient pourtant mené. Vervoort a transformé une passe de Mbaye "
        "(0-1, 20e).")
    mons = match(facts, "RAEC Mons", "KV Oostende")
    assert {g.player for g in mons.goals} == {"Lambot", "Roussel"}
    charleroi = match(facts, "Tubize-Braine", "Sporting Charleroi")  # Tubize from 2021-22 on
    assert [(g.player, g.club) for g in charleroi.goals] == [("Vervoort", "Sporting Charleroi")]


def test_a_goal_of_a_club_whose_match_was_not_found_is_not_given_to_another():
    facts = facts_of(
        "date 2031-11\nCoupe: Anderlecht cartonne\n\n"
        "Anderlecht s'est imposé 0-4 à Virton en seizièmes de finale de la Coupe de Belgique, "
        "avec des buts de Pieters (10e), Moreau (30e), Pieters (50e) et Kaya (80e).\n\n"
        "Bruges a ensuite déroulé grâce à des buts de Lemaire (48e) et Okafor (74e).\n\n"
        "À Lierre, Ndiaye a qualifié Malines d'un but tardif (1-0, 88e).")
    virton = match(facts, "Excelsior Virton", "RSC Anderlecht")
    assert {g.player for g in virton.goals} == {"Moreau", "Pieters", "Kaya"}


# ---------------------------------------------------------------- who scored
def test_a_french_surname_that_is_also_a_word_after_de_is_a_scorer():
    facts = facts_of(
        "date 2031-11\nCoupe: Anderlecht passe\n\n"
        "Anderlecht s'est imposé 0-2 à Virton en seizièmes de finale de la Coupe de Belgique, "
        "grâce à des buts de Dumont (10e) et de Lambert (80e).")
    virton = match(facts, "Excelsior Virton", "RSC Anderlecht")
    assert {(g.player, g.minute) for g in virton.goals} == {("Dumont", 10), ("Lambert", 80)}


def test_each_goals_line_lists_the_goals_of_the_heading_above_it():
    facts = facts_of(
        "date 2031-10\nCoupe de Belgique: les amateurs en seizièmes\n\n"
        "Mons passe en prolongation, Liège sans trembler.\n\n"
        "RAEC Mons - Sporting Charleroi 2-1 (après prolongations)\n\n"
        "Buts: Lenoir (1-0, 6e), Kaba (1-1, 50e), Dubreucq (2-1, 108e)\n\n"
        "Les Montois ont tenu bon.\n\n"
        "RFC Liège - KAS Eupen 1-0\n\n"
        "But: Halleux (1-0, 12e)")
    mons = match(facts, "RAEC Mons", "Sporting Charleroi")
    assert [(g.player, g.club, g.minute) for g in mons.goals] == [
        ("Lenoir", "RAEC Mons", 6), ("Kaba", "Sporting Charleroi", 50),
        ("Dubreucq", "RAEC Mons", 108)]
    liege = match(facts, "RFC Liège", "KAS Eupen")
    assert [(g.player, g.minute) for g in liege.goals] == [("Halleux", 12)]


def test_an_expletive_ne_after_avant_que_tells_the_goal():
    facts = facts_of(
        "date 2031-10\nCoupe: Mons se qualifie\n\n"
        "Mons s'est imposé 2-0 contre Charleroi en seizièmes de finale de la Coupe de Belgique."
        "\n\nLes Montois ouvraient le score par Lenoir (20e) avant que Dubreucq (70e) ne double "
        "la mise. Au point de penalty, Kaba ne put réduire l'écart.")
    mons = match(facts, "RAEC Mons", "Sporting Charleroi")
    assert ("Dubreucq", 70) in {(g.player, g.minute) for g in mons.goals}
    assert "Kaba" not in scorers(facts)


def test_a_minute_beside_the_running_score_in_one_bracket_is_the_goals_minute():
    facts = facts_of(
        "date 2031-10\nCoupe: Deinze passe à Bocholt\n\n"
        "Deinze a gagné 1-2 à Bocholt en seizièmes de finale de la Coupe de Belgique, au bout "
        "des prolongations. Au terme du temps réglementaire, on en était à 1-1. Tom Maes "
        "(35e, 0-1) avait ouvert le score, mais les locaux sont revenus (80e, 1-1).\n\n"
        "Dans la prolongation, Maes a inscrit un second but sur penalty (112e, 1-2).")
    m = match(facts, "Bocholter VV", "KMSK Deinze")
    assert sorted(g.minute for g in m.goals if g.player == "Tom Maes") == [35, 112]


def test_a_minute_of_the_next_clause_is_not_the_earlier_players():
    facts = facts_of(
        "date 2031-10\nCoupe: Mons se qualifie\n\n"
        "Mons s'est imposé 2-0 contre Charleroi en seizièmes de finale de la Coupe de Belgique."
        "\n\nLenoir a ouvert le score (20e) et Dubreucq a inscrit le 2-0 (88e).")
    m = match(facts, "RAEC Mons", "Sporting Charleroi")
    assert {(g.player, g.minute) for g in m.goals} == {("Lenoir", 20), ("Dubreucq", 88)}


def test_a_minute_of_the_clause_before_is_not_the_next_players():
    facts = facts_of(
        "date 2031-03\nBeker: Gent wint na verlengingen\n\n"
        "KAA Gent won in de beker met 2-3 bij KV Kortrijk na verlengingen.\n\n"
        "Nadat Bram Claes in de 70e minuut met rood van het veld was gestuurd en zijn "
        "ploegmaat Jonas Maertens tien minuten later in eigen doel trapte, leek het beslist.")
    m = match(facts, "KV Kortrijk", "KAA Gent")
    assert [(g.player, g.minute) for g in m.goals] == [("Jonas Maertens", None)]


def test_a_bracket_of_several_minutes_after_a_name_is_a_goal_each():
    facts = facts_of(
        "date 2031-10\nCoupe: Deinze cartonne\n\n"
        "Deinze s'est imposé 4-1 contre Tubize en seizièmes de finale de la Coupe de Belgique."
        "\n\nMaes (12e, 30e), Peeters (60e) et Lenoir (75e) ont fait mouche pour Deinze.")
    m = match(facts, "KMSK Deinze", "Tubize-Braine")
    assert sorted((g.player, g.minute) for g in m.goals) == [
        ("Lenoir", 75), ("Maes", 12), ("Maes", 30), ("Peeters", 60)]


def test_an_own_goal_by_the_defender_of_a_named_club_counts_for_the_other():
    facts = facts_of(
        "date 2031-10\nCoupe: Eupen passe à Deinze\n\n"
        "Eupen s'est imposé 1-3 à Deinze en seizièmes de finale de la Coupe de Belgique.\n\n"
        "À l'heure de jeu, le défenseur de Deinze Vermeulen a marqué contre son camp, et "
        "c'était 1-3.")
    m = match(facts, "KMSK Deinze", "KAS Eupen")
    assert [(g.player, g.club, g.own_goal) for g in m.goals] == [
        ("Vermeulen", "KAS Eupen", True)]


def test_goals_after_a_shootout_of_another_match_in_the_paragraph_count():
    facts = facts_of(
        "date 2031-12\nBeker: alle eersteklassers door\n\n"
        "KAS Eupen speelde 0-0 gelijk bij Dessel Sport en won de penaltyreeks. Club Brugge "
        "won met 0-3 bij Francs Borains. Na de treffer van Tom Maes volgden er nog twee van "
        "Jan Peeters (81e en 86e).")
    m = match(facts, "Francs Borains", "Club Brugge")
    assert sorted((g.player, g.minute) for g in m.goals) == [
        ("Jan Peeters", 81), ("Jan Peeters", 86), ("Tom Maes", None)]


def test_a_capitalised_preposition_opening_a_sentence_is_no_person():
    facts = facts_of(
        "date 2031-02\nCup round-up\n\n"
        "On Tuesday RSC Anderlecht beat KV Mechelen 2-0 and will play in the last eight of "
        "the Belgian Cup.")
    assert not scorers(facts)


def test_a_dutch_goal_verb_split_by_an_object_or_a_time_is_a_goal():
    facts = facts_of(
        "date 2031-01\nBeker: Mechelen wint\n\n"
        "KV Mechelen won in de beker met 2-1 van KV Kortrijk.\n\n"
        "Tom Maes verdubbelde een kwartier voor tijd de marge. Jan Peeters schonk de "
        "thuisploeg daarna alsnog de zege. Doelman Kris Aerts stond sterk te keepen in het "
        "Kortrijkse doel.")
    m = match(facts, "KV Mechelen", "KV Kortrijk")
    assert {g.player for g in m.goals} == {"Tom Maes", "Jan Peeters"}


def test_the_club_in_the_previous_players_clause_is_not_the_next_players():
    facts = facts_of(
        "date 2031-01\nBeker: Anderlecht na verlengingen\n\n"
        "RSC Anderlecht won in de beker met 1-2 bij KV Kortrijk na verlengingen.\n\n"
        "Tom Maes bracht de thuisploeg in de 20e minuut op voorsprong, Jan Peeters tekende "
        "kort voor de rust voor de gelijkmaker.")
    m = match(facts, "KV Kortrijk", "RSC Anderlecht")
    assert ("Jan Peeters", "KV Kortrijk") not in {(g.player, g.club) for g in m.goals}
    assert "Jan Peeters" in {g.player for g in m.goals}


def test_via_x_after_taking_the_lead_or_pulling_one_back_is_a_goal():
    facts = facts_of(
        "date 2031-10\nCoupe: Seraing passe\n\n"
        "Seraing s'est imposé 2-1 contre Charleroi en seizièmes de finale de la Coupe de "
        "Belgique.\n\nSeraing a pris les commandes via Lenoir peu avant la pause. Après "
        "l'heure, Charleroi a relancé le match en réduisant l'écart via Kaba.")
    m = match(facts, "RFC Seraing", "Sporting Charleroi")
    assert {g.player for g in m.goals} == {"Lenoir", "Kaba"}


def test_a_negation_in_a_piece_about_the_other_club_does_not_undo_a_goal():
    facts = facts_of(
        "date 2031-11\nCoupe: Deinze passe\n\n"
        "Deinze s'est imposé face à Tubize, 2-0, en seizièmes de finale de la Coupe de "
        "Belgique.\n\nAvant la pause, Lenoir (20e) et Moreau (41e) avaient déjà offert la "
        "victoire aux locaux, Tubize n'ayant pas trouvé la parade.")
    m = match(facts, "KMSK Deinze", "Tubize-Braine")
    assert {(g.player, g.minute) for g in m.goals} == {("Lenoir", 20), ("Moreau", 41)}


def test_breaking_the_deadlock_is_a_goal():
    facts = facts_of(
        "date 2031-05\nFinale: Genk wint de beker\n\n"
        "KRC Genk won de bekerfinale met 1-0 van Standard.\n\n"
        "Voor de rust zorgde Jan Peeters in de 30e minuut voor de grootste kans. Na een "
        "gesloten eerste helft brak Tom Maes in de 55e minuut de ban.")
    m = match(facts, "KRC Genk", "Standard Liège")
    assert [(g.player, g.minute) for g in m.goals] == [("Tom Maes", 55)]


def test_a_negation_of_another_verb_joined_by_and_does_not_undo_the_goal():
    facts = facts_of(
        "date 2031-09\nBeker: Mechelen wint bij Lommel\n\n"
        "KV Mechelen won in de beker met 0-1 bij Lommel SK.\n\n"
        "Na een fout op Tom Maes floot de ref in de 64e minuut voor een strafschop. Maes "
        "aarzelde niet en maakte de 0-1. Jan Peeters trof later de paal en scoorde niet.")
    m = match(facts, "Lommel SK", "KV Mechelen")
    assert [g.player for g in m.goals] == ["Tom Maes"]


def test_dutch_goal_phrases_of_a_cup_evening():
    facts = facts_of(
        "date 2031-02\nBeker: Gent wint in Virton\n\n"
        "KAA Gent won in de beker met 1-4 bij Excelsior Virton.\n\n"
        "Tom Maes en Jan Peeters gaven de bezoekers snel een voorsprong. In de 68e minuut "
        "kwam Gent verder op voorsprong, via Bram Claes. De Peruviaan mocht vlak daarna ook "
        "nog een tweede keer binnentikken. Kris Aerts milderde tien minuten voor tijd tot 1-4.")
    m = match(facts, "Excelsior Virton", "KAA Gent")
    assert {"Tom Maes", "Jan Peeters", "Bram Claes", "Kris Aerts"} <= {g.player for g in m.goals}
    assert "Peruviaan" not in scorers(facts) | _people(facts)


def test_a_minute_with_how_the_goal_came_and_an_elided_assist():
    facts = facts_of(
        "date 2031-10\nCoupe: Mouscron passe\n\n"
        "Mouscron a battu 3-1 Lommel en seizièmes de finale de la Coupe de Belgique, grâce aux "
        "buts de Lenoir (19e), Moreau (23e, sur penalty) et Kaba (47e).\n\n"
        "Lommel a réduit l'écart sur un service d'Abidi (1-3, 81e).")
    m = match(facts, "Royal Excel Mouscron", "Lommel SK")
    assert ("Moreau", 23) in {(g.player, g.minute) for g in m.goals}
    assert "Abidi" not in scorers(facts)


def test_a_hattrick_in_the_players_own_words_is_three_goals():
    facts = facts_of(
        "date 2031-12\nPokal: Genk weiter\n\n"
        "Genk hat im Pokal gegen Charleroi mit 3:1 gewonnen. Tom Maes sorgte dabei mit "
        "einem Hattrick im Alleingang für den Sieg.")
    m = match(facts, "KRC Genk", "Sporting Charleroi")
    assert [g.player for g in m.goals] == ["Tom Maes"] * 3


def test_a_goal_signed_by_a_player_and_plural_german_scorers():
    fr = facts_of(
        "date 2031-10\nCoupe: Genk passe\n\n"
        "Genk s'est imposé 2-0 contre Courtrai en seizièmes de finale de la Coupe de Belgique."
        "\n\nUn but signé Maes à la 12e minute a lancé les Limbourgeois.")
    assert ("Maes", 12) in {(g.player, g.minute)
                            for g in match(fr, "KRC Genk", "KV Kortrijk").goals}
    de = facts_of(
        "date 2031-10\nPokal: Genk weiter\n\n"
        "Genk hat im Pokal gegen Kortrijk mit 2:0 gewonnen. Maes (12.) und Peeters (54.) "
        "trafen für die Gastgeber.")
    assert {(g.player, g.minute) for g in match(de, "KRC Genk", "KV Kortrijk").goals} == {
        ("Maes", 12), ("Peeters", 54)}
    nl = facts_of(
        "date 2031-10\nBeker: Genk wint\n\n"
        "KRC Genk won in de beker met 2-0 van KV Kortrijk. Het was Maes die na twaalf minuten "
        "de score opende.")
    assert "Maes" in scorers(nl)


def test_a_pronoun_opening_a_sentence_is_no_scorer():
    facts = facts_of(
        "date 2031-10\nCoupe: Mons passe\n\n"
        "Mons s'est imposé 1-2 à Charleroi en seizièmes de finale de la Coupe de Belgique.\n\n"
        "Cela n'a pas empêché les Zèbres de mener très tôt, Charleroi ayant ouvert la marque "
        "via Kaba.")
    # (not prevented from scoring: Kaba scored)
    assert "Cela" not in scorers(facts) and "Kaba" in scorers(facts)


def test_an_own_goal_is_the_deflecting_players_not_the_crossers():
    facts = facts_of(
        "date 2031-10\nCoupe: l'Union cartonne\n\n"
        "Union Saint-Gilloise a battu Lommel 4-0 en seizièmes de finale de la Coupe de "
        "Belgique.\n\nLenoir a ouvert le score (1-0, 10e), Moreau a doublé la mise (2-0, 20e)"
        " et Kaba a inscrit le troisième (3-0, 40e). Après l'heure, le gardien de Lommel Tom "
        "Maes a poussé un centre de Jan Peeters dans son propre but (63e, 4-0).")
    m = match(facts, "Union Saint-Gilloise", "Lommel SK")
    assert ("Tom Maes", 63, True) in {(g.player, g.minute, g.own_goal) for g in m.goals}
    assert "Peeters" not in scorers(facts)


def test_the_club_of_an_own_goal_is_not_read_from_the_previous_players_clause():
    facts = facts_of(
        "date 2031-01\nBeker: Beerschot wint\n\n"
        "Beerschot won in de beker met 2-3 bij Lierse Kempenzonen.\n\n"
        "Beerschot-huurling Tom Maes bracht de bal voor en Jan Peeters werkte hem per "
        "ongeluk in eigen doel.")
    m = match(facts, "Lierse Kempenzonen", "K. Beerschot VA")
    assert ("Jan Peeters", "K. Beerschot VA") not in {(g.player, g.club) for g in m.goals}
