"""Patterns of real cup reports, each written here in our own words with made-up players and
seasons: the shape the extractor met in the real-report corpus, never its sentences.

Every test states what a careful reader gets from the text and checks that extraction (and
the checks before storing) gives that and nothing more.
"""

from __future__ import annotations

from tests.knowledge.helpers import checked_facts as facts_of
from tests.knowledge.helpers import extract_text, scorers
from tests.knowledge.helpers import match_of as match


# ---------------------------------------------------------------- round-ups
def test_a_list_of_results_gives_each_score_its_own_clubs():
    facts = facts_of(
        "date 2029-12\nDe grote clubs staan in de kwartfinales van het bekertoernooi.\n\n"
        "Standard Luik won vlot van KV Kortrijk (4-0), Anderlecht stuurde KAA Gent naar huis "
        "(3-1) en Club Brugge versloeg Westerlo (2-0). Lierse SK ging onderuit (0-2).")
    assert match(facts, "Standard Liège", "KV Kortrijk").score == "4-0"
    assert match(facts, "RSC Anderlecht", "KAA Gent").score == "3-1"
    assert match(facts, "Club Brugge", "KVC Westerlo").score == "2-0"
    # Lierse's opponent is not named: no match is made up for it
    assert not any({"Lierse SK", "Lierse Kempenzonen"} & set(m.clubs) for m in facts.matches)
    assert {m.round for m in facts.matches} == {"round of 16"}


def test_an_unnamed_amateur_opponent_is_not_replaced_by_another_club():
    facts = facts_of(
        "date 2029-09\nVerrassingen in de zestiende finales van de beker.\n\n"
        "KV Mechelen won met 3-1 van Sint-Truiden. De Rouches gingen onderuit bij "
        "amateurploeg Heidebloem en verloren met 2-1.")
    assert match(facts, "KV Mechelen", "Sint-Truidense VV").score == "3-1"
    assert match(facts, "Standard Liège", "KV Mechelen") is None
    assert match(facts, "Standard Liège", "Sint-Truidense VV") is None


# ---------------------------------------------------------------- what a score is
def test_half_time_in_brackets_and_a_goal_with_its_minute_are_no_results():
    facts = facts_of(
        "date 2030-03\nPokal: Genk gewinnt das Finale\n\n"
        "Im Finale im König-Baudouin-Stadion setzte sich Genk gegen Cercle Brügge mit 2:0 "
        "(0:0) durch und holte den Pokal.\n\n"
        "Gilles Marnef traf nach der Pause (1:0, 55.) und Tomas Vrij legte nach.")
    final = match(facts, "KRC Genk", "Cercle Brugge")
    assert final.score == "2-0" and final.round == "final"
    assert len(facts.matches) == 1


def test_a_range_of_days_is_no_score():
    facts = facts_of(
        "date 2030-01\nGenk en Club Brugge naar de halve finales\n\n"
        "KRC Genk won de kwartfinale met 2-0 van KV Oostende. Tegen Club Brugge speelt Genk "
        "dan de halve finale (heen 4-6 februari, terug 11-13 februari).")
    assert [m.score for m in facts.matches] == ["2-0"]


def test_a_result_of_an_earlier_unnamed_cup_is_not_stored():
    facts = facts_of(
        "date 2030-03\nZondag bekerfinale tussen Club Brugge en Standard\n\n"
        "Club Brugge en Standard stonden al eens tegenover elkaar in een bekerfinale. De "
        "West-Vlamingen wonnen toen met 1-0, Arno Peys scoorde al in de openingsfase.")
    assert facts.matches == []
    assert facts.seasons == [] or all(s.winner is None for s in facts.seasons)


def test_a_clubs_list_of_cup_years_does_not_date_its_new_final():
    facts = facts_of(
        "date 2030-03-20\nCoupe de Belgique: nouveau trophée pour le Standard\n\n"
        "Dimanche au stade Roi Baudouin, les Liégeois, lauréats en 1967, 1993 et 2016, ont "
        "battu le FC Bruges 2-1 en finale.")
    final = match(facts, "Standard Liège", "Club Brugge")
    assert final.season == "2029-30" and final.round == "final"


