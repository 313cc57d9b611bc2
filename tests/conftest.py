"""Shared test fixtures: paths to the project, ../shared and the bundled data; every test runs
with its own user data and config folders, so no test reads or writes the user's own."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.ingest import ingest_paths
from knowledge.store import Store
from knowledge.yaml_view import read_folder

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED_REPORT = SHARED / "seeds" / "000_2290329dfccdcf01.txt"
FIXTURES = ROOT / "tests" / "fixtures"
# The facts of the example report, hand-written in the YAML view (kb export's format).
SEED_KB_YAML = FIXTURES / "kb_seed"
# The bundled demo reports (what a first start ingests).
DEMO_REPORTS = ROOT / "data" / "reports"


@pytest.fixture(autouse=True)
def own_user_folders(tmp_path_factory: pytest.TempPathFactory,
                     monkeypatch: pytest.MonkeyPatch) -> Path:
    """XDG data and config folders of the test's own (platformdirs reads them on Linux), and
    no CUPBOT_KB or CUPBOT_CONFIG from the environment; subprocesses inherit this."""
    home = tmp_path_factory.mktemp("user")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv("CUPBOT_KB", raising=False)
    monkeypatch.delenv("CUPBOT_CONFIG", raising=False)
    return home


def kb_from_yaml(folder: Path, kb_dir: Path) -> Path:
    """A knowledge base made by importing a folder of YAML files (`kb import`)."""
    with Store.open(kb_dir) as store:
        store.replace_all(read_folder(folder))
    return kb_dir


@pytest.fixture(scope="session")
def seed_kb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed facts as a knowledge base (imported once per test session)."""
    return kb_from_yaml(SEED_KB_YAML, tmp_path_factory.mktemp("seed") / "kb")


@pytest.fixture(scope="session")
def demo_kb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The knowledge base the demo reports build (ingested once per test session); a test
    that changes it works on a copy."""
    kb = tmp_path_factory.mktemp("demo") / "kb"
    ingest_paths([DEMO_REPORTS], kb)
    return kb


@pytest.fixture
def seed_report() -> Path:
    """The example report in ../shared; the test skips when ../shared is absent."""
    if not SEED_REPORT.exists():
        pytest.skip(f"../shared is not beside the project ({SEED_REPORT} missing)")
    return SEED_REPORT
