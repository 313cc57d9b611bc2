"""Question understanding: normalising, language, intent, clubs, players, season, round, leg."""

from __future__ import annotations

import pytest

from handlers.lexicon import Lexicon
from handlers.understand import (
    MAX_FOLDED_CHARS,
    MAX_QUESTION_CHARS,
    Question,
    prepare,
    understand,
)
from handlers.vocabulary import default_vocabulary, normalise
from knowledge.index import KnowledgeIndex
from knowledge.text import fold


@pytest.fixture(scope="module")
def lexicon(seed_index: KnowledgeIndex) -> Lexicon:
    return Lexicon(index=seed_index, vocabulary=default_vocabulary())


def read(lexicon: Lexicon, text: str, default: str = "nl") -> Question:
    return understand(text, lexicon, default)


def test_normalise_folds_case_accents_punctuation_and_emoji() -> None:
    assert normalise("Où s'est joué 🙂 le MATCH-retour?!") == "ou s est joue le match retour"
    assert normalise("⚽🏆") == ""


@pytest.mark.parametrize(("text", "lang"), [
    ("Wie scoorde er voor Genk?", "nl"),
    ("Qui a marqué pour Genk contre Courtrai ?", "fr"),
    ("Genk a-t-il gagné ses finales précédentes ?", "fr"),
    ("Who went through, Genk or Kortrijk?", "en"),
    ("score KVK genk second leg", "en"),
    ("Genk Kortrijk", "nl"),
])
def test_language(lexicon: Lexicon, text: str, lang: str) -> None:
    assert read(lexicon, text).lang == lang


def test_language_defaults_to_configured(lexicon: Lexicon) -> None:
    assert read(lexicon, "Genk Kortrijk", default="fr").lang == "fr"


@pytest.mark.parametrize(("text", "intent"), [
    ("uitslag kortrijk", "score"),
    ("Hoe eindigde de heenwedstrijd?", "score"),
    ("what was the final score?", "score"),
    ("wie scoorde voor genk", "scorers"),
    ("Qui a marqué ?", "scorers"),
    ("Heeft Samatta gescoord?", "did_score"),
    ("Did Seck score?", "did_score"),
    ("In welke minuut scoorde Seck?", "goal_minute"),
    ("Hoe scoorde Seck?", "goal_how"),
    ("Wat is de totaalscore?", "aggregate"),
    ("Who went through?", "aggregate"),
    ("wie speelt de bekerfinale?", "finalists"),
    ("Wie won de beker in 2018?", "winner"),
    ("qui a gagné la coupe ?", "winner"),
    ("Did Club Brugge win the first leg?", "did_win"),
    ("Who won the second leg?", "match_winner"),
    ("wanneer werd de terugwedstrijd gespeeld?", "date"),
    ("where was the match?", "venue"),
    ("Welke bekerfinales won Genk al?", "history"),
    ("How many cups has Standard won?", "history"),
    ("hoe verliep de beker voor Kortrijk?", "cup_run"),
    ("wie is de coach van Genk", "coach"),
    ("wie was de doelman van Kortrijk", "goalkeeper"),
    ("Wie is topschutter?", "top_scorer"),
    ("What happened in the semi-final?", "summary"),
    ("help", "help"),
    ("Genk Kortrijk", None),
])
def test_intent(lexicon: Lexicon, text: str, intent: str | None) -> None:
    assert read(lexicon, text).intent == intent


@pytest.mark.parametrize(("text", "clubs"), [
    ("uitslag gnek kortrijk", ["KRC Genk", "KV Kortrijk"]),
    ("uitslag kortijk", ["KV Kortrijk"]),
    ("score standart club", ["Standard Liège", "Club Brugge"]),
    ("uitslag Gent", ["KAA Gent"]),
    ("uitslag Genk", ["KRC Genk"]),
    ("score Courtrai", ["KV Kortrijk"]),
    ("score Standard de Liège - Club Brugge", ["Standard Liège", "Club Brugge"]),
    ("wie scoorde voor de Limburgers", ["KRC Genk"]),
    ("uitslag de Kanaries", ["Sint-Truidense VV"]),
    ("uitslag gnk", []),
])
def test_clubs(lexicon: Lexicon, text: str, clubs: list[str]) -> None:
    assert read(lexicon, text).clubs == clubs


def test_fuzzy_needs_a_margin(lexicon: Lexicon) -> None:
    # "genr" is one letter away from both Genk and Gent: no guess.
    assert read(lexicon, "uitslag genr").clubs == []


def test_for_club(lexicon: Lexicon) -> None:
    q = read(lexicon, "wie scoorde voor de Limburgers tegen Kortrijk")
    assert q.for_club == "KRC Genk"
    assert read(lexicon, "wie scoorde in Genk tegen Kortrijk").for_club is None


def test_province_word_without_kb_matches_stays_ambiguous(lexicon: Lexicon) -> None:
    q = read(lexicon, "uitslag van de Luikenaars")  # one Luik club in the KB: Standard
    assert q.clubs == ["Standard Liège"]
    q = read(lexicon, "uitslag van de Limburgse ploegen in 2016")  # no matches that season
    assert q.ambiguous_clubs == [("KRC Genk", "Sint-Truidense VV")]


