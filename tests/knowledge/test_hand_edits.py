"""Hand edits of the files people edit: a table of mistakes, each refused with one line naming
the file, the line and the field (or, where the edit is fine, doing the right thing).

Three files: a season file of a `kb export` (read by `kb import`), corrections.yaml in a
knowledge base, and config.yaml.
"""

from __future__ import annotations

import logging
import shutil
import time
from pathlib import Path

import pytest

from bot.cli import main
from bot.config import ConfigError, load_settings
from knowledge.index import load_index
from knowledge.reference_loader import ReferenceError
from knowledge.store import Store
from knowledge.yaml_view import read_folder

# A billion laughs: nine lines that expand into 9**9 values.
BOMB = "".join(
    f"{name}: &{name} [{', '.join([f'*{prev}'] * 9) if prev else ', '.join(['lol'] * 9)}]\n"
    for prev, name in zip([None, *"abcdefgh"], "abcdefghi", strict=True))


def one_line(message: str, path: Path, expected: str) -> None:
    assert "\n" not in message, message
    assert message.startswith(f"{path}: "), message
    assert expected in message, message


def refusal(load, arg, error: type[Exception] = ReferenceError,
            within: float | None = None) -> str:
    """The message `load(arg)` refuses with (`within`: seconds the refusal may take)."""
    started = time.perf_counter()
    with pytest.raises(error) as caught:
        load(arg)
    if within is not None:
        assert time.perf_counter() - started < within
    return str(caught.value)


# ---------------------------------------------------------------- kb export files
SEASON = """\
competition: belgian-cup
season: "2017-18"
finalists: [KRC Genk, Standard Liège]
winner: Standard Liège
matches:
- round: final
  home: Standard Liège
  away: KRC Genk
  score: "1-0"
  extra_time: true
  venue: Koning Boudewijnstadion
  goals:
  - {player: Edmilson Junior, club: Standard Liège, minute: 104}
  sources:
    score:
    - {report: finale.txt, date: "2018-03-17", sentence: Standard won 1-0.}
club_facts:
- {club: KRC Genk, kind: final_number, value: 5}
people:
- {name: Philippe Clement, club: KRC Genk, role: coach}
"""
REPORTS = "reports:\n  finale.txt:\n    sha256: " + "ab" * 32 + "\n    date: 2018-03\n"
FINAL_MATCH = SEASON[SEASON.index("- round: final"):SEASON.index("club_facts:")]

