"""The tables of the knowledge-base database and the migrations between schema versions.

A database records its schema version in SQLite's `user_version`. Opening one runs every
migration it has not had yet, in one transaction, so an older knowledge base opens in a newer
Cupbot; one made by a newer Cupbot is refused rather than misread. Version 0 is the knowledge
base before SQLite: a folder of YAML files (`knowledge.yaml_view`), migrated by `knowledge.store`.
"""

from __future__ import annotations

import sqlite3

# Each source table: the facts it gives sources for, and the column naming that fact.
SOURCE_TABLES = {
    "match_sources": ("matches", "match_id"),
    "goal_sources": ("goals", "goal_id"),
    "conflict_sources": ("conflict_values", "value_id"),
    "season_sources": ("seasons", "season_id"),
    "club_fact_sources": ("club_facts", "fact_id"),
    "person_sources": ("people", "person_id"),
}


def _source_table(name: str, parent: str, column: str) -> str:
    # `field` says which fact of a match or season the source states (empty for the others);
    # `position` keeps the order the sources were found in, across fields.
    return f"""
CREATE TABLE {name} (
    {column} INTEGER NOT NULL REFERENCES {parent}(id) ON DELETE CASCADE,
    field TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL,
    report TEXT NOT NULL,
    date TEXT,
    sentence TEXT NOT NULL
);
CREATE INDEX {name}_owner ON {name}({column}, position);
CREATE INDEX {name}_report ON {name}(report);
"""


_VERSION_1 = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT INTO meta (key, value) VALUES ('version', '0');
CREATE TABLE reports (
    name TEXT PRIMARY KEY,
    sha256 TEXT NOT NULL,
    date TEXT,
    seq INTEGER NOT NULL
);
CREATE TABLE matches (
    id INTEGER PRIMARY KEY,
    competition TEXT NOT NULL,
    season TEXT NOT NULL,
    round TEXT,
    leg INTEGER,
    home TEXT NOT NULL,
    away TEXT NOT NULL,
    date TEXT,
    venue TEXT,
    neutral INTEGER NOT NULL,
    score TEXT,
    extra_time INTEGER,
    penalties TEXT,
    aggregate TEXT,
    qualified TEXT,
    order_unsure INTEGER NOT NULL
);
CREATE INDEX matches_season ON matches(season);
CREATE TABLE goals (
    id INTEGER PRIMARY KEY,
    match_id INTEGER NOT NULL REFERENCES matches(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    player TEXT NOT NULL,
    club TEXT,
    minute INTEGER,
    penalty INTEGER NOT NULL,
    own_goal INTEGER NOT NULL,
    header INTEGER NOT NULL,
    vague_time TEXT
);
CREATE INDEX goals_match ON goals(match_id, position);
CREATE TABLE conflicts (
    id INTEGER PRIMARY KEY,
    match_id INTEGER NOT NULL REFERENCES matches(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    field TEXT NOT NULL
);
CREATE INDEX conflicts_match ON conflicts(match_id, position);
CREATE TABLE conflict_values (
    id INTEGER PRIMARY KEY,
    conflict_id INTEGER NOT NULL REFERENCES conflicts(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    value TEXT NOT NULL
);
CREATE INDEX conflict_values_conflict ON conflict_values(conflict_id, position);
CREATE TABLE seasons (
    id INTEGER PRIMARY KEY,
    competition TEXT NOT NULL,
    season TEXT NOT NULL,
    finalists TEXT NOT NULL,
    winner TEXT,
    UNIQUE (competition, season)
);
CREATE TABLE club_facts (
    id INTEGER PRIMARY KEY,
    club TEXT NOT NULL,
    kind TEXT NOT NULL,
    value TEXT NOT NULL,
    season TEXT
);
CREATE INDEX club_facts_season ON club_facts(season);
CREATE TABLE people (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    club TEXT,
    season TEXT,
    role TEXT NOT NULL
);
CREATE INDEX people_season ON people(season);
""" + "".join(_source_table(name, parent, column)
              for name, (parent, column) in SOURCE_TABLES.items())

# Who scored for whom, read from the index alone: answering tallies it over every goal at
# start-up instead of reading each goal (knowledge/stored.py).
_VERSION_2 = """
CREATE INDEX goals_player ON goals(player, club, own_goal, match_id);
"""

# MIGRATIONS[n] takes a database from schema version n to n + 1.
MIGRATIONS: tuple[str, ...] = (_VERSION_1, _VERSION_2)
SCHEMA_VERSION = len(MIGRATIONS)


class SchemaError(ValueError):
    """A database this Cupbot cannot read (made by a newer one)."""


def migrate(conn: sqlite3.Connection) -> int:
    """Bring the database up to SCHEMA_VERSION; return the version it had.

    Runs inside the caller's write transaction, so a crash leaves the old version intact."""
    found = conn.execute("PRAGMA user_version").fetchone()[0]
    if found > SCHEMA_VERSION:
        raise SchemaError(f"schema version {found} is newer than this Cupbot reads "
                          f"({SCHEMA_VERSION}); update Cupbot")
    for version in range(found, SCHEMA_VERSION):
        for statement in _statements(MIGRATIONS[version]):
            conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {version + 1}")
    return found


def _statements(script: str) -> list[str]:
    # executescript would commit the caller's transaction; run the statements one by one
    return [s.strip() for s in script.split(";") if s.strip()]
