"""Result and name patterns of real cup reports (fourth set), each written here in our own
words with made-up players and seasons: the shape the extractor met in the real-report
corpus, never its sentences."""

from __future__ import annotations

from knowledge.checks import winner_of
from knowledge.clubs import default_registry
from knowledge.extract.clubs import ClubFinder
from knowledge.lexicon import default_lexicon
from knowledge.text import fold
from tests.knowledge.helpers import checked_facts as facts_of
from tests.knowledge.helpers import find, scorers


# ---------------------------------------------------------------- win idioms
def test_taking_the_measure_of_a_club_named_with_du_is_a_win():
    facts = facts_of(
        "date 2031-12\nCoupe: Charleroi passe\n\n"
        "Charleroi, mardi, a su prendre la mesure du RFC Seraing (0-2) lors des huitièmes de "
        "finale de la Coupe de Belgique. Prochain rendez-vous : les quarts, en janvier.")
    m = find(facts, "Sporting Charleroi", "RFC Seraing")
    assert (m.home, m.score, m.away) == ("RFC Seraing", "0-2", "Sporting Charleroi")


def test_an_english_side_that_ran_out_winners_won_the_match():
    facts = facts_of(
        "date 2031-09\nCup: a debut to remember\n\n"
        "Winger Sam Okafor made a bright start for his new Belgian club on Wednesday.\n\n"
        "In Brussels on Tuesday night, Union SG ran out easy 4-1 winners against amateur side "
        "City Pirates in the Belgian Cup.")
    m = find(facts, "Union Saint-Gilloise", "City Pirates")
    assert m.score == "4-1" and winner_of(m) == "Union Saint-Gilloise"


def test_making_firewood_of_a_club_is_a_win():
    facts = facts_of(
        "date 2032-01\nBeker: Union naar de halve finale\n\n"
        "Union maakte dinsdag in de kwartfinale van de beker brandhout van KV Mechelen (5-1).")
    m = find(facts, "Union Saint-Gilloise", "KV Mechelen")
    assert m.score == "5-1" and winner_of(m) == "Union Saint-Gilloise"


def test_settling_with_a_club_around_the_score_is_a_win():
    facts = facts_of(
        "date 2031-12\nBeker: Antwerp door\n\n"
        "Bekerhouder Antwerp staat alweer bovenaan in de competitie en rekende woensdag in de "
        "laatste zestien van de beker met 3-1 af met Lommel.")
    m = find(facts, "Royal Antwerp FC", "Lommel SK")
    assert m.score == "3-1" and winner_of(m) == "Royal Antwerp FC"


def test_disposing_of_a_club_with_an_adverb_between_is_a_win():
    facts = facts_of(
        "date 2031-12\nCoupe: deux qualifiés\n\n"
        "Courtrai a rejoint le tour suivant de la Coupe de Belgique. Plus tard dans la "
        "soirée, Genk a disposé tranquillement de Westerlo (4-0).")
    m = find(facts, "KRC Genk", "KVC Westerlo")
    assert m.score == "4-0" and winner_of(m) == "KRC Genk"


# ---------------------------------------------------------------- not names
def test_a_drawn_out_shout_and_a_hashtag_in_a_live_line_are_no_scorers():
    facts = facts_of(
        "date 2031-10\nBeker: Genk te sterk voor Lommel\n\n"
        "Genk won woensdag in de beker met 2-0 van Lommel.\n\n"
        "63' | 2-0 | GOOOOAAAAL van onze nummer 9 ! #GNKLOM\n\n"
        "Jonas Maes had Genk voor de rust op voorsprong gezet.")
    assert not {"GOOOOAAAAL", "GNKLOM"} & scorers(facts)


def test_a_player_named_after_the_score_in_a_later_clause_did_not_score_it():
    facts = facts_of(
        "date 2031-11\nBeker: Club te sterk voor Lommel\n\n"
        "Club Brugge won woensdag in de beker met 2-0 van Lommel.\n\n"
        "Na een half uur kopte Jens Wouters Club op voorsprong. Twaalf minuten voor tijd legde "
        "Pieter Vos vanaf de stip de 2-0 op het scorebord, nadat Lommel-verdediger Bart Maes "
        "de bal met de hand had beroerd.")
    assert "Maes" not in scorers(facts)


def test_the_only_player_named_in_another_clause_than_the_score_did_not_score_it():
    facts = facts_of(
        "date 2031-11\nBeker: Eupen wint bij Lommel\n\n"
        "Eupen won woensdag in de beker met 0-3 bij Lommel.\n\n"
        "De supporters van Lommel bleven nog zingen na de 0-3, terwijl bij Eupen sjaals met "
        "daarop Tom Maes werden uitgedeeld.")
    assert scorers(facts) == set()