EXPORT_CASES = [
    # (name, old, new, expected)
    ("score as a word", 'score: "1-0"', "score: abc", 'line 9: matches[0].score: must be a score'),
    ("score spelled out", 'score: "1-0"', "score: three", "line 9: matches[0].score: must be"),
    ("score unquoted with a colon", 'score: "1-0"', "score: 1:0",
     "line 9: matches[0].score: must be a score"),
    ("score out of bounds", 'score: "1-0"', 'score: "99-0"', "at most 40 a side"),
    ("score as a number", 'score: "1-0"', "score: 10", "line 9: matches[0].score: must be"),
    ("winner a list", "winner: Standard Liège", "winner: [a, b]",
     "line 4: winner: must be text, not a list"),
    ("finalists a string", "finalists: [KRC Genk, Standard Liège]", "finalists: KRC Genk",
     "line 3: finalists: must be a list of clubs"),
    ("three finalists", "finalists: [KRC Genk, Standard Liège]",
     "finalists: [KRC Genk, Standard Liège, Club Brugge]",
     "line 3: finalists: must be a list of clubs of 0 to 2, not 3"),
    ("a finalist twice", "finalists: [KRC Genk, Standard Liège]",
     "finalists: [KRC Genk, KRC Genk]", "line 3: finalists: names the same club twice"),
    ("unknown round", "round: final", "round: finale",
     "line 6: matches[0].round: must be a round, one of: round of 64"),
    ("round typo", "round: final", "round: semifinal", "(did you mean 'semi-final'?)"),
    ("leg 3", "round: final", "round: final\n  leg: 3", "line 7: matches[0].leg: must be 1 or 2"),
    ("leg as a word", "round: final", "round: final\n  leg: first", "matches[0].leg: must be 1"),
    ("venue a number", "venue: Koning Boudewijnstadion", "venue: 5",
     "line 11: matches[0].venue: must be text, not '5'"),
    ("venue a list", "venue: Koning Boudewijnstadion", "venue: [a, b]",
     "line 11: matches[0].venue: must be text, not a list"),
    ("extra time as text", "extra_time: true", 'extra_time: "yes"',
     "line 10: matches[0].extra_time: must be true or false, not 'yes'"),
    ("extra time yes", "extra_time: true", "extra_time: yes",
     "line 10: matches[0].extra_time: must be true or false"),
    ("neutral 1", "extra_time: true", "extra_time: true\n  neutral: 1",
     "line 11: matches[0].neutral: must be true or false, not '1'"),
    ("club by an alias", "away: KRC Genk", "away: Genk",
     "line 8: matches[0].away: 'Genk' is written 'KRC Genk'"),
    ("club typo", "away: KRC Genk", "away: KRC Gnek",
     "line 8: matches[0].away: unknown club 'KRC Gnek' (did you mean 'KRC Genk'?)"),
    ("club a number", "away: KRC Genk", "away: 42", "line 8: matches[0].away: must be text"),
    ("home is away", "away: KRC Genk", "away: Standard Liège",
     "line 8: matches[0].away: is the home club too"),
    ("qualified did not play", "extra_time: true", "extra_time: true\n  qualified: Club Brugge",
     "line 11: matches[0].qualified: 'Club Brugge' did not play this match"),
    ("minute 200", "minute: 104", "minute: 200",
     "line 13: matches[0].goals[0].minute: must be a minute from 1 to 130"),
    ("minute as text", "minute: 104", 'minute: "104"', "matches[0].goals[0].minute: must be"),
    ("goal without player", "player: Edmilson Junior, ", "",
     "line 13: matches[0].goals[0]: needs 'player'"),
    ("goal field typo", "minute: 104", "minuut: 104",
     "line 13: matches[0].goals[0].minuut: unknown field (did you mean 'minute'?)"),
    ("goals not a list", "  goals:\n  - {player: Edmilson Junior, club: Standard Liège, "
     "minute: 104}", "  goals: 5", "line 12: matches[0].goals: must be a list"),
    ("penalty as text", "minute: 104}", 'minute: 104, penalty: "true"}',
     "matches[0].goals[0].penalty: must be true or false"),
    ("source field unknown", "    score:\n    -", "    scor:\n    -",
     "line 15: matches[0].sources: must be a field of a match"),
    ("source without report", "{report: finale.txt, ", "{",
     "line 16: matches[0].sources['score'][0]: needs 'report'"),
    ("source a string", "    - {report: finale.txt, date: \"2018-03-17\", sentence: Standard "
     "won 1-0.}", "    - finale.txt", "line 16: matches[0].sources['score'][0]: must be a "
     "mapping"),
    ("date not a date", 'date: "2018-03-17"', 'date: "17 maart"',
     "matches[0].sources['score'][0].date: must be a date"),
    ("club fact value a word", "value: 5}", "value: five}",
     "line 18: club_facts[0].value: must be a whole number from 1 to 200 for kind "
     "final_number"),
    ("club fact kind unknown", "kind: final_number", "kind: finals",
     "line 18: club_facts[0].kind: must be a kind"),
    ("person role unknown", "role: coach", "role: striker",
     "line 20: people[0].role: must be a role: player, goalkeeper, coach, referee"),
    ("person without name", "name: Philippe Clement, ", "", "line 20: people[0]: needs 'name'"),
    ("matches a string", FINAL_MATCH, "", "line 5: matches: must be a list"),
    ("top-level typo", "matches:", "matchs:",
     "line 5: matchs: unknown field (did you mean 'matches'?)"),
    ("season of another file", 'season: "2017-18"', 'season: "2016-17"',
     "line 2: season: must be '2017-18', as the file is named"),
    ("season not a season", 'season: "2017-18"', "season: 2017",
     "line 2: season: must be a season like \"2017-18\""),
    ("competition of another folder", "competition: belgian-cup", "competition: dutch-cup",
     "line 1: competition: must be 'belgian-cup', the folder it is in"),
    ("a match twice", "club_facts:", FINAL_MATCH + "club_facts:",
     "line 17: matches[1]: the same match as matches[0]"),
    ("a key twice", "  extra_time: true", "  extra_time: true\n  score: \"2-0\"",
     "line 11: matches[0].score: given twice (also on line 9)"),
    ("a YAML bomb as the venue", "venue: Koning Boudewijnstadion", "venue: *i",
     "aliases repeat this value into more than 10,000 values"),
    ("an alias to itself", "venue: Koning Boudewijnstadion", "venue: &v [*v]",
     "line 11: an alias refers to the value it is part of"),
    ("season source unknown", "club_facts:", "season_sources: {champion: []}\nclub_facts:",
     "line 17: season_sources: must be a season fact"),
    ("a python tag", "venue: Koning Boudewijnstadion", "venue: !!python/name:os.system ''",
     "line 11: matches[0].venue: must be text"),
    ("a tab indent", "  score: \"1-0\"", "\tscore: \"1-0\"", "line 9, column 1:"),
    ("a conflict without values", "  sources:\n    score:",
     "  conflicts:\n  - {field: score, values: []}\n  sources:\n    score:",
     "line 15: matches[0].conflicts[0].values: must be a list of at least 1"),
]


