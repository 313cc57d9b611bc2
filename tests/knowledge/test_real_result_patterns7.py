"""Result patterns of real cup reports (eighth set), each written here in our own words with
made-up seasons: the shape the extractor met in the real-report corpus, never its
sentences."""

from __future__ import annotations

from tests.knowledge.helpers import checked_facts as facts_of
from tests.knowledge.helpers import find, goals_by_club, match_of


# ---------------------------------------------------------------- a shoot-out's count so far
def test_a_level_count_after_some_kicks_is_no_match_score():
    # the level score "after six kicks" is the shoot-out's count so far, not the score
    # that sent the match to it
    facts = facts_of(
        "date 2037-09\nCoupe: arrêt aux tirs au but\n\nCharleroi a affronté Lokeren au "
        "cinquième tour de la Coupe de Belgique. Personne n'a marqué en 120 minutes. Le "
        "tableau indiquait 3-3, après six tirs au but, lorsque l'arbitre a renvoyé les "
        "joueurs au vestiaire.")
    match = match_of(facts, "Sporting Charleroi", "KSC Lokeren-Temse")
    assert match is None or match.score != "3-3"


# ---------------------------------------------------------------- "another club of the province"
def test_another_club_of_a_province_is_not_the_story_club():
    # "un autre club liégeois" describes the beaten club; it is not RFC Liège, the one
    # club of that province the story is about
    facts = facts_of(
        "date 2037-09\nCoupe: le RFC Liège reçoit Virton\n\n"
        "Mardi, le RFC Liège accueillait Virton en Coupe de Belgique (cinquième tour). "
        "Les hommes de l'entraîneur défiaient ainsi Virton, club de D1B, large vainqueur de "
        "Waremme - un autre club liégeois - au tour précédent (6-0).")
    assert match_of(facts, "RFC Liège", "Waremme") is None
    assert goals_by_club(find(facts, "Excelsior Virton", "Waremme")) == {
        "Excelsior Virton": 6, "Waremme": 0}


# ---------------------------------------------------------------- a ground and an opponent
def test_a_club_at_its_ground_and_an_opponent_after_against():
    # the story's club played at its own ground ("à Charleroi") and won "contre" the other
    # club: the club after "contre" is the opponent, not the winner
    facts = facts_of(
        "date 2037-11\nCoupe: la belle saison des Zèbres\n\n"
        "Cette année-là, Charleroi va loin en Coupe. Le seizième de finale, encore à "
        "Charleroi est gagné, sans trembler, 3-0 contre Ostende.")
    match = find(facts, "Sporting Charleroi", "KV Oostende")
    assert goals_by_club(match) == {"Sporting Charleroi": 3, "KV Oostende": 0}
    assert match.home == "Sporting Charleroi"


# ---------------------------------------------------------------- the lead's "het werd" score
def test_a_lead_score_at_a_shared_ground_after_maar_liefst():
    # "werd het maar liefst 6-0" in the lead is the final score; a ground two clubs share
    # names neither of them
    facts = facts_of(
        "date 2037-01\nBeker: Club Brugge naar de halve finale\n\n"
        "Club Brugge haalde als vierde club de laatste vier in de beker, dankzij "
        "een ruime zege tegen Eupen. In het Jan Breydelstadion zelf werd het maar liefst "
        "6-0.")
    assert goals_by_club(find(facts, "Club Brugge", "KAS Eupen")) == {"Club Brugge": 6,
                                                                     "KAS Eupen": 0}


# ---------------------------------------------------------------- a goal called decisive
LEAD = ("date 2037-10\nBeker: Lommel verder\n\nLommel is door naar de zesde ronde van "
        "de Croky Cup. Deinze maakte het de thuisploeg lastig, en de verlossende "
        "3-1 viel pas in de slotminuut.")


def test_a_goal_called_decisive_gives_the_final_score():
    match = find(facts_of(LEAD), "Lommel SK", "KMSK Deinze")
    assert goals_by_club(match) == {"Lommel SK": 3, "KMSK Deinze": 1}


def test_a_decisive_goal_with_a_later_goal_gives_no_score():
    # a goal told after the one called decisive: that score was not the last
    facts = facts_of(LEAD + " In de toegevoegde tijd milderde Deinze nog tot 3-2.")
    match = match_of(facts, "Lommel SK", "KMSK Deinze")
    assert match is None or match.score != "3-1"


# ---------------------------------------------------------------- keeping goal is no goal
def test_a_keeper_given_the_place_in_goal_is_no_scorer():
    facts = facts_of(
        "date 2037-01\nBeker: Genk wint van Eupen\n\nGenk won dinsdag met 2-0 van Eupen in "
        "de kwartfinale van de Croky Cup. Bij Genk verraste de trainer met zijn ploeg: "
        "Maarten Vandevoordt bleef op de bank en Hendrik Van Crombrugge begon in doel. "
        "Tresoldi bracht Genk op 1-0. Heynen verdubbelde de voorsprong: 2-0.")
    # (the keepers taken for scorers made more goals than the score, and the check then
    # dropped every goal)
    scorers = {g.player for g in find(facts, "KRC Genk", "KAS Eupen").goals}
    assert scorers == {"Tresoldi", "Heynen"}


# ---------------------------------------------------------------- the opponent told just before
def test_the_opponent_named_in_the_sentence_before_is_the_results():
    # the sentence before names one club, after "face à"; the result's one club is named
    # before its verb: the two met
    facts = facts_of(
        "date 2037-05\nCoupe: la finale\n\nDimanche, le stade Roi Baudouin accueillait la "
        "finale de la Coupe de Belgique.\n\nTenants du titre, nous visions le doublé face "
        "à un Standard en pleine forme. Anderlecht s'imposa 3-2 après prolongations.")
    assert goals_by_club(find(facts, "RSC Anderlecht", "Standard Liège")) == {
        "RSC Anderlecht": 3, "Standard Liège": 2}


def test_a_club_named_after_the_verb_takes_no_opponent_from_before():
    # the one club named is the winner after "verloren van": the sentence before names
    # another match's opponent
    facts = facts_of(
        "date 2037-08\nBeker: Anderlecht en de beker\n\nDe uitschakeling tegen Rupel Boom "
        "deed Anderlecht veel pijn. In de finale van 2036 werd er dan met 2-1 verloren van "
        "Club Brugge.")
    assert match_of(facts, "Club Brugge", "KFC Rupel Boom") is None


# ---------------------------------------------------------------- a past edition's season
def test_an_undated_report_is_not_of_the_edition_a_past_result_names():
    # no date: the one season written is that of a past meeting's result, told after its
    # score; the report's own matches are of a later season nobody names
    facts = facts_of(
        "Coupe: Genk passe au tour suivant\n\nGenk s'est qualifié pour les huitièmes de "
        "finale de la Coupe de Belgique en battant 0-2 Seraing mercredi. En huitièmes, Genk "
        "retrouvera Courtrai, victorieux 2-1 de Mons mardi. Ce sera une revanche de la "
        "victoire 0-3 des Courtraisiens en seizièmes de finale de l'édition 2030/2031.")
    assert match_of(facts, "KRC Genk", "RFC Seraing") is None
    assert match_of(facts, "KV Kortrijk", "RAEC Mons") is None
