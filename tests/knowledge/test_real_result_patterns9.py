"""Result patterns of real cup reports (tenth set), each written here in our own words with
made-up seasons: the shape the extractor met in the real-report corpus, never its
sentences."""

from __future__ import annotations

from tests.knowledge.helpers import checked_facts as facts_of


# ---------------------------------------------------------------- the leg a headline looks to
def test_a_return_leg_the_headline_says_must_still_be_won_is_not_the_leg_told():
    # the headline of a first leg's report says the home club "must still fight hard in the
    # return": the return is the leg to come, not the one whose score the report tells
    facts = facts_of(
        "date 2038-01-25\n"
        "Zes goals in Lommel, dat in de return nog flink moet knokken tegen Westerlo\n\n"
        "Lommel - Westerlo 3-3\n\n"
        "Lommel en Westerlo hielden mekaar gisteravond in evenwicht in de halve finale van "
        "de beker. De beslissing valt volgende week in Westerlo.")
    assert [m for m in facts.matches if m.leg == 2] == []


# ---------------------------------------------------------------- a photo caption's dateline
def test_a_photo_caption_dated_in_august_tells_no_quarter_final():
    # a quarter-final's draw story opens with a photo of a summer league match, its caption
    # dated in figures and giving that match's score: a result of August is no
    # quarter-final (none was ever played before December)
    facts = facts_of(
        "date 2038-12-04\nEupen im Viertelfinale beim KV Mechelen\n\n"
        "12.08.2038, Belgien, Mechelen: Zweikampf zwischen Eupens Jan Peeters (l) und "
        "Mechelens Tom Maes (r). Eupen gewann jene Partie mit 3:1. Foto: Belga\n\n"
        "Das Los für das Viertelfinale im Landespokal meinte es nicht gut mit Eupen: die AS "
        "muss beim KV Mechelen antreten.")
    assert [m for m in facts.matches if m.score] == []