def export_folder(tmp_path: Path, season: str = SEASON, reports: str = REPORTS) -> Path:
    folder = tmp_path / "export"
    (folder / "belgian-cup").mkdir(parents=True, exist_ok=True)
    (folder / "belgian-cup" / "2017-18.yaml").write_text(season, encoding="utf-8")
    (folder / "reports.yaml").write_text(reports, encoding="utf-8")
    return folder


def test_the_base_export_imports(tmp_path: Path):
    folder = read_folder(export_folder(tmp_path))
    final = folder.facts.matches[0]
    assert (final.home, final.away, final.score, final.extra_time) == \
        ("Standard Liège", "KRC Genk", "1-0", True)
    assert folder.facts.seasons[0].winner == "Standard Liège"
    assert folder.reports["finale.txt"].date == "2018-03"


@pytest.mark.parametrize(("name", "old", "new", "expected"), EXPORT_CASES,
                         ids=[case[0] for case in EXPORT_CASES])
def test_a_bad_export_file_is_one_line_naming_file_line_and_field(
        tmp_path: Path, name: str, old: str, new: str, expected: str):
    assert old in SEASON, name
    text = (BOMB if "*i" in new else "") + SEASON.replace(old, new, 1)
    folder = export_folder(tmp_path, text)
    one_line(refusal(read_folder, folder, within=5), folder / "belgian-cup" / "2017-18.yaml",
             expected)


@pytest.mark.parametrize(("reports", "expected"), [
    ("reports:\n  finale.txt:\n    sha256: abc\n",
     "line 3: reports['finale.txt'].sha256: must be a sha256 (64 hex digits), not 'abc'"),
    ("reports: [finale.txt]\n", "line 1: reports: must be a mapping"),
    ("reports:\n  finale.txt: {date: 2018-03}\n", "line 2: reports['finale.txt']: needs 'sha256'"),
    ("report: {}\n", "line 1: report: unknown field (did you mean 'reports'?)"),
    ("reports:\n  42: {sha256: " + "ab" * 32 + "}\n", "line 2: reports: must be text, not '42'"),
])
def test_a_bad_report_log_is_one_line(tmp_path: Path, reports: str, expected: str):
    folder = export_folder(tmp_path, reports=reports)
    one_line(refusal(read_folder, folder), folder / "reports.yaml", expected)


def test_export_files_that_are_not_text_or_too_big(tmp_path: Path, monkeypatch):
    folder = export_folder(tmp_path, SEASON)
    path = folder / "belgian-cup" / "2017-18.yaml"
    path.write_bytes(SEASON.encode("utf-8") + b"people: \xff\xfe\n")
    one_line(refusal(read_folder, folder), path, "line 21: not UTF-8 text")
    path.write_text(SEASON, encoding="utf-8")
    monkeypatch.setattr("knowledge.yaml_view.MAX_FILE_BYTES", 100)
    one_line(refusal(read_folder, folder), path, "bigger than 100 bytes")


