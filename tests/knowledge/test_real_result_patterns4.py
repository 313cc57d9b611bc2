"""Result and name patterns of real cup reports (fifth set), each written here in our own
words with made-up players and seasons: the shape the extractor met in the real-report
corpus, never its sentences."""

from __future__ import annotations

from knowledge.extract.scores import years
from tests.knowledge.helpers import checked_facts as facts_of
from tests.knowledge.helpers import find, goals_by_club


# ---------------------------------------------------------------- counts are no years
def test_a_number_counting_fans_is_no_year():
    assert years("en 2031 quelque 1900 supporters avaient fait le deplacement") == [2031]
    assert years("ruim 2000 toeschouwers in 2032") == [2032]
    assert years("2030 euro boete") == []


def test_a_crowd_of_two_thousand_does_not_date_a_final_to_2000():
    facts = facts_of(
        "date 2034-04\nCoupe: écran géant au stade\n\n"
        "Le Standard installera un écran géant pour la finale de dimanche. La dernière fois, "
        "c'était en 2031 et près de 2000 supporters y avaient assisté au succès du Standard "
        "face à Malines (3-1).")
    seasons = {m.season for m in facts.matches}
    assert "1999-00" not in seasons and "2030-31" in seasons


# ---------------------------------------------------------------- Bruges is Club Brugge
def test_bruges_alone_in_a_french_report_is_club_brugge():
    facts = facts_of(
        "date 2033-02\nCoupe: le Standard passe\n\n"
        "Le Standard a eu chaud contre Bruges, mais a gagné 2-1 mardi en quarts de finale de "
        "la Coupe. Tom Verlaine a marqué les deux buts.")
    m = find(facts, "Standard Liège", "Club Brugge")
    assert m.score is not None and sorted(m.score.split("-")) == ["1", "2"]


def test_the_cercle_of_bruges_stays_the_cercle():
    facts = facts_of(
        "date 2033-02\nCoupe: le Cercle sorti\n\n"
        "Le Cercle de Bruges a été éliminé 0-2 par Eupen en huitièmes de finale de la Coupe "
        "de Belgique.")
    m = find(facts, "Cercle Brugge", "KAS Eupen")
    assert m.score is not None


def test_the_names_in_a_results_brackets_stay_that_results():
    # "et" inside the brackets joins two scorers; it does not start the next result
    facts = facts_of(
        "date 2033-11-10\nCoupe: seizièmes\n\n"
        "Genk a battu l'Antwerp 2-0 (buts de Peeters et Maes) et Bruges a battu le Lierse "
        "2-0 (Janssens, Claes).")
    assert find(facts, "Club Brugge", "Lierse Kempenzonen").score == "2-0"
    genk = find(facts, "KRC Genk", "Royal Antwerp FC")
    assert sorted(g.player for g in genk.goals) == ["Maes", "Peeters"]


# ---------------------------------------------------------------- the address says "cup"
def test_a_report_filed_under_a_cup_address_is_a_cup_report():
    text = ("url https://www.example.be/sport/regional/coupe-de-belgique-4e-tour-visé-passe\n"
            "date 2032-09\nVisé - Hamoir 2-0\n\n"
            "Les Visétois ont fait la différence après la pause. Tom Verlaine ouvrait la marque "
            "de la tête (55e, 1-0) et Paul Lenoir doublait la mise dans les arrêts de jeu.")
    assert facts_of(text).matches
    assert not facts_of(text.split("\n", 1)[1]).matches  # the same text without its address


def test_a_town_with_the_aren_ending_is_its_people_not_a_scorer():
    facts = facts_of(
        "date 2032-11\nBeker: Union te sterk voor Cappellen\n\n"
        "In Kapellen haalde Union het in de beker met 1-3. De Kapellenaren kwamen eerst nog "
        "op voorsprong via Tom Peeters, maar daarna scoorde Union drie keer.")
    assert "Kapellenaren" not in {g.player for m in facts.matches for g in m.goals}


