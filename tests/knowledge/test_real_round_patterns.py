"""Rounds, finalists, winners and club history as real cup reports tell them, each written
here in our own words with made-up players and seasons: the shape met in the real-report
corpus, never its sentences."""

from __future__ import annotations

import pytest

from knowledge.extract.rounds import round_in
from knowledge.lexicon import default_lexicon
from tests.knowledge.helpers import checked_facts as facts_of
from tests.knowledge.helpers import finalists
from tests.knowledge.helpers import match_of as match


# ---------------------------------------------------------------- round words
def test_a_result_for_a_round_in_french_is_of_that_round():
    # "pour les seizièmes" after a result is the round played; "qualifié pour les
    # huitièmes" is the next one
    facts = facts_of(
        "date 2031-10\nCoupe de Belgique: Malines passe\n\n"
        "Malines a battu Courtrai 3-1 mercredi pour les seizièmes de finale. Voilà le "
        "premier club qualifié pour les huitièmes de finale.")
    m = match(facts, "KV Mechelen", "KV Kortrijk")
    assert m.score == "3-1" and m.round == "round of 32"


def test_a_finalist_of_a_european_cup_does_not_name_the_round():
    # "Viertelfinalist der Europa League" describes the club, it is no cup round
    facts = facts_of(
        "date 2031-05\nJubel in Gent. Die Buffalos schlugen Standard Lüttich in einem "
        "packenden Cupfinal mit 3:1. Der Viertelfinalist der Europa League feierte damit "
        "seinen ersten Pokal seit langem.")
    m = match(facts, "KAA Gent", "Standard Liège")
    assert m.round == "final" and m.score in ("3-1", "1-3")
    assert facts.seasons[0].winner == "KAA Gent"


def test_a_club_qualified_for_a_round_played_the_round_before():
    # words may stand between the verb and "pour les": still the next round
    facts = facts_of(
        "date 2031-12\nCoupe: Gand passe\n\n"
        "La Gantoise s'est qualifiée mercredi après-midi pour les quarts de finale en allant "
        "gagner 1-3 à Ostende.")
    assert match(facts, "KAA Gent", "KV Oostende").round == "round of 16"


def test_round_words_the_next_round_cue_does_not_govern():
    # "voor de Buffalo's in de halve finale": "in" governs the round, the match was the
    # semi-final; "dicht bij een bekerfinale" is a final still to reach
    lex = default_lexicon()
    assert round_in("het bekeravontuur eindigt voor de buffalo's in de halve finale.",
                    lex) == "semi-final"
    assert round_in("eupen kwam gisteren zo dicht bij een bekerfinale.", lex) == "semi-final"
    assert round_in("hij miste de kans om de eindstrijd van de beker te bereiken.",
                    lex) == "semi-final"
    assert round_in("lommel stoot door naar de kwartfinale.", lex) == "round of 16"


def test_a_heading_result_takes_the_round_the_paragraph_under_it_names():
    facts = facts_of(
        "date 2031-04\nHet parcours van Lommel\n\n"
        "Lommel SK - KV Kortrijk 2-1\n\n"
        "In de achtste finales kwam Lommel moeizaam voorbij de Kerels.\n\n"
        "KV Oostende - Lommel SK 0-2\n\n"
        "De kwartfinale was een makkie voor de Limburgers.")
    assert match(facts, "Lommel SK", "KV Kortrijk").round == "round of 16"
    assert match(facts, "KV Oostende", "Lommel SK").round == "quarter-final"


def test_a_summary_under_the_last_heading_of_a_results_list_gives_no_round():
    facts = facts_of(
        "date 2031-12\nLes résultats de la soirée\n\n"
        "Mercredi soir, place à la suite des huitièmes de finale.\n\n"
        "Les résultats\n\nCharleroi 2-0 Lommel\n\nGenk 1-2 Ostende\n\n"
        "Charleroi, Ostende et Courtrai rejoignent donc Anderlecht et Malines en quart de "
        "finale en attendant le match de demain.")
    assert match(facts, "KRC Genk", "KV Oostende").round == "round of 16"


# ---------------------------------------------------------------- club history
def _history(text: str) -> set[tuple[str, str, object]]:
    return {(f.club, f.kind, f.value) for f in facts_of(text).club_facts}


