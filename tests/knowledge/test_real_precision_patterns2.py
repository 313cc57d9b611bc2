"""More precision patterns of real cup reports (found on dev reports of the real corpus),
each written here in our own words with made-up seasons: shapes that made the extractor
state a wrong finalist, score, round or season, and that must make nothing (or the right
fact).
"""

from __future__ import annotations

import shutil

import pytest

import knowledge.extract.clubs as club_finder
from knowledge.checks import winner_of
from knowledge.clubs import REFERENCE_DIR, load_registry
from knowledge.reference_loader import ReferenceError
from tests.knowledge.helpers import checked_facts as facts_of
from tests.knowledge.helpers import match_of as match


def _finalists(facts, season: str) -> set[str]:
    return {c for s in facts.seasons if s.season == season for c in s.finalists}


def test_a_club_qualified_against_another_for_the_final_makes_one_finalist():
    facts = facts_of(
        "date 2031-03-20\nLierse erreicht das Endspiel\n\n"
        "Am Dienstagabend qualifizierte sich Lierse im Rückspiel gegen KV Mechelen für das "
        "Finale.")
    assert "KV Mechelen" not in _finalists(facts, "2030-31")


def test_a_gerund_opening_the_sentence_has_the_club_after_it_as_winner():
    facts = facts_of(
        "date 2031-02-02\nCoupe: Charleroi corrige le Standard et file en demi-finales\n\n"
        "En battant le Standard, leader du championnat, 3-0, Charleroi a rejoint Genk, "
        "Ostende et Courtrai parmi les quatre derniers de la Coupe.")
    m = match(facts, "Sporting Charleroi", "Standard Liège")
    assert winner_of(m) == "Sporting Charleroi"


def test_a_result_after_a_sentence_opening_on_an_earlier_year_is_not_of_this_season():
    facts = facts_of(
        "date 2031-04\nIn 2009 pakte Lierse meteen de beker. Het versloeg landskampioen "
        "Anderlecht onverwacht met 3-1.\n\n"
        "De bekerfinale van 2009 blijft voor de fans onvergetelijk.")
    assert not [m for m in facts.matches if m.season == "2030-31"]
    facts = facts_of(
        "date 2031-04\nLierse wint de beker\n\n"
        "Lierse speelt voor het eerst sinds 2009 nog eens een bekerfinale. Het versloeg "
        "zondag Anderlecht met 3-1 in de kwartfinale.")
    assert match(facts, "Lierse Kempenzonen", "RSC Anderlecht").season == "2030-31"


def test_a_pronoun_before_the_verb_is_the_subject_and_the_club_after_it_the_loser():
    facts = facts_of(
        "date 2031-01-20\nBeker: Lierse naar de halve finales\n\n"
        "Lierse is bij de laatste vier. Het klopte gisteren Anderlecht met 2-0.")
    assert winner_of(match(facts, "Lierse Kempenzonen", "RSC Anderlecht")) == \
        "Lierse Kempenzonen"


def test_close_high_figures_told_with_a_shoot_out_are_not_stored_as_the_match_score():
    facts = facts_of(
        "date 2031-09-24\nPokal: Lierse scheitert in Kortrijk\n\n"
        "Im 1/16-Finale des Pokals musste Lierse beim KV Kortrijk im Elfmeterschießen "
        "ausscheiden.\n\n"
        "Den Ausschlag gab ausgerechnet der Strafstoß des Kortrijker Torwarts zum "
        "7:6-Endstand.")
    assert match(facts, "KV Kortrijk", "Lierse Kempenzonen") is None
    facts = facts_of(
        "date 2031-09-24\nCoupe: Lierse sorti aux tirs au but à Courtrai\n\n"
        "Lierse et Courtrai ne se sont pas départagés et il a fallu des tirs au but. Le "
        "gardien a arrêté deux tentatives. Au bout du suspense, c'est Courtrai qui l'a "
        "emporté sur le score de 4-3.")
    m = match(facts, "KV Kortrijk", "Lierse Kempenzonen")
    assert m is None or m.score is None or m.score.split("-")[0] == m.score.split("-")[1]


def test_a_score_after_another_club_named_in_its_clause_is_not_the_subjects_match():
    facts = facts_of(
        "date 2031-12-20\nPokal und Liga: Lierse vor dem Spiel gegen Seraing\n\n"
        "Lierse war schon im Achtelfinale beim KV Kortrijk gescheitert und konnte sich so in "
        "Ruhe auf das Spiel am Freitag gegen den RFC Seraing vorbereiten, der am Dienstag "
        "im Pokal zum KV Mechelen musste, wo er 0:1 unterlag.")
    m = match(facts, "Lierse Kempenzonen", "KV Kortrijk")
    assert m is None or m.score is None


