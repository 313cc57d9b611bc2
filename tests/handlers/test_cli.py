"""`python -m bot ask` and the console: output shapes, conversations, exit codes."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

import knowledge.index
from bot.cli import LineError, main, parse_line
from bot.console import run_console
from handlers.engine import Responder
from knowledge.clubs import ClubRegistry
from knowledge.index import KnowledgeIndex

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def test_registry(monkeypatch: pytest.MonkeyPatch, registry: ClubRegistry) -> None:
    """The CLI loads the bundled club data; these tests use the small test registry."""
    monkeypatch.setattr(knowledge.index, "default_registry", lambda: registry)


def run(capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch, args: list[str],
        stdin: str = "") -> tuple[int, list[str], str]:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin.encode("utf-8"))))
    code = main(args)
    out, err = capsys.readouterr()
    return code, out.splitlines(), err


def test_ask_one_question(capsys, monkeypatch, seed_kb) -> None:
    code, out, _ = run(capsys, monkeypatch, ["ask", "--kb", str(seed_kb), "uitslag kortrijk"])
    assert code == 0
    assert "KRC Genk 1-0 KV Kortrijk" in out[0] and "3-2" in out[1]


def test_ask_json(capsys, monkeypatch, seed_kb) -> None:
    code, out, _ = run(capsys, monkeypatch, ["ask", "--json", "--kb", str(seed_kb),
                                              "wie scoorde voor genk"])
    data = json.loads(out[0])
    assert code == 0 and len(out) == 1
    assert set(data) >= {"question", "lang", "intent", "text", "matches", "sources"}
    assert data["lang"] == "nl" and data["intent"] == "scorers"
    goal = data["matches"][0]["goals"][0]
    assert goal == {"player": "Ibrahima Seck", "club": "KRC Genk", "minute": None,
                    "penalty": False, "own_goal": False}
    assert set(data["matches"][0]) >= {"season", "round", "leg", "date", "venue", "home", "away",
                                       "score", "extra_time", "penalties", "aggregate",
                                       "qualified", "goals"}
    assert data["sources"][0]["report"] == "000_2290329dfccdcf01.txt"


def test_ask_sources_quotes_the_report_sentences(capsys, monkeypatch, seed_kb) -> None:
    code, out, _ = run(capsys, monkeypatch, ["ask", "--sources", "--kb", str(seed_kb),
                                              "wie scoorde voor genk"])
    plain = run(capsys, monkeypatch, ["ask", "--kb", str(seed_kb), "wie scoorde voor genk"])[1]
    assert code == 0 and out[:len(plain)] == plain
    quotes = out[len(plain):]
    assert quotes and all(q.startswith("000_") and q.endswith('"') for q in quotes)
    assert any("Seck" in q for q in quotes)


def test_ask_stdin_is_one_conversation_one_line_per_answer(capsys, monkeypatch, seed_kb) -> None:
    lines = ["Wat was de uitslag van Genk - Kortrijk?", "En wie scoorde?", "",
             json.dumps({"q": "en de heenwedstrijd?", "user": "other"}),
             "en de heenwedstrijd?", "{not json"]
    code, out, _ = run(capsys, monkeypatch, ["ask", "--kb", str(seed_kb), "-"],
                       "\n".join(lines) + "\n")
    assert code == 0 and len(out) == len(lines)
    assert "1-0" in out[0] and " / " in out[0]
    assert "Seck" in out[1]
    assert "4-1" in out[3]  # another user: no conversation, every first leg
    assert "3-2" in out[4] and "4-1" not in out[4]


def test_ask_stdin_json(capsys, monkeypatch, seed_kb) -> None:
    code, out, _ = run(capsys, monkeypatch, ["ask", "--json", "--kb", str(seed_kb), "-"],
                       "score KVK genk second leg\nand who scored?\n")
    assert code == 0 and [json.loads(line)["intent"] for line in out] == ["score", "scorers"]


def test_parse_line() -> None:
    assert parse_line('{"q": "hi", "user": "u", "channel": "c"}\n') == ("hi", "u", "c")
    assert parse_line('{"q": "hi", "user": 7}') == ("hi", "7", "cli")
    assert parse_line("{not json") == ("{not json", "cli", "cli")
    for bad, reason in [('{"q": 5}', '"q"'), ('{"user": "u"}', '"q"'),
                        ('{"q": "hi", "user": {"id": 1}}', '"user"'),
                        ('{"q": "hi", "channel": true}', '"channel"'),
                        ('{"q": ' + "[" * 50_000, "levels deep"),
                        ('{"q": "' + "x" * 70_000 + '"}', "characters long")]:
        with pytest.raises(LineError, match=reason):
            parse_line(bad)
    assert parse_line("  uitslag  \n") == ("uitslag", "cli", "cli")


def test_missing_kb_is_exit_1(capsys, monkeypatch, tmp_path: Path) -> None:
    code, _, err = run(capsys, monkeypatch, ["ask", "--kb", str(tmp_path / "nope"), "x"])
    assert code == 1 and str(tmp_path / "nope") in err and len(err.splitlines()) == 1


def test_broken_kb_file_is_exit_1_naming_it(capsys, monkeypatch, tmp_path: Path) -> None:
    """A knowledge base of YAML files (before SQLite) with a broken file is not migrated."""
    season = tmp_path / "belgian-cup" / "2017-18.yaml"
    season.parent.mkdir(parents=True)
    season.write_text("competition: belgian-cup\nseason: [oops\n", encoding="utf-8")
    code, _, err = run(capsys, monkeypatch, ["ask", "--kb", str(tmp_path), "x"])
    assert code == 1 and "2017-18.yaml" in err and len(err.splitlines()) == 1


def test_a_file_that_is_not_a_database_is_exit_1_naming_it(capsys, monkeypatch,
                                                            tmp_path: Path) -> None:
    (tmp_path / "cupbot.db").write_bytes(b"this is not SQLite " * 100)
    code, _, err = run(capsys, monkeypatch, ["ask", "--kb", str(tmp_path), "x"])
    assert code == 1 and "cupbot.db" in err and len(err.splitlines()) == 1


def test_broken_corrections_are_exit_1_naming_file_line_and_field(
        capsys, monkeypatch, tmp_path: Path, seed_kb: Path) -> None:
    import shutil

    kb = tmp_path / "kb"
    shutil.copytree(seed_kb, kb)
    (kb / "corrections.yaml").write_text(
        'matches:\n  - match: {season: "2017-18", clubs: [KRC Genk, KV Kortrijk]}\n'
        '    set: {venue: Luminus Arena, score: 2:1}\n', encoding="utf-8")
    code, _, err = run(capsys, monkeypatch, ["ask", "--kb", str(kb), "x"])
    assert code == 1 and len(err.splitlines()) == 1
    assert "corrections.yaml: line 3: matches[0].set.score: must be a score" in err


def test_bad_config_is_exit_1(capsys, monkeypatch, tmp_path: Path) -> None:
    config = tmp_path / "config.yaml"
    config.write_text("knowledge_base: kb\nnot_a_key: 1\n", encoding="utf-8")
    code, _, err = run(capsys, monkeypatch, ["ask", "--config", str(config), "x"])
    assert code == 1 and "config.yaml" in err and "not_a_key" in err


def test_usage_errors_are_exit_2() -> None:
    for args in (["ask"], ["frobnicate"], ["ask", "--nope", "x"]):
        done = subprocess.run([sys.executable, "-m", "bot", *args], cwd=ROOT,
                              capture_output=True, text=True, timeout=60)
        assert done.returncode == 2, (args, done.stderr)
        assert "usage:" in done.stderr


def test_help_lists_the_commands() -> None:
    done = subprocess.run([sys.executable, "-m", "bot", "--help"], cwd=ROOT,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0
    assert all(word in done.stdout for word in ("ingest", "ask", "console"))


def test_console_greets_answers_and_quits(seed_index: KnowledgeIndex) -> None:
    said: list[str] = []
    script = iter(["uitslag genk kortrijk", "en wie scoorde?", "", "help", "quit", "never"])
    code = run_console(Responder(seed_index), read=lambda _: next(script), write=said.append)
    assert code == 0
    assert "Bijvoorbeeld" in said[0]
    assert "1-0" in said[1] and "Seck" in said[2] and "Voorbeelden" in said[3]
    assert said[-1] == "Tot ziens!"


def test_console_ends_on_ctrl_d(seed_index: KnowledgeIndex) -> None:
    said: list[str] = []

    def eof(_: str) -> str:
        raise EOFError

    assert run_console(Responder(seed_index), read=eof, write=said.append) == 0
    assert said[-1] == "Tot ziens!"
