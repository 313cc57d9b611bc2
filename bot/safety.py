"""What keeps the bot polite: no pings, escaped text, Discord's size limits, per-user cooldowns.

Two kinds of cutting: `clip` ends a short text (a name, a label, a line) in "…" where a cut is
part of the layout; `truncate` and `fit_embed` are the last guard before anything is sent, so
that no reply is ever refused by Discord for its size, and end a cut text in "…(truncated)" so
the reader sees that something is missing.
"""

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
FIELD_NAME_LIMIT = 256
FIELD_VALUE_LIMIT = 1024
FIELDS_LIMIT = 25
FOOTER_LIMIT = 2048
AUTHOR_LIMIT = 256
SELECT_OPTIONS_LIMIT = 25
LABEL_LIMIT = 80
OPTION_LIMIT = 100  # an autocomplete choice's or a menu option's name (and value)
PLACEHOLDER_LIMIT = 150
ELLIPSIS = "…"
TRUNCATED = "…(truncated)"

# What each way of using the bot costs from a user's cooldown budget (`discord.cooldown.rate`
# questions per `per_seconds`): a question (slash command, /help, free text, a choice in a
# "which one?" menu) costs 1; a button press half of that; an autocomplete request, which
# Discord sends while the user types, a fifth.
QUESTION_COST = 1.0
COMPONENT_COST = 0.5
AUTOCOMPLETE_COST = 0.2


def clip(text: str, limit: int) -> str:
    """`text` cut to at most `limit` characters, ending in "…" when cut."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + ELLIPSIS


def truncate(text: str, limit: int = MESSAGE_LIMIT) -> str:
    """`text` within `limit` characters; when cut, it ends in a visible "…(truncated)"."""
    if len(text) <= limit:
        return text
    if limit <= len(TRUNCATED):
        return text[:limit]
    return text[: limit - len(TRUNCATED)].rstrip() + TRUNCATED


def fit_embed(embed: discord.Embed) -> discord.Embed:
    """Make `embed` keep every one of Discord's embed limits (title, description, fields and
    their number, footer, author, 6,000 characters in all); what is cut is marked. In place;
    returns the embed."""
    if embed.title:
        embed.title = truncate(embed.title, TITLE_LIMIT)
    if embed.description:
        embed.description = truncate(embed.description, DESCRIPTION_LIMIT)
    if embed.author.name and len(embed.author.name) > AUTHOR_LIMIT:
        embed.set_author(name=truncate(embed.author.name, AUTHOR_LIMIT), url=embed.author.url,
                         icon_url=embed.author.icon_url)
    if embed.footer.text and len(embed.footer.text) > FOOTER_LIMIT:
        embed.set_footer(text=truncate(embed.footer.text, FOOTER_LIMIT),
                         icon_url=embed.footer.icon_url)
    dropped = False
    while len(embed.fields) > FIELDS_LIMIT:
        embed.remove_field(-1)
        dropped = True
    for i, f in enumerate(embed.fields):
        value = f"{f.value}\n{TRUNCATED}" if dropped and i == len(embed.fields) - 1 else f.value
        embed.set_field_at(i, name=truncate(f.name or "-", FIELD_NAME_LIMIT),
                           value=truncate(value or "-", FIELD_VALUE_LIMIT), inline=f.inline)
    excess = len(embed) - EMBED_TOTAL_LIMIT
    if excess > 0 and embed.description:
        keep = len(embed.description) - excess
        embed.description = truncate(embed.description, keep) if keep > len(TRUNCATED) \
            else TRUNCATED
    while len(embed) > EMBED_TOTAL_LIMIT and embed.fields:
        embed.remove_field(-1)
        embed.description = truncate(f"{embed.description or ''}\n{TRUNCATED}".strip(),
                                     DESCRIPTION_LIMIT)
    if len(embed) > EMBED_TOTAL_LIMIT and embed.footer.text:
        embed.set_footer(text=None)
    return embed


def safe_text(text: str) -> str:
    """Text from outside (questions, reports, names) made inert: no markdown, no mentions."""
    return discord.utils.escape_mentions(discord.utils.escape_markdown(text))


class UserCooldown:
    """At most `rate` questions per `per` seconds for each user, shared by every way of using
    the bot: questions, /help, button presses and autocomplete, each at its cost (see
    QUESTION_COST).

    A fixed window per user that starts at their first use; time is `time.monotonic`. Costs
    are counted in hundredths, so that fractions add up exactly.
    """

    def __init__(self, rate: int, per: float) -> None:
        self.rate = rate
        self.per = per
        # user id -> (window start, hundredths of the budget used in the window)
        self._windows: dict[int, tuple[float, int]] = {}

    def hit(self, user_id: int, cost: float = QUESTION_COST) -> float | None:
        """Count one use of `cost`; the seconds to wait when it does not fit in the user's
        budget (nothing is counted then), else None."""
        now = time.monotonic()
        start, used = self._windows.get(user_id, (now - self.per, 0))
        if now - start >= self.per:
            start, used = now, 0
            self._forget_expired(now)
        units = max(1, round(cost * 100))
        if used + units > self.rate * 100:
            return start + self.per - now
        self._windows[user_id] = (start, used + units)
        return None

    def as_cooldown(self) -> app_commands.Cooldown:
        """The limit as discord.py's Cooldown (for CommandOnCooldown errors)."""
        return app_commands.Cooldown(self.rate, self.per)

    def _forget_expired(self, now: float) -> None:
        # Keep memory bounded on a busy bot: an expired window is the same as none.
        if len(self._windows) > 10_000:
            self._windows = {uid: w for uid, w in self._windows.items() if now - w[0] < self.per}
