"""The knowledge base of record: one SQLite database per knowledge-base folder.

    <kb folder>/cupbot.db          matches, goals, conflicts, season facts, club facts, people,
                                   every fact's sources, and the ingested reports (content hash)
    <kb folder>/corrections.yaml   curated corrections, written by people only

The database runs in WAL mode: readers never wait for a writer. Every change is one
transaction taken with BEGIN IMMEDIATE, so writers (command line, Discord, other processes)
queue for the write lock, and a crash at any moment leaves the knowledge base as it was before
or after the change. A `version` counter goes up with every change; a change planned against
one version (a Discord preview) is refused as stale when the version moved.

Writers work on the facts of the seasons they touch (`load`), change them in memory, and
`save` writes back only the rows that differ from what was read.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from knowledge.model import ClubFact, Conflict, Facts, Goal, Match, Person, SeasonFacts, Source
from knowledge.reference_loader import ReferenceError
from knowledge.schema import SCHEMA_VERSION, SOURCE_TABLES, SchemaError, migrate
from knowledge.stored import Shelf, StoredMatch
from knowledge.yaml_view import (
    REPORTS_FILE,
    Folder,
    ReportEntry,
    match_to_dict,
    read_folder,
    season_files,
)

log = logging.getLogger(__name__)

DB_FILE = "cupbot.db"
# How long a writer waits for another one to finish before giving up, in seconds.
WRITE_WAIT_SECONDS = 300.0
_MATCH_COLUMNS = ("competition", "season", "round", "leg", "home", "away", "date", "venue",
                  "neutral", "score", "extra_time", "penalties", "aggregate", "qualified",
                  "order_unsure")
_GOAL_SELECT = "g.player, g.club, g.minute, g.penalty, g.own_goal, g.header, g.vague_time"
# Values bound in one `IN (...)`: older SQLite versions allow 999 parameters.
_IDS_PER_QUERY = 900


class StoreError(ReferenceError):
    """A knowledge base that cannot be opened, read or written; one line naming the file."""


class StaleError(StoreError):
    """A planned change whose knowledge base changed since it was planned."""


@dataclass
class Loaded:
    """The facts of some seasons as read, to be changed in memory and saved.

    `rows` remembers, per fact object read, its table, row id and stored form, so `save`
    writes what changed and deletes what is gone."""

    facts: Facts
    seasons: set[str | None] | None  # None: every season
    version: int
    rows: dict[int, tuple[object, str, int, str]] = field(default_factory=dict)


@dataclass
class Saved:
    """What a save wrote."""

    version: int
    seasons: set[str | None] = field(default_factory=set)
    rows: int = 0


def _bool(value: object) -> bool | None:
    return None if value is None else bool(value)


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _form(kind: str, item: object) -> str:
    """The stored form of a fact, for telling whether it changed (sources included)."""
    if kind == "matches":
        return _json(match_to_dict(item))  # type: ignore[arg-type]
    return _json(_plain(item))


def _plain(item: object) -> object:
    if isinstance(item, SeasonFacts):
        return [item.competition, item.season, item.finalists, item.winner,
                {k: [list(_src(s)) for s in v] for k, v in item.sources.items()}]
    if isinstance(item, ClubFact):
        return [item.club, item.kind, item.value, item.season, [list(_src(s)) for s in
                                                                 item.sources]]
    if isinstance(item, Person):
        return [item.name, item.club, item.season, item.role,
                [list(_src(s)) for s in item.sources]]
    raise TypeError(item)


def _src(source: Source) -> tuple[str, str | None, str]:
    return (source.report, source.date, source.sentence)


class Store:
    """One knowledge-base database; see the module docstring.

    A Store may be shared between threads (the Discord bot reads sources lazily on the
    event loop while a worker thread writes): every use of the connection holds `_lock`.
    """

    def __init__(self, kb_dir: Path, conn: sqlite3.Connection) -> None:
        self.kb_dir = kb_dir
        self.path = kb_dir / DB_FILE
        self._conn = conn
        self._lock = threading.RLock()
        self._sources: dict[tuple[str, str | None, str], Source] = {}

    # ------------------------------------------------------------------ opening
    @classmethod
    def exists(cls, kb_dir: Path) -> bool:
        """Whether `kb_dir` holds a knowledge base (a database, or YAML files to migrate)."""
        return (kb_dir / DB_FILE).exists() or _legacy(kb_dir)

    @classmethod
    def open(cls, kb_dir: Path, create: bool = True) -> Store:
        """Open the knowledge base in `kb_dir`, migrating an older one.

        `create`: make the folder and an empty database when there is none. A folder of
        YAML files from before the SQLite store is read into a new database beside them
        (the YAML files are left as they are)."""
        path = kb_dir / DB_FILE
        if kb_dir.exists() and not kb_dir.is_dir():
            raise StoreError(f"{kb_dir}: not a knowledge-base folder")
        legacy = _legacy(kb_dir)
        if not path.exists() and not (create or legacy):
            raise StoreError(f"{kb_dir}: no knowledge base here ({DB_FILE} missing)")
        try:
            kb_dir.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(path, timeout=WRITE_WAIT_SECONDS, isolation_level=None,
                                   check_same_thread=False)
            store = cls(kb_dir, conn)
            try:
                store._prepare(legacy)
            except BaseException:
                conn.close()
                raise
        except SchemaError as exc:
            raise StoreError(f"{path}: {exc}") from exc
        except sqlite3.Error as exc:
            raise StoreError(f"{path}: cannot open the knowledge base: {exc}") from exc
        except OSError as exc:
            raise StoreError(f"{path}: cannot open the knowledge base: "
                             f"{exc.strerror or exc}") from exc
        return store

    def _prepare(self, legacy: bool) -> None:
        conn = self._conn
        conn.execute("PRAGMA foreign_keys = ON")
        if conn.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
            # only then take the write lock: a reader never waits for an ingest (a newer
            # schema is refused by migrate)
            with self.writing():
                if migrate(conn) == 0 and legacy:
                    self._import_legacy(self.kb_dir)
            if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                conn.execute("PRAGMA journal_mode = WAL")

    def _import_legacy(self, kb_dir: Path) -> None:
        # a broken YAML file raises here: the transaction is rolled back, nothing is lost
        self.replace_all(read_folder(kb_dir))
        log.warning("%s: knowledge base of YAML files migrated into %s (the YAML files are "
                    "no longer read; kb export writes them anew)", kb_dir, self.path)

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ transactions
    @contextmanager
    def writing(self) -> Iterator[Store]:
        """One write transaction (BEGIN IMMEDIATE: waits for other writers); nested: joins."""
        with self._lock:
            if self._conn.in_transaction:
                yield self
                return
            try:
                self._conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise StoreError(f"{self.path}: cannot write: {exc}") from exc
            try:
                yield self
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            try:
                self._conn.execute("COMMIT")
            except sqlite3.Error as exc:
                raise StoreError(f"{self.path}: cannot write: {exc}") from exc

    @contextmanager
    def reading(self) -> Iterator[sqlite3.Connection]:
        """One consistent snapshot for several queries; inside a write, that write's view."""
        with self._lock:
            if self._conn.in_transaction:
                yield self._conn
                return
            self._conn.execute("BEGIN")
            try:
                yield self._conn
            finally:
                self._conn.execute("COMMIT")

    def _query(self, sql: str, params: Iterable[object] = ()) -> list[tuple]:
        try:
            with self.reading() as conn:
                return conn.execute(sql, tuple(params)).fetchall()
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: cannot read: {exc}") from exc

    # ------------------------------------------------------------------ small reads
    def version(self) -> int:
        """The change counter: one more after every change."""
        return int(self._query("SELECT value FROM meta WHERE key = 'version'")[0][0])

    def report_log(self) -> dict[str, ReportEntry]:
        """report name -> its content hash and date, in the order they were ingested."""
        return {name: ReportEntry(sha, date) for name, sha, date in
                self._query("SELECT name, sha256, date FROM reports ORDER BY seq, name")}

    def count(self, table: str) -> int:
        if table not in {"matches", "goals", "conflicts", "seasons", "club_facts", "people",
                         "reports", *SOURCE_TABLES}:
            raise ValueError(table)
        return self._query(f"SELECT COUNT(*) FROM {table}")[0][0]

    def matches_per_round(self) -> list[tuple[str, str, str | None, int]]:
        """(competition, season, round, number of matches), for every round with a match."""
        return self._query("SELECT competition, season, round, COUNT(*) FROM matches "
                           "GROUP BY competition, season, round")

    def season_outcomes(self) -> list[tuple[str, str, list[str], str | None]]:
        """(competition, season, finalists, winner) of every season with season facts."""
        return [(c, s, json.loads(f), w) for c, s, f, w in self._query(
            "SELECT competition, season, finalists, winner FROM seasons")]

    def seasons_of_report(self, report: str) -> set[str | None]:
        """The seasons holding a fact that `report` is a source of."""
        rows = self._query("""
            SELECT m.season FROM match_sources s JOIN matches m ON m.id = s.match_id
             WHERE s.report = ?1
            UNION SELECT m.season FROM goal_sources s JOIN goals g ON g.id = s.goal_id
              JOIN matches m ON m.id = g.match_id WHERE s.report = ?1
            UNION SELECT m.season FROM conflict_sources s
              JOIN conflict_values v ON v.id = s.value_id JOIN conflicts c ON c.id = v.conflict_id
              JOIN matches m ON m.id = c.match_id WHERE s.report = ?1
            UNION SELECT x.season FROM season_sources s JOIN seasons x ON x.id = s.season_id
             WHERE s.report = ?1
            UNION SELECT f.season FROM club_fact_sources s JOIN club_facts f ON f.id = s.fact_id
             WHERE s.report = ?1
            UNION SELECT p.season FROM person_sources s JOIN people p ON p.id = s.person_id
             WHERE s.report = ?1""", (report,))
        return {season for (season,) in rows}

    def match_season(self, match_id: int) -> str | None:
        rows = self._query("SELECT season FROM matches WHERE id = ?", (match_id,))
        return rows[0][0] if rows else None

    def report_match_counts(self) -> list[tuple[str, int, int]]:
        """(report, match row id, how many of the match's facts it is a source of)."""
        return self._query("""
            SELECT report, match_id, COUNT(*) FROM (
                SELECT report, match_id FROM match_sources
                UNION ALL SELECT s.report, g.match_id FROM goal_sources s
                JOIN goals g ON g.id = s.goal_id)
            GROUP BY report, match_id""")

    # ------------------------------------------------------------------ reading facts
    def load(self, seasons: Iterable[str | None] | None = None) -> Loaded:
        """Every fact of `seasons` (None: all), with sources, ready to change and save."""
        wanted = None if seasons is None else set(seasons)
        with self.reading():
            loaded = Loaded(facts=Facts(), seasons=wanted, version=self.version())
            self._read(loaded, wanted, None)
        return loaded

    def read_lazily(self, seasons: Iterable[str | None] | None = None) -> Facts:
        """Every fact of `seasons` (None: all) for answering questions: the goals of matches
        and the sources of both are read when an answer first needs them (start-up time)."""
        wanted = None if seasons is None else set(seasons)
        with self.reading():
            loaded = Loaded(facts=Facts(), seasons=wanted, version=0)
            self._read(loaded, wanted, Shelf(self))
        return loaded.facts

    def _where(self, column: str, seasons: set[str | None] | None) -> tuple[str, list]:
        if seasons is None:
            return "1", []
        named = sorted(s for s in seasons if s is not None)
        parts = [f"{column} IN ({_marks(named)})"] if named else []
        if None in seasons:
            parts.append(f"{column} IS NULL")
        return "(" + (" OR ".join(parts) or "0") + ")", named

    def _source(self, report: str, date: str | None, sentence: str) -> Source:
        # one Source object per distinct source: many facts share a sentence
        key = (report, date, sentence)
        found = self._sources.get(key)
        if found is None:
            found = self._sources[key] = Source(report, date, sentence)
        return found

    def _owned_sources(self, table: str, where: str, params: list) -> dict[int, list[tuple]]:
        owner = SOURCE_TABLES[table][1]
        parent = SOURCE_TABLES[table][0]
        rows = self._conn.execute(
            f"SELECT s.{owner}, s.field, s.report, s.date, s.sentence FROM {table} s "
            f"JOIN {parent} p ON p.id = s.{owner} WHERE {where} "
            f"ORDER BY s.{owner}, s.position", params).fetchall()
        out: dict[int, list[tuple]] = {}
        for owner_id, field_name, report, date, sentence in rows:
            out.setdefault(owner_id, []).append((field_name, self._source(report, date,
                                                                            sentence)))
        return out

    def _read(self, loaded: Loaded, seasons: set[str | None] | None,
              shelf: Shelf | None) -> None:
        conn = self._conn
        facts = loaded.facts
        where, params = self._where("season", seasons)
        m_where, _ = self._where("m.season", seasons)
        matches: dict[int, Match] = {}
        for row in conn.execute(f"SELECT id, {', '.join(_MATCH_COLUMNS)} FROM matches "
                                f"WHERE {where} ORDER BY id", params):
            match = _match(row, shelf)
            matches[row[0]] = match
            facts.matches.append(match)
        self._read_conflicts(matches, m_where, params)
        if shelf is None:
            goals: dict[int, Goal] = {}
            for goal_id, match_id, *values in conn.execute(
                    f"SELECT g.id, g.match_id, {_GOAL_SELECT} FROM goals g "
                    f"JOIN matches m ON m.id = g.match_id "
                    f"WHERE {m_where} ORDER BY g.match_id, g.position", params):
                goals[goal_id] = Goal(**_goal_values(values))
                matches[match_id].goals.append(goals[goal_id])
            p_where = m_where.replace("m.season", "p.season")
            g_where = m_where.replace("m.season", "x.season")
            for match_id, found in self._owned_sources("match_sources", p_where,
                                                       params).items():
                sources = matches[match_id].sources
                for field_name, source in found:
                    sources.setdefault(field_name, []).append(source)
            rows = conn.execute(
                f"SELECT s.goal_id, s.report, s.date, s.sentence FROM goal_sources s "
                f"JOIN goals g ON g.id = s.goal_id JOIN matches x ON x.id = g.match_id "
                f"WHERE {g_where} ORDER BY s.goal_id, s.position", params).fetchall()
            for goal_id, report, date, sentence in rows:
                goals[goal_id].sources.append(self._source(report, date, sentence))
        others = self._read_others(facts, where, params)
        if shelf is None:
            for table, items in {"matches": matches, **others}.items():
                for row_id, item in items.items():
                    loaded.rows[id(item)] = (item, table, row_id, _form(table, item))

    def _read_conflicts(self, matches: dict[int, Match], m_where: str, params: list) -> None:
        conn = self._conn
        conflicts: dict[int, Conflict] = {}
        for cid, match_id, field_name in conn.execute(
                f"SELECT c.id, c.match_id, c.field FROM conflicts c JOIN matches m "
                f"ON m.id = c.match_id WHERE {m_where} ORDER BY c.match_id, c.position",
                params):
            conflicts[cid] = Conflict(field=field_name, values=[])
            matches[match_id].conflicts.append(conflicts[cid])
        if not conflicts:
            return
        values: dict[int, dict] = {}
        for vid, cid, value in conn.execute(
                f"SELECT v.id, v.conflict_id, v.value FROM conflict_values v "
                f"JOIN conflicts c ON c.id = v.conflict_id JOIN matches m ON m.id = c.match_id "
                f"WHERE {m_where} ORDER BY v.conflict_id, v.position", params):
            values[vid] = {"value": json.loads(value), "sources": []}
            conflicts[cid].values.append(values[vid])
        for vid, report, date, sentence in conn.execute(
                f"SELECT s.value_id, s.report, s.date, s.sentence FROM conflict_sources s "
                f"JOIN conflict_values v ON v.id = s.value_id JOIN conflicts c "
                f"ON c.id = v.conflict_id JOIN matches m ON m.id = c.match_id "
                f"WHERE {m_where} ORDER BY s.value_id, s.position", params):
            values[vid]["sources"].append(self._source(report, date, sentence))

    def _read_others(self, facts: Facts, where: str,
                     params: list) -> dict[str, dict[int, object]]:
        """Season facts, club facts and people; returns them by table and row id."""
        conn = self._conn
        p_where = where.replace("season", "p.season")
        seasons = {}
        for sid, competition, season, finalists, winner in conn.execute(
                f"SELECT id, competition, season, finalists, winner FROM seasons WHERE {where} "
                f"ORDER BY id", params):
            seasons[sid] = SeasonFacts(competition, season, json.loads(finalists), winner)
            facts.seasons.append(seasons[sid])
        for sid, found in self._owned_sources("season_sources", p_where, params).items():
            for field_name, source in found:
                seasons[sid].sources.setdefault(field_name, []).append(source)
        club_facts = {}
        for fid, club, kind, value, season in conn.execute(
                f"SELECT id, club, kind, value, season FROM club_facts WHERE {where} "
                f"ORDER BY id", params):
            club_facts[fid] = ClubFact(club, kind, json.loads(value), season)
            facts.club_facts.append(club_facts[fid])
        for fid, found in self._owned_sources("club_fact_sources", p_where, params).items():
            club_facts[fid].sources.extend(source for _, source in found)
        people = {}
        for pid, name, club, season, role in conn.execute(
                f"SELECT id, name, club, season, role FROM people WHERE {where} ORDER BY id",
                params):
            people[pid] = Person(name, club, season, role)
            facts.people.append(people[pid])
        for pid, found in self._owned_sources("person_sources", p_where, params).items():
            people[pid].sources.extend(source for _, source in found)
        return {"seasons": seasons, "club_facts": club_facts, "people": people}

    def lazy_goals(self, match_ids: list[int]) -> dict[int, list[dict]]:
        """The goals of these matches, in order, as field values by match row id."""
        out: dict[int, list[dict]] = {}
        for chunk in _chunks(match_ids):
            for match_id, *values in self._query(
                    f"SELECT g.match_id, {_GOAL_SELECT} FROM goals g WHERE g.match_id IN "
                    f"({_marks(chunk)}) ORDER BY g.match_id, g.position", chunk):
                out.setdefault(match_id, []).append(_goal_values(values))
        return out

    def goal_tally(self, match_ids: list[int] | None = None
                   ) -> list[tuple[str, str | None, bool, int]]:
        """(player, club, own goal, how many goals) over the goals of these matches (None:
        every match): who scored for whom, without reading every goal."""
        sql = ("SELECT player, club, own_goal, COUNT(*) FROM goals WHERE {} "
               "GROUP BY player, club, own_goal")
        if match_ids is None:
            rows = self._query(sql.format("1"))
        else:
            rows = [row for chunk in _chunks(match_ids)
                    for row in self._query(sql.format(f"match_id IN ({_marks(chunk)})"), chunk)]
        return [(player, club, own_goal == 1, n) for player, club, own_goal, n in rows]

    def matches_of_scorers(self, players: Iterable[str]) -> set[int]:
        """Row ids of the matches with a goal by any of `players` (as written)."""
        names = sorted(set(players))
        return {match_id for chunk in _chunks(names) for (match_id,) in self._query(
            f"SELECT DISTINCT match_id FROM goals WHERE player IN ({_marks(chunk)})", chunk)}

    def match_ids(self) -> set[int]:
        """Row ids of every match."""
        return {row_id for (row_id,) in self._query("SELECT id FROM matches")}

    def lazy_sources(self, match_id: int) -> tuple[dict[str, list[Source]],
                                                   dict[int, list[Source]]]:
        """A match's sources by field, and its goals' sources by goal position."""
        fields: dict[str, list[Source]] = {}
        for field_name, report, date, sentence in self._query(
                "SELECT field, report, date, sentence FROM match_sources WHERE match_id = ? "
                "ORDER BY position", (match_id,)):
            fields.setdefault(field_name, []).append(Source(report, date, sentence))
        goals: dict[int, list[Source]] = {}
        for position, report, date, sentence in self._query(
                "SELECT g.position, s.report, s.date, s.sentence FROM goal_sources s "
                "JOIN goals g ON g.id = s.goal_id WHERE g.match_id = ? "
                "ORDER BY g.position, s.position", (match_id,)):
            goals.setdefault(position, []).append(Source(report, date, sentence))
        return fields, goals

    # ------------------------------------------------------------------ writing
    def save(self, loaded: Loaded, reports: dict[str, ReportEntry] | None = None,
             expected_version: int | None = None, forget: Iterable[str] = ()) -> Saved:
        """Write what changed in `loaded.facts` since `load`, log `reports`, drop the
        reports named in `forget` from the log, in one transaction.

        `expected_version`: refuse (StaleError) when the knowledge base changed since."""
        try:
            with self.writing():
                version = self.version()
                if expected_version is not None and version != expected_version:
                    raise StaleError(f"{self.path}: the knowledge base changed since this "
                                     f"change was planned (version {expected_version}, "
                                     f"now {version})")
                saved = Saved(version=version)
                self._write_changes(loaded, saved)
                self._write_reports(reports or {}, list(forget), saved)
                if saved.rows:
                    saved.version = version + 1
                    self._conn.execute("UPDATE meta SET value = ? WHERE key = 'version'",
                                       (str(saved.version),))
                return saved
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: cannot write: {exc}") from exc

    def replace_all(self, folder: Folder) -> Saved:
        """Make the knowledge base exactly `folder` (an import): one transaction."""
        with self.writing():
            loaded = self.load()
            loaded.facts = folder.facts
            gone = set(self.report_log()) - set(folder.reports)
            return self.save(loaded, folder.reports, forget=gone)

    def _write_reports(self, reports: dict[str, ReportEntry], forget: list[str],
                       saved: Saved) -> None:
        conn = self._conn
        for name in forget:
            saved.rows += conn.execute("DELETE FROM reports WHERE name = ?", (name,)).rowcount
        known = {name: (e.sha256, e.date) for name, e in self.report_log().items()}
        seq = conn.execute("SELECT COALESCE(MAX(seq), 0) FROM reports").fetchone()[0]
        for name, entry in reports.items():
            if known.get(name) == (entry.sha256, entry.date):
                continue
            seq += 1
            conn.execute("INSERT INTO reports (name, sha256, date, seq) VALUES (?, ?, ?, ?) "
                         "ON CONFLICT (name) DO UPDATE SET sha256 = excluded.sha256, "
                         "date = excluded.date", (name, entry.sha256, entry.date, seq))
            saved.rows += 1

    def _write_changes(self, loaded: Loaded, saved: Saved) -> None:
        facts = loaded.facts
        current = {"matches": facts.matches, "seasons": facts.seasons,
                   "club_facts": facts.club_facts, "people": facts.people}
        kept = {id(item) for items in current.values() for item in items
                if id(item) in loaded.rows and loaded.rows[id(item)][0] is item}
        # deletions first: a season replaced by an equal new one must not meet the old row
        for key, (item, table, row_id, _) in loaded.rows.items():
            if key not in kept:
                self._conn.execute(f"DELETE FROM {table} WHERE id = ?", (row_id,))
                saved.rows += 1
                saved.seasons.add(item.season)  # type: ignore[attr-defined]
        for table, items in current.items():
            for item in items:
                if id(item) in kept:
                    _, _, row_id, form = loaded.rows[id(item)]
                    if form == _form(table, item):
                        continue
                    self._update(table, row_id, item)
                else:
                    self._insert(table, item)
                saved.rows += 1
                saved.seasons.add(item.season)  # type: ignore[attr-defined]

    def _values(self, table: str, item: object) -> tuple[str, tuple]:
        if table == "matches":
            m: Match = item  # type: ignore[assignment]
            return ", ".join(_MATCH_COLUMNS), tuple(getattr(m, c) for c in _MATCH_COLUMNS)
        if table == "seasons":
            s: SeasonFacts = item  # type: ignore[assignment]
            return "competition, season, finalists, winner", (
                s.competition, s.season, _json(s.finalists), s.winner)
        if table == "club_facts":
            f: ClubFact = item  # type: ignore[assignment]
            return "club, kind, value, season", (f.club, f.kind, _json(f.value), f.season)
        p: Person = item  # type: ignore[assignment]
        return "name, club, season, role", (p.name, p.club, p.season, p.role)

    def _insert(self, table: str, item: object) -> None:
        columns, values = self._values(table, item)
        marks = ", ".join("?" * len(values))
        cursor = self._conn.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", values)
        self._write_children(table, cursor.lastrowid, item)

    def _update(self, table: str, row_id: int, item: object) -> None:
        columns, values = self._values(table, item)
        assignments = ", ".join(f"{c.strip()} = ?" for c in columns.split(","))
        self._conn.execute(f"UPDATE {table} SET {assignments} WHERE id = ?", (*values, row_id))
        # children are few per fact: rewrite them rather than diff them
        if table == "matches":
            for child in ("goals", "conflicts", "match_sources"):
                self._conn.execute(f"DELETE FROM {child} WHERE match_id = ?", (row_id,))
        else:
            source_table = {"seasons": "season_sources", "club_facts": "club_fact_sources",
                            "people": "person_sources"}[table]
            owner = SOURCE_TABLES[source_table][1]
            self._conn.execute(f"DELETE FROM {source_table} WHERE {owner} = ?", (row_id,))
        self._write_children(table, row_id, item)

    def _write_children(self, table: str, row_id: int, item: object) -> None:
        conn = self._conn
        if table == "matches":
            m: Match = item  # type: ignore[assignment]
            self._write_sources("match_sources", row_id,
                                [(k, s) for k, v in m.sources.items() for s in v])
            for position, g in enumerate(m.goals):
                cursor = conn.execute(
                    "INSERT INTO goals (match_id, position, player, club, minute, penalty, "
                    "own_goal, header, vague_time) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (row_id, position, g.player, g.club, g.minute, g.penalty, g.own_goal,
                     g.header, g.when))
                self._write_sources("goal_sources", cursor.lastrowid,
                                    [("", s) for s in g.sources])
            for position, c in enumerate(m.conflicts):
                cid = conn.execute("INSERT INTO conflicts (match_id, position, field) "
                                   "VALUES (?, ?, ?)", (row_id, position, c.field)).lastrowid
                for vpos, v in enumerate(c.values):
                    vid = conn.execute("INSERT INTO conflict_values (conflict_id, position, "
                                       "value) VALUES (?, ?, ?)",
                                       (cid, vpos, _json(v["value"]))).lastrowid
                    self._write_sources("conflict_sources", vid, [("", s) for s in
                                                                  v["sources"]])
        elif table == "seasons":
            s: SeasonFacts = item  # type: ignore[assignment]
            self._write_sources("season_sources", row_id,
                                [(k, src) for k, v in s.sources.items() for src in v])
        elif table == "club_facts":
            self._write_sources("club_fact_sources", row_id,
                                [("", s) for s in item.sources])  # type: ignore[attr-defined]
        else:
            self._write_sources("person_sources", row_id,
                                [("", s) for s in item.sources])  # type: ignore[attr-defined]

    def _write_sources(self, table: str, owner_id: int,
                       sources: list[tuple[str, Source]]) -> None:
        if not sources:
            return
        owner = SOURCE_TABLES[table][1]
        self._conn.executemany(
            f"INSERT INTO {table} ({owner}, field, position, report, date, sentence) "
            f"VALUES (?, ?, ?, ?, ?, ?)",
            [(owner_id, k, i, s.report, s.date, s.sentence) for i, (k, s) in enumerate(sources)])


