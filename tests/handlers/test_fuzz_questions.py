"""Fuzzing the question paths: whatever a question holds, an answer comes back.

Deterministic and bounded (hypothesis derandomized, a few hundred examples in all, no
deadlines: speed is measured by benchmarks/fuzz_long.py, not here). Questions mix the words
of the three languages with digits of every script, control, zero-width and format characters,
line separators, lone surrogates, characters of every Unicode category and very long lines;
the batch path (`ask -`) gets those and JSON lines, nested, deep, broken or of the wrong type.
"""

from __future__ import annotations

import io
import json
import logging
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import bot.cli
import handlers.engine
import knowledge.index
from bot.cli import MAX_JSON_DEPTH, answer_lines, main
from bot.locations import demo_reports_dir
from handlers.answer import Answer
from handlers.engine import Responder
from handlers.vocabulary import LANGUAGES
from knowledge.clubs import ClubRegistry
from knowledge.index import load_index
from knowledge.ingest import ingest_paths
from tests.handlers.question_parts import (
    AWKWARD,
    INVISIBLE,
    SEPARATORS,
    WORDS,
    decimal_digits,
    digits,
)

ROOT = Path(__file__).resolve().parents[2]
ANSWER_KINDS = {"answer", "unknown", "clarify", "help"}
FUZZ = settings(max_examples=150, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

_CATEGORIES = ("Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Mc", "Me", "Nd", "Nl", "No", "Pc", "Pd",
               "Ps", "Pe", "Pi", "Pf", "Po", "Sm", "Sc", "Sk", "So", "Zs", "Zl", "Zp", "Cc",
               "Cf", "Co", "Cs")
any_char = st.one_of([st.characters(categories=[c]) for c in _CATEGORIES])
digit_run = st.text(st.sampled_from(digits()), min_size=1, max_size=5)
decimal_run = st.text(st.sampled_from(decimal_digits()), min_size=1, max_size=4)
token = st.one_of(
    st.sampled_from(WORDS), st.sampled_from(WORDS),
    digit_run, decimal_run,
    st.sampled_from(INVISIBLE), st.sampled_from(AWKWARD),
    st.text(any_char, min_size=1, max_size=8),
    st.tuples(st.sampled_from(WORDS), digit_run).map("".join),
)
short_question = st.tuples(st.lists(token, max_size=14), st.sampled_from(SEPARATORS)).map(
    lambda parts: parts[1].join(parts[0]))
long_question = st.tuples(token, st.integers(50, 4000), st.sampled_from(SEPARATORS)).map(
    lambda t: t[2].join([t[0]] * t[1]))
question = st.one_of(short_question, short_question, short_question, long_question)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Responder:
    """A responder over the knowledge base the bundled demo reports build."""
    kb_dir = tmp_path_factory.mktemp("fuzz") / "kb"
    ingest_paths([demo_reports_dir()], kb_dir)
    return Responder(load_index(kb_dir))


def check_answer(answer: Answer) -> None:
    assert isinstance(answer, Answer)
    assert answer.kind in ANSWER_KINDS, (answer.kind, answer.text)
    assert answer.lang in LANGUAGES
    assert isinstance(answer.text, str) and answer.text.strip()
    json.dumps(answer.to_json(), ensure_ascii=False)


@FUZZ
@given(question)
def test_any_question_gets_an_answer(demo: Responder, text: str) -> None:
    check_answer(demo.ask(text, user="fuzz", channel="one"))


@FUZZ
@given(st.lists(question, min_size=2, max_size=5))
def test_any_conversation_gets_answers(demo: Responder, texts: list[str]) -> None:
    """Follow-ups recall what odd questions before them left in the conversation."""
    for text in texts:
        check_answer(demo.ask(text, user="fuzz", channel="talk"))


def test_digits_of_every_script_in_years_minutes_and_days(demo: Responder) -> None:
    """Every digit of every script where the reader reads numbers: "⓹", "❺" and "፩" are
    digits to str.isdigit() that int() cannot read; "٢٠١٨" is a year int() reads."""
    chars = digits()
    for start in range(0, len(chars), 8):
        chunk = chars[start:start + 8]
        for d in chunk[:2]:
            check_answer(demo.ask(f"wie scoorde na {d}{d} minuten op {d} december {d * 4} en "
                                  f"{d * 2}?", user="digits"))
        check_answer(demo.ask(" ".join(f"{d * 4}-{d * 2} {d * 4}" for d in chunk),
                              user="digits"))


def test_a_failing_answer_is_an_apology_and_one_log_line(
        demo: Responder, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise ValueError("invalid literal for int() with base 10: '⓹'")

    monkeypatch.setattr(handlers.engine, "understand", broken)
    with caplog.at_level(logging.ERROR, logger="handlers.engine"):
        answer = demo.ask("wie scoorde na ⓹ minuten?")
    assert answer.kind == "error" and answer.intent == "error" and "Sorry" in answer.text
    assert [r.getMessage() for r in caplog.records] == [
        "could not answer 'wie scoorde na ⓹ minuten?': ValueError: invalid literal for int() "
        f"with base 10: '⓹' at {Path(__file__)}:{broken.__code__.co_firstlineno + 1}"]


def test_a_question_that_is_no_string_gets_a_hint(demo: Responder) -> None:
    for odd in (None, b"score genk", 5, ["score"]):
        check_answer(demo.ask(odd))  # type: ignore[arg-type]


# The batch path: lines of `ask -`.
json_value = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(any_char, max_size=10),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner,
                                                                  max_size=3),
    max_leaves=12)
