"""The demo question sets (tests/questions/demo_{nl,fr,en}.yaml) over the knowledge base the
bundled demo reports build (the default one on first use). Prints the pass rate; at least 97%
must be correct.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import load_settings
from bot.locations import demo_reports_dir
from handlers.engine import Responder
from knowledge.index import load_index
from knowledge.ingest import ingest_paths
from tests.handlers.handler_checks import load_questions, report, run_questions

ROOT = Path(__file__).resolve().parents[2]
QUESTION_FILES = [ROOT / "tests" / "questions" / f"demo_{lang}.yaml" for lang in ("nl", "fr", "en")]
REQUIRED_RATE = 0.97


def test_demo_questions_over_the_demo_kb(tmp_path: Path) -> None:
    settings = load_settings()
    kb_dir = tmp_path / "kb"
    ingest_paths([demo_reports_dir()], kb_dir)
    files = [f for f in QUESTION_FILES if f.exists()]
    if not files:
        pytest.skip("tests/questions/demo_{nl,fr,en}.yaml are not there yet")
    responder = Responder(load_index(kb_dir, competition=settings.competition),
                          default_lang=settings.default_language,
                          context_ttl=settings.context_ttl_seconds)
    outcomes = []
    for path in files:
        outcomes += run_questions(responder, load_questions(path), prefix=f"{path.stem}:")
    correct = sum(not o.problems for o in outcomes)
    rate = correct / len(outcomes)
    print(f"demo questions: {correct}/{len(outcomes)} correct ({rate:.1%})")
    assert rate >= REQUIRED_RATE, report(outcomes)
