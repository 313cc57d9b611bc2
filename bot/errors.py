"""Errors the asker can fix, and the one error handler of the slash-command tree.

Every error ends as a short message only the asker sees (ephemeral), in their language;
unexpected ones are logged with their traceback.
"""

from __future__ import annotations

import logging
import math

import discord
from discord import app_commands

from bot.localization import label, lang_of_locale
from bot.safety import AUTOCOMPLETE_COST, MESSAGE_LIMIT, NO_MENTIONS, truncate

log = logging.getLogger(__name__)


class UserError(app_commands.AppCommandError):
    """A problem the asker can fix: `key` names the message in labels.yaml."""

    def __init__(self, key: str, **fields: object) -> None:
        super().__init__(key)
        self.key = key
        self.fields = fields


def interaction_lang(interaction: discord.Interaction) -> str:
    """The language of the asker's Discord client, else the configured default."""
    return lang_of_locale(interaction.locale, interaction.client.default_lang)


async def tell(interaction: discord.Interaction, text: str) -> None:
    """Send `text` to the asker only, whether or not the interaction was answered already
    (cut to Discord's 2,000 characters, marked "…(truncated)")."""
    text = truncate(text, MESSAGE_LIMIT)
    if interaction.response.is_done():
        await interaction.followup.send(text, ephemeral=True, allowed_mentions=NO_MENTIONS)
    else:
        await interaction.response.send_message(text, ephemeral=True,
                                                allowed_mentions=NO_MENTIONS)


def cooldown_text(lang: str, retry_after: float) -> str:
    """"Wait n seconds": the message for a user past their cooldown."""
    return label(lang, "cooldown", seconds=math.ceil(retry_after))


def error_text(error: Exception, lang: str) -> str:
    """The message for an error: what to do for expected ones, no details of unexpected ones."""
    if isinstance(error, app_commands.CommandOnCooldown):
        return cooldown_text(lang, error.retry_after)
    if isinstance(error, UserError):
        return label(lang, error.key, **error.fields)
    if isinstance(error, app_commands.TransformerError):
        return label(lang, "bad_value", error=discord.utils.escape_mentions(str(error.value)))
    return label(lang, "error")


class CupTree(app_commands.CommandTree):
    """The command tree with one error handler for every slash command, and the cooldown for
    autocomplete: a user past their budget gets no choices (nothing else is worked out)."""

    async def interaction_check(self, interaction: discord.Interaction, /) -> bool:
        if interaction.type is not discord.InteractionType.autocomplete:
            return True
        cooldown = getattr(interaction.client, "cooldown", None)
        if cooldown is None or cooldown.hit(interaction.user.id, AUTOCOMPLETE_COST) is None:
            return True
        await interaction.response.autocomplete([])
        return False

    async def on_error(self, interaction: discord.Interaction,
                       error: app_commands.AppCommandError) -> None:
        command = interaction.command.qualified_name if interaction.command else "?"
        if interaction.client.is_closed():
            log.info("shutting down: /%s for user %s left unanswered", command,
                     interaction.user.id)
            return
        expected = (app_commands.CommandOnCooldown, UserError, app_commands.TransformerError)
        if not isinstance(error, expected):
            log.error("unexpected error in /%s for user %s", command, interaction.user.id,
                      exc_info=error)
        try:
            await tell(interaction, error_text(error, interaction_lang(interaction)))
        except discord.HTTPException:
            log.warning("could not tell user %s about an error", interaction.user.id,
                        exc_info=True)