def test_each_result_takes_the_year_named_last_before_it():
    facts = facts_of(
        "date 2030-05\nPokalfinale: Brügge gegen Anderlecht\n\n"
        "Im Pokalfinale trafen die zwei Vereine bisher zweimal aufeinander. 1978 gewann "
        "Club Brügge mit 3:1 gegen Anderlecht, 1991 setzte sich Anderlecht mit 2:0 gegen "
        "Club Brügge durch.")
    seasons = sorted(m.season for m in facts.matches)
    assert "2029-30" not in seasons
    assert set(seasons) <= {"1977-78", "1990-91"}


def test_since_a_year_leaves_a_results_season_open():
    # "depuis YEAR" next to a score ("a first final since YEAR", "no cup since YEAR, and
    # this 2-0") may date the result to that year or to today: none is stored
    for text in ("Pour la première fois depuis 1912 en finale, l'Union Saint-Gilloise "
                 "s'est imposée 2-0 contre le FC Bruges.",
                 "Genk attendait la Coupe depuis 1998, et voilà cette victoire 2-0 "
                 "contre Charleroi."):
        facts = facts_of("date 2031-04\nCoupe de Belgique\n\n" + text)
        assert [m for m in facts.matches if m.score] == []


# ---------------------------------------------------------------- rounds and competitions
def test_a_semi_final_report_that_looks_ahead_to_the_final_is_no_final():
    facts = facts_of(
        "date 2030-02\nGenk op weg naar de finale\n\n"
        "KRC Genk won de terugwedstrijd van de halve finale met 2-1 van KV Kortrijk en staat "
        "in de finale.")
    semi = match(facts, "KRC Genk", "KV Kortrijk")
    assert semi.round == "semi-final"
    assert not any(m.round == "final" for m in facts.matches)


def test_rounds_of_another_competition_are_not_the_cups():
    facts = facts_of(
        "date 2030-03-22\nCoupe de Belgique: sacre du FC Bruges\n\n"
        "Qualifié mardi pour les quarts de finale en Conference League, le FC Bruges a "
        "ensuite remporté la Coupe de Belgique en battant Genk 3-1.")
    final = match(facts, "Club Brugge", "KRC Genk")
    assert final.round == "final"


def test_a_womens_cup_report_gives_no_mens_cup_fact():
    facts = facts_of(
        "date 2030-03\nBekerfinale bij de vrouwen: Standard tegen Genk\n\n"
        "Standard versloeg in de halve finales van de vrouwenbeker Zulte Waregem met 3-0.")
    assert facts.matches == [] and facts.seasons == []


# ---------------------------------------------------------------- subjects and legs
def test_the_subject_after_an_opening_phrase_in_german():
    facts = facts_of(
        "date 2030-01\nPokal: Eupen im Halbfinale\n\n"
        "Am Mittwochabend besiegte Eupen im eigenen Stadion den KV Kortrijk im "
        "Viertelfinale mit 3:0.")
    quarter = match(facts, "KAS Eupen", "KV Kortrijk")
    goals = dict(zip(quarter.clubs, map(int, quarter.score.split("-")), strict=True))
    assert goals == {"KAS Eupen": 3, "KV Kortrijk": 0}


def test_a_first_leg_told_as_background_hands_the_goals_to_the_second_leg():
    facts = facts_of(
        "date 2030-02\nCoupe de Belgique: Anderlecht en finale\n\n"
        "Anderlecht, qui s'était imposé 0-3 à l'aller, a de nouveau battu Zulte Waregem 2-1 "
        "mardi lors du match retour de la demi-finale. Kwinten Lobbe a marqué deux fois pour "
        "Anderlecht (12e, 60e).")
    first = next(m for m in facts.matches if m.leg == 1)
    goals = dict(zip(first.clubs, map(int, first.score.split("-")), strict=True))
    assert goals == {"RSC Anderlecht": 3, "SV Zulte Waregem": 0} and first.goals == []


def test_the_leg_named_next_to_another_score_is_that_scores():
    facts = facts_of(
        "date 2030-02\nStandard in de finale\n\n"
        "Standard plaatste zich dinsdag voor de finale dankzij een 1-1 op het veld van KRC "
        "Genk, na de 2-0-zege in de heenwedstrijd.")
    legs = {m.leg: m.score for m in facts.matches if set(m.clubs) ==
            {"Standard Liège", "KRC Genk"}}
    assert legs.get(2) == "1-1"