def test_cup_counts_told_as_times_belong_to_the_club_of_their_own_piece():
    facts = _history(
        "date 2031-03\nBekerfinale: Gent tegen Anderlecht\n\n"
        "Zondag spelen Gent en Anderlecht de bekerfinale. Gent won de beker al vier keer, "
        "Anderlecht tien keer.")
    assert ("KAA Gent", "cup_wins", 4) in facts
    assert ("RSC Anderlecht", "cup_wins", 10) in facts


def test_cup_counts_in_digits_and_as_a_number_of_cups():
    facts = _history(
        "date 2031-05\nCoupe: Genk sacré\n\n"
        "Genk a battu Charleroi 2-0 en finale de la Coupe de Belgique. Genk remporte sa 7e "
        "Coupe de Belgique. Charleroi, qui a perdu la 3e finale perdue de son histoire, "
        "attend toujours.\n\nAnderlecht reste devant avec douze coupes au palmarès.")
    assert ("KRC Genk", "cup_wins", 7) in facts
    assert ("RSC Anderlecht", "cup_wins", 12) in facts
    # "la 3e finale perdue" counts lost finals, not the number of this final
    assert not any(kind == "final_number" for _, kind, _ in facts)


def test_cup_wins_counted_beside_the_finals_played():
    facts = _history(
        "date 2031-03\nCoupe: le Standard en finale\n\n"
        "Avec 9 succès en 14 finales, le Standard est un habitué. Charleroi (3 finales, "
        "2 titres) rêve aussi.")
    assert ("Standard Liège", "cup_wins", 9) in facts
    assert ("Sporting Charleroi", "cup_wins", 2) in facts


def test_years_shared_by_two_clubs_or_one_year_twice_are_no_list_of_finals():
    facts = _history(
        "date 2031-03\nPokal: Gent gegen Lüttich im Finale\n\n"
        "Die beiden Klubs trafen sich zweimal im Pokalfinale: 2019 gewann Gent mit 2:0 und "
        "2024 war Standard Lüttich mit 3:1 stärker.\n\n"
        "Finale 2027: Lommel - Kortrijk, Pokal 2027. Lommel gewann das Finale.")
    assert not any(kind.startswith("finals_") for _, kind, _ in facts)


def test_the_number_of_a_final_told_as_times():
    facts = _history(
        "date 2031-03\nBekerfinale: Lommel - Eupen\n\n"
        "Lommel staat voor de vierde keer in de finale, voor het eerst sinds 2022. Eupen "
        "haalde al zes keer de halve finales.\n\n"
        "Eupen est en finale pour la 3e fois de son histoire.")
    assert ("Lommel SK", "final_number", 4) in facts
    assert ("KAS Eupen", "final_number", 3) in facts
    assert ("KAS Eupen", "final_number", 6) not in facts


def test_a_count_of_the_cups_of_a_span_or_a_round_is_no_cup_count():
    facts = _history(
        "date 2031-10\nBeker: Standard al weg in de 16e finales\n\n"
        "Standard won de beker drie keer in vijf jaar, maar ging nu onderuit tegen Lommel "
        "(1-2). Club Brugge pakte de laatste twee bekers. Lommel bereikt zo zijn derde "
        "bekerfinale in tien jaar.")
    assert facts == set()


# ---------------------------------------------------------------- finals told in history
def test_a_past_result_in_a_piece_about_a_clubs_finals_is_a_final():
    facts = facts_of(
        "date 2031-03\nOostende droomt van een derde beker\n\n"
        "Oostende speelde al twee bekerfinales en won ze allebei. De eerste was in 2024, "
        "toen klopte Oostende KV Kortrijk met 3-1.")
    final = match(facts, "KV Oostende", "KV Kortrijk")
    assert final.round == "final" and final.season == "2023-24"
    season = next(s for s in facts.seasons if s.season == "2023-24")
    assert season.winner == "KV Oostende"


def test_a_past_result_beside_another_round_or_in_a_list_is_no_final():
    facts = facts_of(
        "date 2031-03\nOostende kijkt terug\n\n"
        "Oostende speelde al twee bekerfinales. In 2024 klopte Oostende KV Kortrijk met 3-1 "
        "in de halve finale.\n\n"
        "Oostende speelde twee finales op rij, in 2026 (winst 2-0 tegen Lierse) en 2027 "
        "(verlies 1-2 tegen Lommel).")
    assert not any(m.round == "final" for m in facts.matches)
    assert not any(s.winner for s in facts.seasons)


