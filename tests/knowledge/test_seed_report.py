"""The example report alone yields what a careful reader finds there, and nothing more."""

from __future__ import annotations

from tests.knowledge.helpers import extract_file, find, scorers


def test_second_leg(seed_report):
    facts = extract_file(seed_report)
    m = find(facts, "KRC Genk", "KV Kortrijk", leg=2)
    assert (m.home, m.away, m.score) == ("KRC Genk", "KV Kortrijk", "1-0")
    assert (m.season, m.round) == ("2017-18", "semi-final")
    assert m.venue == "Luminus Arena"
    assert m.aggregate == "3-3"
    assert m.qualified == "KRC Genk"
    assert [(g.player, g.club) for g in m.goals] == [("Ibrahima Seck", "KRC Genk")]
    assert m.goals[0].minute is None, "the report gives no minute"
    assert m.goals[0].header


def test_first_leg_told_inside_the_return(seed_report):
    m = find(extract_file(seed_report), "KRC Genk", "KV Kortrijk", leg=1)
    assert (m.home, m.away, m.score) == ("KV Kortrijk", "KRC Genk", "3-2")
    assert m.goals == []


def test_other_semi_final(seed_report):
    facts = extract_file(seed_report)
    first = find(facts, "Standard Liège", "Club Brugge", leg=1)
    assert (first.home, first.away, first.score) == ("Standard Liège", "Club Brugge", "4-1")
    ret = find(facts, "Standard Liège", "Club Brugge", leg=2)
    assert ret.home == "Club Brugge" and ret.score is None
    assert "Jan Breydel" in ret.venue


def test_finalist_history_and_coach(seed_report):
    facts = extract_file(seed_report)
    assert facts.seasons[0].finalists == ["KRC Genk"]
    assert facts.seasons[0].winner is None
    won = [f for f in facts.club_facts if f.kind == "finals_won"]
    assert [(f.club, f.value) for f in won] == [("KRC Genk", [1998, 2000, 2009, 2013])]
    coaches = [(p.name, p.club) for p in facts.people if p.role == "coach"]
    assert coaches == [("Philippe Clement", "KRC Genk")]
    keepers = {(p.name, p.club) for p in facts.people if p.role == "goalkeeper"}
    assert ("Kaminski", "KV Kortrijk") in keepers


def test_no_goal_for_near_misses(seed_report):
    assert scorers(extract_file(seed_report)) == {"Seck"}
    assert len(extract_file(seed_report).matches) == 4