# ---------------------------------------------------------------- goals
def test_a_french_action_with_its_minute_is_not_a_goal():
    facts = facts_of(
        "date 2030-03\nCoupe de Belgique: Charleroi file en demi-finale\n\n"
        "Charleroi a battu Courtrai 1-0 en quart de finale. Le gardien Lucas Mabrou dut "
        "intervenir sur une frappe de Nadir Bey (11e). Théo Vanis a marqué le seul but de "
        "la rencontre (67e).")
    assert scorers(facts) == {"Vanis"}


def test_scorers_listed_after_a_goal_noun_and_an_elided_article():
    facts = facts_of(
        "date 2030-03\nCoupe de Belgique: Genk en demi-finale\n\n"
        "Genk a battu Mouscron 2-1 en quart de finale grâce à des buts d'Ibou Sané et de "
        "Mats Oorts, malgré un but de Kevin Lamot.")
    assert scorers(facts) == {"Sané", "Oorts", "Lamot"}


def test_the_player_of_the_assist_is_not_a_scorer():
    facts = facts_of(
        "date 2030-09\nBeker: Antwerp stoot door\n\n"
        "Antwerp klopte Lierse SK met 2-0. Invaller Noah Daems legde eerst op Joris Bauwens, "
        "die binnentikte. In blessuretijd bezorgde Daems zijn ploeg de zege met nog een "
        "assist: Lars Mees kopte raak.")
    assert "Daems" not in scorers(facts)


def test_a_live_blogs_last_running_score_waits_for_the_final_whistle():
    told = ("date 2030-02\nLIVE: KV Mechelen - KAA Gent in de beker\n\n"
            "12' Goal! Pieter Cleys kopt de 1-0 binnen voor Mechelen.\n\n"
            "40' Kans voor Gent, maar de bal gaat naast.")
    assert all(m.score is None for m in extract_text(told).matches)
    ended = extract_text(told + "\n\n90' Einde wedstrijd in Mechelen.")
    assert [m.score for m in ended.matches if m.score] == ["1-0"]


def test_a_final_told_in_august_closes_the_season_before():
    facts = facts_of(
        "date 2030-08-02\nAntwerp remporte la Coupe de Belgique\n\n"
        "L'Antwerp s'est adjugé samedi la Coupe de Belgique aux dépens du Club Bruges, battu "
        "1-0 au stade Roi Baudouin.")
    final = match(facts, "Royal Antwerp FC", "Club Brugge")
    assert final.season == "2029-30" and final.round == "final"


def test_the_second_result_of_a_list_keeps_its_own_winner():
    facts = facts_of(
        "date 2030-05\nPokalfinale: Brügge gegen Anderlecht\n\n"
        "1978 gewann Brügge mit 3:1, 1991 war Anderlecht mit 2:0 besser.")
    # "Brügge" alone names two clubs: the first result has no club it can be sure of
    assert all(m.season != "1977-78" for m in facts.matches)


def test_an_amateur_club_is_named_by_its_level():
    facts = facts_of(
        "date 2029-09\nBeker: Standard en Westerlo sneuvelen\n\n"
        "Thuis verloor Westerlo met 0-1 van Heidebloem (AMA I). Standard sneuvelde bij "
        "amateurclub Geel, het werd 2-1.")
    assert match(facts, "KVC Westerlo", "Heidebloem").score == "0-1"
    assert match(facts, "Standard Liège", "KFC Verbroedering Geel").score == "2-1"


def test_a_round_name_is_not_a_count_of_finals():
    facts = facts_of(
        "date 2029-12\nKV Mechelen naar de kwartfinales\n\n"
        "KV Mechelen won zijn achtste finale met 2-0 van Lommel SK. Anderlecht sneuvelde "
        "al in de zestiende finales.")
    assert not [f for f in facts.club_facts if f.kind == "final_number"]


def test_a_list_of_finals_won_and_lost_is_no_list_of_wins():
    facts = facts_of(
        "date 2030-03\nCoupe de Belgique: Bruges en finale\n\n"
        "Bruges a joué la finale deux saisons de suite: 2024 (victoire contre Lokeren) et "
        "2025 (défaite contre Anderlecht). Le FC Bruges a battu Genk 2-0 en demi-finale.")
    assert not [f for f in facts.club_facts if f.kind in ("finals_won", "finals_lost")]