def test_the_club_travelled_to_before_a_verb_at_the_clause_end_is_the_host():
    facts = facts_of(
        "date 2031-11-12\nPokal: Eupen ausgeschieden\n\n"
        "Die AS Eupen musste im Achtelfinale zum Tabellenführer KV Mechelen reisen und kam "
        "mit einer 0:2-Niederlage zurück.")
    m = match(facts, "KV Mechelen", "KAS Eupen")
    assert (m.home, m.score) == ("KV Mechelen", "2-0")


def test_a_german_report_means_royal_antwerp_by_its_town():
    facts = facts_of(
        "date 2031-09-26\nPokal: Überraschungen in der ersten Runde der Profis\n\n"
        "Antwerpen kassierte im Derby gegen den KV Mechelen eine 1:3-Niederlage, und Lierse "
        "verlor mit 0:2 gegen Beerschot.")
    m = match(facts, "KV Mechelen", "Royal Antwerp FC")
    assert m is not None and winner_of(m) == "KV Mechelen"
    assert match(facts, "KV Mechelen", "K. Beerschot VA") is None


def test_a_name_passed_on_means_the_club_that_carried_it_in_that_season():
    text = ("Beker: Anderlecht naar de kwartfinales\n\n"
            "Anderlecht won dinsdag in de achtste finales bij Beerschot, het werd 0-2.")
    then = facts_of("date 2008-12-03\n" + text)
    assert match(then, "Germinal Beerschot", "RSC Anderlecht").score == "0-2"
    now = facts_of("date 2028-12-03\n" + text)
    assert match(now, "K. Beerschot VA", "RSC Anderlecht").score == "0-2"


@pytest.mark.parametrize(("written", "miswritten", "message"), [
    ("town_names_it_in: [de]", "town_names_it_in: de", "town_names_it_in: expected a list"),
    ("passed_on: [Beerschot]", "passed_on: Beerschot", "passed_on: expected a list of names"),
])
def test_a_club_field_written_wrong_is_an_error_naming_it(tmp_path, written, miswritten,
                                                          message):
    shutil.copytree(REFERENCE_DIR, tmp_path / "ref")
    path = tmp_path / "ref" / "clubs.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(written, miswritten),
                    encoding="utf-8")
    with pytest.raises(ReferenceError, match=message):
        load_registry(tmp_path / "ref")


def test_a_clause_naming_no_club_shares_the_subject_of_the_clause_before():
    facts = facts_of(
        "date 2031-03-27\nPokal: Lierse im Finale\n\n"
        "Im Rückspiel am Mittwoch unterlag Lierse in Kortrijk mit 0:2, erreichte aber wegen "
        "des 3:1-Siegs aus dem Hinspiel das Endspiel.")
    first = [m for m in facts.matches if m.leg == 1]
    assert len(first) == 1 and winner_of(first[0]) == "Lierse Kempenzonen"
    assert not [m for m in facts.matches if m.round == "final"]


def test_a_first_leg_told_as_played_days_before_makes_the_lead_result_the_return():
    facts = facts_of(
        "date 2031-01-28\nLierse scheidet im Pokal aus\n\n"
        "Lierse ist am Dienstagabend aus dem Pokal ausgeschieden. Lierse unterlag dem KV "
        "Kortrijk mit 1:0. Der Sieg genügte Kortrijk, um die 1:2-Niederlage vom Hinspiel am "
        "vergangenen Mittwoch wettzumachen.")
    second = [m for m in facts.matches if m.leg == 2]
    assert len(second) == 1 and winner_of(second[0]) == "KV Kortrijk"
    assert all(winner_of(m) != "KV Kortrijk" for m in facts.matches if m.leg == 1)


def test_a_final_score_with_no_verb_ground_or_club_of_its_own_is_not_guessed():
    facts = facts_of(
        "date 2031-12-04\nSensatie: tweedeklasser wipt Genk uit de beker\n\n"
        "Genk kreeg het in de beker bijzonder lastig tegen Lierse. Na "
        "negentig minuten moesten de ploegen naar verlengingen. Verhoeven tikte in de "
        "slotminuut de 3-1 eindstand binnen.")
    m = match(facts, "KRC Genk", "Lierse Kempenzonen")
    assert m is None or m.score is None
    # the same score under a heading that names the home club first is stored
    facts = facts_of(
        "date 2031-12-04\nBeker: de achtste finales\n\n"
        "Lierse - KRC Genk\n\n"
        "Genk kreeg het lastig. Verhoeven tikte in de slotminuut de 3-1 eindstand binnen.")
    assert match(facts, "Lierse Kempenzonen", "KRC Genk").score == "3-1"