def test_a_heading_result_is_a_final_when_the_paragraph_under_it_tells_the_final():
    facts = facts_of(
        "date 2031-02\nTwee bekers voor Lommel\n\n"
        "Lommel pakte twee keer de beker, een mooi palmares.\n\n"
        "Een late kopbal in 2027: Lommel SK-KV Kortrijk 1-0\n\n"
        "In de bekerfinale in Brussel kopte Jan Maes laat binnen. Het was de eerste "
        "bekerwinst van de club.")
    final = match(facts, "Lommel SK", "KV Kortrijk")
    assert final is not None and final.round == "final" and final.season == "2026-27"


def test_a_past_result_under_talk_of_another_round_is_no_final():
    facts = facts_of(
        "date 2031-02\nRetro\n\n"
        "Lommel haalde ooit de bekerfinale, maar de halve finale van dat jaar was mooier. "
        "De kwartfinale ook. In 2027 klopte Lommel KV Kortrijk met 2-1.")
    assert not any(m.round == "final" for m in facts.matches)


def test_a_look_back_at_a_cup_won_retells_its_final():
    facts = facts_of(
        "date 2031-04\nRetro: Lommel en de beker\n\n"
        "Lommel staat zondag weer in een finale. Daarom halen we de twee eerdere bekerzeges "
        "van de club nog eens boven. Deel één: 2026.\n\n"
        "Lommel SK - KV Kortrijk: 2-0\n\n"
        "Doelpunten: 12' Maes 1-0, 80' Peeters 2-0.")
    final = match(facts, "Lommel SK", "KV Kortrijk")
    assert final.round == "final" and final.season == "2025-26"
    season = next(s for s in facts.seasons if s.season == "2025-26")
    assert season.winner == "Lommel SK"


def test_a_look_back_at_a_semi_final_is_no_final():
    facts = facts_of(
        "date 2031-04\nRetro: Lommel en de beker\n\n"
        "We blikken terug op de halve finale van 2026, een van de mooiste avonden van de "
        "club.\n\nLommel SK - KV Kortrijk: 2-0\n\nDe Limburgers waren sterker.")
    assert not any(m.round == "final" for m in facts.matches)
    assert not any(s.winner for s in facts.seasons)


def test_a_finals_winner_needs_words_that_say_who_won():
    # "eindigde op 2-0" gives the finalists but not which side won
    facts = facts_of(
        "date 2031-03\nWesterlo en de beker\n\n"
        "Westerlo speelde twee bekerfinales. In 2026 eindigde het duel van Westerlo met "
        "Lierse SK op 2-0, na een lange avond in Brussel.")
    season = next(s for s in facts.seasons if s.season == "2025-26")
    assert set(season.finalists) == {"KVC Westerlo", "Lierse Kempenzonen"}
    assert season.winner is None


def test_the_cup_won_by_a_club_of_the_final_gives_the_winner_without_a_score():
    facts = facts_of(
        "date 2031-04\nGand remporte la Coupe de Belgique\n\n"
        "Samedi à Bruxelles, Gand a remporté la Coupe face à Ostende après une séance de "
        "tirs au but à rallonge.")
    final = match(facts, "KAA Gent", "KV Oostende")
    assert final is not None and final.round == "final" and final.qualified == "KAA Gent"
    season = next(s for s in facts.seasons if s.season == "2030-31")
    assert season.winner == "KAA Gent"
    assert set(season.finalists) == {"KAA Gent", "KV Oostende"}


def test_a_cup_won_in_another_year_names_no_winner_of_this_final():
    facts = facts_of(
        "date 2031-02\nCoupe: Anderlecht en demi-finale\n\n"
        "Anderlecht, qui a remporté la Coupe en 2028, a battu Gand 2-1 en demi-finale aller.")
    # the cup of 2028 is that season's, not this one's
    assert [(s.season, s.winner) for s in facts.seasons if s.winner] == [
        ("2027-28", "RSC Anderlecht")]


def test_clubs_that_meet_in_this_seasons_final_are_its_finalists():
    facts = facts_of(
        "date 2031-03\nCoupe: Ostende en finale\n\n"
        "Ostende a battu Courtrai 2-0 en demi-finale retour. La finale de la Coupe de "
        "Belgique opposera Ostende à Charleroi le 20 ou le 21 avril au stade Roi Baudouin.")
    season = next(s for s in facts.seasons if s.season == "2030-31")
    assert {"KV Oostende", "Sporting Charleroi"} <= set(season.finalists)
    assert season.winner is None
    german = facts_of(
        "date 2031-03\nPokal: Eupen und Lommel stehen im Finale\n\n"
        "Eupen gewann das Rückspiel gegen Kortrijk mit 2:0.")
    season = next(s for s in german.seasons if s.season == "2030-31")
    assert {"KAS Eupen", "Lommel SK"} <= set(season.finalists)