def test_each_clause_is_typed_before_it_can_give_a_goal():
    from knowledge.extract.events import clause_event
    from knowledge.lexicon import default_lexicon
    from knowledge.text import fold

    lex = default_lexicon()
    cases = {
        "55' Wissel bij Genk: Jonas Aerts voor Mats Dirckx.": "substitution",
        "Opstelling KRC Genk: Wouters, Cleys, Aerts, Dirckx.": "lineup",
        "80' Gele kaart voor Kevin Marx.": "card",
        "Ooms trof de paal.": "missed",
        "Pieter Cleys kopt de 1-0 binnen.": "goal",
        "Charleroi a changé de gardien: remplacement de Léo Bats par Noé Vint.": "substitution",
    }
    for text, event in cases.items():
        assert clause_event(lex, fold(text)) == event, text


def test_a_live_blogs_substitutions_cards_and_line_ups_give_no_goals():
    facts = facts_of(
        "date 2030-02\nLIVE: KRC Genk - KV Kortrijk, heenmatch halve finale beker\n\n"
        "12' Goal! Pieter Cleys kopt de 1-0 binnen voor Genk.\n\n"
        "55' Wissel bij Genk: Jonas Aerts voor Mats Dirckx.\n\n"
        "73' Bram Ooms 81' Tibo Lens\n\n"
        "80' Gele kaart voor Kevin Marx.\n\n"
        "Opstelling KRC Genk: Wouters, Cleys, Aerts, Dirckx, Ooms, Lens.\n\n"
        "90' Einde wedstrijd: Genk wint met 1-0.")
    semi = match(facts, "KRC Genk", "KV Kortrijk")
    assert semi.score == "1-0"
    assert [(g.player, g.minute) for g in semi.goals] == [("Pieter Cleys", 12)]


def test_a_heading_and_its_list_of_goals():
    facts = facts_of(
        "date 2031-04\nTerugblik: zo ging de bekerfinale van 2024.\n\n"
        "Cercle Brugge - KRC Genk: 1-2\n\n"
        "Doelpunten: 10' Aron Deman 1-0, 55' Iben Voet 1-1, 81' Kas Lemmens (eigen doelpunt) "
        "1-2.\n\nOpstelling Cercle Brugge: Vanhoutte, Lemmens, Desmet.")
    final = match(facts, "Cercle Brugge", "KRC Genk")
    assert final.season == "2023-24" and final.score == "1-2"
    goals = [(g.player, g.club, g.minute, g.own_goal) for g in final.goals]
    assert goals == [("Aron Deman", "Cercle Brugge", 10, False),
                     ("Iben Voet", "KRC Genk", 55, False),
                     ("Kas Lemmens", "KRC Genk", 81, True)]


def test_a_goal_credited_to_a_club_in_the_scorers_own_words():
    facts = facts_of(
        "date 2030-12\nUnion naar de kwartfinales van de beker\n\n"
        "Geen stunt voor KV Oostende, dat met 2-1 verloor bij Union. Gus Baert en Iwan Keys "
        "scoorden voor de thuisploeg, in tussentijd scoorde Rik Moens namens Oostende.")
    m = match(facts, "Union Saint-Gilloise", "KV Oostende")
    clubs = {g.player.split()[-1]: g.club for g in m.goals}
    assert clubs == {"Baert": "Union Saint-Gilloise", "Keys": "Union Saint-Gilloise",
                     "Moens": "KV Oostende"}


def test_a_cup_count_denied_is_no_count():
    facts = facts_of(
        "date 2030-03\nGenk verliest de bekerfinale\n\n"
        "Racing Genk is er niet in geslaagd om een vijfde Beker van België aan zijn "
        "prijzenkast toe te voegen. Standard won de finale met 1-0 van Genk in het Koning "
        "Boudewijnstadion.")
    assert not [f for f in facts.club_facts if f.kind == "cup_wins"]


