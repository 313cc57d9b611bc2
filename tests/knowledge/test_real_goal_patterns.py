"""Goal patterns of real cup reports, each written here in our own words with made-up players
and seasons: the shape the extractor met in the real-report corpus, never its sentences.

A wrong goal is worse than a missing one: each test states who scored for whom as a careful
reader gets it from the text, and that nobody else became a scorer.
"""

from __future__ import annotations

from knowledge.model import Match
from tests.knowledge.helpers import checked_facts as facts_of
from tests.knowledge.helpers import match_of as match
from tests.knowledge.helpers import scorers


def goals_of(m: Match) -> set[tuple[str, str | None, int | None]]:
    return {(g.player.split()[-1], g.club, g.minute) for g in m.goals}


# ---------------------------------------------------------------- minutes that are not minutes
def test_a_number_in_brackets_after_a_name_is_his_age_not_a_minute():
    facts = facts_of(
        "date 2031-05\nPokal: Brügge holt den Pokal\n\n"
        "Club Brügge hat das belgische Pokalfinale gegen Anderlecht mit 2:1 gewonnen. Das "
        "Siegestor erzielte Jan Peeters (27) in der Nachspielzeit.")
    final = match(facts, "Club Brugge", "RSC Anderlecht")
    assert goals_of(final) == {("Peeters", "Club Brugge", None)}


def test_a_dutch_age_in_brackets_is_no_minute_either():
    facts = facts_of(
        "date 2031-05\nBekerfinale: Club wint\n\n"
        "Club Brugge heeft de bekerfinale tegen Anderlecht met 2-1 gewonnen. Jan Peeters (27) "
        "scoorde in de slotminuut het winnende doelpunt.")
    assert [g.minute for g in match(facts, "Club Brugge", "RSC Anderlecht").goals] == [None]


def test_a_stoppage_time_bracket_makes_a_late_goal_without_a_minute():
    # "90+2" is no 92nd minute of extra time: the goal is late, its minute not a number
    facts = facts_of(
        "date 2031-05\nBekerfinale: Club wint\n\n"
        "Club Brugge heeft de bekerfinale tegen Anderlecht met 1-0 gewonnen dankzij een "
        "doelpunt van Jan Peeters (90+2).")
    goals = match(facts, "Club Brugge", "RSC Anderlecht").goals
    assert [(g.player, g.minute, g.when) for g in goals] == [("Jan Peeters", None, "late")]


def test_a_first_half_stoppage_minute_in_a_list_is_a_goal_without_its_minute():
    facts = facts_of(
        "date 2031-05\nBekerfinale: Club wint\n\n"
        "Club Brugge heeft de bekerfinale tegen Anderlecht met 2-0 gewonnen. Jan Peeters "
        "(12', 45+1') scoorde beide doelpunten.")
    goals = match(facts, "Club Brugge", "RSC Anderlecht").goals
    assert sorted((g.minute or 0) for g in goals) == [0, 12]


def test_the_nth_final_of_a_club_is_no_minute():
    facts = facts_of(
        "date 2031-04\nCoupe: le Standard en finale\n\n"
        "En s'imposant 0-1 samedi à Eupen grâce à un beau but de Karim Sadi et en se "
        "qualifiant pour la 19e finale de Coupe de son histoire, le Standard rejoint Genk.")
    m = match(facts, "KAS Eupen", "Standard Liège")
    assert goals_of(m) == {("Sadi", "Standard Liège", None)}


# ---------------------------------------------------------------- round-ups
def test_a_goal_belongs_to_the_result_of_its_own_piece_of_a_round_up_sentence():
    facts = facts_of(
        "date 2031-01\nBeker: vlotte zeges\n\n"
        "De achtste finales van de beker leverden weinig verrassingen op. Charleroi rekende "
        "af met Eupen (5-0), Racing Genk won dankzij drie treffers van Vrancken met 0-3 van "
        "Lommel en STVV verpletterde Westerlo (1-6).")
    assert {g.player for g in match(facts, "KRC Genk", "Lommel SK").goals} == {"Vrancken"}
    assert match(facts, "Sint-Truidense VV", "KVC Westerlo").goals == []
    assert match(facts, "Sporting Charleroi", "KAS Eupen").goals == []


def test_a_goal_told_of_other_clubs_is_not_given_to_the_match_being_told():
    facts = facts_of(
        "date 2031-01\nBeker: Cercle naar de kwartfinales\n\n"
        "Cercle Brugge won met 3-1 van OH Leuven en staat in de kwartfinales.\n\n"
        "Eersteklasser Charleroi had het lastig met Westerlo maar won toch, na een late "
        "goal van Piet Dewaele.\n\n"
        "Voor Malinwa scoorde nieuwkomer Wouters al voor de pauze zijn eerste doelpunt.")
    assert scorers(facts) == set()


# ---------------------------------------------------------------- "via X": goal agent or deflection
def test_goals_that_fell_via_two_players_with_minutes_are_theirs():
    facts = facts_of(
        "date 2031-02\nCoupe: Genk bat le Cercle\n\n"
        "Mercredi, le KRC Genk a battu le Cercle Bruges 0-2 et jouera la finale de la Coupe. "
        "Les deux buts sont tombés dans le dernier quart d'heure via Pieters (81e) et Maes "
        "(88e).")
    m = match(facts, "Cercle Brugge", "KRC Genk")
    assert goals_of(m) == {("Pieters", "KRC Genk", 81), ("Maes", "KRC Genk", 88)}


