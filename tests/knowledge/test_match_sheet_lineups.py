"""A match sheet under a report: the two clubs' line-ups (home first) and a scorers line with
running scores. A report on amateur clubs often tells its result only there (written here in
our own words, with made-up players and seasons)."""

from __future__ import annotations

from knowledge.clubs import default_registry
from knowledge.extract.clubs import ClubFinder
from knowledge.extract.lineups import sheets
from knowledge.lexicon import default_lexicon
from knowledge.report import read_report
from tests.knowledge.helpers import checked_facts as facts_of
from tests.knowledge.helpers import find

_HOME, _AWAY = "Dessel Sport", "Lommel SK"

_PROSE = ("date 2041-09-08\nCoupe de Belgique : la surprise est venue de la Campine\n\n"
          "Les visiteurs ont mieux tenu le ballon et ont mérité leur billet pour le tour "
          "suivant, devant une tribune à moitié vide.\n\n")
_LINEUPS = ("Dessel : Aerts, Baeten, Claes, Dierckx, Engels, Geens (70e Kools), Hermans, "
            "Janssens, Lemmens, Maes, Nijs.\n\n"
            "Lommel : Peeters, Quintens, Roels, Smets, Thijs, Uyttebroeck, Vos (65e Wouters), "
            "Wuyts, Yans, Zegers, Bosmans.\n\n")


def test_the_sheet_gives_the_match_its_home_club_score_and_goals():
    facts = facts_of(_PROSE + _LINEUPS + "Arbitre : M. Dubois.\n\n"
                     "Buts : 12e Baeten sur pen. (1-0), 40e Roels (1-1), 77e Smets (1-2).")
    m = find(facts, _HOME, _AWAY)
    assert (m.home, m.score) == (_HOME, "1-2")
    assert sorted((g.player, g.club, g.minute) for g in m.goals) == [
        ("Baeten", _HOME, 12), ("Roels", _AWAY, 40), ("Smets", _AWAY, 77)]


def test_a_scorers_line_before_the_lineups_counts_too():
    facts = facts_of(_PROSE + "Buts : Roels (0-1, 40e), Smets (0-2, 77e).\n\n" + _LINEUPS)
    m = find(facts, _HOME, _AWAY)
    assert (m.home, m.score) == (_HOME, "0-2")


def test_a_scorers_line_with_a_gap_gives_no_score():
    # the second goal has no running score: the line does not tell the final score
    facts = facts_of(_PROSE + _LINEUPS + "Buts : 12e Baeten (1-0), 40e Roels, 77e Smets (1-2).")
    assert all(m.score is None for m in facts.matches)


def test_running_scores_that_skip_a_goal_give_no_score():
    facts = facts_of(_PROSE + _LINEUPS + "Buts : 12e Baeten (1-0), 77e Smets (1-2).")
    assert all(m.score is None for m in facts.matches)


def _pair(text: str) -> tuple[str, str] | None:
    lexicon = default_lexicon()
    finder = ClubFinder(default_registry(), lexicon)
    report = read_report(("date 2041-09-08\n" + text).encode(), "sheet.txt")
    mentions = [finder.find(s.text, s.folded, report.lang) for s in report.sentences]
    found = sheets(report.sentences, mentions, lexicon)
    return found[0].pair if len(found) == 1 else None


def test_two_lineups_name_the_pair_home_first():
    assert _pair(_LINEUPS) == (_HOME, _AWAY)


def test_a_club_type_abbreviation_may_open_the_label():
    assert _pair(_LINEUPS.replace("Lommel :", "SK Lommel :")) == (_HOME, _AWAY)


def test_a_label_that_is_more_than_a_club_is_no_lineup():
    # "Le onze de Dessel :" and a list of cards under a field label are not line-ups
    text = _LINEUPS.replace("Dessel :", "Le onze de Dessel :")
    assert _pair(text) is None
    assert _pair("Avertissements : Aerts, Baeten, Claes, Roels, Smets, Thijs, Vos, Wuyts, "
                 "Yans.\n\n" + _LINEUPS.split("\n\n")[1]) is None


def test_lineups_far_apart_are_no_sheet():
    far = "\n\n".join(["Dessel : " + ", ".join(["Aerts"] * 11) + ".",
                       *["Un paragraphe de récit sur le match, sans résultat."] * 4,
                       "Lommel : " + ", ".join(["Peeters"] * 11) + "."])
    assert _pair(far) is None