def test_two_clubs_that_went_through_to_the_final_together_are_finalists_not_opponents():
    for text in ("Tot ongenoegen van de stad hebben Mechelen en Westerlo zich geplaatst voor "
                 "de finale van de Beker.",
                 "Au grand regret des autorités, Mechelen et Westerlo se sont qualifiés pour "
                 "la finale de la Coupe."):
        facts = facts_of("date 2031-02-14\nFinale: strenge regels\n\n" + text)
        assert not facts.matches, facts.matches
        season = next(s for s in facts.seasons if s.season == "2030-31")
        assert set(season.finalists) == {"KV Mechelen", "KVC Westerlo"}
    # a place in the final they still fight for makes no finalist (nor a match)
    fight = facts_of("date 2031-02-14\nBeker\n\nVanavond strijden Mechelen en Westerlo om "
                     "een ticket voor de bekerfinale.")
    assert not any(s.finalists for s in fight.seasons) and not fight.matches


def test_clubs_that_play_or_face_each_other_in_the_final_are_its_finalists():
    for text in ("Mechelen en Westerlo staan vanavond op de Heizel tegenover elkaar in de "
                 "finale van de Beker.",
                 "Mechelen et Westerlo s'affrontent ce dimanche en finale de la Coupe."):
        facts = facts_of("date 2031-04\nBekerfinale\n\n" + text)
        season = next(s for s in facts.seasons if s.season == "2030-31")
        assert set(season.finalists) == {"KV Mechelen", "KVC Westerlo"}


def test_a_final_told_in_the_past_or_as_an_alternative_names_no_finalists():
    facts = facts_of(
        "date 2031-03\nBeker: Oostende naar de finale\n\n"
        "Oostende klopte Kortrijk met 2-0 in de halve finale. In de finale wacht Charleroi "
        "of Lommel. De vorige finale tussen Standard en Genk was een thriller.")
    assert not {"Sporting Charleroi", "Lommel SK", "Standard Liège", "KRC Genk"} & finalists(facts)


def test_a_pass_or_a_league_place_makes_no_club_go_through():
    # "une belle passe de X" is a pass; "qualified for the league's play-offs" is the league
    passing = facts_of(
        "date 2031-05\nFinale de la Coupe\n\n"
        "Le Club Bruges et Anderlecht se sont retrouvés en finale de la Coupe au stade Roi "
        "Baudouin.\n\nAnderlecht, bien dans son match, trouve une belle passe de Dubois.")
    league = facts_of(
        "date 2031-05\nBelgian Cup final\n\n"
        "Club Brugge and Anderlecht met in the Belgian Cup final in Brussels.\n\n"
        "Anderlecht have qualified for the play-offs in the league.")
    assert not any(m.qualified for m in passing.matches + league.matches)


# ---------------------------------------------------------------- last season's winner
def test_the_cup_holder_named_with_his_club_won_last_seasons_final():
    facts = facts_of(
        "date 2031-10\nBeker: loting zestiende finales\n\n"
        "De loting bracht twee mooie affiches: Genk gaat naar bekerhouder KV Oostende en "
        "Anderlecht ontvangt Lierse SK.\n\n"
        "Au tour suivant, Charleroi pourrait croiser Gand, le tenant du titre en championnat.")
    season = next(s for s in facts.seasons if s.season == "2030-31")
    assert season.winner == "KV Oostende" and season.finalists == ["KV Oostende"]
    assert len(facts.seasons) == 1


def test_a_holder_after_the_final_or_a_former_one_names_no_winner():
    april = facts_of(
        "date 2031-04\nBekerfinale\n\nBekerhouder KV Oostende viert feest na de finale.")
    former = facts_of(
        "date 2031-10\nBeker\n\nGewezen bekerhouder KV Oostende ging onderuit in Lommel.")
    dated = facts_of(
        "date 2031-10\nBeker\n\nIn 2027 trok bekerhouder KV Oostende naar Lommel.")
    assert not april.seasons and not former.seasons and not dated.seasons