def test_a_club_the_registry_does_not_list_and_small_aliases_are_fine(tmp_path: Path):
    """Amateur clubs a report names are not in clubs.yaml; anchors that repeat a little are
    a convenience."""
    text = SEASON.replace("away: KRC Genk", "away: KSK Ronse").replace(
        "finalists: [KRC Genk, Standard Liège]", "finalists: &f [KSK Ronse, Standard Liège]")
    text = text.replace("club_facts:", "season_sources: {finalists: []}\nclub_facts:")
    folder = read_folder(export_folder(tmp_path, text))
    assert folder.facts.matches[0].away == "KSK Ronse"
    assert folder.facts.seasons[0].finalists == ["KSK Ronse", "Standard Liège"]


def test_kb_import_of_a_bad_file_is_exit_1_and_changes_nothing(
        tmp_path: Path, seed_kb: Path, capsys):
    kb = tmp_path / "kb"
    shutil.copytree(seed_kb, kb)
    with Store.open(kb) as store:
        before = (store.version(), len(store.load().facts.matches))
    folder = export_folder(tmp_path, SEASON.replace('score: "1-0"', "score: three"))
    code = main(["kb", "import", str(folder), "--kb", str(kb)])
    err = capsys.readouterr().err
    assert code == 1 and len(err.splitlines()) == 1
    assert f"{folder / 'belgian-cup' / '2017-18.yaml'}: line 9: matches[0].score" in err
    with Store.open(kb) as store:
        assert (store.version(), len(store.load().facts.matches)) == before


def test_a_bad_file_of_a_yaml_knowledge_base_before_sqlite_is_not_migrated(tmp_path: Path):
    legacy = export_folder(tmp_path, SEASON.replace("venue: Koning Boudewijnstadion",
                                                    "venue: 5"))
    for _ in range(2):  # the migration is tried again, never skipped
        with pytest.raises(ReferenceError, match="line 11: matches\\[0\\].venue: must be text"):
            load_index(legacy)
    (legacy / "belgian-cup" / "2017-18.yaml").write_text(SEASON, encoding="utf-8")
    assert len(load_index(legacy).facts.matches) == 1


# ---------------------------------------------------------------- corrections.yaml
SELECT = ('  - match: {season: "2017-18", round: semi-final, leg: 2, '
          "clubs: [KRC Genk, KV Kortrijk]}\n")

