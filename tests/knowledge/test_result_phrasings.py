"""Ways reports tell a result: each must give the winner its goals (written here in our own
words, with made-up seasons)."""

from __future__ import annotations

import pytest

from tests.knowledge.helpers import checked_facts as facts_of
from tests.knowledge.helpers import find, goals_by_club

_WINNER, _LOSER = "Tubize-Braine", "KSC Lokeren-Temse"


@pytest.mark.parametrize("story", [
    # a loss told by a verb the lexicon lacked
    "Beker: Lokeren eruit\n\nIn de achtste finales van de Beker van België moest Lokeren "
    "dinsdagavond met 0-2 de duimen leggen tegen Tubeke.",
    "Coupe : Tubize passe\n\nLokeren a dû s'incliner 0-2 face à Tubize mardi en huitièmes "
    "de finale de la Coupe de Belgique.",
    "Coupe : Tubize passe\n\nEn huitièmes de finale de la Coupe de Belgique, Tubize a créé "
    "la surprise mardi à Lokeren (0-2).",
    # a lead's labelled score, right after the sentence that says who won
    "Coupe : Tubize passe\n\nEn huitièmes de finale de la Coupe de Belgique, Tubize a "
    "éliminé Lokeren ce mardi. Le score final : 0-2.",
    "Pokal: Tubize weiter\n\nTubize hat am Dienstagabend im Achtelfinale des belgischen "
    "Pokals den KSC Lokeren ausgeschaltet. Es endete 0:2.",
    # English passives of the loser, and a Dutch "de baas" with its club between
    "Cup: Tubize through\n\nIn the round of 16 of the Belgian Cup, Lokeren were eliminated "
    "2-0 by Tubize on Tuesday.",
    "Cup: Tubize through\n\nIn the round of 16 of the Belgian Cup, Lokeren went down 0-2 at "
    "home against Tubize on Tuesday.",
    "Beker: Tubeke verder\n\nIn de achtste finales van de Beker van België was Tubeke "
    "Lokeren met 0-2 de baas.",
    # a win told in a clause of "after", before the next opponent
    "Coupe : Tubize passe\n\nAprès avoir battu Lokeren 2-0 en huitièmes de finale de la "
    "Coupe de Belgique, Tubize affrontera Genk.",
])
def test_the_winner_gets_the_higher_score(story):
    m = find(facts_of("date 2041-12-04\n" + story), _WINNER, _LOSER)
    assert goals_by_club(m) == {_WINNER: 2, _LOSER: 0}


def test_last_season_opening_the_sentence_dates_its_later_clause():
    # "La saison passée, ..., avant de s'incliner 2-1": the result is of last season
    facts = facts_of("date 2041-10-20\nCoupe : Tubize attend Lokeren\n\nLa saison passée, "
                     "Tubize a longtemps tenu tête à Lokeren avant de finalement s'incliner "
                     "2-1 lors des seizièmes.")
    scored = [(m.season, m.round, m.home, m.score) for m in facts.matches if m.score]
    assert scored == [("2040-41", "round of 32", _LOSER, "2-1")]


def test_the_previous_round_opening_a_sentence_dates_each_result_it_lists():
    # "In de vorige ronde klopte A B met 3-0, C won met 1-2 bij D", in a quarter-final's
    # preview: neither result is of the quarter-finals
    facts = facts_of("date 2041-02-02\nBeker: Genk - Mechelen\n\nGenk ontvangt woensdag "
                     "Mechelen in de kwartfinales van de Beker van België. In de vorige ronde "
                     "klopte Genk Lommel met 3-0, Mechelen won met 1-2 bij Dessel.")
    assert [m.round for m in facts.matches if m.score] in (
        ["round of 16"], ["round of 16", "round of 16"])


@pytest.mark.parametrize("story", [
    "Beker: Tubeke verder\n\nNa de 2-0-zege tegen Lokeren in de achtste finales van de "
    "Beker van België wacht Tubeke nu Genk.",
    "Coupe : Tubize passe\n\nAprès sa victoire 2-0 contre Lokeren en huitièmes de finale "
    "de la Coupe de Belgique, Tubize attend le tirage.",
])
def test_a_round_in_the_results_clause_is_the_round_played_though_the_next_is_told_after(
        story):
    # the word of what is to come ("wacht") comes after the round, which the result's
    # clause holds: not the next round
    m = find(facts_of("date 2041-12-04\n" + story), _WINNER, _LOSER)
    assert (m.round, goals_by_club(m)) == ("round of 16", {_WINNER: 2, _LOSER: 0})



@pytest.mark.parametrize("score", ["a 1-1", "a goalless"])
def test_a_match_drawn_is_no_draw_to_come_and_keeps_its_opponent(score):
    # "draw" is also the cup's draw, a word of what is to come; after a score (or
    # "goalless") it is the match's result, and the club after it was the opponent
    facts = facts_of("date 2041-02-06\nCup: Lommel held\n\nLommel came away with "
                     f"{score} draw at Dessel in the first leg of the Belgian Cup semi-final "
                     "on Wednesday.")
    m = find(facts, "Lommel SK", "Dessel Sport")
    assert (m.round, m.leg, m.home, m.score) == (
        "semi-final", 1, "Dessel Sport", "0-0" if "goalless" in score else "1-1")


@pytest.mark.parametrize("story", [
    "Coupe : Tubize accroché\n\nEn huitièmes de finale de la Coupe de Belgique, Lokeren a "
    "tenu Tubize en échec mardi (2-2).",
    "Pokal: Tubize nur remis\n\nIm Achtelfinale des belgischen Pokals kam Tubize am Dienstag "
    "gegen Lokeren nicht über ein 2:2 hinaus.",
])
def test_a_draw_told_around_its_clubs_is_the_matchs_result(story):
    # the drawn club stands inside the phrase ("tenir X en échec"), or the level score does
    # ("nicht über ein 2:2 hinaus")
    m = find(facts_of("date 2041-12-04\n" + story), _WINNER, _LOSER)
    assert goals_by_club(m) == {_WINNER: 2, _LOSER: 2}


def test_a_win_told_by_a_participle_after_the_clause_that_names_the_round():
    # "..., winning 2-0 at home against X": the participle tells the subject's win
    story = ("Cup: Tubize through\n\nTubize reached the Belgian Cup quarter-finals on "
             "Tuesday, winning 2-0 at home against Lokeren.")
    m = find(facts_of("date 2041-12-04\n" + story), _WINNER, _LOSER)
    assert (m.round, m.home, goals_by_club(m)) == ("round of 16", _WINNER,
                                                  {_WINNER: 2, _LOSER: 0})
