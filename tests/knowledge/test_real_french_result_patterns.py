"""How French real reports tell a result, in our own words with made-up seasons: the
shapes that made the extractor miss a match or its score in French round-ups and wire
items (win verbs in the infinitive or as an idiom, a match played "in the meantime", a
club spelt as French outlets spell it), never the reports' sentences.
"""

from __future__ import annotations

from tests.knowledge.helpers import checked_facts as facts_of
from tests.knowledge.helpers import match_of as match


def _score_of(facts, home: str, away: str) -> str | None:
    found = match(facts, home, away)
    assert found is not None, facts.matches
    assert found.home == home, found
    return found.score


# ---------------------------------------------------------------- win idioms in round-ups
def test_a_round_up_line_with_an_idiom_of_an_easy_win():
    facts = facts_of(
        "date 2033-10\nCoupe de Belgique : les seizièmes de finale\n\n"
        "Le soir même, Genk n'a fait qu'une bouchée de Lommel (0-5). "
        "Plus tard, le Standard n'a fait qu'une bouchée de Virton (4-0).")
    assert _score_of(facts, "Lommel SK", "KRC Genk") == "0-5"
    assert _score_of(facts, "Standard Liège", "Excelsior Virton") == "4-0"


def test_a_win_told_with_venir_a_bout_de_and_sur_le_score_de():
    facts = facts_of(
        "date 2034-04\nCoupe de Belgique : Ostende passe l'obstacle\n\n"
        "Ostende a longtemps souffert mais est venu à bout de Malines sur le score de 2-1.")
    assert _score_of(facts, "KV Oostende", "KV Mechelen") == "2-1"


def test_a_win_told_with_the_infinitive_se_defaire_de():
    facts = facts_of(
        "date 2033-12\nCoupe de Belgique : les huitièmes de finale\n\n"
        "Gand a fini par se défaire de Courtrai (2-1).")
    assert _score_of(facts, "KAA Gent", "KV Kortrijk") == "2-1"


def test_a_win_told_with_prendre_la_mesure_de():
    facts = facts_of(
        "date 2033-12\nCoupe de Belgique : les huitièmes de finale\n\n"
        "En huitièmes de finale, Charleroi a pris la mesure de Westerlo (2-0).")
    assert _score_of(facts, "Sporting Charleroi", "KVC Westerlo") == "2-0"


# ---------------------------------------------------------------- the other tie, same time
def test_a_match_played_in_the_meantime_is_of_the_same_leg():
    facts = facts_of(
        "date 2035-03\nCoupe de Belgique : les quarts de finale retour\n\n"
        "Au match retour des quarts de finale, Genk a battu Eupen 3-0 après un 1-1 à "
        "l'aller. Dans le même temps, Ostende est allé s'imposer de justesse sur le terrain de "
        "Mouscron (1-2).")
    other = match(facts, "Royal Excel Mouscron", "KV Oostende")
    assert other is not None and other.score == "1-2"
    assert other.leg == 2


# ---------------------------------------------------------------- club spellings
def test_rupel_boom_spelt_with_a_double_p_is_the_club_and_not_a_scorer():
    facts = facts_of(
        "date 2033-09\nCoupe de Belgique : les seizièmes de finale\n\n"
        "Eupen a battu Ruppel Boom 3-2. D'abord distancés 0-2 par Ruppel Boom à l'heure de "
        "jeu, les Eupenois ont tout retourné dans le dernier quart d'heure.")
    found = match(facts, "KAS Eupen", "KFC Rupel Boom")
    assert found is not None and found.score == "3-2"
    assert not any(g.player.lower().startswith("ruppel") for m in facts.matches
                   for g in m.goals)


# ---------------------------------------------------------------- "respectivement" lists
def test_each_score_of_a_respectively_list_goes_to_its_own_pair_and_verb():
    facts = facts_of(
        "date 2034-10\nCoupe de Belgique : les seizièmes de finale\n\n"
        "Au tour suivant, on verra Charleroi, Courtrai et Ostende, qui ont pris le dessus en "
        "battant respectivement Lommel (0-2), Deinze (4-1) et Virton (0-1).")
    # home-first digits: the winner named first played away when its goals come second
    assert _score_of(facts, "Lommel SK", "Sporting Charleroi") == "0-2"
    assert _score_of(facts, "KV Kortrijk", "KMSK Deinze") == "4-1"
    assert _score_of(facts, "Excelsior Virton", "KV Oostende") == "0-1"
    assert len(facts.matches) == 3