def test_the_results_of_a_draw_report_are_of_the_round_before_the_one_drawn():
    facts = facts_of(
        "date 2029-12\nLoting beker: Genk tegen Antwerp\n\n"
        "Donderdag werden de kwartfinales van de Beker van België geloot: Genk-Antwerp en "
        "Kortrijk-Gent zijn de kleppers. Lommel-Eupen en Deinze-Mechelen zijn de andere "
        "kwartfinales.\n\n"
        "Genk rekende woensdag af met Anderlecht (2-1), Antwerp won dinsdag van Standard (3-0)."
        "\n\nDe kwartfinales worden gespeeld in januari.")
    assert {(m.round, m.score) for m in facts.matches} == {("round of 16", "2-1"),
                                                           ("round of 16", "3-0")}


def test_a_short_line_opened_by_a_finals_year_starts_that_seasons_part():
    from knowledge.extract.story import season_heading

    assert season_heading("1996 - club brugge - cercle brugge 2-1") == "1995-96"
    assert season_heading("1987: kv mechelen - rfc luik 1-0") == "1986-87"
    assert season_heading("2008-2009: genk wint de beker") == "2008-09"
    assert season_heading("1995 was een goed jaar voor club") is None


def test_a_qualification_for_a_round_names_the_round_after_the_one_played():
    facts = facts_of(
        "date 2029-12-20\nBeker: Kortrijk wint derby\n\n"
        "Kortrijk won het streekduel in de beker met 1-0 van Oostende. Met die ene goal van "
        "Jan Peeters was de kwalificatie van de kwartfinale binnen.")
    assert match(facts, "KV Kortrijk", "KV Oostende").round == "round of 16"


# ------------------------------------------------------------ the round reached
def test_qualified_with_the_score_before_the_round_is_the_round_before():
    facts = facts_of(
        "date 2033-12\nCoupe: Malines sort Gand\n\n"
        "Dans un stade plein, Malines s'est qualifié 2-0 après prolongation pour les quarts "
        "de finale aux dépens de La Gantoise.")
    assert match(facts, "KV Mechelen", "KAA Gent").round == "round of 16"


def test_wanting_to_qualify_for_a_round_names_the_round_to_come():
    facts = facts_of(
        "date 2034-02\nCoupe: Anderlecht passe à Louvain\n\n"
        "Anderlecht jouait à Louvain ce mercredi, en huitièmes de finale. Battus en championnat "
        "dimanche, les Mauves espéraient fort se qualifier pour les quarts. "
        "Anderlecht l'a emporté 1-3.")
    assert {m.round for m in facts.matches if m.score} == {"round of 16"}


def test_the_finals_ground_still_to_come_makes_no_final():
    facts = facts_of(
        "date 2034-04-16\nGenk in de bekerfinale\n\n"
        "Genk klopte vanavond Westerlo met 2-1. De bekerfinale is binnen. Het seizoen kan voor "
        "Genk in het Koning Boudewijnstadion nog goed eindigen.")
    m = match(facts, "KRC Genk", "KVC Westerlo")
    assert m.score == "2-1" and m.round != "final"
    assert all("KVC Westerlo" not in s.finalists for s in facts.seasons)


def test_travelling_for_a_round_names_the_round_played():
    facts = facts_of(
        "date 2034-02\nBeker: Anderlecht wint in Lommel\n\n"
        "Anderlecht reisde dinsdag naar Lommel voor de achtste finales van de beker. Dankzij "
        "een late treffer won Anderlecht met 1-2.")
    m = match(facts, "Lommel SK", "RSC Anderlecht")
    assert m.round == "round of 16" and m.home == "Lommel SK"


def test_a_round_in_another_results_piece_is_that_results():
    facts = facts_of(
        "date 2034-01\nCoupe: Anvers attend Courtrai\n\n"
        "Mercredi soir, Courtrai reçoit l'Antwerp: c'est la demi-finale aller. "
        "Après un succès 3-1 contre Lommel en seizièmes de finale, l'Antwerp a ensuite sorti "
        "Genk après une séance de penalties (2-2, 5-4 t.a.b.), et Charleroi ensuite (0-1).")
    assert match(facts, "Royal Antwerp FC", "Lommel SK").round == "round of 32"
    assert match(facts, "Royal Antwerp FC", "KRC Genk").round != "round of 32"