CORRECTION_CASES = [
    # (name, text, expected)
    ("score as a word", "matches:\n" + SELECT + "    set: {score: abc}\n",
     "line 3: matches[0].set.score: must be a score"),
    ("score three", "matches:\n" + SELECT + "    set: {score: three}\n",
     "line 3: matches[0].set.score: must be a score"),
    ("penalties with three sides", "matches:\n" + SELECT + '    set: {penalties: "4-4-4"}\n',
     "line 3: matches[0].set.penalties: must be a score"),
    ("winner a list", 'seasons:\n  - season: "2017-18"\n    set: {winner: [a, b]}\n',
     "line 3: seasons[0].set.winner: must be text, not a list"),
    ("finalists a string", 'seasons:\n  - season: "2017-18"\n    set: {finalists: KRC Genk}\n',
     "line 3: seasons[0].set.finalists: must be a list of clubs"),
    ("winner not a finalist", 'seasons:\n  - season: "2017-18"\n    set: {winner: Club Brugge, '
     "finalists: [KRC Genk, Standard Liège]}\n",
     "line 3: seasons[0].set.winner: 'Club Brugge' is not one of the finalists"),
    ("delete 'no'", "matches:\n" + SELECT + "    delete: 'no'\n",
     "line 3: matches[0].delete: must be true or false, not 'no'"),
    ("delete no", "matches:\n" + SELECT + "    delete: no\n",
     "line 3: matches[0].delete: must be true or false, not 'no'"),
    ("delete 1", "matches:\n" + SELECT + "    delete: 1\n",
     "line 3: matches[0].delete: must be true or false, not '1'"),
    ("unknown round", "matches:\n" + SELECT + "    set: {round: last-16}\n",
     "line 3: matches[0].set.round: must be a round, one of"),
    ("venue a number", "matches:\n" + SELECT + "    set: {venue: 5}\n",
     "line 3: matches[0].set.venue: must be text, not '5'"),
    ("season a number", "matches:\n  - match: {season: 2017}\n    delete: true\n",
     "line 2: matches[0].match.season: must be a season"),
    ("season that is no season", 'matches:\n  - match: {season: "2017-19"}\n    delete: true\n',
     "line 2: matches[0].match.season: must be a season"),
    ("selector without season", "matches:\n  - match: {clubs: [KRC Genk, KV Kortrijk]}\n"
     "    delete: true\n", "line 2: matches[0].match: needs 'season'"),
    ("clubs a string", 'matches:\n  - match: {season: "2017-18", clubs: KRC Genk}\n'
     "    delete: true\n", "line 2: matches[0].match.clubs: must be a list of clubs"),
    ("clubs by alias", 'matches:\n  - match: {season: "2017-18", clubs: [Genk, KV Kortrijk]}\n'
     "    delete: true\n", "line 2: matches[0].match.clubs[0]: 'Genk' is written 'KRC Genk'"),
    ("three clubs", 'matches:\n  - match: {season: "2017-18", clubs: [KRC Genk, KV Kortrijk, '
     "Club Brugge]}\n    delete: true\n", "line 2: matches[0].match.clubs: must be a list"),
    ("leg 3", 'matches:\n  - match: {season: "2017-18", leg: 3}\n    delete: true\n',
     "line 2: matches[0].match.leg: must be 1 or 2"),
    ("add without away", 'matches:\n  - add: {season: "2017-18", home: KRC Genk}\n',
     "line 2: matches[0].add: needs 'away'"),
    ("add a club against itself", 'matches:\n  - add: {season: "2017-18", home: KRC Genk, '
     "away: KRC Genk}\n", "line 2: matches[0].add.away: is the home club too"),
    ("add and set", 'matches:\n  - add: {season: "2017-18", home: KRC Genk, away: Club Brugge}\n'
     '    set: {score: "1-0"}\n', "line 2: matches[0]: 'add' stands alone"),
    ("neither match nor add", 'matches:\n  - set: {score: "1-0"}\n',
     "line 2: matches[0]: needs 'match' (which match to change) or 'add'"),
    ("a match and nothing to do", "matches:\n" + SELECT,
     "line 2: matches[0]: says what to do with the match"),
    ("minute 0", "matches:\n" + SELECT + "    goals: [{player: Ibrahima Seck, minute: 0}]\n",
     "line 3: matches[0].goals[0].minute: must be a minute from 1 to 130"),
    ("penalty as text", "matches:\n" + SELECT + '    goals: [{player: X, penalty: "true"}]\n',
     "line 3: matches[0].goals[0].penalty: must be true or false"),
    ("goals a mapping", "matches:\n" + SELECT + "    goals: {player: X}\n",
     "line 3: matches[0].goals: must be a list"),
    ("top-level typo", "matchs: []\n", "line 1: matchs: unknown field (did you mean 'matches'?)"),
    ("set typo", "matches:\n" + SELECT + '    set: {scroe: "1-0"}\n',
     "line 3: matches[0].set.scroe: unknown field (did you mean 'score'?)"),
    ("set a list", "matches:\n" + SELECT + '    set: ["1-0"]\n',
     "line 3: matches[0].set: must be a mapping of fields"),
    ("a key twice", "matches:\n" + SELECT + '    set: {score: "1-0", score: "2-0"}\n',
     "line 3: matches[0].set.score: given twice (also on line 3)"),
    ("a list as a key", "matches:\n" + SELECT + "    set: {[a]: 1}\n",
     "line 3: matches[0].set: a key must be a name"),
    ("matches a mapping", "matches: {score: 1}\n", "line 1: matches: must be a list"),
    ("a YAML bomb as the winner", None, "aliases repeat this value into more than"),
    ("the file is a list", "- 1\n", "line 1: must be a mapping of fields"),
    ("not YAML", "matches: [\n", "line 2, column 1:"),
]


