"""Precision patterns of real cup reports (third set), each written here in our own words
with made-up seasons and players: the shape the extractor met in the real-report corpus,
never its sentences."""

from __future__ import annotations

import pytest

from knowledge.extract.persons import person_name
from knowledge.lexicon import default_lexicon
from tests.knowledge.helpers import checked_facts as facts_of
from tests.knowledge.helpers import find


def _people(facts) -> set[str]:
    return {p.name for p in facts.people} | {g.player for m in facts.matches for g in m.goals}


# ---------------------------------------------------------------- a photo credit
def test_the_photographer_a_caption_credits_is_no_scorer():
    # a scraped page glues a picture's caption and its credit ("©NAME AGENCY") to the text
    facts = facts_of(
        "date 2039-10-31\nBeker: Oostende wint in Beveren\n\n"
        "In de beker (zestiende finales) haalde Oostende het met 2-3 bij Waasland-Beveren.\n\n"
        "Oostendenaar Tom Maes scoort de winnende treffer.©KOEN PEETERS BELGA\n\n"
        "Na de rust bleef het spannend. Ruud Smet schiet de 2-3 binnen. © Koen Peeters / "
        "Belga")
    assert not {name for name in _people(facts) if "Peeters".lower() in name.lower()}


# ---------------------------------------------------------------- a club called by its colours
def test_an_english_report_calling_anderlecht_purple_and_white_names_no_player_white():
    facts = facts_of(
        "date 2039-12-01\nAnderlecht beat Standard in the Belgian Cup\n\n"
        "Anderlecht beat Standard 2-0 to reach the quarter-finals of the Belgian Cup.\n\n"
        "Ruud Smet opened the scoring after half an hour. Purple and White made it two "
        "through Tom Maes just after the break.")
    match = find(facts, "RSC Anderlecht", "Standard Liège")
    assert "White" not in _people(facts)
    assert {g.player for g in match.goals} == {"Ruud Smet", "Tom Maes"}


# ---------------------------------------------------------------- a club no list knows
@pytest.mark.parametrize("told", [
    "Zonnebeke a perdu 1-3 contre La Gantoise.",
    "Zonnebeke verloor met 1-3 van AA Gent.",
])
def test_a_bare_unknown_name_opening_a_result_is_not_the_storys_club(told):
    # a report about Genk tells another tie of the round, its subject a small club the
    # reference data lacks: the result is not Genk's
    facts = facts_of(
        "date 2039-02-28\nCoupe: Genk en demi-finale\n\n"
        "Genk a battu Courtrai 2-0 et rejoint les demi-finales de la Coupe de Belgique.\n\n"
        + told)
    assert [m for m in facts.matches if "KAA Gent" in m.clubs] == []


def test_a_club_described_by_its_division_opening_a_sentence_is_no_person():
    # "Tweedeklasser X ..." opens a sentence with a capital: the word describes a club (it
    # must not pass for a bare name either, which would make the result's subject unknown)
    lex = default_lexicon()
    assert person_name("Tweedeklasser", "", lex, "nl") is None
    assert person_name("Promovendus", "", lex, "nl") is None
