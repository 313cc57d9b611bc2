"""Extraction, one pattern family of report-language.md at a time, on short reports of our own."""

from __future__ import annotations

import pytest

from knowledge.extract.scores import find_minutes, find_scores
from knowledge.report import read_report
from knowledge.text import fold
from tests.knowledge.helpers import extract_text, find, scorers

HEAD = " date 2031-11\n"


# --------------------------------------------------------------------------- reading
def test_header_lines_are_not_story():
    text = ("\ufeffdate 2031-11\nGenk wint bekerduel\nDoor Jan Peeters\n6 november 2031\n22u38\n"
            "Bron: Belga\n\nKRC Genk won woensdag in de zestiende finale van de beker met 2-0 "
            "van KV Kortrijk.\r\n")
    report = read_report(text.encode("utf-8"), "r.txt")
    assert report.date == "2031-11-06" and report.season == "2031-32"
    assert report.headline == "Genk wint bekerduel"
    assert [s.text for s in report.sentences][1:] == [
        "KRC Genk won woensdag in de zestiende finale van de beker met 2-0 van KV Kortrijk."]


def test_live_blog_newest_first_is_read_in_match_order():
    text = (HEAD + "LIVE: Genk - Gent, beker\n\n90' Einde. Genk wint de kwartfinale.\n"
            "60' GOAL! 2-0! Jan Maes kopt binnen.\n20' GOAL! 1-0! Tom Claes schiet raak.\n")
    m = find(extract_text(text), "KRC Genk", "KAA Gent")
    assert [(g.player, g.minute) for g in m.goals] == [("Tom Claes", 20), ("Jan Maes", 60)]


@pytest.mark.parametrize("text, expected", [
    ("won met 1-0", ["1-0"]), ("een 3-2-nederlaag", ["3-2"]), ("de 5-1-zege", ["5-1"]),
    ("mit 2:1 gewonnen", ["2-1"]), ("il a perdu 0 - 1", ["0-1"]), ("om 21:47 begon", []),
    ("het seizoen 2017-18", []), ("op 17-03-2018", []),
])
def test_score_tokens(text, expected):
    assert [t.text for t in find_scores(fold(text))] == expected


@pytest.mark.parametrize("text, minute", [
    ("Seck (16.) kopte", 16), ("Emond 92' kopte", 92), ("à la 41e minute", 41),
    ("in de 9e minuut", 9), ("in the 84th minute", 84), ("(45+2')", 47), ("in der 16. Minute", 16),
])
def test_exact_minutes(text, minute):
    assert [m for _, m in find_minutes(fold(text))] == [minute]


# --------------------------------------------------------------------------- scores
@pytest.mark.parametrize("sentence, home, away, score", [
    # told from the loser's side: the score stays home-first
    ("KAA Gent verloor in de kwartfinale van de beker met 4-1 in Kortrijk.",
     "KV Kortrijk", "KAA Gent", "4-1"),
    # an away win, home-first
    ("Royal Antwerp FC won in de achtste finale van de beker met 1-3 op het veld van Mechelen.",
     "KV Mechelen", "Royal Antwerp FC", "1-3"),
    # French, stadium names the home club
    ("En quart de finale de la Coupe, le Standard s'est imposé 2-3 à Ostende.",
     "KV Oostende", "Standard Liège", "2-3"),
    # English writes the winner's score first; the venue decides home
    ("Standard Liège beat Club Brugge 4-1 in the cup quarter-final at Sclessin.",
     "Standard Liège", "Club Brugge", "4-1"),
    ("Genk won 2-1 at Kortrijk in the Belgian Cup quarter-final.",
     "KV Kortrijk", "KRC Genk", "1-2"),
    # German too
    ("Im Pokal-Viertelfinale setzte sich Standard Lüttich mit 1:0 bei Lierse durch.",
     "Lierse Kempenzonen", "Standard Liège", "0-1"),
])
def test_results_are_stored_home_first(sentence, home, away, score):
    m = find(extract_text(HEAD + sentence), home, away)
    assert (m.home, m.away, m.score) == (home, away, score)


def test_hypothetical_and_league_scores_are_not_results():
    facts = extract_text(HEAD + "KRC Genk speelt woensdag in de beker tegen Club Brugge. Met een "
                         "1-0-zege zou Genk door zijn. Zaterdag verloor Genk in de competitie "
                         "nog met 2-0 bij KV Oostende.")
    assert [m.score for m in facts.matches if m.score] == []


def test_extra_time_penalties_and_aggregate():
    facts = extract_text(HEAD + "In de terugwedstrijd van de halve finale van de beker won KRC "
                         "Genk met 2-1 na verlengingen van KV Kortrijk. De heenwedstrijd in "
                         "Kortrijk was op 2-1 geëindigd. Genk won de strafschoppenreeks met 4-2.")
    second = find(facts, "KRC Genk", "KV Kortrijk", leg=2)
    assert (second.score, second.extra_time, second.penalties) == ("2-1", True, "4-2")
    assert second.aggregate == "3-3"
    first = find(facts, "KRC Genk", "KV Kortrijk", leg=1)
    assert (first.home, first.score) == ("KV Kortrijk", "2-1")