# ---------------------------------------------------------------- scores in words and labels
def test_a_french_score_in_words_is_a_result():
    facts = facts_of(
        "date 2031-05\nCoupe de Belgique: le Standard soulève le trophée\n\n"
        "Samedi au stade Roi Baudouin, le Standard s'est adjugé la Coupe de Belgique en "
        "battant Charleroi 3 buts à 1.")
    final = match(facts, "Standard Liège", "Sporting Charleroi")
    assert final.score == "3-1" and final.round == "final"
    assert facts.seasons[0].winner == "Standard Liège"


def test_a_range_in_french_words_is_no_score():
    facts = facts_of(
        "date 2031-02\nCoupe de Belgique: Charleroi en quarts\n\n"
        "Charleroi sera privé de son capitaine pendant 2 à 3 semaines.")
    assert facts.matches == [] or all(m.score is None for m in facts.matches)


def test_a_score_under_a_final_score_label_is_the_result():
    facts = facts_of(
        "date 2031-02\nCoupe de Belgique: Genk passe face à Saint-Trond\n\n"
        "Contre Saint-Trond en Coupe de Belgique, Genk n'a fait la décision que dans les "
        "dernières minutes. Score final : 1-0 en faveur de Genk.")
    m = match(facts, "KRC Genk", "Sint-Truidense VV")
    assert m is not None and m.score in ("1-0", "0-1")
    assert m.qualified in (None, "KRC Genk")
    assert dict(zip(m.clubs, map(int, m.score.split("-")), strict=True))["KRC Genk"] == 1


def test_a_town_that_names_its_province_is_the_club_the_story_is_about():
    facts = facts_of(
        "date 2031-05\nFinale de la Coupe: le Standard contre Bruges\n\n"
        "Le Club de Bruges et le Standard s'affrontent en finale de la Coupe de Belgique. À "
        "Bruxelles, Liège remporte la coupe contre le Club de Bruges par 2 buts à 1.")
    final = match(facts, "Standard Liège", "Club Brugge")
    assert final is not None and final.round == "final"
    assert dict(zip(final.clubs, map(int, final.score.split("-")), strict=True)) == \
        {"Standard Liège": 2, "Club Brugge": 1}


def test_the_keeper_a_scorer_faced_is_no_scorer():
    facts = facts_of(
        "date 2031-03\nCoupe de Belgique: Genk bat Eupen\n\n"
        "Genk a battu Eupen 1-0 en quart de finale de la Coupe de Belgique.\n\n"
        "Lucas Vermaelen partait seul et ne tremblait pas face à Tom Delrue (1-0, 48e). "
        "Delrue repoussait ensuite une frappe de Vermaelen.")
    assert match(facts, "KRC Genk", "KAS Eupen").score == "1-0"
    assert scorers(facts) <= {"Vermaelen"}


def test_the_last_running_score_is_the_result_when_its_leader_went_through():
    text = ("date 2031-12\nZulte Waregem naar de halve finales\n\n"
            "Zulte Waregem plaatste zich woensdag voor de halve finales van de Beker van "
            "België, ten koste van Charleroi.\n\n"
            "Piet Maes opende de score na de rust (1-0). Jan Bos maakte er 2-0 van (86e).")
    m = match(facts_of(text), "SV Zulte Waregem", "Sporting Charleroi")
    assert m.score == "2-0" and m.qualified == "SV Zulte Waregem"
    # a goal left untold (one told, two in the score) leaves the result unknown, and so
    # does a last goal of no known late minute (the report may go on)
    short = text.replace("Piet Maes opende de score na de rust (1-0). ", "")
    untimed = text.replace(" (86e)", "")
    for other in (short, untimed):
        m = match(facts_of(other), "SV Zulte Waregem", "Sporting Charleroi")
        assert m is None or m.score is None


# ---------------------------------------------------------------- legs
def test_a_semi_final_result_without_its_leg_is_not_stored():
    facts = facts_of(
        "date 2033-02\nBeker: Mechelen naar de finale\n\n"
        "In de halve finales van de Beker van België won KV Mechelen met 1-2 bij Union. "
        "Het was een spannende avond.")
    assert match(facts, "KV Mechelen", "Union Saint-Gilloise") is None
    # (a club said to have gone through played its tie's return: that result's leg is
    # known, test_the_result_of_a_club_that_went_through_a_two_legged_round_is_the_return)