def test_a_club_going_ahead_via_a_player_is_his_goal():
    facts = facts_of(
        "date 2031-09\nBeker: Virton stunt bijna\n\n"
        "In de zestiende finales van de beker won AA Gent met 2-3 bij Virton. Eerst kwam "
        "Virton via Marc Leclercq op voorsprong.")
    m = match(facts, "Excelsior Virton", "KAA Gent")
    assert goals_of(m) == {("Leclercq", "Excelsior Virton", None)}


def test_a_ball_shot_in_via_a_defender_is_no_goal_of_the_defender():
    facts = facts_of(
        "date 2031-02\nBeker: Genk wint\n\n"
        "KRC Genk won de kwartfinale van de beker met 1-0 van Standard. Na een uur schoot "
        "Vrancken de bal via Dumont in doel.")
    assert "Dumont" not in scorers(facts)


def test_a_ball_passed_via_a_player_to_the_scorer_is_no_goal_of_the_passer():
    facts = facts_of(
        "date 2031-02\nBeker: Genk wint\n\n"
        "KRC Genk won de kwartfinale van de beker met 1-0 van Standard. De bal ging via "
        "Dumont naar Vrancken, die binnenschoot.")
    assert "Dumont" not in scorers(facts)


# ---------------------------------------------------------------- split verbs
def test_an_adverb_inside_a_split_goal_verb_does_not_hide_the_goal():
    facts = facts_of(
        "date 2031-05\nBekerfinale: Genk wint\n\n"
        "KRC Genk won de bekerfinale met 1-0 van Standard. Kort na rust opende Kenji Sato "
        "wel de score.")
    assert goals_of(match(facts, "KRC Genk", "Standard Liège")) == {("Sato", "KRC Genk", None)}


# ---------------------------------------------------------------- running scores without a home
def test_a_running_score_names_no_club_when_the_report_never_tells_the_home_club():
    facts = facts_of(
        "date 2031-03\nZulte Waregem pakt de beker\n\n"
        "In de finale klopte Essevee KV Oostende na strafschoppen. Na 120 minuten stond het "
        "3-3.\n\n"
        "Na twintig minuten scoorde Dimitri Vos de 1-0. Zes minuten later maakte Tom "
        "Deraeve de gelijkmaker.")
    m = match(facts, "SV Zulte Waregem", "KV Oostende")
    # "1-0" may be Oostende's lead as well as Zulte's: no club is better than a wrong one
    assert {g.player.split()[-1] for g in m.goals} == {"Vos", "Deraeve"}
    assert all(g.club is None for g in m.goals)


# ---------------------------------------------------------------- goals taken back, or not
def test_a_goal_is_not_taken_back_by_a_negation_about_something_else():
    facts = facts_of(
        "date 2031-01\nBeker: Cercle naar de kwartfinales\n\n"
        "Cercle Brugge won met 3-1 van OH Leuven in de achtste finales. Laat in de match "
        "scoorde Willem Hendrickx nog de aansluitingstreffer, maar meer zat er voor de "
        "bezoekers niet in.")
    assert scorers(facts) == {"Hendrickx"}


def test_a_negated_shot_after_but_still_takes_the_goal_back():
    facts = facts_of(
        "date 2031-01\nBeker: Cercle naar de kwartfinales\n\n"
        "Cercle Brugge won met 1-0 van OH Leuven in de achtste finales. Willem "
        "Hendrickx had de 1-1 op de voet, maar kreeg de bal niet voorbij de doelman.")
    assert scorers(facts) == set()


def test_a_cancelled_goal_retold_in_the_next_line_is_still_no_goal():
    facts = facts_of(
        "date 2031-05\nBekerfinale: Standard wint\n\n"
        "Standard won de bekerfinale met 1-0 van Genk. Halverwege de eerste helft dacht Genk "
        "te scoren, maar het doelpunt van Kovacs werd afgekeurd wegens buitenspel.\n\n"
        "Kovacs scoorde halverwege de eerste helft")
    assert "Kovacs" not in scorers(facts)


# ---------------------------------------------------------------- words of another language
def test_dutch_pas_is_only_not_a_french_negation():
    facts = facts_of(
        "date 2031-01\nBekerverrassingen\n\n"
        "Gent had het moeilijk in de achtste finales van het bekertoernooi. AA Gent won pas "
        "dankzij "
        "een doelpunt van topschutter Peeters bij Lierse, het werd 1-2.")
    # (after 2018 "Lierse" is Lierse Kempenzonen: Lierse SK had folded)
    assert goals_of(match(facts, "Lierse Kempenzonen", "KAA Gent")) == \
        {("Peeters", "KAA Gent", None)}


def test_a_german_verb_right_before_the_next_mention_is_that_mentions_miss():
    facts = facts_of(
        "date 2031-03\nPokal: Eupen im Halbfinale\n\n"
        "Eupen setzte sich im Viertelfinale mit 1:0 gegen Sint-Truiden durch. Zuvor war der "
        "Torwart bei einem Schuss von Kenji Mori noch zur Stelle, und kurz vor der Pause traf "
        "Mori nur den Pfosten.")
    assert "Mori" not in scorers(facts)


def test_a_town_after_a_place_phrase_is_no_scorer():
    facts = facts_of(
        "date 2034-08\nCoupe de Belgique: les résultats du quatrième tour\n\n"
        "En Coupe de Belgique, Binche s'est qualifié du côté de Herbeumont (0-2). Tubize a "
        "battu Mons 2-1 grâce à Jonas Dufour (27e).")
    assert "Herbeumont" not in scorers(facts)
    assert scorers(facts) <= {"Dufour"}