# ---------------------------------------------------------------- extra time, shoot-outs
def test_the_score_after_extra_time_not_the_one_after_ninety_minutes():
    facts = facts_of(
        "date 2031-03\nFinale de la Coupe de Belgique\n\n"
        "Charleroi a remporté la Coupe de Belgique samedi. Une séance de penalties a permis "
        "aux Zèbres de l'emporter 6 tirs au but à 5 face à Genk, sachant que les 90 minutes "
        "s'étaient achevées sur 0-0 et les prolongations sur 1-1.")
    final = match(facts, "Sporting Charleroi", "KRC Genk")
    assert final is not None and final.round == "final"
    assert final.score == "1-1"
    # the shoot-out written in words ("6 tirs au but à 5") is the final's, won by Charleroi
    assert final.penalties == ("6-5" if final.home == "Sporting Charleroi" else "5-6")
    assert [s.winner for s in facts.seasons] == ["Sporting Charleroi"]


# ---------------------------------------------------------------- history: past finals
def test_a_past_final_told_in_the_simple_past_with_an_adverb_in_the_verb():
    facts = facts_of(
        "date 2019-05\nGenk et la Coupe\n\n"
        "Ce trophée, les Limbourgeois le connaissent. Sous un autre coach, Genk enleva aussi "
        "la Coupe en 2011 (3-1 contre Anderlecht).")
    final = match(facts, "KRC Genk", "RSC Anderlecht")
    assert final is not None and final.season == "2010-11" and final.round == "final"
    assert final.score == "3-1" and final.home == "KRC Genk"


# ---------------------------------------------------------------- amateur round-ups
def test_a_french_round_up_of_amateur_clubs_with_idioms_and_places():
    facts = facts_of(
        "date 2034-08\nCoupe de Belgique : le cinquième tour\n\n"
        "Hamoir n'a pas tremblé face à Durbuy (3-0). Sans briller, l'Union Rochefortoise "
        "a assuré l'essentiel contre Dinant (2-1), tout comme Ciney du côté de Couvin (1-2).")
    assert _score_of(facts, "Hamoir", "Durbuy") == "3-0"
    assert _score_of(facts, "Rochefort", "Dinant") == "2-1"
    # "du côté de X": X played at home
    assert _score_of(facts, "Couvin-Mariembourg", "Ciney") == "1-2"


def test_turkse_rangers_with_their_district_are_one_club_not_a_scorer():
    facts = facts_of(
        "date 2034-08\nCoupe de Belgique : le cinquième tour\n\n"
        "Acren Lessines a battu les Turkse Rangers de Waterschei 2-0.")
    assert _score_of(facts, "Acren-Lessines", "Turkse Rangers") == "2-0"
    assert not [g for m in facts.matches for g in m.goals]


def test_round_up_headings_of_amateur_clubs_start_their_own_match():
    facts = facts_of(
        "date 2033-09\nCoupe de Belgique : le quatrième tour\n\n"
        "Vossem - Villers-la-Ville 1-3\n\n"
        "Les visiteurs ont fait la différence après la pause.\n\n"
        "URLC – De Kempen TL: 4-0\n\n"
        "Le club louviérois n'a laissé aucune chance à son hôte.")
    assert _score_of(facts, "Vossem", "RC Villers La Ville") == "1-3"
    assert _score_of(facts, "UR La Louvière Centre", "De Kempen TL") == "4-0"


# ---------------------------------------------------------------- results without a score
def test_a_round_up_result_told_without_its_score_names_the_match_and_who_went_through():
    facts = facts_of(
        "date 2035-11\nCoupe de Belgique : les seizièmes de finale\n\n"
        "Pas de coup de théâtre lors de ce tour. Sans forcer, Genk s'est imposé aux dépens de "
        "Lommel. Mons a dû attendre la séance de penalties pour éliminer Wetteren.")
    genk = match(facts, "KRC Genk", "Lommel SK")
    assert genk is not None and genk.score is None and genk.qualified == "KRC Genk"
    assert genk.round == "round of 32"
    mons = match(facts, "RAEC Mons", "Standaard Wetteren")
    assert mons is not None and mons.qualified == "RAEC Mons"