# ---------------------------------------------------------------- a level names a club
def test_a_town_after_the_amateurs_of_is_their_club():
    facts = facts_of(
        "date 2031-09-20\nPokal: Gent schon raus\n\n"
        "Für die KAA Gent ist der Pokal schon vorbei. Die Gäste unterlagen am Mittwoch "
        "bei den Amateuren von Geel knapp mit 2:1, das Tor von Gent kam zu spät.")
    m = find(facts, "KAA Gent", "KFC Verbroedering Geel")
    assert goals_by_club(m) == {"KFC Verbroedering Geel": 2, "KAA Gent": 1}


# ---------------------------------------------------------------- time told on
def test_years_told_on_since_an_opening_year_can_reach_the_report_season():
    facts = facts_of(
        "date 2031-03\nBeker: Peeters neemt revanche\n\n"
        "In 2025 verloor trainer Jan Peeters met Genk in de halve finale van de beker na "
        "strafschoppen. Het deed pijn. Zes jaar later nam hij revanche. Ondertussen coach van "
        "Gent zette hij Anderlecht opzij met 1-2, wat hem een ticket voor de finale "
        "opleverde.")
    m = find(facts, "KAA Gent", "RSC Anderlecht")
    assert (m.season, m.round, m.score) == ("2030-31", "semi-final", "1-2")


def test_years_told_on_that_stay_in_the_past_store_nothing():
    facts = facts_of(
        "date 2031-03\nBeker: Peeters kent de beker\n\n"
        "In 2020 verloor trainer Jan Peeters met Genk in de halve finale van de beker. Twee "
        "jaar later nam hij revanche. Ondertussen coach van Gent klopte hij Anderlecht met "
        "1-2, wat hem een ticket voor de finale opleverde.")
    assert not [m for m in facts.matches if m.season == "2030-31"]


# ---------------------------------------------------------------- Dutch verb at the end
def test_too_strong_with_the_verb_at_the_end_of_a_subordinate_clause_is_a_win():
    facts = facts_of(
        "date 2031-05\nBekerfinale: Antwerp pakt de beker\n\n"
        "Het was een zonnige middag in het Koning Boudewijnstadion, waar Antwerp met 3-1 te "
        "sterk was voor een bleek Westerlo in de bekerfinale.")
    m = find(facts, "Royal Antwerp FC", "KVC Westerlo")
    assert m.score is not None and sorted(m.score.split("-")) == ["1", "3"]


# ---------------------------------------------------------------- level after extra time
def test_a_level_score_after_ninety_minutes_and_extra_time_is_the_result():
    facts = facts_of(
        "date 2032-12\nBeker: Lommel stunt tegen Charleroi\n\n"
        "Charleroi is in de beker gestruikeld over Lommel. Het werd een lange avond. Na "
        "negentig minuten en verlengingen stond het 1-1, en Lommel trok de strafschoppen naar "
        "zich toe.")
    assert find(facts, "Lommel SK", "Sporting Charleroi").score == "1-1"


def test_a_level_score_after_another_clubs_shoot_out_is_not_the_story_match():
    facts = facts_of(
        "date 2032-09-10\nBeker: Union naar de volgende ronde\n\n"
        "Union won zaterdagavond makkelijk met 1-4 bij FC Tilleur en is door. Elders kwam "
        "Wervik er pas na strafschoppen (4-2) door tegen Zonnebeke. Na de verlengingen was het "
        "daar nog 2-2.")
    assert find(facts, "Union Saint-Gilloise", "RFC Tilleur").score == "1-4"


# ---------------------------------------------------------------- German object after a title
def test_a_club_after_against_and_a_title_is_the_loser_past_a_half_time_score():
    facts = facts_of(
        "date 2033-03\nPokalfinale in Brüssel\n\n"
        "Der Pokal geht nach Brügge. In Brüssel setzte sich der zwölfmalige Meister am "
        "Sonntag 3:1 (2:0) gegen Titelverteidiger RSC Anderlecht durch.")
    m = find(facts, "Club Brugge", "RSC Anderlecht")
    assert goals_by_club(m) == {"Club Brugge": 3, "RSC Anderlecht": 1}