def test_a_semi_final_of_a_season_that_played_one_match_keeps_its_result():
    facts = facts_of(
        "date 2021-02\nBeker: Standard naar de finale\n\n"
        "Standard won met 0-1 bij Eupen in de halve finale.")
    m = match(facts, "KAS Eupen", "Standard Liège")
    assert m is not None and m.score == "0-1" and m.leg is None


# ---------------------------------------------------------------- look-back pieces
def test_a_series_episode_without_a_date_is_of_the_year_it_goes_back_to():
    facts = facts_of(
        "In onze reeks over de bekerzeges van Lierse gaan we vandaag terug naar 1999.\n\n"
        "Lierse trekt naar de Heizel voor de finale tegen Standard en wint met 3-1. "
        "Trainer Eric Gerets leidde de club naar een tweede beker.")
    final = match(facts, "Lierse SK", "Standard Liège")
    assert final is not None and final.season == "1998-99" and final.score == "3-1"
    # "de club" after two clubs were named is not said to be either's
    assert not [f for f in facts.club_facts if f.kind == "cup_wins"]


def test_a_league_named_as_a_clubs_description_leaves_the_cup_result():
    facts = facts_of(
        "date 2032-09\nBeker: Westerlo struikelt in de zestiende finales\n\n"
        "Westerlo, de laatste uit de Jupiler Pro League, ging thuis met 0-1 onderuit tegen "
        "Tubeke. In de competitie won Westerlo vorige week nog met 2-0 van Lommel.")
    m = match(facts, "KVC Westerlo", "Tubize-Braine")  # Tubize after 2021
    assert m is not None and m.score == "0-1" and m.round == "round of 32"
    # the league match of the next sentence is not the cup's
    assert match(facts, "KVC Westerlo", "Lommel SK") is None


def test_the_only_goal_of_a_match_makes_its_score():
    facts = facts_of(
        "date 2033-04\nAntwerp remporte la Coupe de Belgique\n\n"
        "Au stade Roi Baudouin, l'Antwerp a battu le Club de Bruges en finale de la Coupe de "
        "Belgique, un ticket pour l'Europa League. Marco Dewitte (25e) a inscrit l'unique "
        "but de la rencontre.")
    final = match(facts, "Royal Antwerp FC", "Club Brugge")
    assert final is not None and final.round == "final"
    assert dict(zip(final.clubs, map(int, final.score.split("-")), strict=True)) == \
        {"Royal Antwerp FC": 1, "Club Brugge": 0}
    assert facts.seasons[0].winner == "Royal Antwerp FC"


def test_a_score_in_a_clubs_favour_makes_that_club_the_winner():
    facts = facts_of(
        "date 2032-02\nCroky Cup: Lommel through to the quarter-finals\n\n"
        "The Limburg derby in the Belgian Cup between Genk and Lommel ended 1-3 in "
        "Lommel's favour.")
    m = match(facts, "KRC Genk", "Lommel SK")
    assert dict(zip(m.clubs, map(int, m.score.split("-")), strict=True)) == \
        {"KRC Genk": 1, "Lommel SK": 3}
    # "in Lommel's favour" is no place: nothing says Lommel played at home
    assert m.home != "Lommel SK" or m.order_unsure


def test_a_place_before_one_score_is_not_the_next_scores():
    facts = facts_of(
        "date 2032-02\nCoupe de Belgique: Courtrai en finale\n\n"
        "Gand affrontera en finale Courtrai, qui a obtenu mardi un nul à Malines (2-2) au "
        "retour de la demi-finale après sa victoire à l'aller (3-1).")
    first = next(m for m in facts.matches if m.leg == 1)
    assert set(first.clubs) == {"KV Kortrijk", "KV Mechelen"}
    assert dict(zip(first.clubs, map(int, first.score.split("-")), strict=True)) == \
        {"KV Kortrijk": 3, "KV Mechelen": 1}
    assert first.home != "KV Mechelen"


def test_a_paragraph_about_an_earlier_final_files_its_result_under_that_final():
    facts = facts_of(
        "date 2033-05\nLa finale de Coupe de Belgique 2024 entre Genk et Malines reste dans "
        "les mémoires. Pour Jonas Peeters, la victoire 2-1 des Limbourgeois était un "
        "tournant.")
    m = match(facts, "KRC Genk", "KV Mechelen")
    assert m is not None and m.season == "2023-24" and m.round == "final"
    assert not any(s.season == "2032-33" for s in facts.seasons)


