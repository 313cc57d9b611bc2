"""Precision patterns of real cup reports (third set), each written here in our own words
with made-up seasons and players: the shape the extractor met in the real-report corpus,
never its sentences."""

from __future__ import annotations

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
