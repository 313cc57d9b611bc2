"""The development questions about the example report, against the hand-written seed KB.

../shared/data/seed-questions.yaml is used when ../shared is beside the project; our own copy
of those checks (plus more) in questions_seed.yaml always runs.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from handlers.engine import Responder
from knowledge.clubs import load_registry
from knowledge.index import KnowledgeIndex, load_index
from tests.handlers.handler_checks import check_text, load_questions, report, run_questions

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SHARED_QUESTIONS = ROOT / ".." / "shared" / "data" / "seed-questions.yaml"
OWN_QUESTIONS = HERE / "questions_seed.yaml"


def test_shared_seed_questions(seed_index: KnowledgeIndex) -> None:
    if not SHARED_QUESTIONS.exists():
        pytest.skip(f"../shared is not beside the project ({SHARED_QUESTIONS} missing)")
    outcomes = run_questions(Responder(seed_index), load_questions(SHARED_QUESTIONS))
    assert all(not o.problems for o in outcomes), report(outcomes)


def test_own_seed_questions(seed_index: KnowledgeIndex) -> None:
    outcomes = run_questions(Responder(seed_index), load_questions(OWN_QUESTIONS))
    assert all(not o.problems for o in outcomes), report(outcomes)


def test_seed_questions_with_bundled_club_data(seed_kb: Path) -> None:
    """The same checks with the bundled club reference data instead of the test registry."""
    reference = ROOT / "knowledge" / "reference"
    if not (reference / "clubs.yaml").exists():
        pytest.skip("knowledge/reference/clubs.yaml is not there yet")
    index = load_index(seed_kb, registry=load_registry(reference))
    missing = {c for m in index.matches for c in m.clubs} - set(index.clubs.clubs)
    if missing:
        pytest.skip(f"bundled club data names these clubs differently: {sorted(missing)}")
    outcomes = run_questions(Responder(index), load_questions(OWN_QUESTIONS))
    assert all(not o.problems for o in outcomes), report(outcomes)


def test_shared_seed_questions_end_to_end(tmp_path: Path) -> None:
    """As the question file says: ingest only the example report, then ask each question."""
    report_file = ROOT / ".." / "shared" / "seeds" / "000_2290329dfccdcf01.txt"
    if not SHARED_QUESTIONS.exists() or not report_file.exists():
        pytest.skip("../shared is not beside the project")
    if not (ROOT / "knowledge" / "reference" / "clubs.yaml").exists():
        pytest.skip("knowledge/reference/clubs.yaml is not there yet")
    from knowledge.ingest import ingest_paths

    ingest_paths([report_file.resolve()], tmp_path / "kb")
    outcomes = run_questions(Responder(load_index(tmp_path / "kb")),
                             load_questions(SHARED_QUESTIONS))
    assert all(not o.problems for o in outcomes), report(outcomes)


def test_a_score_the_answer_must_not_say_is_not_found_inside_a_season():
    item = {"none": ["5-1"]}
    assert check_text("My reports cover 2016-17 and 2015-16.", item) == []
    assert check_text("Genk won 5-1.", item) == ["must not say '5-1'"]