def test_each_match_of_a_round_up_has_its_own_sheet():
    second = ("Heist : Adams, Boone, Coppens, De Wit, Eyckmans, Goris, Hendrickx, Jacobs, "
              "Kenis, Luyten, Mertens.\n\n"
              "Tongeren : Nuyts, Op de Beeck, Pauwels, Raes, Schellens, Tubex, Van Dyck, "
              "Verbist, Wouters, Anthonis, Bogaerts.\n\n")
    facts = facts_of("date 2041-09-08\nBeker van België: de amateurs in actie\n\n"
                     "Dessel boekte de grootste zege van de avond.\n\n" + _LINEUPS.replace(
                         " : ", ": ") + "Doelpunten: 12' Baeten 1-0, 50' Maes 2-0\n\n"
                     "Heist had het lastiger.\n\n" + second.replace(" : ", ": ") +
                     "Doelpunten: 30' Raes 0-1, 60' Kenis 1-1, 88' Luyten 2-1")
    assert (find(facts, _HOME, _AWAY).home, find(facts, _HOME, _AWAY).score) == (_HOME, "2-0")
    m = find(facts, "KSK Heist", "KSK Tongeren")
    assert (m.home, m.score) == ("KSK Heist", "2-1")
    assert sorted((g.player, g.club) for g in m.goals) == [
        ("Kenis", "KSK Heist"), ("Luyten", "KSK Heist"), ("Raes", "KSK Tongeren")]


def test_a_scorer_with_two_running_scores_in_one_item_scored_twice():
    facts = facts_of(_PROSE + _LINEUPS + "Buts : Roels (0-1, 1re), Baeten (1-1 sur pen., "
                     "30e), Smets (1-2, 61e et 1-3, 80e).")
    m = find(facts, _HOME, _AWAY)
    assert m.score == "1-3"
    assert sorted((g.player, g.club, g.minute) for g in m.goals) == [
        ("Baeten", _HOME, 30), ("Roels", _AWAY, 1), ("Smets", _AWAY, 61), ("Smets", _AWAY, 80)]


def test_running_scores_give_no_score_while_the_home_club_is_unknown():
    # the lead names the winner first and no ground: the scorers line's home-first running
    # scores cannot say which club had which goals
    facts = facts_of("date 2041-09-08\nBeker: Lommel verder\n\nLommel klopte Dessel in de "
                     "vierde ronde van de Beker van België.\n\n"
                     "Doelpunten: 12' Baeten 1-0, 40' Roels 1-1, 77' Smets 1-2")
    assert [(m.home, m.score) for m in facts.matches if m.score] == []


def test_a_german_scorers_line_reads_names_that_are_also_german_words():
    # "Martinez" and "Wagner" are frequent enough in German text to pass for nouns alone;
    # beside a minute and a running score in a scorers line they are the scorers
    facts = facts_of("date 2041-09-08\nPokal: Dessel wirft Lommel raus\n\nDessel hat Lommel "
                     "in der vierten Runde des belgischen Pokals mit 2:1 geschlagen.\n\n"
                     "Tore: 9' Claes (1-0), 33' Wagner (1-1), 71' Martinez (2-1)\n\n"
                     "Dessel: Aerts, Baeten, Claes, Dierckx, Engels, Geens, Hermans, Janssens, "
                     "Lemmens, Maes, Martinez\n\n"
                     "Lommel: Peeters, Quintens, Roels, Smets, Thijs, Uyttebroeck, Vos, Wuyts, "
                     "Yans, Zegers, Wagner")
    m = find(facts, _HOME, _AWAY)
    assert sorted((g.player, g.club, g.minute) for g in m.goals) == [
        ("Claes", _HOME, 9), ("Martinez", _HOME, 71), ("Wagner", _AWAY, 33)]


def test_a_word_of_the_language_in_a_scorers_line_is_no_scorer():
    facts = facts_of("date 2041-09-08\nPokal: Dessel wirft Lommel raus\n\nDessel hat Lommel "
                     "in der vierten Runde des belgischen Pokals mit 2:0 geschlagen.\n\n"
                     "Tore: 9' Claes (1-0), 33' Eigentor (2-0)")
    assert "Eigentor" not in {g.player for m in facts.matches for g in m.goals}