def _legacy(kb_dir: Path) -> bool:
    """A knowledge base of YAML files, from before the SQLite store."""
    return kb_dir.is_dir() and (bool(season_files(kb_dir)) or (kb_dir / REPORTS_FILE).exists())


def _chunks(values: list) -> list[list]:
    """`values` in parts small enough to bind in one `IN (...)`."""
    return [values[i:i + _IDS_PER_QUERY] for i in range(0, len(values), _IDS_PER_QUERY)]


def _marks(values: list) -> str:
    return ",".join("?" * len(values))


def _goal_values(row: list) -> dict:
    player, club, minute, penalty, own_goal, header, when = row
    return {"player": player, "club": club, "minute": minute, "penalty": penalty == 1,
            "own_goal": own_goal == 1, "header": header == 1, "when": when}


def _match(row: tuple, shelf: Shelf | None) -> Match:
    (row_id, competition, season, round_, leg, home, away, date, venue, neutral, score,
     extra_time, penalties, aggregate, qualified, order_unsure) = row
    values = {"competition": competition, "season": season, "round": round_, "leg": leg,
              "home": home, "away": away, "date": date, "venue": venue,
              "neutral": bool(neutral), "score": score, "extra_time": _bool(extra_time),
              "penalties": penalties, "aggregate": aggregate, "qualified": qualified,
              "conflicts": [], "order_unsure": bool(order_unsure)}
    if shelf is None:
        return Match(**values)
    return StoredMatch.build(values, row_id, shelf)
