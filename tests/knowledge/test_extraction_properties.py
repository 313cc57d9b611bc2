"""Property tests: no report text crashes the extractor, whatever it contains."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.knowledge.helpers import extract_text

# Words that steer the extractor into its rules, mixed with anything at all.
_WORDS = st.sampled_from([
    "Genk", "KV Kortrijk", "Club", "les Rouches", "de Limburgers", "thuisploeg", "beker",
    "halve finale", "terugwedstrijd", "won", "verloor", "met", "1-0", "3–2", "2:1", "(23.)",
    "45+2'", "scoorde", "eigen doelpunt", "strafschoppen", "na verlengingen", "totaalscore",
    "Jan Maes", "hij", "maar", "naast", "Sclessin", "GENK -", "date 2018-02", ".", ",", "\n\n",
    "ß", "İ", "🙂", "op het veld van", "bij", "Coupe", "après prolongations", "own goal",
])
# NUL and the other control bytes no text holds make a file binary, which ingest refuses on
# purpose (knowledge/report.py: decode; tests/knowledge/test_hostile_reports.py)
_BINARY = "".join(chr(c) for c in [*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20), 0x7F])
_TEXT = st.lists(st.one_of(_WORDS, st.text(st.characters(blacklist_characters=_BINARY),
                                           max_size=12)), max_size=60).map(" ".join)


@settings(max_examples=150, deadline=2000, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow])
@given(_TEXT)
def test_any_report_text_extracts_without_error(text):
    facts = extract_text(" date 2018-02\n" + text)
    for match in facts.matches:
        assert match.home != match.away
        if match.score:
            home, away = (int(x) for x in match.score.split("-"))
            assert sum(g.club == match.home for g in match.goals) <= home
            assert sum(g.club == match.away for g in match.goals) <= away
