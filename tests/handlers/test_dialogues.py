"""Multi-turn dialogues (tests/questions/dialogues.yaml) over the knowledge base the bundled
demo reports build.

Every dialogue must pass: follow-ups, small talk between questions (which never repeats an
earlier answer), fresh questions, the language of each message, dates and names in it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.config import load_settings
from bot.locations import demo_reports_dir
from handlers.engine import Responder
from knowledge.index import load_index
from knowledge.ingest import ingest_paths

ROOT = Path(__file__).resolve().parents[2]
DIALOGUES = ROOT / "tests" / "questions" / "dialogues.yaml"


def _load() -> list[dict]:
    return yaml.safe_load(DIALOGUES.read_text(encoding="utf-8"))["dialogues"]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Responder:
    """A responder over the knowledge base the bundled demo reports build (as on first use)."""
    settings = load_settings()
    kb_dir = tmp_path_factory.mktemp("demo") / "kb"
    ingest_paths([demo_reports_dir()], kb_dir)
    return Responder(load_index(kb_dir, competition=settings.competition),
                     default_lang=settings.default_language)


def problems(turn: dict, text: str, lang: str, earlier: list[str]) -> list[str]:
    """What is wrong with one answer in its dialogue (empty: right)."""
    low = text.lower()

    def has(wanted: object) -> bool:
        options = wanted if isinstance(wanted, list) else [wanted]
        return any(str(o).lower() in low for o in options)

    found = [f"missing {w!r}" for w in turn.get("all") or [] if not has(w)]
    if turn.get("any") and not has(list(turn["any"])):
        found.append(f"none of {turn['any']!r}")
    found += [f"says {w!r}" for w in turn.get("none") or [] if str(w).lower() in low]
    if lang != turn["lang"]:
        found.append(f"answered in {lang}")
    if turn.get("smalltalk") and any(e in text or text in e for e in earlier):
        found.append("small talk repeats an earlier answer")
    return found


def test_there_are_enough_dialogues() -> None:
    dialogues = _load()
    assert len(dialogues) >= 60
    assert all(len(d["turns"]) >= 2 for d in dialogues[:52])


@pytest.mark.parametrize("dialogue", _load(), ids=lambda d: d["id"])
def test_dialogue(demo: Responder, dialogue: dict) -> None:
    earlier: list[str] = []
    for turn in dialogue["turns"]:
        answer = demo.ask(turn["q"], user=dialogue["id"], channel="dialogues")
        found = problems(turn, answer.text, answer.lang, earlier)
        assert not found, f"{turn['q']!r}: {'; '.join(found)}\n  -> {answer.text!r}"
        earlier.append(answer.text)
