"""Where Cupbot keeps its files: the user's data and config folders, the bundled demo reports.

The folders are the platform's own (platformdirs): on Linux ~/.local/share/cupbot and
~/.config/cupbot (XDG_DATA_HOME and XDG_CONFIG_HOME move them), on macOS
~/Library/Application Support/cupbot, on Windows %LOCALAPPDATA%\\cupbot. The source tree's
files are only read: the default knowledge base is built in the data folder.
"""

from __future__ import annotations

from pathlib import Path

import platformdirs

import knowledge

APP = "cupbot"
_SOURCE_TREE = Path(__file__).resolve().parent.parent


def default_kb_dir() -> Path:
    """The default knowledge base: `kb` in the user's data folder."""
    return Path(platformdirs.user_data_dir(APP, appauthor=False)) / "kb"


def user_config_file() -> Path:
    """config.yaml in the user's config folder (read when the working directory has none)."""
    return Path(platformdirs.user_config_dir(APP, appauthor=False)) / "config.yaml"


def demo_reports_dir() -> Path:
    """The bundled demo reports: installed with the package, or data/reports in the source
    tree (an editable install, or running from a checkout)."""
    installed = Path(knowledge.__file__).resolve().parent / "demo_reports"
    return installed if installed.is_dir() else _SOURCE_TREE / "data" / "reports"


def build_default_kb(kb_dir: Path) -> None:
    """Ingest the bundled demo reports into `kb_dir` (the default knowledge base on first use).

    Two first runs at once are fine: the second finds the reports already ingested."""
    from knowledge.ingest import ingest_paths  # the extractor: only needed this once

    ingest_paths([demo_reports_dir()], kb_dir)