def test_a_final_compared_with_an_earlier_one_stays_this_seasons():
    facts = facts_of(
        "date 2033-05\nGenk wins the Belgian Cup\n\n"
        "Sunday's final mirrored the 2024 final. Genk beat Mechelen 2-1 in the final at the "
        "King Baudouin Stadium.")
    m = match(facts, "KRC Genk", "KV Mechelen")
    assert m is not None and m.season == "2032-33"


def test_a_club_name_in_a_compound_is_not_the_club():
    facts = facts_of(
        "date 2032-05\nBekerfinale: Anderlecht wint\n\n"
        "Anderlecht won de bekerfinale tegen Gent. Twee ex-spelers met een Gent-verleden "
        "zorgden voor de 3-2-zege van Anderlecht.")
    m = match(facts, "RSC Anderlecht", "KAA Gent")
    assert m is not None and m.score is not None
    assert dict(zip(m.clubs, map(int, m.score.split("-")), strict=True)) == \
        {"RSC Anderlecht": 3, "KAA Gent": 2}


def test_a_minute_after_the_previous_scorer_is_not_the_next_ones():
    facts = facts_of(
        "date 2033-05\nIm Finale setzte sich Genk gegen Cercle Brügge mit 2:0 durch. Erst in "
        "den Schlussminuten machte Genk den Sieg perfekt, der Belgier Tom Maes (84.) und "
        "Kapitän Bart Wouters (90.) erzielten die Treffer.")
    final = match(facts, "KRC Genk", "Cercle Brugge")
    assert {g.player.split()[-1]: g.minute for g in final.goals} == {"Maes": 84, "Wouters": 90}


def test_a_german_noun_after_another_capitalised_word_is_no_scorer():
    facts = facts_of(
        "date 2033-02\nPokal: Gent im Finale\n\n"
        "Im Halbfinal-Rückspiel trennten sich Ostende und Gent 2:2. Nach einer halben "
        "Stunde Spielzeit stand es bereits 2:0 für Ostende.")
    assert not any("Spielzeit" in g.player for m in facts.matches for g in m.goals)
    assert not any("Spielzeit" in p.name for p in facts.people)


def test_a_result_of_last_week_in_a_return_leg_report_is_the_first_leg():
    facts = facts_of(
        "date 2033-02\nBeker: Kortrijk en Gent naar de finale\n\n"
        "In de terugmatchen van de halve finales plaatsten Gent en Kortrijk zich voor de "
        "finale. Vorige week speelden Kortrijk en Lommel 1-1 gelijk, in de andere halve "
        "finale won Gent met 0-2 bij Eupen.")
    first = match(facts, "KV Kortrijk", "Lommel SK")
    assert first is not None and first.leg == 1 and first.round == "semi-final"
    assert first.score == "1-1"


def test_a_wire_that_a_club_won_the_cup_is_the_finals_report():
    facts = facts_of(
        "date 2034-05\nBrüssel - Zum dritten Mal hat der KV Mechelen den belgischen Pokal "
        "gewonnen. Im König-Baudouin-Stadion siegte der Verein, der nach 1987 sein viertes "
        "Finale bestritt, mit 2:1 gegen Lommel SK.")
    final = match(facts, "KV Mechelen", "Lommel SK")
    assert final is not None and final.season == "2033-34" and final.round == "final"
    assert dict(zip(final.clubs, map(int, final.score.split("-")), strict=True)) == \
        {"KV Mechelen": 2, "Lommel SK": 1}


# ---------------------------------------------------------------- match sheets
def test_a_match_sheet_gives_the_clubs_score_round_and_leg():
    facts = facts_of(
        "date 2034-01-20\nkvoKV Oostende\nzwaSV Zulte Waregem\n2-1\n"
        "Datum: 20/01/2034 20:30\nCompetitie: Beker van België\n"
        "Speeldag: Kwart Finales (H)\nStadion: Versluys Arena\n"
        "Oostende neemt een voorsprong mee naar Waregem\n\n"
        "Thuis haalden de kustboys het in de heenmatch met één doelpunt verschil.")
    m = match(facts, "KV Oostende", "SV Zulte Waregem")
    assert m is not None and m.home == "KV Oostende" and m.score == "2-1"
    assert m.round == "quarter-final" and m.leg == 1