def test_a_season_written_short_is_no_score_and_dates_its_results():
    from knowledge.extract.scores import find_scores

    assert find_scores("in het seizoen 08-09 won genk met 2-1") != [] and \
        all(t.text == "2-1" for t in find_scores("in het seizoen 08-09 won genk met 2-1"))
    assert find_scores("la saison 12-13 de lokeren") == []
    facts = facts_of(
        "date 2031-02-03\nCoupe\n\nLes deux clubs se connaissent bien en Coupe. Pendant la "
        "saison 84-85, le Standard avait éliminé Lierse lors des quarts, 2-0.")
    old = match(facts, "Standard Liège", "Lierse SK")  # the club of that era
    assert (old.season, old.round, old.score) == ("1984-85", "quarter-final", "2-0")


def test_a_result_after_a_sentence_opened_by_a_short_season_is_of_no_season_told():
    # "in 84-85 they met in two legs. Standard won 0-1 at Lierse...": not the report's season
    facts = facts_of(
        "date 2031-02-03\nCoupe\n\nPendant la saison 84-85, Standard et Lierse se sont "
        "retrouvés en quarts. À Lierse, Standard a gagné 0-1.")
    assert all(m.season != "2030-31" for m in facts.matches if m.score)


def test_the_leagues_final_sprint_names_no_final():
    facts = facts_of(
        "date 2031-04-18\nStandard\n\nLe Standard rêve d'une victoire pour lancer le sprint "
        "final, la première depuis le succès obtenu contre Eupen.")
    assert not facts.seasons and all(m.round != "final" for m in facts.matches)


def test_a_piece_about_heroes_of_old_names_no_final_of_today():
    facts = facts_of(
        "date 2031-04-25\nBekerhelden\n\nOp 6 mei 1984 stonden de Buffalo's voor de tweede "
        "keer in een bekerfinale. We zochten enkele helden van weleer op. De kapitein nam na "
        "die finale tegen Standard afscheid van de Buffalo's.")
    assert all(s.season != "2030-31" for s in facts.seasons)


@pytest.mark.parametrize("sentence", [
    "Genk vocht, maar het greep naast het ticket voor de finale tegen Club Brugge.",
    "Genk greep naast de bekerfinale na een 1-2 nederlaag tegen Club Brugge in de halve finale.",
])
def test_a_final_missed_is_no_final_reached(sentence):
    facts = facts_of(f"date 2031-02-06\nBeker\n\n{sentence}")
    assert not any("KRC Genk" in s.finalists for s in facts.seasons)
    assert all(m.round != "final" for m in facts.matches)


def test_the_leagues_first_leg_is_not_the_cup_matchs_leg():
    facts = facts_of(
        "date 2031-01-16\nBeker: Oostende naar halve finales\n\nOostende heeft zich woensdag "
        "geplaatst voor de halve finales van de beker. Het klopte Gent met 3-2. Gent won de "
        "heenmatch in de competitie nog met 2-0.")
    cup = match(facts, "KV Oostende", "KAA Gent")
    assert (cup.round, cup.leg, cup.score) == ("quarter-final", None, "3-2")


def test_a_result_of_the_previous_round_after_the_reports_own_result():
    facts = facts_of(
        "date 2031-01-16\nBeker\n\nOostende won woensdag met 3-2 van Gent in de kwartfinales "
        "van de beker. In de vorige ronde klopte Oostende Lierse met 4-0.")
    assert match(facts, "KV Oostende", "KAA Gent").round == "quarter-final"
    assert match(facts, "KV Oostende", "Lierse Kempenzonen").round == "round of 16"


def test_an_undated_pieces_month_from_august_starts_the_next_season():
    facts = facts_of("Pokal\n\nSchon im September 2017 traf Eupen im Pokal auf Lierse.\n\n"
                     "Eupen besiegte Lierse mit 3:2.")
    assert match(facts, "KAS Eupen", "Lierse SK").season == "2017-18"


def test_a_match_drawn_is_not_the_cup_draw_to_come():
    facts = facts_of("date 2030-11-10\nCup\n\nAfter a 1-1 draw, Genk edged Lommel 4-3 in the "
                     "shoot-out of their Belgian Cup round of 32 tie.")
    assert match(facts, "KRC Genk", "Lommel SK").round == "round of 32"


