"""Our own second-leg report exercises the same story shapes as the example report."""

from __future__ import annotations

from tests.conftest import FIXTURES
from tests.knowledge.helpers import extract_file, find, scorers

REPORT = FIXTURES / "reports" / "return_leg_nl.txt"


def test_both_legs_home_first():
    facts = extract_file(REPORT)
    ret = find(facts, "Royal Antwerp FC", "KV Mechelen", leg=2)
    assert (ret.home, ret.score, ret.season, ret.round) == (
        "Royal Antwerp FC", "1-0", "2032-33", "semi-final")
    first = find(facts, "Royal Antwerp FC", "KV Mechelen", leg=1)
    assert (first.home, first.score) == ("KV Mechelen", "2-1")
    assert ret.aggregate == "2-2"
    assert ret.qualified == "Royal Antwerp FC"


def test_goal_from_running_score_and_no_near_misses():
    facts = extract_file(REPORT)
    ret = find(facts, "Royal Antwerp FC", "KV Mechelen", leg=2)
    assert [(g.player, g.club, g.minute) for g in ret.goals] == [
        ("Jonas Verlinden", "Royal Antwerp FC", None)]
    assert ret.goals[0].header and ret.goals[0].when == "early"
    assert scorers(facts) == {"Verlinden"}


def test_negated_history_is_not_a_fact():
    facts = extract_file(REPORT)
    assert not [f for f in facts.club_facts if f.kind == "finals_won"]
    assert [(f.club, f.value) for f in facts.club_facts if f.kind == "final_number"] == [
        ("Royal Antwerp FC", 6)]


def test_other_tie_resolved_from_description():
    facts = extract_file(REPORT)
    first = find(facts, "Club Brugge", "Standard Liège", leg=1)
    assert (first.home, first.score) == ("Standard Liège", "3-0")