def test_a_round_told_before_it_is_ever_played_is_not_that_round():
    facts = facts_of(
        "date 2031-08-24\nBeker: Lierse verder\n\n"
        "Lierse won zondag in de halve finale met 3-0 van Heist.")
    m = match(facts, "Lierse Kempenzonen", "KSK Heist")
    assert m is not None and m.round is None and m.score == "3-0"
    facts = facts_of(
        "date 2032-01-10\nBeker: Lierse verder\n\n"
        "Lierse won zondag de bekerfinale met 3-0 van Heist.")
    assert not [s for s in facts.seasons if s.season == "2031-32" and s.finalists]
    assert all(m.round != "final" or m.season != "2031-32" for m in facts.matches)


def test_the_earliest_day_of_a_round_is_a_month_and_day(tmp_path, monkeypatch):
    shutil.copytree(REFERENCE_DIR, tmp_path / "ref")
    path = tmp_path / "ref" / "competitions.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        'final: "03-01"', 'final: "1 March"'), encoding="utf-8")
    monkeypatch.setattr(club_finder, "REFERENCE_DIR", tmp_path / "ref")
    club_finder.competitions.cache_clear()
    try:
        with pytest.raises(ReferenceError, match="earliest_played.final: expected a month-day"):
            club_finder.competitions()
    finally:
        monkeypatch.undo()
        club_finder.competitions.cache_clear()


def test_a_round_the_clubs_joined_or_meet_in_next_is_not_the_round_played():
    facts = facts_of(
        "date 2031-12-04\nCoupe de Belgique\n\n"
        "Charleroi et Lierse ont rejoint mardi soir Genk et Courtrai en quarts de finale. "
        "Les Carolos ont battu Gand 1-0 grâce à un but tardif.")
    assert match(facts, "Sporting Charleroi", "KAA Gent").round == "round of 16"
    facts = facts_of(
        "date 2031-12-04\nCoupe: Lierse en quarts de finale\n\n"
        "Lierse a battu Gand 1-0 grâce à un but tardif.")
    assert match(facts, "Lierse Kempenzonen", "KAA Gent").round == "round of 16"
    facts = facts_of(
        "date 2031-10-03\nCoupe de Belgique\n\n"
        "Le duel Courtrai - Anderlecht, prévu en huitièmes, vaudra le déplacement. "
        "Lierse s'est qualifié mardi en battant Gand (0-1) sur son terrain.")
    m = match(facts, "Lierse Kempenzonen", "KAA Gent")
    assert m is not None and m.round in (None, "round of 32")


def test_a_role_noun_opening_a_sentence_is_no_scorer():
    facts = facts_of(
        "date 2031-04-20\nCoupe: Lierse remporte la finale\n\n"
        "Lierse a battu Gand 2-0 samedi en finale de la Coupe.\n\n"
        "Auteur d'un doublé, un joueur a fait basculer cette finale: Jonas Vermeulen.")
    assert "Auteur" not in {g.player for m in facts.matches for g in m.goals}


def test_a_final_after_a_sentence_opening_on_its_year_is_that_years_final():
    facts = facts_of(
        "date 2021-03-15\nTerugblik: twintig jaar geleden\n\n"
        "In 2001 pakte Westerlo de beker. In de finale klopte het Lommel met 1-0.")
    m = match(facts, "KVC Westerlo", "KFC Lommel SK")
    assert (m.season, m.round, m.score) == ("2000-01", "final", "1-0")
    assert {c for s in facts.seasons if s.season == "2000-01" for c in s.finalists} == \
        {"KVC Westerlo", "KFC Lommel SK"}
    assert not [s for s in facts.seasons if s.season == "2020-21" and s.finalists]


def test_a_town_after_a_weekday_and_a_nickname_with_an_ampersand_are_no_people():
    facts = facts_of(
        "date 2031-09-06\nCoupe: le FC Liège éliminé\n\n"
        "Le RFC Liège a été battu 1-3 samedi à Rocourt par Westerlo. Les Sang & Marine avaient "
        "pourtant ouvert la marque par un but de Damien Lejeune (23e, 1-0).")
    people = {p.name for p in facts.people} | {g.player for m in facts.matches for g in m.goals}
    assert not people & {"Rocourt", "Marine", "Sang"}
    assert "RFC Liège" in {g.club for m in facts.matches for g in m.goals}


def test_a_result_further_in_a_paragraph_that_opens_on_an_earlier_year_is_of_that_past():
    facts = facts_of(
        "date 2031-04\nIn 2009 pakte Lierse meteen de beker. De ploeg stond vol jonge "
        "spelers. Het versloeg landskampioen Anderlecht onverwacht met 3-1.\n\n"
        "De bekerfinale van 2009 blijft voor de fans onvergetelijk.")
    assert not [m for m in facts.matches if m.season == "2030-31"]


