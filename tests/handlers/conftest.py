"""Fixtures for the handler tests: a small club registry and the hand-written seed KB (read
from the store, as the bot reads it)."""

from __future__ import annotations

from pathlib import Path

import pytest

from handlers.engine import Responder
from knowledge.clubs import ClubRegistry, load_registry
from knowledge.index import KnowledgeIndex, load_index

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
REGISTRY_DIR = FIXTURES / "registry"


@pytest.fixture(scope="session")
def registry() -> ClubRegistry:
    """The small test registry (tests/fixtures/registry), independent of the bundled one."""
    return load_registry(REGISTRY_DIR)


@pytest.fixture(scope="session")
def seed_index(registry: ClubRegistry, seed_kb: Path) -> KnowledgeIndex:
    """What the example report states, as a knowledge index."""
    return load_index(seed_kb, registry=registry)


@pytest.fixture
def responder(seed_index: KnowledgeIndex) -> Responder:
    return Responder(seed_index)