@pytest.mark.parametrize(("text", "players"), [
    ("heeft Seck gescoord", ["Ibrahima Seck"]),
    ("heeft Ibrahima Seck gescoord", ["Ibrahima Seck"]),
    ("heeft samata gescoord", ["Samatta"]),
    ("wie is philippe clement", ["Philippe Clement"]),
])
def test_players(lexicon: Lexicon, text: str, players: list[str]) -> None:
    assert read(lexicon, text).players == players


def test_unknown_name_is_kept(lexicon: Lexicon) -> None:
    q = read(lexicon, "Heeft Mbappé gescoord?")
    assert q.players == [] and q.leftovers == [("Mbappé", True)]
    assert read(lexicon, "uitslag barcelona tegen genk").unknown_names() == ["barcelona"]


@pytest.mark.parametrize(("text", "season", "alt"), [
    ("de finale van 2018", "2017-18", "2018-19"),
    ("beker 2017-18", "2017-18", None),
    ("beker 2017/2018", "2017-18", None),
    ("dit jaar", "2017-18", None),
    ("this season", "2017-18", None),
    ("last season", "2016-17", None),
    ("uitslag genk", None, None),
])
def test_season(lexicon: Lexicon, text: str, season: str | None, alt: str | None) -> None:
    q = read(lexicon, text)
    assert (q.season, q.alt_season) == (season, alt)


@pytest.mark.parametrize(("text", "round_", "leg"), [
    ("halve finale heenwedstrijd", "semi-final", 1),
    ("de demi-finale, match retour", "semi-final", 2),
    ("semi second leg", "semi-final", 2),
    ("l'aller", None, 1),
    ("kwartfinale", "quarter-final", None),
    ("bekerfinale", "final", None),
    ("what was the final score", None, None),
    ("de eerste finalist", None, None),
])
def test_round_and_leg(lexicon: Lexicon, text: str, round_: str | None, leg: int | None) -> None:
    q = read(lexicon, text)
    assert (q.round, q.leg) == (round_, leg)


def test_followup_marker(lexicon: Lexicon) -> None:
    assert read(lexicon, "en de heenwedstrijd?").followup
    assert read(lexicon, "and who scored?").followup
    assert not read(lexicon, "wie scoorde?").followup


def test_prepare_cuts_long_questions() -> None:
    text, cut = prepare("  uitslag " + "x" * 2000)
    assert cut and len(text) == MAX_QUESTION_CHARS
    assert prepare("  uitslag  ") == ("uitslag", False)



def test_prepare_cuts_questions_that_fold_long() -> None:
    """"ﷺ" folds to 18 letters: 400 of them are cut to what folds to MAX_FOLDED_CHARS."""
    text, cut = prepare("uitslag " + "ﷺ" * 400)
    assert cut and text.startswith("uitslag ﷺ")
    assert MAX_FOLDED_CHARS - 18 < len(fold(text)) <= MAX_FOLDED_CHARS
    assert prepare("ﷺ" * 20) == ("ﷺ" * 20, False)


@pytest.mark.parametrize(("text", "season"), [
    ("uitslag Genk Kortrijk december 2017", "2017-18"),
    ("score Genk Kortrijk en décembre 2019", "2019-20"),
    ("score of Genk v Kortrijk in March 2018", "2017-18"),
    ("uitslag op 13 december 2017", "2017-18"),
    ("score in August 2017", "2017-18"),
    ("score in July 2018", "2017-18"),
])
def test_a_month_names_the_season_it_falls_in(lexicon: Lexicon, text: str, season: str) -> None:
    q = read(lexicon, text)
    assert q.season == season and q.alt_season is None


def test_ranges_and_shifts_of_seasons(lexicon: Lexicon) -> None:
    assert read(lexicon, "wie won de beker tussen 2015 en 2018?").season_range == \
        ("2014-15", "2017-18")
    assert read(lexicon, "and the year before?").season_shift == -1
    assert read(lexicon, "et l'année suivante ?").season_shift == 1


def test_common_words_are_never_fuzzy_names(lexicon: Lexicon) -> None:
    q = read(lexicon, "wat was de uitslag in de ronde van Genk")
    assert q.clubs == ["KRC Genk"]


def test_two_questions_in_one(lexicon: Lexicon) -> None:
    q = read(lexicon, "wie won de finale en waar werd ze gespeeld?")
    assert (q.intent, q.second_intent) == ("winner", "venue")
    assert read(lexicon, "uitslag Genk en Kortrijk").second_intent is None


def test_topics_the_reports_do_not_keep(lexicon: Lexicon) -> None:
    assert read(lexicon, "hoeveel toeschouwers waren er?").not_kept == "attendance"
    assert read(lexicon, "who got a red card?").not_kept == "cards"
    assert read(lexicon, "wie scoorde voor Genk?").not_kept is None
    # the league title, asked as fans ask it; the weather of a match
    assert read(lexicon, "wie wordt kampioen dit jaar?").not_kept == "other_competitions"
    assert read(lexicon, "who won the league in 2018?").not_kept == "other_competitions"
    assert read(lexicon, "welk weer was het tijdens de finale?").not_kept == "weather"
    assert read(lexicon, "wie won de beker in 2018?").not_kept is None


def test_a_message_that_asks_nothing(lexicon: Lexicon) -> None:
    assert read(lexicon, "asdfghjkl").asks_nothing()
    assert read(lexicon, "???").asks_nothing()
    assert not read(lexicon, "en Genk?").asks_nothing()
