"""/kb reload, ingest, list, show and remove: admins look into and change the knowledge base
while the bot runs.

Admins are members with the Manage Server permission or a role in `discord.admin_roles` (by
role id, see bot.checks); everyone else, and anyone in a DM, is refused privately. An ingest
or a removal first shows a preview of what it would change; only Confirm (by the same admin,
still an admin when pressing it) writes it, in one transaction, and only if the preview is
still current: not older than PREVIEW_MAX_AGE, and the knowledge base still the one previewed
(else it is refused as stale: someone ingested from the command line meanwhile, say). The
running index then reads again only the seasons that changed, in a worker thread: answers
never wait. If that reading fails after the write, the admin is told exactly that: what was
written, that the bot still answers from the old knowledge base, and to fix and /kb reload.
Every change is logged with who made it, which file, and what changed. Every reply is cut to
Discord's limits, marked "…(truncated)".
"""

from __future__ import annotations

import asyncio
import logging
import math
import time
from collections.abc import Callable
from pathlib import PurePath
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.checks import admin_only, admin_refusal
from bot.embeds import ingest_preview
from bot.errors import UserError, error_text, interaction_lang
from bot.localization import command_loc, label, loc
from bot.safety import MESSAGE_LIMIT, NO_MENTIONS, truncate
from bot.views import CONFIRM_TIMEOUT, ConfirmView
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
from knowledge.store import DB_FILE, Saved, StaleError, Store

if TYPE_CHECKING:
    from bot.discord_app import CupBot

log = logging.getLogger(__name__)

TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
# Content types that say nothing about the file: the file name decides.
UNSPECIFIC_TYPES = {"", "application/octet-stream"}
# A preview older than this is stale: Confirm writes nothing (the buttons go at the same time).
PREVIEW_MAX_AGE = CONFIRM_TIMEOUT


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
        limits = self.bot.settings.ingest.limits
        if report.size > limits.max_report_bytes:
            raise UserError("too_big", size=math.ceil(report.size / 1000),
                            limit=limits.max_report_bytes // 1000)
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
                                           self.bot.responder.index.clubs, limits=limits)
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
        await interaction.followup.send(truncate(text), ephemeral=True,
                                        allowed_mentions=NO_MENTIONS)


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
        self.made = time.monotonic()

    async def confirm(self, interaction: discord.Interaction) -> None:
        refusal = admin_refusal(interaction)
        if refusal is not None:
            # Rights are checked again: a role taken away since the preview counts.
            log.warning("kb %s of %s refused at Confirm: %s is not an admin (any more)",
                        self.kind, self.what, who(interaction.user))
            await self._close(interaction, label(self.lang, "not_written",
                                                 reason=error_text(refusal, self.lang)))
            return
        if time.monotonic() - self.made > PREVIEW_MAX_AGE:
            log.info("kb %s of %s by %s refused: the preview is older than %d s", self.kind,
                     self.what, who(interaction.user), PREVIEW_MAX_AGE)
            await self._close(interaction, label(self.lang, "too_old",
                                                 minutes=math.ceil(PREVIEW_MAX_AGE / 60)))
            return
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
            self.report(interaction.user, saved)
            try:
                await self._load(saved)
            except Exception as exc:  # the change is written whatever failed: say so
                log.exception("kb %s of %s by %s: written (version %d) but the running bot "
                              "could not load it; it still answers from the previous "
                              "knowledge base", self.kind, self.what, who(interaction.user),
                              saved.version)
                await self._finish(interaction, label(
                    self.lang, "written_not_loaded", version=saved.version,
                    written=self._written(saved), error=str(exc) or type(exc).__name__))
                return
        await self._finish(interaction, label(self.lang, "applied", version=saved.version))

    async def _load(self, saved: Saved) -> None:
        """Make the running bot answer from the knowledge base as written."""
        index = self.bot.responder.index
        if index.store is not None:
            index = await asyncio.to_thread(refresh_index, index, saved.seasons,
                                            self.bot.settings.competition)
        else:
            index = await asyncio.to_thread(self.bot.load_kb)
        await asyncio.to_thread(self.bot.switch_index, index)

    def _written(self, saved: Saved) -> str:
        """The file written and what changed in it, e.g. ".../kb/cupbot.db (report r.txt
        ingested; seasons 2018-19)"."""
        seasons = ", ".join(sorted(s or "-" for s in saved.seasons)) or "-"
        path = self.bot.settings.knowledge_base / DB_FILE
        change = label(self.lang, f"change_{self.kind}", what=self.what)
        return label(self.lang, "written_what", file=str(path), change=change, seasons=seasons)

    def _write(self) -> Saved:
        with Store.open(self.bot.settings.knowledge_base) as store:
            return self.write(store)

    async def cancel(self, interaction: discord.Interaction) -> None:
        log.info("kb %s of %s cancelled by %s", self.kind, self.what, who(interaction.user))
        await self._close(interaction, label(self.lang, "cancelled"))

    async def _close(self, interaction: discord.Interaction, text: str) -> None:
        """Answer the button press by replacing the preview with `text`, without buttons."""
        await interaction.response.edit_message(content=truncate(text), view=None,
                                                allowed_mentions=NO_MENTIONS)

    async def _finish(self, interaction: discord.Interaction, text: str) -> None:
        await interaction.edit_original_response(content=truncate(text), view=None,
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
