"""Helpers for extraction tests: extract one report (or a text) with the bundled reference data."""

from __future__ import annotations

from pathlib import Path

from knowledge.checks import check_report
from knowledge.clubs import default_registry
from knowledge.extract.story import StoryExtractor
from knowledge.lexicon import default_lexicon
from knowledge.model import Facts, Match
from knowledge.report import read_report


def extract_text(text: str, name: str = "report.txt") -> Facts:
    """Facts of a report given as text."""
    extractor = StoryExtractor(default_registry(), default_lexicon())
    return extractor.extract(read_report(text.encode("utf-8"), name))


def checked_facts(text: str) -> Facts:
    """Facts of a text as they would be stored: extracted, then checked."""
    facts = extract_text(text)
    check_report(facts, None)
    return facts


def match_of(facts: Facts, *clubs: str) -> Match | None:
    """The one match between `clubs`, or None; fails the test when there are several."""
    found = [m for m in facts.matches if set(clubs) <= set(m.clubs)]
    assert len(found) <= 1, found
    return found[0] if found else None


def extract_file(path: Path) -> Facts:
    return extract_text(path.read_text(encoding="utf-8"), path.name)


def find(facts: Facts, *clubs: str, leg: int | None = None) -> Match:
    """The one extracted match between `clubs` (and leg); fails the test when absent."""
    found = [m for m in facts.matches if set(clubs) <= set(m.clubs)
             and (leg is None or m.leg == leg)]
    assert len(found) == 1, f"expected one match {clubs} leg {leg}, got {found}"
    return found[0]


def finalists(facts: Facts) -> set[str]:
    """Every club the facts name as a finalist, of any season."""
    return {c for s in facts.seasons for c in s.finalists}


def scored(facts: Facts) -> list[Match]:
    """The extracted matches that have a score."""
    return [m for m in facts.matches if m.score]


def scorers(facts: Facts) -> set[str]:
    return {g.player.split()[-1] for m in facts.matches for g in m.goals}


def goals_by_club(match: Match) -> dict[str, int]:
    """Each club's goals in a match's score (the same whichever club is stored at home)."""
    home, away = (int(x) for x in match.score.split("-"))
    return {match.home: home, match.away: away}