@pytest.mark.parametrize("sentence", [
    "Genk a remporté dimanche la Coupe de Belgique en battant l'Antwerp 2-1.",
    "Genk won zondag de beker na een 2-1-zege tegen Antwerp.",
])
def test_a_cup_won_on_a_named_day_tells_the_final(sentence):
    facts = facts_of(f"date 2031-03-02\nFinale\n\n{sentence}")
    assert match(facts, "KRC Genk", "Royal Antwerp FC").round == "final"
    assert any(s.winner == "KRC Genk" for s in facts.seasons)


@pytest.mark.parametrize(("text", "season"), [
    ("Geschiedenis\n\nGenk won zijn eerste beker in 1998. In de finale klopte het Club Brugge "
     "met 4-0.", "1997-98"),
    ("Histoire\n\nLe Standard a remporté sa première Coupe en 1954. En finale, les Rouches "
     "s'étaient imposés 3-1 face à Malines.", "1953-54"),
    ("Historique\n\nC'est en 2010 que Gand a soulevé sa troisième Coupe. En finale, les "
     "Buffalos avaient dominé le Cercle 3-0.", "2009-10"),
])
def test_a_final_told_after_a_cup_won_in_a_year_is_that_years(text, season):
    facts = facts_of(f"date 2031-03-20\n{text}")
    assert [m.season for m in facts.matches if m.round == "final"] == [season]
    assert all(s.season == season for s in facts.seasons)



@pytest.mark.parametrize("text", [
    "Bekerfinale\n\nStandard won zijn laatste beker in 2018. In de finale klopte het zondag "
    "Genk met 2-1.",
    "Cup final\n\nStandard last won the cup in 2018. On Sunday they beat Genk 2-1 in the final.",
])
def test_the_cup_won_before_does_not_date_todays_final(text):
    # (and "klopte het zondag Genk": "het" after the verb is the subject, Genk the object)
    facts = facts_of(f"date 2031-04-20\n{text}")
    final = match(facts, "Standard Liège", "KRC Genk")
    assert (final.season, final.round) == ("2030-31", "final")
    assert any(s.season == "2030-31" and s.winner == "Standard Liège" for s in facts.seasons)


@pytest.mark.parametrize("sentence", [
    "Genk haalde de kwartfinales door met 2-0 te winnen van Lommel.",
    "Genk haalde de kwartfinales van de beker met een 2-0-zege tegen Lommel.",
])
def test_the_round_a_club_reached_is_the_one_after_the_match(sentence):
    m = match(facts_of(f"date 2031-01-20\nBeker\n\n{sentence}"), "KRC Genk", "Lommel SK")
    assert (m.round, m.score) == ("round of 16", "2-0")


@pytest.mark.parametrize("text", [
    "date 2031-02-11\nLoting beker\n\nDe kwartfinales van de beker zijn woensdag geloot en "
    "Eupen ontvangt Gent. Zondag stonden beide ploegen nog tegenover elkaar, het werd 2-2.",
])
def test_a_draw_reports_pair_has_not_met_in_the_cup_this_season(text):
    assert match(facts_of(text), "KAS Eupen", "KAA Gent") is None


@pytest.mark.parametrize("heading, round_name", [
    ("32ème de finale de la Coupe : Lommel - Deinze 2-0", "round of 64"),
    ("Coupe de Belgique, 16ème de finale : Lommel - Deinze 2-0", "round of 32"),
    ("Beker van België, 1/32ste finale: Lommel - Deinze 2-0", "round of 64"),
])
def test_a_round_written_with_its_number_is_no_final(heading, round_name):
    # an August report of an early round: "finale" in the round's name is not the final
    facts = facts_of(f"date 2030-08-25\n{heading}\n\nLommel a dominé la rencontre.")
    m = match(facts, "Lommel SK", "KMSK Deinze")
    assert m is not None and (m.season, m.round) == ("2030-31", round_name)
    assert not facts.seasons


def test_a_final_of_no_year_in_an_autumn_look_back_is_not_last_seasons():
    # "that final was lost": which final, the words before only say "since 2022"
    facts = facts_of(
        "date 2031-11-29\nAnderlecht en de beker\n\nNa de bekerzege van 2022 haalde Anderlecht "
        "nog één keer de eindstrijd. Ook die eindstrijd ging met 1-0 verloren, tegen Club "
        "Brugge.")
    assert facts.matches == [] and facts.seasons == []


