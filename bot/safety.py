"""What keeps the bot polite: no pings, escaped text, Discord's size limits, per-user cooldowns."""

from __future__ import annotations

import time

import discord
from discord import app_commands

# Sent with every message and set as the bot's default: no @everyone, @here, role or user ping.
NO_MENTIONS = discord.AllowedMentions.none()

# Discord's limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits).
MESSAGE_LIMIT = 2000
EMBED_TOTAL_LIMIT = 6000
TITLE_LIMIT = 256
DESCRIPTION_LIMIT = 4096
FIELD_VALUE_LIMIT = 1024
FOOTER_LIMIT = 2048
SELECT_OPTIONS_LIMIT = 25
LABEL_LIMIT = 80
OPTION_LIMIT = 100  # an autocomplete choice's or a menu option's name (and value)
PLACEHOLDER_LIMIT = 150
ELLIPSIS = "…"


def clip(text: str, limit: int) -> str:
    """`text` cut to at most `limit` characters, ending in "…" when cut."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + ELLIPSIS


def safe_text(text: str) -> str:
    """Text from outside (questions, reports, names) made inert: no markdown, no mentions."""
    return discord.utils.escape_mentions(discord.utils.escape_markdown(text))


class UserCooldown:
    """At most `rate` questions per `per` seconds for each user, shared by every way of asking.

    A fixed window per user that starts at their first question; time is `time.monotonic`.
    """

    def __init__(self, rate: int, per: float) -> None:
        self.rate = rate
        self.per = per
        # user id -> (window start, questions in the window)
        self._windows: dict[int, tuple[float, int]] = {}

    def hit(self, user_id: int) -> float | None:
        """Count one question; the seconds to wait when over the limit, else None."""
        now = time.monotonic()
        start, count = self._windows.get(user_id, (now - self.per, 0))
        if now - start >= self.per:
            start, count = now, 0
            self._forget_expired(now)
        if count >= self.rate:
            return start + self.per - now
        self._windows[user_id] = (start, count + 1)
        return None

    def as_cooldown(self) -> app_commands.Cooldown:
        """The limit as discord.py's Cooldown (for CommandOnCooldown errors)."""
        return app_commands.Cooldown(self.rate, self.per)

    def _forget_expired(self, now: float) -> None:
        # Keep memory bounded on a busy bot: an expired window is the same as none.
        if len(self._windows) > 10_000:
            self._windows = {uid: w for uid, w in self._windows.items() if now - w[0] < self.per}
