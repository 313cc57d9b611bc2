"""The answering index reads goals when first asked: the same goals, scorers and players'
goals as reading everything up front, corrections included; older databases migrate."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import yaml

from knowledge.index import KnowledgeIndex, load_index
from knowledge.model import Match
from knowledge.schema import SCHEMA_VERSION
from knowledge.store import DB_FILE, Store
from knowledge.stored import goals_unread


def selector(m: Match) -> dict:
    found = {"season": m.season, "round": m.round, "clubs": [m.home, m.away]}
    return {**found, "leg": m.leg} if m.leg else found


def goal_rows(matches: list[Match]) -> list[tuple]:
    return [(m.key(), g.player, g.club, g.minute, g.penalty, g.own_goal, g.header, g.when)
            for m in matches for g in m.goals]


def scorers_by_reading(index: KnowledgeIndex) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for m in index.matches:
        for g in m.goals:
            clubs = out.setdefault(g.player, set())
            if g.club and not g.own_goal:
                clubs.add(g.club)
    return out


def test_goals_read_on_first_use_are_the_stored_ones(demo_kb: Path):
    index = load_index(demo_kb)
    assert all(goals_unread(m) for m in index.matches)
    with Store.open(demo_kb, create=False) as store:
        eager = store.load().facts.matches
    assert goal_rows(index.matches) == goal_rows(eager)
    assert sum(len(m.goals) for m in eager) >= 20


def test_scorers_and_a_players_goals_before_and_after_reading(demo_kb: Path):
    lazy, read = load_index(demo_kb), load_index(demo_kb)
    scorers = scorers_by_reading(read)  # reads every goal of `read`
    assert lazy.scorer_clubs() == scorers == read.scorer_clubs()
    for player in sorted(scorers)[:15]:
        expected = [(m.key(), g) for m in read.find_matches() for g in m.goals
                    if g.player == player]
        assert [(m.key(), g) for m, g in lazy.goals_by([player])] == expected
        assert [(m.key(), g) for m, g in read.goals_by([player])] == expected


def test_corrected_deleted_and_added_goals_count(demo_kb: Path, tmp_path: Path):
    kb = tmp_path / "kb"
    shutil.copytree(demo_kb, kb)
    with Store.open(kb, create=False) as store:
        with_goals = [m for m in store.load().facts.matches if m.goals]
    fixed, gone = with_goals[0], with_goals[1]
    old_scorer = fixed.goals[0].player
    corrections = {"matches": [
        {"match": selector(fixed),
         "goals": [{"player": "Curated Scorer", "club": fixed.home, "minute": 3}]},
        {"match": selector(gone), "delete": True},
        {"add": {"season": "1990-91", "round": "final", "home": fixed.home,
                 "away": fixed.away, "score": "1-0",
                 "goals": [{"player": "Added Scorer", "club": fixed.home, "minute": 50}]}},
    ]}
    (kb / "corrections.yaml").write_text(yaml.safe_dump(corrections), encoding="utf-8")
    lazy, read = load_index(kb), load_index(kb)
    assert lazy.scorer_clubs() == scorers_by_reading(read)
    assert lazy.scorer_clubs()["Curated Scorer"] == {fixed.home}
    assert "Added Scorer" in lazy.scorer_clubs()
    for player in ("Curated Scorer", "Added Scorer", old_scorer, gone.goals[0].player):
        expected = [(m.key(), g) for m in read.find_matches() for g in m.goals
                    if g.player == player]
        assert [(m.key(), g) for m, g in lazy.goals_by([player])] == expected


def test_a_database_of_schema_1_gets_the_scorer_index(demo_kb: Path, tmp_path: Path):
    kb = tmp_path / "kb"
    shutil.copytree(demo_kb, kb)
    conn = sqlite3.connect(kb / DB_FILE)
    conn.execute("DROP INDEX goals_player")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    index = load_index(kb)
    assert index.scorer_clubs() == scorers_by_reading(load_index(kb))
    conn = sqlite3.connect(kb / DB_FILE)
    assert conn.execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION,)
    assert conn.execute("SELECT name FROM sqlite_master WHERE name = 'goals_player'").fetchone()
    conn.close()