# ---------------------------------------------------------------- Dutch result idioms
def test_going_down_with_the_score_before_the_particle_is_a_defeat():
    facts = facts_of(
        "date 2031-12\nBeker: klachten na bekermatch\n\n"
        "Lommel ging vorige maand in de beker met 3-1 onderuit bij Patro Eisden. "
        "Achteraf klaagde de coach over de kleedkamers.")
    m = find(facts, "Lommel SK", "Patro Eisden")
    assert (m.home, m.score, m.away) == ("Patro Eisden", "3-1", "Lommel SK")


def test_a_would_that_tells_how_the_story_ended_is_no_chance():
    facts = facts_of(
        "date 2031-10\nBeker: geen stunt voor Bilzen\n\n"
        "Tien minuten hoopte Belisia Bilzen op een stunt in de Ghelamco Arena. Toen Lars "
        "Pieters al snel voor 1-0 in de touwen joeg, was het sprookje voorbij. Uiteindelijk "
        "zou Gent het halen met 5-0.")
    m = find(facts, "KAA Gent", "Belisia Bilzen")
    assert (m.home, m.score) == ("KAA Gent", "5-0")
    assert "Pieters" in scorers(facts)


def test_a_compound_upset_win_after_the_score_is_a_win():
    facts = facts_of(
        "date 2031-08\nBeker: loting van de zestiende finales\n\n"
        "Tweedeklasser Hamme haalde de zestiende finales na een mooie 2-0 stuntzege tegen "
        "Lommel. Vandaag kent de club zijn volgende tegenstander.")
    m = find(facts, "KFC Vigor Wuitens Hamme", "Lommel SK")
    assert m.score == "2-0" and winner_of(m) == "KFC Vigor Wuitens Hamme"


def test_a_german_success_glued_to_the_score_at_a_clubs_ground_is_an_away_win():
    facts = facts_of(
        "date 2032-01\nPokal: Schnee sorgt für Absagen\n\n"
        "Zwei Viertelfinalspiele im belgischen Pokal fallen dem Schnee zum Opfer. Am "
        "Mittwochabend zog Standard über einen 2:1-Erfolg bei KV Mechelen ins Halbfinale ein.")
    m = find(facts, "Standard Liège", "KV Mechelen")
    assert (m.home, m.score, m.away) == ("KV Mechelen", "1-2", "Standard Liège")


# ---------------------------------------------------------------- finals and finalists
def test_a_side_that_claimed_the_belgian_cup_by_a_score_won_the_final():
    facts = facts_of(
        "date 2031-05\nKeeper happy after cup win\n\n"
        "Last weekend, goalkeeper Ben Carter and his Belgian club Standard claimed the "
        "Belgian Cup, beating Genk 3-1 in Brussels.")
    m = find(facts, "Standard Liège", "KRC Genk")
    assert m.round == "final"
    assert [(s.season, s.winner) for s in facts.seasons] == [("2030-31", "Standard Liège")]


def test_a_club_that_knocked_another_out_of_the_semi_finals_is_a_finalist():
    facts = facts_of(
        "date 2032-03\nBoete voor Kortrijk\n\n"
        "Kortrijk moet een boete betalen na incidenten in de beker. Mechelen schakelde KVK "
        "uit: in de halve finales won Mechelen de tweede match met 0-2.")
    assert [s.finalists for s in facts.seasons] == [["KV Mechelen"]]


def test_a_club_that_knocked_another_out_last_season_did_not_go_through_this_tie():
    facts = facts_of(
        "date 2032-11\nBeker: Westerlo ontvangt Genk\n\n"
        "Westerlo ontvangt woensdag Genk in de zestiende finales van de beker. Westerlo "
        "schakelde vorig seizoen Antwerp nog uit, maar strandde daarna tegen Lommel.")
    assert all(m.qualified is None for m in facts.matches)


# ------------------------------------------------------- the lead's pair, a final score's side
def test_a_final_score_given_to_a_club_makes_that_club_the_winner():
    facts = facts_of(
        "date 2032-02\nCoupe: Malines passe à Anvers\n\n"
        "Auteur du seul but, Tom Peeters a aidé Malines à prendre le meilleur sur les "
        "Rats du Beerschot en huitièmes de finale de la Coupe de Belgique. Malines jouera "
        "les quarts.\n\n"
        "Coup de sifflet final : 0-1 pour Malines.")
    m = find(facts, "KV Mechelen", "K. Beerschot VA")
    assert (m.home, m.score, m.away) == ("K. Beerschot VA", "0-1", "KV Mechelen")


def test_a_club_that_managed_to_push_another_aside_names_the_leads_match():
    facts = facts_of(
        "date 2032-01\nBeker: Club naar de halve finale\n\n"
        "Club Brugge staat in de halve finale van de beker, nadat het knap Charleroi opzij "
        "wist te zetten. Het werd 4-0. In de halve finale wacht Standard.")
    m = find(facts, "Club Brugge", "Sporting Charleroi")
    assert m.score == "4-0" and winner_of(m) == "Club Brugge"


