"""/kb reload, ingest, list, show and remove: admins look into and change the knowledge base
while the bot runs.

Admins are members with the Manage Server permission or a role in `discord.admin_roles`;
everyone else, and anyone in a DM, is refused privately. An ingest or a removal first shows a
preview of what it would change; only Confirm (by the same admin) writes it, in one
transaction, and only if the knowledge base is still the one previewed (else it is refused as
stale: someone ingested from the command line meanwhile, say). The running index then reads
again only the seasons that changed, in a worker thread: answers never wait. Every change is
logged with who made it, which file, and what changed.
"""

from __future__ import annotations

import asyncio
import logging
import math
from collections.abc import Callable
from pathlib import PurePath
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.checks import admin_only
from bot.embeds import ingest_preview
from bot.errors import UserError, interaction_lang
from bot.localization import command_loc, label, loc
from bot.safety import MESSAGE_LIMIT, NO_MENTIONS
from bot.views import ConfirmView
from knowledge.index import refresh_index
from knowledge.ingest import IngestError, IngestPlan, apply_plan, plan_ingest
from knowledge.inspection import (
    NotFound,
    Removal,
    apply_removal,
    list_lines,
    plan_removal,
    removal_lines,
    show_lines,
)
from knowledge.reference_loader import ReferenceError
from knowledge.store import Saved, StaleError, Store

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


def text_block(lines: list[str], lang: str, command: str) -> str:
    """Lines as one code block within a message's limit; what does not fit is counted."""
    kept: list[str] = []
    room = MESSAGE_LIMIT - 200  # the block's fences and the closing note
    for line in lines:
        line = line.replace("`", "'")
        if sum(len(k) + 1 for k in kept) + len(line) > room:
            break
        kept.append(line)
    text = "```\n" + "\n".join(kept) + "\n```"
    if len(kept) < len(lines):
        text += label(lang, "more_lines", n=len(lines) - len(kept), command=command)
    return text


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
            await asyncio.to_thread(self.bot.switch_index, index)
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
        pending = PendingChange(self.bot, "ingest", report.filename, lang,
                                lambda store: apply_plan(store.kb_dir, plan),
                                lambda user, saved: _log_ingest(user, report.filename, plan,
                                                                saved))
        view = ConfirmView(interaction.user.id, lang, pending.confirm, pending.cancel,
                           label(lang, "expired"))
        view.message = await interaction.followup.send(embed=preview, view=view, ephemeral=True,
                                                       allowed_mentions=NO_MENTIONS, wait=True)

    @kb.command(**command_loc("kb_list"))
    @admin_only()
    async def kb_list(self, interaction: discord.Interaction) -> None:
        await self._show(interaction, "list", list_lines)

    @kb.command(**command_loc("kb_show"))
    @app_commands.rename(what=loc("options.what.name"))
    @app_commands.describe(what=loc("options.what.description"))
    @admin_only()
    async def kb_show(self, interaction: discord.Interaction, what: str) -> None:
        await self._show(interaction, "show", lambda store: show_lines(store, what))

    @kb.command(**command_loc("kb_remove"))
    @app_commands.rename(report=loc("options.report_name.name"))
    @app_commands.describe(report=loc("options.report_name.description"))
    @admin_only()
    async def kb_remove(self, interaction: discord.Interaction, report: str) -> None:
        lang = interaction_lang(interaction)
        await interaction.response.defer(ephemeral=True, thinking=True)
        try:
            removal = await asyncio.to_thread(self._read, lambda s: plan_removal(s, report))
        except (NotFound, ReferenceError) as exc:
            await self._say(interaction, label(lang, "not_found", error=str(exc)))
            return
        text = label(lang, "preview_intro") + "\n" + text_block(removal_lines(removal), lang,
                                                                 "remove")
        pending = PendingChange(self.bot, "remove", report, lang,
                                lambda store: apply_removal(store, removal),
                                lambda user, saved: _log_removal(user, removal, saved))
        view = ConfirmView(interaction.user.id, lang, pending.confirm, pending.cancel,
                           label(lang, "expired"))
        view.message = await interaction.followup.send(text, view=view, ephemeral=True,
                                                       allowed_mentions=NO_MENTIONS, wait=True)

    @kb_remove.autocomplete("report")
    async def _report_names(self, interaction: discord.Interaction,
                            current: str) -> list[app_commands.Choice[str]]:
        """The ingested reports whose name holds what was typed (the 25 latest)."""
        try:
            names = await asyncio.to_thread(self._read, lambda s: list(s.report_log()))
        except ReferenceError:
            return []
        typed = current.casefold()
        found = [n for n in reversed(names) if typed in n.casefold()][:25]
        return [app_commands.Choice(name=n[:100], value=n[:100]) for n in found]

    def _read(self, work: object) -> object:
        """Run `work(store)` on the knowledge base (in a worker thread)."""
        with Store.open(self.bot.settings.knowledge_base, create=False) as store:
            return work(store)  # type: ignore[operator]

    async def _show(self, interaction: discord.Interaction, command: str,
                    work: object) -> None:
        lang = interaction_lang(interaction)
        await interaction.response.defer(ephemeral=True, thinking=True)
        try:
            lines = await asyncio.to_thread(self._read, work)
        except (NotFound, ReferenceError) as exc:
            await self._say(interaction, label(lang, "not_found", error=str(exc)))
            return
        await self._say(interaction, text_block(lines, lang, command))

    async def _say(self, interaction: discord.Interaction, text: str) -> None:
        await interaction.followup.send(text, ephemeral=True, allowed_mentions=NO_MENTIONS)


