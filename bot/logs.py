"""Logging as config.yaml's `logging` section says: the level, and an optional rotating file.

Standard error is discord.py's own setup for the Discord bot (bot/discord_app.py); the
command-line tools print their results and errors themselves, so only warnings reach it.
"""

from __future__ import annotations

import logging

from bot.config import LogSettings

FORMAT = "%(asctime)s %(levelname)-8s %(name)s: %(message)s"


def setup_logging(settings: LogSettings) -> None:
    """Set the root logger's level and add the log file, if any (its folder is created)."""
    root = logging.getLogger()
    root.setLevel(settings.level_number)
    if settings.file is None:
        return
    # only here: most runs log to no file, and the module costs every start some time
    from logging.handlers import RotatingFileHandler

    if any(isinstance(h, RotatingFileHandler) and h.baseFilename == str(settings.file)
           for h in root.handlers):
        return
    settings.file.parent.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(settings.file, maxBytes=settings.max_bytes,
                                  backupCount=settings.backups, encoding="utf-8")
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