# ---------------------------------------------------------------- clubs of long ago
def test_a_name_passed_on_names_the_old_club_in_a_finals_winner_of_its_time():
    facts = facts_of(
        "date 2017-11\nAnderlecht en de beker\n\n"
        "Vijf keer stonden Anderlecht en Standard tegenover elkaar in de beker. Beerschot won "
        "de beker in 1979 na een finale tegen Sint-Truiden.")
    assert [(s.season, s.winner) for s in facts.seasons] == [("1978-79", "Germinal Beerschot")]


def test_a_provinces_people_of_a_club_are_that_club_not_another_of_the_province():
    finder = ClubFinder(default_registry(), default_lexicon())
    text = "avec un 3 - 0 infligé aux Limbourgeois de Saint-Trond en finale"
    found = finder.find(text, fold(text), "fr")
    assert [(m.kind, m.candidates) for m in found] == [("alias", ("Sint-Truidense VV",))]


# ---------------------------------------------------------------- German round-ups
def test_a_german_club_that_could_beat_another_by_a_score_won():
    facts = facts_of(
        "date 2031-10\nPokal: Überraschungen im Sechzehntelfinale\n\n"
        "Im belgischen Pokal gab es Überraschungen. Lommel war am Mittwoch mit 0:1 beim "
        "Amateurklub Tienen ausgeschieden, während Eupen mit 4:1 Lierse schlagen konnte.")
    m = find(facts, "KAS Eupen", "Lierse Kempenzonen")
    assert m.score == "4-1" and winner_of(m) == "KAS Eupen"


def test_the_score_after_ninety_minutes_told_next_is_not_the_results():
    facts = facts_of(
        "date 2031-10\nPokal: drei Verlängerungen\n\n"
        "Im belgischen Pokal mussten drei Erstligisten in die Verlängerung. Eupen gewann bei "
        "Lommel mit 3:2 - nach 90 Minuten lautete es 2:2.")
    m = find(facts, "KAS Eupen", "Lommel SK")
    assert (m.home, m.score, m.away) == ("Lommel SK", "2-3", "KAS Eupen")


# ---------------------------------------------------------------- a season, the guests
def test_a_year_after_since_or_with_a_result_does_not_date_an_undated_report():
    facts = facts_of(
        "Anderlecht veut la Coupe\n\n"
        "Comme chaque saison, Anderlecht vise la Coupe, une coupe jamais plus "
        "soulevée depuis sa dixième victoire de 2009 (2-0 contre Genk). Finaliste "
        "contre le Club Bruges en 2016 (1-2), le club a ensuite été éliminé deux fois.")
    assert facts.matches == [] and facts.seasons == []


def test_the_guests_of_a_new_paragraph_on_the_other_leg_are_the_reported_matchs():
    facts = facts_of(
        "date 2032-02\nLommel verpasst das Finale\n\n"
        "Lommel hat den Einzug ins Pokalfinale nicht geschafft: Lommel verlor am Mittwoch das "
        "Halbfinal-Rückspiel gegen Mechelen mit 1:3.\n\n"
        "Lommel musste früh treffen. Die Gäste hatten das Hinspiel mit 2:0 gewonnen.")
    first = find(facts, "Lommel SK", "KV Mechelen", leg=1)
    assert (first.home, first.score, first.away) == ("KV Mechelen", "2-0", "Lommel SK")


def test_a_german_noun_after_a_preposition_article_and_adjective_is_no_scorer():
    facts = facts_of(
        "date 2032-02\nEupen verliert das Rückspiel\n\n"
        "Eupen unterlag Mechelen im Rückspiel des Halbfinales am Dienstag mit 0:2.\n\n"
        "Die beste Chance hatte Eupen in der 30. Minute, als Lenz sich auf der rechten "
        "Torauslinie behaupten konnte und dann vor das Tor von Mechelen flankte.")
    assert not {"Torauslinie", "Lenz"} & scorers(facts)


# ---------------------------------------------------------------- who went through, where
def test_a_final_score_with_no_verb_goes_to_the_club_the_lead_put_through():
    facts = facts_of(
        "date 2031-09\nBeker: Lommel door na moeizame namiddag\n\n"
        "Zondagmiddag plaatste Lommel zich nipt voor de volgende bekerronde. De "
        "Limburgers hadden het lastig met Tienen.\n\n"
        "Tienen kwam zelfs op voorsprong tegen Lommel. Na de rust was het nog lang spannend, "
        "maar in de slotfase zorgde Lommel voor een 1-3 eindstand.")
    m = find(facts, "Lommel SK", "KVK Tienen")
    assert m.qualified == "Lommel SK"
    assert m.score is not None and winner_of(m) == "Lommel SK"