deep_json = st.tuples(st.integers(MAX_JSON_DEPTH - 2, 3000), st.sampled_from(["[", "{\"a\":"]),
                      st.booleans()).map(
    lambda t: '{"q": ' + t[1] * t[0] + ("1" + ("]" if t[1] == "[" else "}") * t[0] + "}"
                                        if t[2] else ""))
question_object = st.fixed_dictionaries(
    {"q": question}, optional={"user": st.text(max_size=8) | st.integers(),
                               "channel": st.text(max_size=8) | st.integers()}).map(json.dumps)
odd_object = st.dictionaries(st.sampled_from(["q", "user", "channel", "x"]), json_value,
                             max_size=4).map(json.dumps)
broken_json = st.tuples(question_object, st.integers(1, 30)).map(lambda t: t[0][:-t[1]])
line = st.one_of(question, question_object, odd_object, deep_json, broken_json).map(
    lambda text: text.replace("\n", " "))


@FUZZ
@given(st.lists(line, min_size=1, max_size=6), st.booleans())
def test_every_batch_line_gets_one_line(demo: Responder, lines: list[str],
                                        as_json: bool) -> None:
    out = list(answer_lines(demo, lines, as_json))
    assert len(out) == len(lines)
    for (printed, ok), text in zip(out, lines, strict=True):
        assert len(printed.splitlines()) == 1, printed  # no line break of any kind
        if as_json:
            data = json.loads(printed)
            assert data["kind"] in ANSWER_KINDS | {"error"} and data["text"]
            assert ok == (data["kind"] != "error")
        else:
            assert printed.strip()
        if not ok:
            assert printed.startswith("error: line ") or '"kind": "error"' in printed
        try:
            data = json.loads(text)
        except (ValueError, RecursionError):
            data = None
        if isinstance(data, dict) and isinstance(data.get("q"), str) and all(
                isinstance(data.get(k, ""), str) for k in ("user", "channel")):
            assert ok, printed  # a well-formed question line is answered


@pytest.fixture
def test_registry(monkeypatch: pytest.MonkeyPatch, registry: ClubRegistry) -> None:
    monkeypatch.setattr(knowledge.index, "default_registry", lambda: registry)


