"""Goal patterns of real cup reports (seventh set), each written here in our own words with
made-up seasons and players: the shape the extractor met in the real-report corpus, never
its sentences."""

from __future__ import annotations

import pytest

from tests.knowledge.helpers import checked_facts as facts_of
from tests.knowledge.helpers import find


# ----------------------------------------------- "the winning goal" is the words of one player
@pytest.mark.parametrize("joined", [" en ", ", "])
def test_the_winning_goal_of_one_player_gives_no_club_to_the_player_before_him(joined):
    # the club that won scored the winning goal; the equaliser told before it, in the same
    # sentence, was the other club's, not the winner's
    facts = facts_of(
        "date 2041-11-02\nBeker: Lommel voorbij Dessel\n\n"
        "Lommel heeft Dessel met 2-1 verslagen in de zestiende finales van de beker. "
        "Kris Maes maakte gelijk" + joined + "Tom Claes scoorde het winnende doelpunt.")
    clubs = {g.player.split()[-1]: g.club for g in find(facts, "Lommel SK", "Dessel Sport").goals}
    assert clubs["Claes"] == "Lommel SK"
    assert clubs.get("Maes") in (None, "Dessel Sport")


# ------------------------------------------------ a count of goals before the player's name
@pytest.mark.parametrize("story, player", [
    ("Coupe: Lommel élimine Dessel\n\nEn seizièmes de finale de la Coupe de Belgique, "
     "Lommel a battu Dessel 2-0 grâce à un doublé d'Alain Dupont.",
     "Alain Dupont"),
    ("Beker: Lommel voorbij Dessel\n\nLommel klopte Dessel met 2-0 in de zestiende "
     "finales van de Beker van België, dankzij twee doelpunten van Jan Peeters.",
     "Jan Peeters"),
    ("Belgian Cup: Lommel through\n\nLommel beat Dessel 2-0 in the Belgian Cup round of "
     "32 thanks to a brace from Jan Peeters.", "Jan Peeters"),
])
def test_a_count_of_goals_before_the_name_gives_him_that_many(story, player):
    facts = facts_of("date 2041-11-02\n" + story)
    goals = find(facts, "Lommel SK", "Dessel Sport").goals
    assert [g.player for g in goals] == [player, player]


# ---------------------------------------------------- "goals from" and a list after a V2 verb
@pytest.mark.parametrize("story, scorers", [
    ("Belgian Cup: Lommel through\n\nLommel beat Dessel 2-1 in the Belgian Cup round of 32 "
     "thanks to goals from Jan Peeters and Tom Claes.", ["Jan Peeters", "Tom Claes"]),
    # German puts the verb first after an object: "Die Tore erzielten A, B und C"; the name
    # after the comma has no words of its own either
    ("Pokal: Lommel wirft Dessel raus\n\nIm Sechzehntelfinale des belgischen Pokals gewann "
     "Lommel 2:1 gegen Dessel. Die Tore erzielten Kovacic, Lindqvist und Hrustic.",
     ["Hrustic", "Kovacic", "Lindqvist"]),
])
def test_every_name_of_a_list_of_scorers_scored(story, scorers):
    facts = facts_of("date 2041-11-02\n" + story)
    goals = find(facts, "Lommel SK", "Dessel Sport").goals
    assert sorted(g.player for g in goals) == scorers


def test_a_name_after_the_comma_with_words_of_its_own_shares_no_goal():
    # (a guard: "traf Kovacic, Lindqvist sah Gelb und ...": Lindqvist was booked)
    facts = facts_of(
        "date 2041-11-02\nPokal: Lommel wirft Dessel raus\n\nIm Sechzehntelfinale des "
        "belgischen Pokals gewann Lommel 2:1 gegen Dessel. In der zehnten Minute traf "
        "Kovacic, Lindqvist sah Gelb und Hrustic traf später.")
    goals = find(facts, "Lommel SK", "Dessel Sport").goals
    assert "Lindqvist" not in {g.player for g in goals}


# ---------------------------------------------- a minute opening an item of a scorers' list
def test_a_minute_before_the_name_in_a_list_of_scorers_is_his_goals():
    facts = facts_of(
        "date 2041-11-02\nCoupe: Mons bat Tubize\n\nEn seizièmes de finale de la Coupe de "
        "Belgique, Mons a battu Tubize 2-1.\n"
        "Buts : 24e Dupont (1-0), 63e Lambert (1-1), 90e+2 Martin (2-1 sur penalty)")
    goals = {g.player: (g.club, g.minute) for g in find(facts, "RAEC Mons", "Tubize-Braine").goals}
    # (a goal in stoppage time is stored without its minute)
    assert goals == {"Dupont": ("RAEC Mons", 24), "Lambert": ("Tubize-Braine", 63),
                     "Martin": ("RAEC Mons", None)}