def test_a_bylines_and_field_lines_are_no_lead():
    facts = facts_of(
        "date 2034-02-06\nDatum: 06/02/2034 20:45\nCompetitie: Beker van België\n"
        "Speeldag: Halve Finales (T)\nStadion: Den Dreef\n"
        "Mechelen naar de Heizel\nJan Peeters\nJan Peeters\n| 3 reacties\n"
        "Mechelen naar de Heizel\nFoto: © SC\n\n"
        "KV Mechelen trekt naar de Heizel. De Kakkers waren na strafschoppen te sterk voor "
        "OH Leuven.\n\n"
        "De heenwedstrijd in Mechelen was op een 2-2-gelijkspel geëindigd.")
    legs = {m.leg: m for m in facts.matches
            if set(m.clubs) == {"KV Mechelen", "Oud-Heverlee Leuven"}}
    assert legs[1].score == "2-2" and legs[1].home == "KV Mechelen"
    assert legs[2].qualified == "KV Mechelen"
    assert {m.round for m in legs.values()} == {"semi-final"}


def test_a_french_round_up_with_three_clubs_in_a_sentence():
    facts = facts_of(
        "date 2034-12\nMercredi soir, le RWDM a éliminé Dessel Sport (0-2), pensionnaire de "
        "Division 1 amateurs, et se hisse en quarts de la Coupe de Belgique.\n\n"
        "Le RWDM y retrouve Lommel qui a battu à domicile Mandel United, pensionnaire de "
        "Division 2 amateurs (4-1). Dirk Maes (90+1) a scellé le 4-1.\n\n"
        "Le KV Malines, formation de Challenger Pro League, a de son côté éliminé Courtrai "
        "(2-0).")
    assert match(facts, "Dessel Sport", "RWDM Brussels").score == "0-2"
    lommel = match(facts, "Lommel SK", "Mandel United")
    assert lommel.score == "4-1" and lommel.home == "Lommel SK"
    assert match(facts, "RWDM Brussels", "Lommel SK") is None
    assert match(facts, "KV Mechelen", "KV Kortrijk").score == "2-0"
    assert {m.round for m in facts.matches} == {"round of 16"}
    assert not facts.seasons or not any(s.winner for s in facts.seasons)


def test_a_year_after_an_autumn_month_is_the_next_seasons_and_a_later_clause_dates_nothing():
    facts = facts_of(
        "date 2035-02\nBeker: Gent naar de kwartfinales\n\n"
        "Gent won in de achtste finales met 4-1 van Kortrijk en nam daarmee revanche voor de "
        "uitschakeling in de zestiende finales in oktober 2032. Na een zwakke match werd het "
        "toen 2-0 voor Kortrijk.")
    m = match(facts, "KAA Gent", "KV Kortrijk")
    assert m is not None and m.season == "2034-35" and m.round == "round of 16"
    from knowledge.extract.results import year_of_result
    from knowledge.extract.scores import find_scores
    from knowledge.lexicon import default_lexicon
    text = "in de zestiende finales in oktober 2032 won Kortrijk met 2-0"
    token = find_scores(text)[0]
    assert year_of_result(text, token, text, default_lexicon().months) == 2033


def test_an_acronym_that_begins_another_clubs_name_is_not_that_club():
    facts = facts_of(
        "date 2034-09\nCoupe de Belgique: Mouscron passe\n\n"
        "Mouscron s'est défait 3-1 du KVK Wellen, pensionnaire de 3e nationale, en "
        "seizièmes de finale de la Coupe de Belgique.")
    assert not any("KV Kortrijk" in m.clubs for m in facts.matches)


def test_a_first_leg_two_weeks_before_in_french():
    facts = facts_of(
        "date 2034-02\nCoupe de Belgique: Courtrai - Antwerp en direct\n\n"
        "Courtrai reçoit l'Antwerp ce mercredi en demi-finale retour de la Coupe de Belgique. "
        "L'aller, joué il y a deux semaines, s'était terminé sur un nul (2-2).")
    first = next(m for m in facts.matches if m.score)
    assert first.leg == 1 and first.score == "2-2" and first.round == "semi-final"