class PendingChange:
    """A planned change (an ingest, a removal) waiting for the admin's Confirm or Cancel.

    `write` writes it to the store (StaleError when the store changed since the plan);
    `report` logs what was written."""

    def __init__(self, bot: CupBot, kind: str, what: str, lang: str,
                 write: Callable[[Store], Saved],
                 report: Callable[[discord.abc.User, Saved], None]) -> None:
        self.bot = bot
        self.kind = kind
        self.what = what
        self.lang = lang
        self.write = write
        self.report = report

    async def confirm(self, interaction: discord.Interaction) -> None:
        await interaction.response.defer()
        async with self.bot.kb_lock:
            try:
                saved = await asyncio.to_thread(self._write)
            except StaleError:
                log.info("kb %s of %s by %s refused: the knowledge base changed since the "
                         "preview", self.kind, self.what, who(interaction.user))
                await self._finish(interaction, label(self.lang, "stale"))
                return
            except (OSError, ReferenceError) as exc:
                log.exception("kb %s of %s by %s failed", self.kind, self.what,
                              who(interaction.user))
                await self._finish(interaction, label(self.lang, "write_failed", error=str(exc)))
                return
            index = self.bot.responder.index
            if index.store is not None:
                index = await asyncio.to_thread(refresh_index, index, saved.seasons,
                                                self.bot.settings.competition)
            else:
                index = await asyncio.to_thread(self.bot.load_kb)
            await asyncio.to_thread(self.bot.switch_index, index)
        self.report(interaction.user, saved)
        await self._finish(interaction, label(self.lang, "applied", version=saved.version))

    def _write(self) -> Saved:
        with Store.open(self.bot.settings.knowledge_base) as store:
            return self.write(store)

    async def cancel(self, interaction: discord.Interaction) -> None:
        log.info("kb %s of %s cancelled by %s", self.kind, self.what, who(interaction.user))
        await interaction.response.edit_message(content=label(self.lang, "cancelled"), view=None,
                                                allowed_mentions=NO_MENTIONS)

    async def _finish(self, interaction: discord.Interaction, text: str) -> None:
        await interaction.edit_original_response(content=text, view=None,
                                                 allowed_mentions=NO_MENTIONS)


def _log_ingest(user: discord.abc.User, file: str, plan: IngestPlan, saved: Saved) -> None:
    result = plan.result
    log.info("kb ingest by %s: file %s; added %s; updated %s; conflicts %s; not understood %d; "
             "version %d; seasons %s", who(user), file, result.added,
             list(dict.fromkeys(result.updated)), list(dict.fromkeys(result.conflicts)),
             len(result.not_understood), saved.version, sorted(s or "-" for s in saved.seasons))


def _log_removal(user: discord.abc.User, removal: Removal, saved: Saved) -> None:
    taken = removal.taken
    log.info("kb remove by %s: report %s; removed %s; changed %s; version %d", who(user),
             removal.report, taken.removed, list(dict.fromkeys(taken.changed)), saved.version)


async def setup(bot: CupBot) -> None:
    await bot.add_cog(Admin(bot))
