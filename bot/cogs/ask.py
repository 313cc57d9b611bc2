"""/ask, /help, and free-text questions: in DMs, when the bot is mentioned, after the prefix.

The prefix works in server channels only when `discord.message_content` is on (Discord sends
message text to bots without that privileged intent only for DMs and mentions).
"""

from __future__ import annotations

import logging
import re
import time
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.answering import answer_interaction, answer_message, question_language
from bot.checks import question_cooldown
from bot.errors import cooldown_text, interaction_lang
from bot.localization import command_loc, label, loc, question_for
from bot.safety import NO_MENTIONS

if TYPE_CHECKING:
    from bot.discord_app import CupBot

log = logging.getLogger(__name__)


class Ask(commands.Cog):
    """Questions in the user's own words."""

    def __init__(self, bot: CupBot) -> None:
        self.bot = bot
        # user id -> monotonic time until which they have been told about their cooldown
        self._warned: dict[int, float] = {}

    @app_commands.command(**command_loc("ask"))
    @app_commands.rename(question=loc("options.question.name"))
    @app_commands.describe(question=loc("options.question.description"))
    @question_cooldown()
    async def ask(self, interaction: discord.Interaction, question: str) -> None:
        await answer_interaction(interaction, question)

    @app_commands.command(**command_loc("help"))
    @question_cooldown()
    async def help(self, interaction: discord.Interaction) -> None:
        await answer_interaction(interaction, question_for("help", interaction_lang(interaction)))

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        if message.author.bot:
            return
        question = self.question_in(message)
        if question is None:
            return
        settings = self.bot.settings.discord
        retry_after = self.bot.cooldown.hit(message.author.id)
        if retry_after is not None:
            await self._warn_cooldown(message, question, retry_after)
            return
        if len(question) > settings.max_question_length:
            lang = question_language(question, self.bot.default_lang)
            await message.reply(label(lang, "too_long", limit=settings.max_question_length),
                                allowed_mentions=NO_MENTIONS, mention_author=False)
            return
        try:
            await answer_message(self.bot, message, question)
        except discord.Forbidden:
            log.warning("no permission to reply in channel %s", message.channel.id)
        except Exception:
            if self.bot.is_closed():
                log.info("shutting down: a message of user %s left unanswered",
                         message.author.id)
                return
            log.exception("error answering a message of user %s", message.author.id)
            lang = question_language(question, self.bot.default_lang)
            await message.reply(label(lang, "error"), allowed_mentions=NO_MENTIONS,
                                mention_author=False)

    def question_in(self, message: discord.Message) -> str | None:
        """The question a message asks the bot, or None when it is not addressed to it."""
        if message.guild is None:
            return message.content.strip()
        me = self.bot.user
        if me is not None and me in message.mentions:
            mention = re.compile(rf"<@!?{me.id}>")
            if mention.search(message.content):
                return " ".join(mention.sub(" ", message.content).split())
        prefix = self.bot.settings.discord.prefix
        if self.bot.settings.discord.message_content and message.content.startswith(prefix):
            return message.content[len(prefix):].strip()
        return None

    async def _warn_cooldown(self, message: discord.Message, question: str,
                             retry_after: float) -> None:
        """Tell a user once per cooldown how long to wait; stay silent after that."""
        now = time.monotonic()
        self._warned = {uid: until for uid, until in self._warned.items() if until > now}
        if message.author.id in self._warned:
            return
        self._warned[message.author.id] = now + retry_after
        lang = question_language(question, self.bot.default_lang)
        await message.reply(cooldown_text(lang, retry_after),
                            allowed_mentions=NO_MENTIONS, mention_author=False)


async def setup(bot: CupBot) -> None:
    await bot.add_cog(Ask(bot))
