"""A stand-in for Discord (REST + gateway) on 127.0.0.1, for tests that run the real bot."""

from __future__ import annotations

import os
from pathlib import Path

from .server import (
    INTENT_MESSAGE_CONTENT,
    PRIVILEGED_INTENTS,
    DiscordStandIn,
    Record,
    StandInTimeout,
)

OFFLINE_GUARD_DIR = Path(__file__).resolve().parent / "offline_guard"
OFFLINE_GUARD_MARK = "offline-guard: refused"


def offline_env(env: dict[str, str]) -> dict[str, str]:
    """`env` with the offline guard first on PYTHONPATH: the child may only reach loopback."""
    out = dict(env)
    parts = [str(OFFLINE_GUARD_DIR)]
    if out.get("PYTHONPATH"):
        parts.append(out["PYTHONPATH"])
    out["PYTHONPATH"] = os.pathsep.join(parts)
    return out


__all__ = [
    "INTENT_MESSAGE_CONTENT",
    "OFFLINE_GUARD_DIR",
    "OFFLINE_GUARD_MARK",
    "PRIVILEGED_INTENTS",
    "DiscordStandIn",
    "Record",
    "StandInTimeout",
    "offline_env",
]
