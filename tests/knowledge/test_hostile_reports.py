"""No report can crash, freeze or take over an ingest (issue 10): each hostile report gets
facts, or one clear line naming it, and the rest of the batch goes on. No timed tests: the
time budget is tested with a clock that ticks once per deadline check."""

from __future__ import annotations

import itertools
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from knowledge import budget
from knowledge.ingest import IngestError, Limits, ingest_paths
from knowledge.report import MAX_SENTENCE, ReportError, decode, read_report
from knowledge.store import Store
from tests.conftest import FIXTURES, ROOT
from tests.knowledge.helpers import extract_text

REPORT = FIXTURES / "reports" / "return_leg_nl.txt"
TEXT = REPORT.read_text(encoding="utf-8")


def _scores_sentence(n: int) -> str:
    scores = ", ".join(f"{i % 7}-{(i * 3) % 5}" for i in range(n))
    return ("date 2018-01\nBekerfinale\n\nIn de Croky Cup won KV Kortrijk van Racing Genk "
            f"met {scores}.\n")


def _log(kb: Path) -> dict:
    with Store.open(kb, create=False) as store:
        return store.report_log()


# ----------------------------------------------------------------- reading: one line each
@pytest.mark.parametrize(("data", "message"), [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
     "not a text file (binary content: byte 0x1A at offset 6)"),
    (TEXT.encode() + b"x" * 5000 + b"\x00" + b"Meer tekst.", "binary content: byte 0x00 at offset"),
    (b"Genk won \x1b[31m 2-1", "binary content: byte 0x1B"),
    ("Genk won 2-1 in de bekerfinale.".encode("utf-16"), "binary content: byte 0x00"),
    ("Genk – Кортрейк: победа 2-1 в финале кубка.".encode("cp1251"), "not UTF-8 text (byte 0x96"),
    # UTF-8 with a stray Latin-1 byte: damaged, not Windows-1252
    ("Genk won 2-1 in de bekerfinale – ".encode() + b"caf\xe9.", "not UTF-8 text (byte 0xE9"),
    # 0x81 is undefined in Windows-1252
    (b"Genk won 2-1 in de bekerfinale \x81.", "not UTF-8 text (byte 0x81 at offset 31)"),
    (b"  \n\r\n ", "the file is empty"),
])
def test_unreadable_bytes_are_one_line_naming_the_file(data, message):
    with pytest.raises(ReportError) as caught:
        decode(data, "sub/report.txt")
    text = str(caught.value)
    assert text.startswith("sub/report.txt: ") and message in text and "\n" not in text


def test_windows_1252_is_read_when_the_bytes_say_so():
    data = "Genk won de bekerfinale met 2-1 – Malinovskyi’s vrije trap was “fantastisch”, "\
           "zei de coach na de zege in het stadion. Eindelijk nog eens een trofee.".encode("cp1252")
    assert decode(data, "r.txt").startswith("Genk won de bekerfinale met 2-1 – Malinovskyi’s")
    # the same text in UTF-8, with a byte-order mark
    assert decode(b"\xef\xbb\xbf" + data.decode("cp1252").encode(), "r.txt") == \
        data.decode("cp1252")


def test_a_sentence_of_thousands_of_scores_is_read_in_bounded_pieces():
    report = read_report(_scores_sentence(600).encode(), "scores.txt")
    assert max(len(s.text) for s in report.sentences) <= MAX_SENTENCE
    assert sum(len(s.text) for s in report.sentences) > 3 * MAX_SENTENCE
    facts = extract_text(_scores_sentence(600), "scores.txt")
    assert facts.matches  # it still tells a match


def test_initials_and_long_words_split_in_linear_time():
    # thousands of "J." (no sentence end) and words longer than any window
    report = read_report(("date 2018-01\n\n" + "J. " * 3000 + "a" * 5000 + ". Genk won.")
                         .encode(), "initials.txt")
    assert report.sentences[-1].text == "Genk won."
    assert max(len(s.text) for s in report.sentences) <= MAX_SENTENCE


