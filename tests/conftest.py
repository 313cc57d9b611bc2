"""Shared test fixtures: paths to the project, ../shared and the bundled data."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED_REPORT = SHARED / "seeds" / "000_2290329dfccdcf01.txt"
FIXTURES = ROOT / "tests" / "fixtures"


@pytest.fixture
def seed_report() -> Path:
    """The example report in ../shared; the test skips when ../shared is absent."""
    if not SEED_REPORT.exists():
        pytest.skip(f"../shared is not beside the project ({SEED_REPORT} missing)")
    return SEED_REPORT