def test_a_win_at_a_third_clubs_ground_is_not_the_stories_match():
    facts = facts_of(
        "date 2032-03\nGenk in goede vorm\n\n"
        "Genk plaatste zich vorige week voor de bekerfinale tegen Mechelen. Zondag volgde in "
        "X")
    assert all(m.score is None for m in facts.matches if "KV Mechelen" in m.clubs)


def test_the_club_met_in_the_final_for_which_a_place_is_played_is_not_the_opponent():
    facts = facts_of(
        "date 2020-02\nDeux amis face à face\n\n"
        "Les deux amis se retrouvaient mercredi au match retour des demi-finales, pour une "
        "place en finale "
        "face au Standard. Malines s'est imposé sur penalty. La demi-finale retour entre "
        "Courtrai et Malines a opposé deux amis.\n\n"
        "Au bout du compte, Courtrai a quitté la Coupe après une courte défaite "
        "(0-1).")
    m = find(facts, "KV Kortrijk", "KV Mechelen", leg=2)
    assert m.round == "semi-final" and winner_of(m) == "KV Mechelen"
    assert all("Standard Liège" not in x.clubs for x in facts.matches)


def test_knocking_a_club_out_of_the_cup_in_the_infinitive_is_a_win():
    facts = facts_of(
        "date 2032-01\nBeker: Lommel hoopt op nieuwe stunt\n\n"
        "Lommel verraste in oktober al door Genk bij de laatste 32 met een klinkende 1-4 "
        "uit de beker te kegelen. Nu wacht Antwerp.")
    m = find(facts, "Lommel SK", "KRC Genk")
    assert m.score == "1-4" and winner_of(m) == "Lommel SK"


# ---------------------------------------------------------------- a level result in words
def test_a_goalless_draw_is_a_nil_nil_result_that_a_shootout_decides():
    facts = facts_of(
        "date 2031-04\nKeeper the hero as Gent lift the cup\n\n"
        "Gent keeper Tom Vos stopped two kicks to win the Belgian Cup for his side on Sunday, "
        "beating Anderlecht 4-2 in the shootout that followed a goalless draw: a cup final "
        "without a goal at the Heysel.")
    m = find(facts, "KAA Gent", "RSC Anderlecht")
    assert (m.score, m.penalties) == ("0-0", "4-2")
    assert [(s.season, s.winner) for s in facts.seasons] == [("2030-31", "KAA Gent")]


def test_a_score_line_under_a_live_pages_minute_stamp_is_no_result():
    facts = facts_of(
        "date 2032-01\nDIRECT : Genk et Anderlecht sont lancés\n\n"
        "Genk reçoit Anderlecht pour un quart de la Coupe de Belgique, mardi.\n\n"
        "Temps 12'\n"
        "9\n"
        "Premier corner pour Anderlecht, sans danger pour le gardien\n"
        "4\n"
        "Genk presse haut d'entrée de jeu\n"
        "1\n"
        "Genk - Anderlecht: 0-0\n"
        "Bonsoir et bienvenue pour ce quart de finale !")
    assert all(m.score is None for m in facts.matches)


# ---------------------------------------------------------------- a cup match without the word
def test_a_round_up_that_tells_a_shootout_is_a_cup_report_without_a_cup_word():
    facts = facts_of(
        "date 2031-09-10\nLes favoris tiennent leur rang\n\n"
        "Lommel a souffert contre Tubize : 2-2 après prolongations, et il a fallu les tirs au "
        "but (4-2) pour passer. Eupen a gagné de justesse sur le terrain de "
        "Virton (0-1). Seraing a disposé 3-0 de Namur grâce à un doublé de Tom Lenaerts.")
    m = find(facts, "KAS Eupen", "Excelsior Virton")
    assert (m.home, m.score, m.away) == ("Excelsior Virton", "0-1", "KAS Eupen")


def test_a_defender_whose_clearance_failed_before_the_equaliser_did_not_score():
    facts = facts_of(
        "date 2017-03\nCoupe : Zulte Waregem soulève la Coupe\n\n"
        "Zulte Waregem a gagné la Coupe de Belgique contre Ostende, au bout d'une séance "
        "de penalties (3-3, 4-2).\n\n"
        "Ostende ouvrait la marque par Vanlerberghe (18e). Zulte égalisait par Leye (25e). "
        "Berrier redonnait l'avantage à Ostende à la 54e minute. Encore une fois, "
        "l'avance ne tenait pas. Sur une longue balle, Kaya profitait d'une intervention "
        "manquée de Lucas Dupont et égalisait (64e).")
    assert "Dupont" not in scorers(facts) and "Kaya" in scorers(facts)