def test_a_result_without_a_score_that_is_only_expected_or_denied_is_no_match():
    facts = facts_of(
        "date 2035-11\nCoupe de Belgique : les seizièmes de finale\n\n"
        "Place ce soir aux matchs de ce tour de Coupe. Sur le papier, Genk devrait "
        "s'imposer aux dépens de Lommel. Mons n'a jamais réussi à éliminer Wetteren.")
    assert match(facts, "KRC Genk", "Lommel SK") is None
    assert match(facts, "RAEC Mons", "Standaard Wetteren") is None


def test_heading_lines_of_more_amateur_clubs():
    facts = facts_of(
        "date 2032-08\nCoupe de Belgique : le premier tour\n\n"
        "SC Blankenberge - Gembloux 0-4\n\n"
        "Les visiteurs ont rapidement plié le match.\n\n"
        "Saint-Léger - Saint-Hubert 2-2\n\n"
        "Les deux équipes se sont rendu coup pour coup.")
    assert _score_of(facts, "SC Blankenberge", "Gembloux") == "0-4"
    assert _score_of(facts, "Saint-Léger", "Saint-Hubert") == "2-2"


# ---------------------------------------------------------------- legs named after the score
def test_a_leg_named_in_a_time_piece_after_the_score():
    facts = facts_of(
        "date 2031-01\nCoupe de Belgique : Genk en finale\n\n"
        "Genk jouera la finale. Accroché 1-1 à domicile la semaine dernière, le club "
        "limbourgeois a fait la différence mardi en allant s'imposer 0-2 sur la pelouse de "
        "Courtrai, lors du match retour.")
    second = [m for m in facts.matches if m.leg == 2]
    assert len(second) == 1 and second[0].home == "KV Kortrijk"
    assert second[0].score == "0-2"


def test_a_club_that_took_a_heavy_score_lost():
    # "se prendre un 6-0": to take (suffer) a 6-0
    m = match(facts_of("date 2031-01-15\nCoupe\n\nMercredi, Lommel s'est pris un 5-1 à Deinze, "
                       "lors du 3e tour de la Coupe."), "Lommel SK", "KMSK Deinze")
    assert m is not None and (m.home, m.score) == ("KMSK Deinze", "5-1")


def test_a_past_cup_result_told_with_its_season_written_out_is_stored_without_round():
    text = "Lors de la saison {when}, Lommel s'est pris un 5-1 à Deinze{cup}."
    facts = facts_of("date 2031-01-15\nCoupe\n\n" + text.format(when="2026-2027",
                                                                 cup=", en Coupe"))
    m = match(facts, "Lommel SK", "KMSK Deinze")
    assert m is not None and (m.season, m.round, m.home, m.score) == \
        ("2026-27", None, "KMSK Deinze", "5-1")
    # a year alone may be of two seasons, and a result without the cup may be the league's
    for when, cup in (("2027", ", en Coupe"), ("2026-2027", "")):
        assert match(facts_of("date 2031-01-15\nCoupe\n\n" + text.format(when=when, cup=cup)),
                     "Lommel SK", "KMSK Deinze") is None


def test_result_lines_of_amateur_clubs_whose_towns_hold_small_words():
    facts = facts_of(
        "date 2031-08-30\nCoupe de Belgique: le deuxième tour\n\n"
        "Trois clubs de la région jouaient le deuxième tour de la Coupe de Belgique.\n\n"
        "RUS Braine-le-Château 2-1 RES Wavre\n\n"
        "Les Brainois ont forcé la décision en fin de match.\n\n"
        "Eendracht Wervik a/d Leie 0-4 Mont-sur-Sambre/Florennes\n\n"
        "Les visiteurs ont déroulé après la pause.")
    assert _score_of(facts, "RUS Braine-le-Château", "RES Wavre") == "2-1"
    assert _score_of(facts, "Eendracht Wervik a/d Leie", "Mont-sur-Sambre/Florennes") == "0-4"


def test_the_first_legs_score_in_an_opening_piece_before_the_return_is_the_same_ties():
    facts = facts_of("date 2031-02-13\nWesterlo en finale\n\n"
                     "Après le 0-2 du match aller, Westerlo a battu Lommel 3-0 au retour.")
    assert [(m.leg, m.home, m.score) for m in sorted(facts.matches, key=lambda m: m.leg)] == [
        (1, "Lommel SK", "0-2"), (2, "KVC Westerlo", "3-0")]
