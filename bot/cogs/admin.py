"""/kb reload and /kb ingest: admins change the knowledge base while the bot runs.

Admins are members with the Manage Server permission or a role in `discord.admin_roles`;
everyone else, and anyone in a DM, is refused privately. An ingest first shows a preview of
what the report would add, update or contradict; only Confirm (by the same admin) writes it,
and the running bot then answers from the new knowledge base. Every change is logged with
who made it, which file, and what changed.
"""

from __future__ import annotations

import asyncio
import logging
import math
from pathlib import PurePath
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.checks import admin_only
from bot.embeds import ingest_preview
from bot.errors import UserError, interaction_lang
from bot.localization import command_loc, label, loc
from bot.safety import NO_MENTIONS
from bot.views import ConfirmView
from knowledge.ingest import IngestError, IngestPlan, apply_plan, plan_ingest
from knowledge.reference_loader import ReferenceError

if TYPE_CHECKING:
    from bot.discord_app import CupBot

log = logging.getLogger(__name__)

MAX_REPORT_BYTES = 1_000_000
TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
# Content types that say nothing about the file: the file name decides.
UNSPECIFIC_TYPES = {"", "application/octet-stream"}


def looks_like_text(attachment: discord.Attachment) -> bool:
    """A text content type, or an unspecific one and a text file name."""
    kind = (attachment.content_type or "").split(";")[0].strip().lower()
    if kind.startswith("text/"):
        return True
    suffix = PurePath(attachment.filename).suffix.lower()
    return kind in UNSPECIFIC_TYPES and suffix in TEXT_SUFFIXES


def who(user: discord.abc.User) -> str:
    """A user as the log names them: id and name."""
    return f"{user.id} ({user.name})"


class Admin(commands.Cog):
    """Knowledge-base maintenance for admins."""

    kb = app_commands.Group(**command_loc("kb"))

    def __init__(self, bot: CupBot) -> None:
        self.bot = bot

    @kb.command(**command_loc("kb_reload"))
    @admin_only()
    async def reload(self, interaction: discord.Interaction) -> None:
        lang = interaction_lang(interaction)
        await interaction.response.defer(ephemeral=True, thinking=True)
        async with self.bot.kb_lock:
            try:
                index = await asyncio.to_thread(self.bot.load_kb)
            except ReferenceError as exc:
                log.error("kb reload by %s failed: %s", who(interaction.user), exc)
                await self._say(interaction, label(lang, "reload_failed", error=str(exc)))
                return
            self.bot.switch_index(index)
        seasons = len(index.seasons())
        log.info("kb reload by %s: %d matches in %d seasons from %s", who(interaction.user),
                 len(index.matches), seasons, self.bot.settings.knowledge_base)
        await self._say(interaction, label(lang, "reloaded", matches=len(index.matches),
                                           seasons=seasons))

    @kb.command(**command_loc("kb_ingest"))
    @app_commands.rename(report=loc("options.report.name"))
    @app_commands.describe(report=loc("options.report.description"))
    @admin_only()
    async def ingest(self, interaction: discord.Interaction, report: discord.Attachment) -> None:
        lang = interaction_lang(interaction)
        if report.size > MAX_REPORT_BYTES:
            raise UserError("too_big", size=math.ceil(report.size / 1000),
                            limit=MAX_REPORT_BYTES // 1000)
        if not looks_like_text(report):
            raise UserError("not_text")
        await interaction.response.defer(ephemeral=True, thinking=True)
        data = await report.read()
        if b"\x00" in data:
            await self._say(interaction, label(lang, "not_text"))
            return
        generation = self.bot.kb_generation
        try:
            plan = await asyncio.to_thread(plan_ingest, self.bot.settings.knowledge_base,
                                           [(report.filename, data)],
                                           self.bot.responder.index.clubs)
        except IngestError as exc:
            await self._say(interaction, label(lang, "unreadable", error=str(exc)))
            return
        preview = ingest_preview(plan.result, report.filename, lang)
        if plan.result.skipped:
            await interaction.followup.send(embed=preview, ephemeral=True,
                                            allowed_mentions=NO_MENTIONS)
            return
        pending = PendingIngest(self.bot, plan, report.filename, generation, lang)
        view = ConfirmView(interaction.user.id, lang, pending.confirm, pending.cancel,
                           label(lang, "expired"))
        view.message = await interaction.followup.send(embed=preview, view=view, ephemeral=True,
                                                       allowed_mentions=NO_MENTIONS, wait=True)

    async def _say(self, interaction: discord.Interaction, text: str) -> None:
        await interaction.followup.send(text, ephemeral=True, allowed_mentions=NO_MENTIONS)


class PendingIngest:
    """An ingest plan waiting for the admin's Confirm or Cancel."""

    def __init__(self, bot: CupBot, plan: IngestPlan, file: str, generation: int,
                 lang: str) -> None:
        self.bot = bot
        self.plan = plan
        self.file = file
        self.generation = generation
        self.lang = lang

    async def confirm(self, interaction: discord.Interaction) -> None:
        await interaction.response.defer()
        async with self.bot.kb_lock:
            if self.bot.kb_generation != self.generation:
                await self._finish(interaction, label(self.lang, "stale"))
                return
            kb_dir = self.bot.settings.knowledge_base
            try:
                written = await asyncio.to_thread(apply_plan, kb_dir, self.plan)
                index = await asyncio.to_thread(self.bot.load_kb)
            except (OSError, ReferenceError) as exc:
                log.exception("kb ingest of %s by %s failed", self.file, who(interaction.user))
                await self._finish(interaction, label(self.lang, "write_failed", error=str(exc)))
                return
            self.bot.switch_index(index)
        result = self.plan.result
        log.info("kb ingest by %s: file %s; added %s; updated %s; conflicts %s; "
                 "not understood %d; wrote %s", who(interaction.user), self.file,
                 result.added, list(dict.fromkeys(result.updated)),
                 list(dict.fromkeys(result.conflicts)), len(result.not_understood),
                 [str(p) for p in written])
        await self._finish(interaction, label(self.lang, "applied", files=len(written)))

    async def cancel(self, interaction: discord.Interaction) -> None:
        log.info("kb ingest of %s cancelled by %s", self.file, who(interaction.user))
        await interaction.response.edit_message(content=label(self.lang, "cancelled"), view=None,
                                                allowed_mentions=NO_MENTIONS)

    async def _finish(self, interaction: discord.Interaction, text: str) -> None:
        await interaction.edit_original_response(content=text, view=None,
                                                 allowed_mentions=NO_MENTIONS)


async def setup(bot: CupBot) -> None:
    await bot.add_cog(Admin(bot))