def run_batch(capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch,
              args: list[str], stdin: bytes) -> tuple[int, list[str]]:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin)))
    code = main(args)
    return code, capsys.readouterr().out.split("\n")[:-1]


def test_batch_goes_on_after_bad_lines_and_exits_1(
        capsys, monkeypatch, seed_kb, test_registry) -> None:
    monkeypatch.setattr(bot.cli, "MAX_LINE_BYTES", 4096)
    lines = [b"uitslag genk kortrijk", b'{"q": ' + b"[" * 100_000, b"\xff\xfe score \xc3",
             b"x" * 10_000 + b" genk", b'{"q": 5}', "wie scoorde na ⓹ minuten?".encode(),
             b'{"q": "en wie scoorde?", "user": 12}', b"en wie scoorde?"]
    code, out = run_batch(capsys, monkeypatch, ["ask", "--kb", str(seed_kb), "-"],
                          b"\n".join(lines) + b"\n")
    assert code == 1 and len(out) == len(lines)
    assert "1-0" in out[0]
    assert out[1] == f"error: line 2: a JSON line may nest at most {MAX_JSON_DEPTH} levels deep"
    assert out[4] == 'error: line 5: a JSON line needs "q", the question, as a string'
    assert out[3].endswith("(Je vraag was erg lang; ik heb alleen het begin gelezen.)")
    assert "Seck" in out[7]  # the bad lines left the conversation as it was
    assert not any(o.startswith("error") for o in out[:1] + out[2:4] + out[5:])


def test_batch_without_bad_lines_exits_0(capsys, monkeypatch, seed_kb, test_registry) -> None:
    code, out = run_batch(capsys, monkeypatch, ["ask", "--json", "--kb", str(seed_kb), "-"],
                          "uitslag genk kortrijk\n\u2028\x85 ⓹ ❺ ፩\n\n".encode())
    assert code == 0 and len(out) == 3
    assert [json.loads(o)["kind"] for o in out] == ["answer", "unknown", "help"]


def test_a_reader_that_goes_away_gets_no_traceback(seed_kb: Path) -> None:
    """`python -m bot ask - < questions | head -1`: quiet, exit 141 as for SIGPIPE."""
    proc = subprocess.Popen([sys.executable, "-m", "bot", "ask", "--kb", str(seed_kb), "-"],
                            cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    assert proc.stdin and proc.stdout and proc.stderr
    # a few lines first: the pipes' buffers must not fill while no one reads
    proc.stdin.write(b"uitslag genk kortrijk\n" * 3)
    proc.stdin.flush()
    assert b"1-0" in proc.stdout.readline()
    proc.stdout.close()
    proc.stdin.write(b"uitslag genk kortrijk\n" * 3)
    proc.stdin.close()
    proc.wait(timeout=120)
    err = proc.stderr.read()
    proc.stderr.close()
    assert proc.returncode == bot.cli.EXIT_BROKEN_PIPE
    assert b"Traceback" not in err and b"BrokenPipe" not in err


def test_a_json_error_line_has_the_keys_of_an_answer(
        capsys, monkeypatch, seed_kb, test_registry) -> None:
    code, out = run_batch(capsys, monkeypatch, ["ask", "--json", "--kb", str(seed_kb), "-"],
                          b'{"q": 1}\n')
    data = json.loads(out[0])
    assert code == 1 and set(data) >= {"question", "lang", "intent", "kind", "text", "matches",
                                       "sources", "suggestions", "candidates"}
    assert data["kind"] == "error" and data["line"] == 1 and data["text"].startswith("error:")


def test_ctrl_c_ends_quietly(capsys, monkeypatch) -> None:
    def interrupted(*args: object) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(bot.cli, "_ask", interrupted)
    assert main(["ask", "-"]) == bot.cli.EXIT_INTERRUPTED
    assert "Traceback" not in capsys.readouterr().err