# --------------------------------------------------------------------------- goals
def test_goal_phrasings_and_minutes():
    facts = extract_text(HEAD + "KRC Genk won in de achtste finale van de beker met 3-1 van KV "
                         "Kortrijk. In de 12e minuut opende Jan Maes de score. Kortrijk maakte "
                         "gelijk via een strafschop van Tom Claes (30.). Na de rust kopte Maes de "
                         "2-1 binnen en invaller Bram Peeters werkte de 3-1 binnen (88.).")
    m = find(facts, "KRC Genk", "KV Kortrijk")
    goals = {(g.player, g.club, g.minute) for g in m.goals}
    assert {("Jan Maes", "KRC Genk", 12), ("Tom Claes", "KV Kortrijk", 30),
            ("Bram Peeters", "KRC Genk", 88)} <= goals
    assert ("Jan Maes", "KRC Genk", 88) not in goals, "a minute belongs to its own player"
    assert next(g for g in m.goals if g.player == "Tom Claes").penalty


def test_own_goal_counts_for_the_other_club():
    facts = extract_text(HEAD + "SV Zulte Waregem won in de zestiende finale van de beker met "
                         "0-1 op het veld van KV Kortrijk. In de 78e minuut ging een voorzet via "
                         "Kortrijk-verdediger Robbe Coucke in eigen doel: 0-1.")
    goal = find(facts, "KV Kortrijk", "SV Zulte Waregem").goals[0]
    assert (goal.player, goal.club, goal.own_goal, goal.minute) == (
        "Robbe Coucke", "SV Zulte Waregem", True, 78)


@pytest.mark.parametrize("miss", [
    "Jan Maes schoot naast.", "Jan Maes trof de paal.", "Jan Maes kon de bal niet kaderen.",
    "Het doelpunt van Jan Maes werd afgekeurd voor buitenspel.",
    "Doelman Tom Claes redde knap op een kopbal van Jan Maes.",
    "Jan Maes had de 2-0 aan de voet, maar trapte over.",
    "La frappe de Jan Maes passe à côté.", "Jan Maes hit the post.",
    "Jan Maes missed a penalty.",
])
def test_near_misses_are_not_goals(miss):
    facts = extract_text(HEAD + "KRC Genk won in de kwartfinale van de beker met 1-0 van KAA "
                         "Gent dankzij een doelpunt van Bram Peeters. " + miss)
    assert scorers(facts) == {"Peeters"}


def test_assist_and_keeper_are_not_scorers():
    facts = extract_text(HEAD + "Club Brugge won in de halve finale van de beker met 1-0 van "
                         "Standard Liège. Onhoudbaar voor doelman Tom Claes: Jan Maes kopte "
                         "een voorzet van Bram Peeters binnen.")
    assert scorers(facts) == {"Maes"}


# --------------------------------------------------------------------------- clubs
def test_nicknames_descriptions_and_provinces():
    facts = extract_text(HEAD + "Beker: Genk te sterk voor Kortrijk\n\nDe Limburgers wonnen in "
                         "de kwartfinale van de beker met 2-0 van de Kerels. De thuisploeg kwam al "
                         "vroeg op voorsprong via Jan Maes. "
                         "Blauw-zwart verloor in de andere kwartfinale met 3-1 bij les Rouches.")
    genk = find(facts, "KRC Genk", "KV Kortrijk")
    assert (genk.home, genk.score) == ("KRC Genk", "2-0")
    other = find(facts, "Club Brugge", "Standard Liège")
    assert (other.home, other.score) == ("Standard Liège", "3-1")


def test_gent_is_not_genk():
    facts = extract_text(HEAD + "KAA Gent won in de beker met 2-0 van KV Mechelen.")
    assert [m.clubs for m in facts.matches] == [("KAA Gent", "KV Mechelen")]


# --------------------------------------------------------------------------- rounds, outcome
@pytest.mark.parametrize("phrase, round_name", [
    ("in de zestiende finale", "round of 32"), ("in de 1/8 finale", "round of 16"),
    ("en quarts de finale", "quarter-final"), ("in der Halbfinale", "semi-final"),
    ("in the cup final", "final"),
])
def test_rounds(phrase, round_name):
    # a final is played in spring: one told in November is an earlier season's
    head = " date 2032-04\n" if round_name == "final" else HEAD
    facts = extract_text(head + f"KRC Genk won {phrase} van de beker met 2-0 van KAA Gent.")
    assert find(facts, "KRC Genk", "KAA Gent").round == round_name


def test_next_round_is_not_this_round():
    facts = extract_text(HEAD + "KRC Genk plaatst zich voor de finale van de beker. In de "
                         "terugwedstrijd van de halve finale won Genk met 1-0 van KAA Gent.")
    m = find(facts, "KRC Genk", "KAA Gent")
    assert (m.round, m.leg, m.qualified) == ("semi-final", 2, "KRC Genk")
    assert facts.seasons[0].finalists == ["KRC Genk"]


def test_final_winner_and_history():
    facts = extract_text(" date 2032-03\nStandard Liège won de bekerfinale tegen KRC Genk met "
                         "1-0 na verlengingen in het Koning Boudewijnstadion. Het is de negende "
                         "beker voor Standard, dat zijn vorige finales in 2016 en 2018 won.")
    m = find(facts, "Standard Liège", "KRC Genk")
    assert (m.round, m.neutral, m.extra_time) == ("final", True, True)
    assert facts.seasons[0].winner == "Standard Liège"
    kinds = {(f.club, f.kind, str(f.value)) for f in facts.club_facts}
    assert ("Standard Liège", "cup_wins", "9") in kinds
    # the earlier wins the report lists, and the final it tells
    assert ("Standard Liège", "finals_won", "[2016, 2018, 2032]") in kinds
