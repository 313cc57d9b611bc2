"""Asking the handlers and replying on Discord; slash commands, DMs and mentions share this.

A question is answered by the Responder in the conversation of (user, channel), so follow-ups
work the same way everywhere. The reply is an embed (pages with buttons when there are
several, a menu when the answer asks "which one?"), never pinging anyone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord

from bot.embeds import answer_pages
from bot.errors import UserError
from bot.safety import NO_MENTIONS
from bot.views import Choose, ClarifyView, OwnedView, PagedView
from handlers.answer import Answer
from handlers.understand import detect_language
from handlers.vocabulary import default_vocabulary, tokens_of

if TYPE_CHECKING:
    from bot.discord_app import CupBot


def question_language(text: str, default: str) -> str:
    """The language a question is written in (as the handlers tell it), else `default`."""
    return detect_language(list(tokens_of(text)), default_vocabulary(), default)


def check_length(question: str, limit: int) -> None:
    """Refuse a question longer than `limit` characters."""
    if len(question) > limit:
        raise UserError("too_long", limit=limit)


def ask(bot: CupBot, question: str, user_id: int, channel_id: int | None) -> Answer:
    """The handlers' answer in the conversation of this user in this channel."""
    return bot.responder.ask(question, user=str(user_id), channel=str(channel_id))


def reply_parts(bot: CupBot, answer: Answer, owner_id: int,
                channel_id: int | None) -> tuple[list[discord.Embed], OwnedView | None]:
    """The embeds for `answer` and the view to send with the first one (None: no view)."""
    pages = answer_pages(answer)
    if answer.kind == "clarify" and answer.candidates:
        chooser = _chooser(bot, owner_id, channel_id)
        return pages, ClarifyView(answer.candidates, owner_id, answer.lang, chooser)
    if len(pages) > 1:
        return pages, PagedView(pages, owner_id, answer.lang)
    return pages, None


def _chooser(bot: CupBot, owner_id: int, channel_id: int | None) -> Choose:
    """What happens when the asker picks a candidate: the handlers answer it as a follow-up."""

    async def choose(interaction: discord.Interaction, candidate: str) -> None:
        answer = ask(bot, candidate, owner_id, channel_id)
        pages, view = reply_parts(bot, answer, owner_id, channel_id)
        await interaction.response.edit_message(embed=pages[0], view=view,
                                                allowed_mentions=NO_MENTIONS)
        if view is not None:
            view.message = interaction.message

    return choose


async def answer_interaction(interaction: discord.Interaction, question: str) -> None:
    """Answer a slash command's question in the channel it was asked in."""
    bot: CupBot = interaction.client  # type: ignore[assignment]
    check_length(question, bot.settings.discord.max_question_length)
    answer = ask(bot, question, interaction.user.id, interaction.channel_id)
    pages, view = reply_parts(bot, answer, interaction.user.id, interaction.channel_id)
    extra = {"view": view} if view is not None else {}
    sent = await interaction.response.send_message(embed=pages[0], allowed_mentions=NO_MENTIONS,
                                                   **extra)
    if view is not None and isinstance(sent.resource, discord.InteractionMessage):
        view.message = sent.resource


async def answer_message(bot: CupBot, message: discord.Message, question: str) -> None:
    """Answer a free-text question (a DM, a mention, the prefix) as a reply to it."""
    answer = ask(bot, question, message.author.id, message.channel.id)
    pages, view = reply_parts(bot, answer, message.author.id, message.channel.id)
    extra = {"view": view} if view is not None else {}
    sent = await message.reply(embed=pages[0], allowed_mentions=NO_MENTIONS,
                               mention_author=False, **extra)
    if view is not None:
        view.message = sent
