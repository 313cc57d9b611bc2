"""Buttons and menus under the bot's messages: pages, "which one do you mean?", confirm/cancel.

Every view belongs to the person who asked: anyone else pressing gets a short private note.
Every press counts against the presser's cooldown (shared with questions and autocomplete);
past it they are told how long to wait and nothing happens. When a view times out its
components are removed from the message.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

import discord

from bot.errors import cooldown_text, error_text, tell
from bot.localization import label
from bot.safety import (
    COMPONENT_COST,
    LABEL_LIMIT,
    NO_MENTIONS,
    OPTION_LIMIT,
    PLACEHOLDER_LIMIT,
    QUESTION_COST,
    SELECT_OPTIONS_LIMIT,
    clip,
    truncate,
)

log = logging.getLogger(__name__)

PAGE_TIMEOUT = 300.0
CHOICE_TIMEOUT = 300.0
CONFIRM_TIMEOUT = 120.0

Choose = Callable[[discord.Interaction, str], Awaitable[None]]
Decide = Callable[[discord.Interaction], Awaitable[None]]


class OwnedView(discord.ui.View):
    """A view only `owner_id` may use; `message` is set once the view is sent. A press costs
    `cost` of the presser's cooldown budget."""

    cost = COMPONENT_COST

    def __init__(self, owner_id: int, lang: str, timeout: float) -> None:
        super().__init__(timeout=timeout)
        self.owner_id = owner_id
        self.lang = lang
        self.message: discord.Message | None = None

    async def interaction_check(self, interaction: discord.Interaction, /) -> bool:
        cooldown = getattr(interaction.client, "cooldown", None)
        retry_after = cooldown.hit(interaction.user.id, self.cost) if cooldown else None
        if retry_after is not None:
            await tell(interaction, cooldown_text(self.lang, retry_after))
            return False
        if interaction.user.id == self.owner_id:
            return True
        await tell(interaction, label(self.lang, "not_yours"))
        return False

    async def on_timeout(self) -> None:
        await self._close()

    async def _close(self, **changes: object) -> None:
        """Remove the components (and apply `changes`) on the sent message."""
        if self.message is None:
            return
        if isinstance(changes.get("content"), str):
            changes["content"] = truncate(changes["content"])
        try:
            await self.message.edit(view=None, allowed_mentions=NO_MENTIONS, **changes)
        except discord.HTTPException:
            log.info("could not close the view on message %s", self.message.id)

    async def on_error(self, interaction: discord.Interaction, error: Exception,
                       item: discord.ui.Item, /) -> None:
        log.error("error in a view of user %s", interaction.user.id, exc_info=error)
        try:
            await tell(interaction, error_text(error, self.lang))
        except discord.HTTPException:
            log.warning("could not tell user %s about an error", interaction.user.id)


class PagedView(OwnedView):
    """Previous / Next through a list of embeds."""

    def __init__(self, pages: list[discord.Embed], owner_id: int, lang: str,
                 timeout: float = PAGE_TIMEOUT) -> None:
        super().__init__(owner_id, lang, timeout)
        self.pages = pages
        self.page = 0
        self.previous.label = label(lang, "previous")
        self.next.label = label(lang, "next")
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.previous.disabled = self.page == 0
        self.next.disabled = self.page == len(self.pages) - 1

    async def _show(self, interaction: discord.Interaction, step: int) -> None:
        self.page = max(0, min(len(self.pages) - 1, self.page + step))
        self._update_buttons()
        await interaction.response.edit_message(embed=self.pages[self.page], view=self,
                                                allowed_mentions=NO_MENTIONS)

    @discord.ui.button(label="<", style=discord.ButtonStyle.secondary)
    async def previous(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        await self._show(interaction, -1)

    @discord.ui.button(label=">", style=discord.ButtonStyle.primary)
    async def next(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        await self._show(interaction, +1)


class ClarifyView(OwnedView):
    """A menu of the candidates of an ambiguous question; choosing one asks again (and costs
    a question)."""

    cost = QUESTION_COST

    def __init__(self, candidates: list[str], owner_id: int, lang: str, choose: Choose,
                 timeout: float = CHOICE_TIMEOUT) -> None:
        super().__init__(owner_id, lang, timeout)
        self.candidates = candidates[:SELECT_OPTIONS_LIMIT]
        self.choose = choose
        menu: discord.ui.Select = discord.ui.Select(
            placeholder=clip(label(lang, "choose"), PLACEHOLDER_LIMIT),
            options=[discord.SelectOption(label=clip(c, OPTION_LIMIT), value=str(i))
                     for i, c in enumerate(self.candidates)],
        )
        menu.callback = self._chosen
        self.add_item(menu)
        self.menu = menu

    async def _chosen(self, interaction: discord.Interaction) -> None:
        self.stop()
        await self.choose(interaction, self.candidates[int(self.menu.values[0])])


class ConfirmView(OwnedView):
    """Confirm / Cancel; `on_timeout` tells the owner nothing happened."""

    def __init__(self, owner_id: int, lang: str, confirm: Decide, cancel: Decide,
                 expired_text: str, timeout: float = CONFIRM_TIMEOUT) -> None:
        super().__init__(owner_id, lang, timeout)
        self._confirm = confirm
        self._cancel = cancel
        self.expired_text = expired_text
        self.confirm.label = clip(label(lang, "confirm"), LABEL_LIMIT)
        self.cancel.label = clip(label(lang, "cancel"), LABEL_LIMIT)

    async def on_timeout(self) -> None:
        await self._close(content=self.expired_text)

    @discord.ui.button(label="Confirm", style=discord.ButtonStyle.success)
    async def confirm(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        self.stop()
        await self._confirm(interaction)

    @discord.ui.button(label="Cancel", style=discord.ButtonStyle.secondary)
    async def cancel(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        self.stop()
        await self._cancel(interaction)