# ----------------------------------------------------------------- the ingest: batch goes on
def test_oversized_report_is_refused_unread_with_a_message(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text(TEXT * 3, encoding="utf-8")
    with pytest.raises(IngestError) as caught:
        ingest_paths([REPORT, big], tmp_path / "kb", limits=Limits(max_report_bytes=len(TEXT) + 10))
    assert str(caught.value) == (f"big.txt: too large (over {len(TEXT) + 10:,} bytes; the "
                                 "limit is ingest.max_report_bytes in config.yaml)")
    assert not Store.exists(tmp_path / "kb")


def test_the_size_limit_comes_from_config_yaml(tmp_path):
    config = tmp_path / "config.yaml"
    config.write_text("ingest:\n  max_report_bytes: 2000\n  report_seconds: 30\n",
                      encoding="utf-8")
    big = tmp_path / "big.txt"
    big.write_text(TEXT * 2, encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "bot", "ingest", str(big), "--kb",
                           str(tmp_path / "kb"), "--config", str(config)], cwd=ROOT,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 1
    assert done.stderr == ("error: big.txt: too large (over 2,000 bytes; the limit is "
                           "ingest.max_report_bytes in config.yaml)\n")


def test_every_unreadable_file_is_named_on_its_own_line(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"\x00binary")
    (tmp_path / "b.txt").write_bytes(b"caf\xe9 \x81")
    (tmp_path / "c.txt").write_text(TEXT, encoding="utf-8")
    with pytest.raises(IngestError) as caught:
        ingest_paths([tmp_path], tmp_path / "kb")
    lines = str(caught.value).splitlines()
    assert [line.split(":")[0] for line in lines] == ["a.txt", "b.txt"]


def test_a_digit_that_is_no_number_never_aborts_the_batch(tmp_path):
    odd = tmp_path / "odd.txt"
    odd.write_text(TEXT.replace("bekerfinale nummer zes", "bekerfinale nummer ❺"),
                   encoding="utf-8")
    result = ingest_paths([odd, REPORT], tmp_path / "kb")
    log = _log(tmp_path / "kb")
    assert "return_leg_nl.txt" in log
    # the report is read like any other: "❺" is no number, not a reason to fail
    assert "odd.txt" in log and not result.failed


def test_a_digit_that_is_no_number_gets_facts():
    assert extract_text(TEXT.replace("nummer zes", "nummer ❺")).matches


def test_a_failing_extraction_skips_that_report_only(tmp_path, monkeypatch, capsys):
    from bot import ingest_cli
    from knowledge.extract.story import StoryExtractor

    real = StoryExtractor.extract

    def extract(self, report):
        if report.name == "bad.txt":
            raise IndexError("list index out of range")
        return real(self, report)

    monkeypatch.setattr(StoryExtractor, "extract", extract)
    bad = tmp_path / "bad.txt"
    bad.write_text(TEXT.replace("1-0", "1 - 0"), encoding="utf-8")
    code = ingest_cli.main([str(bad), str(REPORT), "--kb", str(tmp_path / "kb"), "--quiet"])
    out, err = capsys.readouterr()
    assert code == 0
    assert err == ("warning: bad.txt: skipped, its extraction failed (IndexError: list index "
                   "out of range)\n")
    assert "reports skipped: 1" in out and "matches added: 4" in out
    assert set(_log(tmp_path / "kb")) == {"return_leg_nl.txt"}


def _ticking_clock():
    ticks = itertools.count()
    return lambda: float(next(ticks))


def test_a_report_over_its_time_budget_is_skipped_and_named(tmp_path, monkeypatch):
    # one tick per deadline check: the normal report needs far fewer checks than a
    # sentence of 3,000 scores (at least one per score)
    monkeypatch.setattr(budget, "clock", _ticking_clock())
    hostile = tmp_path / "hostile.txt"
    hostile.write_text(_scores_sentence(3000), encoding="utf-8")
    result = ingest_paths([hostile, REPORT], tmp_path / "kb", limits=Limits(report_seconds=2000))
    assert result.failed == ["hostile.txt: skipped, its extraction took longer than 2000 s "
                             "(ingest.report_seconds)"]
    assert set(_log(tmp_path / "kb")) == {"return_leg_nl.txt"}


def test_the_deadline_is_checked_in_every_growing_loop(monkeypatch):
    # every score and every sentence costs a check: a budget of fewer checks stops it
    calls = []
    monkeypatch.setattr(budget, "clock", lambda: calls.append(1) or 0.0)
    with budget.time_budget(1.0):
        extract_text(_scores_sentence(500))
    assert len(calls) > 500


def test_two_report_txt_in_different_folders_are_two_reports(tmp_path):
    for folder, score in (("a", "1-0"), ("b", "2-0")):
        (tmp_path / "in" / folder).mkdir(parents=True)
        (tmp_path / "in" / folder / "report.txt").write_text(
            TEXT.replace("won de terugwedstrijd met 1-0", f"won de terugwedstrijd met {score}"),
            encoding="utf-8")
    result = ingest_paths([tmp_path / "in"], tmp_path / "kb")
    assert result.reports == ["a/report.txt", "b/report.txt"] and not result.replaced
    assert set(_log(tmp_path / "kb")) == {"a/report.txt", "b/report.txt"}
    # ingesting the same folders again changes nothing
    assert ingest_paths([tmp_path / "in"], tmp_path / "kb").skipped == [
        "a/report.txt", "b/report.txt"]


# ----------------------------------------------------------------- properties
@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.binary(max_size=3000))
def test_any_bytes_read_or_refused_with_a_report_error(data):
    try:
        report = read_report(data, "any.txt")
    except ReportError as exc:
        assert str(exc).startswith("any.txt: ") and "\n" not in str(exc)
    else:
        assert all(len(s.text) <= MAX_SENTENCE for s in report.sentences)


_PIECES = st.sampled_from([
    "1-0", "2:1", "3 - 2", "(1-0, 48e)", "45+2'", "J.", "St.", "(17.)", "am 28.", "Genk",
    "KV Kortrijk", "Club Brugge", "Vanaken scoorde", "maar", "en", ";", ",", ".", "!", " : ",
    "bekerfinale", "heenwedstrijd", "na strafschoppen", "totaalscore", "won", "verloor",
    "Jan Maes", "\n", "\n\n", "a" * 300, "    ", "’", "–", "12/03/2018", "21:47 |", "77'",
])


@st.composite
def _hostile_texts(draw):
    """Report texts built from the extractor's trigger words, repeated into long sentences
    and many sentences (bounded: at most a few thousand characters)."""
    pieces = draw(st.lists(_PIECES, min_size=1, max_size=40))
    repeat = draw(st.integers(min_value=1, max_value=30))
    glue = draw(st.sampled_from([" ", ", ", " maar ", ". ", "\n"]))
    return "date 2018-02\n" + glue.join(pieces * repeat)


@settings(max_examples=60, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow])
@given(_hostile_texts())
def test_hostile_report_texts_extract_without_error(text):
    facts = extract_text(text, "hostile.txt")
    for match in facts.matches:
        assert match.home != match.away
