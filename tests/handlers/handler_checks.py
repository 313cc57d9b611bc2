"""Running question files (the format of ../shared/data/seed-questions.yaml) against a Responder."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from handlers.engine import Responder


@dataclass
class Outcome:
    id: str
    question: str
    text: str
    problems: list[str]


def check_text(text: str, item: dict) -> list[str]:
    """What is wrong with an answer text for one question item (empty: correct)."""
    low = text.lower()
    problems = [f"missing {s!r}" for s in item.get("all") or [] if str(s).lower() not in low]
    wanted = item.get("any") or []
    if wanted and not any(str(s).lower() in low for s in wanted):
        problems.append(f"none of {wanted!r}")
    problems += [f"must not say {s!r}" for s in item.get("none") or [] if _says(low, str(s))]
    return problems


def _says(low: str, words: str) -> bool:
    """The answer says `words` on their own: a score "5-1" is not said by the season
    "2015-16" that holds its characters."""
    return re.search(rf"(?<![0-9a-z]){re.escape(words.lower())}(?![0-9a-z])", low) is not None


def load_questions(path: Path) -> list[dict]:
    return list((yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("questions") or [])


def run_questions(responder: Responder, items: list[dict], prefix: str = "") -> list[Outcome]:
    """Ask every question: one conversation per `conversation` id, else a fresh one each."""
    outcomes = []
    for item in items:
        user = f"{prefix}{item.get('conversation') or item['id']}"
        answer = responder.ask(str(item["q"]), user=user, channel="tests")
        problems = check_text(answer.text, item)
        if item.get("lang") and answer.lang != item["lang"]:
            problems.append(f"answered in {answer.lang}, not {item['lang']}")
        outcomes.append(Outcome(str(item["id"]), str(item["q"]), answer.text, problems))
    return outcomes


def report(outcomes: list[Outcome]) -> str:
    failed = [o for o in outcomes if o.problems]
    lines = [f"{len(outcomes) - len(failed)}/{len(outcomes)} correct"]
    lines += [f"  {o.id} {o.question!r}: {'; '.join(o.problems)}\n    -> {o.text!r}"
              for o in failed]
    return "\n".join(lines)