# ---------------------------------------------------------------- an assist by backheel
def test_the_player_whose_backheel_set_up_the_goal_did_not_score_it():
    facts = facts_of(
        "date 2032-12\nCoupe: l'Antwerp passe\n\n"
        "L'Antwerp s'est imposé 2-1 face à Genk en huitièmes de finale de la Coupe de "
        "Belgique. Genk avait ouvert le score par Paul Lenoir (0-1, 5e). L'Antwerp a égalisé "
        "grâce à une frappe de Tom Verlaine, servi d'une talonnade signée Marc Dufour "
        "(1-1, 30e).")
    assert "Marc Dufour" not in {g.player for m in facts.matches for g in m.goals}


# ---------------------------------------------------------------- the round reached next
def test_a_win_that_reached_the_final_is_no_final():
    facts = facts_of(
        "date 2031-03\nBeker: Gent naar de finale\n\n"
        "Coach Jan Peeters kende een sterke week. Ondertussen coach van Gent klopte hij "
        "Anderlecht met 1-2 en bereikte zo de bekerfinale.")
    assert not [m for m in facts.matches if m.round == "final"]
    assert not [s for s in facts.seasons if s.winner]


# ---------------------------------------------------------------- a result beside a draw
def test_a_result_told_with_the_cup_in_a_report_on_the_next_draw_is_stored():
    facts = facts_of(
        "date 2033-10-28 Westerlo boekte vrijdag een nuchtere 0-2-zege tegen Dender in de Croky "
        "Cup, maar trainer Jan Peeters vond de loting jammer: de volgende ronde brengt een "
        "verre verplaatsing naar Club Brugge.\n\n"
        "Westerlo had het vrijdag niet lastig tegen Dender in de beker. De Kemphanen kwamen "
        "twee keer tot scoren (0-2, Tom Peeters 49'), terwijl Dender er nooit aan te pas "
        "kwam.")
    m = find(facts, "KVC Westerlo", "FCV Dender EH")
    assert goals_by_club(m) == {"KVC Westerlo": 2, "FCV Dender EH": 0}


# ---------------------------------------------------------------- the league as an attribute
def test_the_league_inside_a_german_attribute_describes_the_club_not_the_match():
    facts = facts_of(
        "date 2032-11-10\nPokal: Lüttich ist draußen\n\n"
        "Standard Lüttich unterlag am Dienstag knapp mit 1:2 im Stadion des in der Liga "
        "schwächelnden Erstligisten KV Kortrijk.")
    m = find(facts, "Standard Liège", "KV Kortrijk")
    assert goals_by_club(m) == {"Standard Liège": 1, "KV Kortrijk": 2}


# ---------------------------------------------------------------- a preview's other results
def test_a_preview_told_with_face_each_other_keeps_its_clubs_league_results_out():
    facts = facts_of(
        "date 2033-12-02\nCoupe: Standard - Charleroi ce soir\n\n"
        "Le Standard et Charleroi s'affrontent ce mercredi en huitièmes de finale de la Coupe. "
        "Côté carolo, l'équipe a retrouvé le sourire vendredi. Après trois revers, les Zèbres "
        "ont dominé Genk, 2-0 au bout du compte. Au tour précédent, le Standard avait écarté "
        "Deinze par trois buts à un, 3-1.")
    assert not [m for m in facts.matches if "KRC Genk" in m.clubs]
    # the previous round of the preview's round of 16
    assert find(facts, "Standard Liège", "KMSK Deinze").round == "round of 32"


# ---------------------------------------------------------------- goalless for a while
def test_a_score_still_goalless_at_some_point_is_no_result():
    facts = facts_of(
        "date 2033-03-14\nCoupe: Eupen a failli surprendre le Standard\n\n"
        "Eupen a longtemps cru à la surprise face au Standard en Coupe. Lorsque le "
        "marquoir restait encore nul et vierge, Tom Verlaine a raté un face-à-face pour les "
        "Pandas.")
    assert not [m for m in facts.matches if m.score == "0-0"]