@pytest.fixture
def kb(seed_kb: Path, tmp_path: Path) -> Path:
    kb = tmp_path / "kb"
    shutil.copytree(seed_kb, kb)
    return kb


def _bomb_corrections() -> str:
    # refused for its aliases before anything looks at the fields
    return BOMB + 'seasons:\n  - season: "2017-18"\n    set: {winner: *i}\n'


@pytest.mark.parametrize(("name", "text", "expected"), CORRECTION_CASES,
                         ids=[case[0] for case in CORRECTION_CASES])
def test_a_bad_correction_is_one_line_naming_file_line_and_field(
        kb: Path, name: str, text: str | None, expected: str):
    text = _bomb_corrections() if text is None else text
    (kb / "corrections.yaml").write_text(text, encoding="utf-8")
    one_line(refusal(load_index, kb, within=5), kb / "corrections.yaml", expected)


def _match(index, home: str, away: str):
    return [m for m in index.facts.matches if (m.home, m.away) == (home, away)]


def test_corrections_that_pick_no_match_or_several_are_a_warning_naming_the_line(
        kb: Path, caplog: pytest.LogCaptureFixture):
    (kb / "corrections.yaml").write_text(
        "matches:\n"
        '  - match: {season: "2017-18", clubs: [KRC Genk, Club Brugge]}\n'
        '    set: {score: "9-9"}\n'
        '  - match: {season: "2017-18", clubs: [KRC Genk]}\n'
        "    delete: true\n"
        '  - add: {season: "2017-18", round: semi-final, leg: 2, home: KRC Genk, '
        "away: KV Kortrijk}\n", encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        index = load_index(kb)
    path = kb / "corrections.yaml"
    warnings = [r.getMessage() for r in caplog.records]
    assert f"{path}: line 2: matches[0].match: 2017-18, KRC Genk - Club Brugge picks no match " \
           "in the knowledge base: not applied" in warnings
    assert f"{path}: line 4: matches[1].match: 2017-18, KRC Genk picks 2 matches (give round, " \
           "leg or clubs to pick one): not applied" in warnings
    assert any(w.startswith(f"{path}: line 6: matches[2].add: the knowledge base already has")
               for w in warnings)
    assert len(index.facts.matches) == 4  # nothing deleted, nothing added, no 9-9
    assert all(m.score != "9-9" for m in index.facts.matches)


def test_corrections_set_clear_delete_and_add(kb: Path):
    (kb / "corrections.yaml").write_text(
        "matches:\n" + SELECT + '    set: {venue: null, score: "2-0"}\n'
        '  - match: {season: "2017-18", leg: 1, clubs: [KV Kortrijk, KRC Genk]}\n'
        "    delete: true\n"
        '  - add: {season: "2017-18", round: final, home: Standard Liège, away: KRC Genk, '
        'score: "1-0", extra_time: true}\n'
        "  - add: {season: \"2017-18\", round: round of 32, home: KSK Ronse, away: RFC Tilleur}\n"
        "seasons:\n"
        '  - season: "2017-18"\n    set: {winner: Standard Liège, finalists: &f [Standard Liège, '
        "KRC Genk]}\n", encoding="utf-8")
    index = load_index(kb)
    [leg2] = _match(index, "KRC Genk", "KV Kortrijk")
    assert leg2.venue is None and leg2.score == "2-0" and "venue" not in leg2.sources
    assert _match(index, "KV Kortrijk", "KRC Genk") == []
    assert _match(index, "Standard Liège", "KRC Genk")[0].extra_time is True
    assert _match(index, "KSK Ronse", "RFC Tilleur")
    [season] = index.facts.seasons
    assert (season.winner, season.finalists) == ("Standard Liège", ["Standard Liège", "KRC Genk"])


def test_a_bad_correction_stops_ask_with_exit_1_quickly(kb: Path, capsys):
    (kb / "corrections.yaml").write_text(_bomb_corrections(), encoding="utf-8")
    started = time.perf_counter()
    code = main(["ask", "--kb", str(kb), "wie won de beker?"])
    err = capsys.readouterr().err
    assert code == 1 and len(err.splitlines()) == 1 and "corrections.yaml: line" in err
    assert time.perf_counter() - started < 10


# ---------------------------------------------------------------- config.yaml
CONFIG = Path(__file__).resolve().parents[2].joinpath("config.yaml").read_text(encoding="utf-8")



def write_config(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def config_line(old: str) -> int:
    """The line of `old` in the config.yaml this checkout ships."""
    return CONFIG[:CONFIG.index(old)].count("\n") + 1


CONFIG_CASES = [
    # (name, old, new, expected)
    ("ttl infinite", "context_ttl_seconds: 900", "context_ttl_seconds: .inf",
     "line {line}: context_ttl_seconds: must be a number of seconds above 0 and at most 604800, "
     "not '.inf'"),
    ("ttl not a number", "context_ttl_seconds: 900", "context_ttl_seconds: .nan",
     "line {line}: context_ttl_seconds: must be a number"),
    ("ttl negative", "context_ttl_seconds: 900", "context_ttl_seconds: -5",
     "line {line}: context_ttl_seconds: must be a number"),
    ("ttl as text", "context_ttl_seconds: 900", 'context_ttl_seconds: "900"',
     "line {line}: context_ttl_seconds: must be a number"),
    ("ttl a year", "context_ttl_seconds: 900", "context_ttl_seconds: 31536000",
     "line {line}: context_ttl_seconds: must be a number"),
    ("cooldown infinite", "per_seconds: 30", "per_seconds: .inf",
     "line {line}: discord.cooldown.per_seconds: must be a number of seconds above 0"),
    ("cooldown NaN", "per_seconds: 30", "per_seconds: .NaN",
     "line {line}: discord.cooldown.per_seconds: must be a number"),
    ("cooldown zero", "per_seconds: 30", "per_seconds: 0",
     "line {line}: discord.cooldown.per_seconds: must be a number"),
    ("cooldown typo", "per_seconds: 30", "per_second: 30",
     "line {line}: discord.cooldown.per_second: unknown field (did you mean 'per_seconds'?)"),
    ("cooldown rate zero", "rate: 5", "rate: 0",
     "line {line}: discord.cooldown.rate: must be a number of questions from 1 to 1,000"),
    ("cooldown rate a fraction", "rate: 5", "rate: 2.5", "line {line}: discord.cooldown.rate:"),
    ("cooldown a number", "  cooldown:\n    rate: 5\n    per_seconds: 30", "  cooldown: 5",
     "line {line}: discord.cooldown: must be a mapping"),
    ("message content as text", "message_content: false", 'message_content: "no"',
     "line {line}: discord.message_content: must be true or false, not 'no'"),
    ("message content off", "message_content: false", "message_content: off",
     "line {line}: discord.message_content: must be true or false, not 'off'"),
    ("admin roles a string", 'admin_roles: ["Cupbot admin"]', "admin_roles: Cupbot admin",
     "line {line}: discord.admin_roles: must be a list of role names or ids"),
    ("admin role a fraction", 'admin_roles: ["Cupbot admin"]', "admin_roles: [1.5]",
     "line {line}: discord.admin_roles[0]: must be a role name or a role id"),
    ("admin role id zero", 'admin_roles: ["Cupbot admin"]', "admin_roles: [0]",
     "line {line}: discord.admin_roles[0]: must be a role id from 1"),
    ("top-level typo", "default_language:", "default_langauge:",
     "line {line}: default_langauge: unknown field (did you mean 'default_language'?)"),
    ("discord typo", 'prefix: "!cup "', 'prefx: "!cup "',
     "line {line}: discord.prefx: unknown field (did you mean 'prefix'?)"),
    ("unknown language", "default_language: nl", "default_language: de",
     "line {line}: default_language: must be one of: nl, fr, en; not 'de'"),
    ("competition typo", "competition: belgian-cup", "competition: belgain-cup",
     "line {line}: competition: must be a competition of knowledge/reference/competitions.yaml: "
     "belgian-cup; not 'belgain-cup' (did you mean 'belgian-cup'?)"),
    ("log level unknown", "level: INFO", "level: LOUD",
     "line {line}: logging.level: must be one of DEBUG, INFO, WARNING, ERROR, not 'LOUD'"),
    ("log backups zero", "backups: 3", "backups: 0", "line {line}: logging.backups: must be"),
    ("log size tiny", "max_bytes: 5000000", "max_bytes: 10", "line {line}: logging.max_bytes:"),
    ("question length too short", "max_question_length: 300", "max_question_length: 5",
     "line {line}: discord.max_question_length: must be a number of characters from 10 to 2,000"),
    ("guild id as a word", "guild_ids: []", "guild_ids: [abc]",
     "line {line}: discord.guild_ids[0]: must be a server id"),
    ("shards zero", 'shards: "off"', "shards: 0",
     'line {line}: discord.shards: must be "off", "auto" or a number of shards'),
    ("shard ids without shards", "shard_ids: []", "shard_ids: [0]",
     "line {line}: discord.shard_ids: needs 'discord.shards' set to the total"),
    ("a key twice", "competition: belgian-cup", "competition: belgian-cup\ncompetition: x",
     "line 12: competition: given twice (also on line 11)"),
    ("knowledge base a number", "# knowledge_base: my-kb", "knowledge_base: 5",
     "line {line}: knowledge_base: must be text"),
    ("a YAML bomb", "competition: belgian-cup", BOMB + "competition: *i",
     "aliases repeat this value into more than"),
    ("discord a list", "discord:\n", "discord: []\nx_discord:\n",
     "line {line}: discord: must be a mapping"),
]


@pytest.mark.parametrize(("name", "old", "new", "expected"), CONFIG_CASES,
                         ids=[case[0] for case in CONFIG_CASES])
def test_a_bad_config_is_one_line_naming_file_line_and_key(
        tmp_path: Path, name: str, old: str, new: str, expected: str):
    assert old in CONFIG, name
    path = write_config(tmp_path, CONFIG.replace(old, new, 1))
    one_line(refusal(load_settings, path, ConfigError), path,
             expected.format(line=config_line(old)))


def test_role_ids_are_accepted_as_numbers_and_names_as_text(tmp_path: Path):
    path = write_config(tmp_path, CONFIG.replace(
        'admin_roles: ["Cupbot admin"]', 'admin_roles: ["Cupbot admin", 112233445566778899]')
        .replace("level: INFO", "level: warning"))
    settings = load_settings(path)
    assert settings.discord.admin_roles == ["Cupbot admin", "112233445566778899"]
    assert settings.logging.level == "WARNING"
    assert settings.discord.cooldown_per_seconds == 30.0 and settings.context_ttl_seconds == 900


def test_an_empty_config_is_the_defaults(tmp_path: Path):
    path = write_config(tmp_path, "# nothing set\n")
    settings = load_settings(path)
    assert settings.discord.cooldown_rate == 5 and settings.competition == "belgian-cup"


def test_a_bad_config_is_exit_1_with_one_line(tmp_path: Path, capsys):
    path = write_config(tmp_path, CONFIG.replace("per_seconds: 30", "per_seconds: .inf"))
    code = main(["ask", "--config", str(path), "x"])
    err = capsys.readouterr().err
    assert code == 1 and len(err.splitlines()) == 1
    assert f"{path}: line {config_line('per_seconds: 30')}: discord.cooldown.per_seconds" in err


def test_a_top_level_key_written_twice_is_an_error_naming_both_lines(tmp_path):
    from knowledge.reference_loader import load_yaml
    path = tmp_path / "words.yaml"
    path.write_text("win: [won]\nlose: [lost]\nwin: [beat]\n", encoding="utf-8")
    with pytest.raises(ReferenceError,
                       match=r"words.yaml: line 3: key 'win' is already given on line 1"):
        load_yaml(path)