def test_a_bracket_with_shoot_out_words_after_a_result_is_the_shoot_out_not_half_time():
    facts = facts_of(
        "date 2031-09-25\nBeker: de uitslagen van de 1/16de finales\n\n"
        "Kortrijk - Eupen 2-2 (4-5 na strafschoppen)\nDeinze - Gent 2-1")
    m = match(facts, "KV Kortrijk", "KAS Eupen")
    assert (m.score, m.penalties, m.qualified) == ("2-2", "4-5", "KAS Eupen")


def test_a_french_round_named_without_de_finale_and_extra_time_abbreviated():
    facts = facts_of(
        "date 2031-09-25\nCoupe: les résultats des seizièmes\n\n"
        "Seraing - Eupen 2-1 a.p.\nVirton - Standard 0-3")
    m = match(facts, "RFC Seraing", "KAS Eupen")
    assert (m.round, m.extra_time) == ("round of 32", True)


def test_a_clause_opening_on_the_shoot_out_has_the_kicks_as_its_one_score():
    facts = facts_of(
        "date 2031-04-19\nLierse verliert Elfmeterkrimi gegen Genk\n\n"
        "Nach einem nervenaufreibenden Elfmeterschießen hat Lierse das Endspiel des "
        "belgischen Landespokals am Sonntag mit 3-5 gegen Genk verloren, nachdem es nach der "
        "Verlängerung noch 0-0 gestanden hatte.")
    m = match(facts, "Lierse Kempenzonen", "KRC Genk")
    assert m is not None and m.score in (None, "0-0") and m.qualified == "KRC Genk"


def test_a_live_pages_score_so_far_is_no_result():
    # "Tussenstand." as a line of its own above the score line, or as its label
    for label in ("Tussenstand.\n", "Tussenstand: "):
        facts = facts_of(
            "date 2031-09-18\nLIVE. Mechelen ontvangt Westerlo in de beker\n\n"
            "Mechelen kan vanavond in de Beker tegen Westerlo iets rechtzetten. Volg de match "
            "hier live vanaf 20 uur.\n\n" + label + "MECHELEN 1 - 0 WESTERLO")
        assert all(m.score is None for m in facts.matches), facts.matches
    final = facts_of(
        "date 2031-09-18\nMechelen klopt Westerlo in de beker\n\n"
        "Mechelen heeft vanavond in de Beker afgerekend met Westerlo.\n\n"
        "Eindstand. MECHELEN 1 - 0 WESTERLO")
    assert match(final, "KV Mechelen", "KVC Westerlo").score == "1-0"


def test_a_club_back_to_winning_ways_in_a_cup_preview_tells_its_league_form():
    facts = facts_of(
        "date 2031-12-05\nCoupe: Knokke rêve des quarts\n\n"
        "Knokke affronte Malines en huitièmes de finale de la Coupe. Il a renoué avec le "
        "succès contre Dessel Sport (2-0), samedi.")
    assert match(facts, "Royal Knokke FC", "Dessel Sport") is None


def test_finals_counted_of_a_player_with_his_club_are_not_the_clubs():
    facts = facts_of(
        "date 2031-03-16\nDe bekerhistorie van Genk en Standard\n\n"
        "Zes keer stond Pol Vermeulen met Standard in een bekerfinale, vijf keer verloor hij.")
    assert not [f for f in facts.club_facts if f.club == "Standard Liège"], facts.club_facts


def test_a_keeper_named_after_an_indefinite_article_is_no_scorer():
    facts = facts_of(
        "date 2031-12-10\nCoupe: Mouscron passe\n\n"
        "En huitième de finale de la Coupe, Mouscron a battu Lommel 1-0. Sur un coup franc, "
        "Jan Peeters trouvait d'emblée la lucarne d'un Piet Janssens, trompé par l'effet du "
        "ballon.")
    scorers = {g.player for m in facts.matches for g in m.goals}
    assert not any("Janssens" in p for p in scorers), scorers


def test_a_win_just_before_the_cup_tie_is_the_league_form():
    facts = facts_of(
        "date 2031-12-04\nWesterlo met opgeheven hoofd uit de beker\n\n"
        "Westerlo ligt uit de beker na de achtste finale. Lommel kwam op bezoek. Lommel, "
        "dat zaterdag net had gewonnen bij Club Brugge met een nieuwe trainer, was beter.")
    assert match(facts, "Lommel SK", "Club Brugge") is None


def test_a_club_that_only_saw_itself_in_the_final_did_not_go_through():
    # (an undated interview: its season comes from the year in its headline)
    facts = facts_of(
        "Jan Pieters, capitaine de Charleroi lors de sa demi-finale de 2006 : « Tout était "
        "différent »\nSelon lui, les Zèbres s'étaient sans doute vus déjà qualifiés pour la "
        "finale avant d'affronter Mouscron.")
    assert not any(m.qualified == "Sporting Charleroi" for m in facts.matches)
    assert not any("Sporting Charleroi" in s.finalists for s in facts.seasons)
