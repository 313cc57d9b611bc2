"""Checks run before a slash command: the per-user question cooldown and the admin rule."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import discord
from discord import app_commands

from bot.errors import UserError

T = TypeVar("T")


def question_cooldown() -> Callable[[T], T]:
    """At most `discord.cooldown.rate` questions per `per_seconds` per user, over all commands
    and free-text questions together."""

    async def predicate(interaction: discord.Interaction) -> bool:
        cooldown = interaction.client.cooldown
        retry_after = cooldown.hit(interaction.user.id)
        if retry_after is not None:
            raise app_commands.CommandOnCooldown(cooldown.as_cooldown(), retry_after)
        return True

    return app_commands.check(predicate)


def is_admin(member: discord.Member, permissions: discord.Permissions,
             admin_roles: list[str]) -> bool:
    """Manage Server permission, or a role named (or with the id) in `admin_roles`."""
    if permissions.manage_guild:
        return True
    wanted = {r.casefold() for r in admin_roles}
    return any(role.name.casefold() in wanted or str(role.id) in wanted for role in member.roles)


def admin_only() -> Callable[[T], T]:
    """Only admins, and only in a server: refused in DMs and to everyone else."""

    async def predicate(interaction: discord.Interaction) -> bool:
        if interaction.guild is None or not isinstance(interaction.user, discord.Member):
            raise UserError("admin_no_dm")
        roles = interaction.client.settings.discord.admin_roles
        if not is_admin(interaction.user, interaction.permissions, roles):
            raise UserError("admin_only", roles=", ".join(roles) or "-")
        return True

    return app_commands.check(predicate)