@pytest.mark.parametrize("text", [
    # the lead says the cup was won
    "date 2031-08-02\nPokaltriumph für Antwerpen\n\nRoyal Antwerpen gewann den nationalen "
    "Pokal. Im Endspiel setzte sich das Team gegen den FC Brügge mit 1:0 durch.",
    # the sentence names the cup winner
    "date 2031-09-10\nEupen steigt in den Pokal ein\n\nIm Vorjahr war für Eupen im "
    "Achtelfinale Endstation. Pokalsieger wurde Antwerpen, nach einem 1:0 gegen den FC "
    "Brügge im Endspiel.",
    # the report of the final, its day and ground in the lead
    "date 2031-08-02\nClub Brugge - Antwerp\n\nClub Brugge lost the Saturday night cup final "
    "at the Heysel 0-1 to Antwerp.",
])
def test_the_last_final_told_in_summer_or_autumn_is_last_seasons(text):
    facts = facts_of(text)
    assert [(s.season, s.winner) for s in facts.seasons] == [("2030-31", "Royal Antwerp FC")]


@pytest.mark.parametrize("text", [
    "Antwerp won de terugmatch in de halve finale met 1-0 van Union, na een 1-0 nederlaag in "
    "de heenmatch. Omdat Union twee strafschoppen liet liggen, ging Antwerp toch door naar "
    "de finale.",
    "Antwerp won de terugmatch in de halve finale met 1-0 van Union, na een 1-0 nederlaag in "
    "de heenmatch. Nadat Union twee strafschoppen had gemist, ging Antwerp toch door naar "
    "de finale.",
])
def test_after_an_opening_subordinate_clause_the_main_clauses_club_went_through(text):
    facts = facts_of(f"date 2031-03-02\nBeker\n\n{text}")
    assert [s.finalists for s in facts.seasons] == [["Royal Antwerp FC"]]


def test_a_cup_final_won_tells_the_seasons_winner():
    facts = facts_of("date 2031-05-01\nWesterlo wint de bekerfinale van Lommel\n\n"
                     "Westerlo wint de bekerfinale van Lommel na een goal van Jan Peeters.")
    assert [(s.season, s.winner) for s in facts.seasons if s.winner] == [
        ("2030-31", "KVC Westerlo")]


def test_a_final_played_in_summer_under_a_match_sheet_is_the_season_befores():
    facts = facts_of(
        "date 2031-08-01\nlomLommel\nwesWesterlo\nDatum: 01/08/2031 20:30\n"
        "Competitie: Beker van België\nSpeeldag: Finale\nStadion: Koning Boudewijnstadion\n\n"
        "Westerlo wint de bekerfinale van Lommel na een goal van Jan Peeters\n\n"
        "Voor de nieuwe trainer is het meteen prijs in zijn eerste officiële match.")
    final = next(m for m in facts.matches if m.round == "final")
    assert final.season == "2030-31" and final.qualified == "KVC Westerlo"
    assert [(s.season, s.winner) for s in facts.seasons if s.winner] == [
        ("2030-31", "KVC Westerlo")]



def test_a_final_won_without_its_score_names_the_seasons_finalists_and_winner():
    for text in ("Westerlo heeft na een bloedstollende finale tegen Lommel de beker "
                 "gewonnen.",
                 "Westerlo a remporté sa troisième Coupe de Belgique en battant Lommel aux tirs "
                 "au but en finale."):
        facts = facts_of("date 2031-05-01\nBekerfinale\n\n" + text)
        season = next(s for s in facts.seasons if s.season == "2030-31")
        assert (set(season.finalists), season.winner) == (
            {"KVC Westerlo", "Lommel SK"}, "KVC Westerlo"), facts.seasons


def test_a_club_that_advances_to_a_round_or_is_in_it_played_the_round_before():
    facts = facts_of(
        "date 2031-01-20\nWesterlo advances to the last four after beating Lommel\n\n"
        "Another surprise: the Kempen side is now in the last four. Westerlo beat Lommel "
        "2-0.")
    m = match(facts, "KVC Westerlo", "Lommel SK")
    assert m is not None and m.round == "quarter-final", facts.matches


def test_a_club_called_last_seasons_finalist_played_last_seasons_final():
    facts = facts_of(
        "date 2031-10-29\nCoupe: les seizièmes de finale\n\n"
        "Jeudi, Westerlo, finaliste la saison dernière, entre en lice contre Lommel.")
    season = next(s for s in facts.seasons if s.season == "2030-31")
    assert season.finalists == ["KVC Westerlo"] and season.winner is None
