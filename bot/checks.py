"""Checks run before a slash command: the per-user question cooldown and the admin rule.

Admin rights go by role id, never by role name: anyone with Manage Roles can create a role with
any name. `discord.admin_roles` may hold role ids (numbers) and role names; each name is turned
into the id of the one role that has that name (case does not matter) once per server, when
the bot starts there (on_ready, or when it joins or gets the server back), and logged. A role
created, renamed or deleted later changes nothing until the bot restarts. A name that fits no
role, or several, or the @everyone role, grants nothing in that server (and is logged: an
error, or a warning when no role fits); @everyone or @here in the config stops the bot at start.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from typing import TypeVar

import discord
from discord import app_commands

from bot.config import ConfigError
from bot.errors import UserError
from bot.safety import QUESTION_COST

T = TypeVar("T")

log = logging.getLogger(__name__)

# Names that would make every member an admin.
EVERYONE_NAMES = ("@everyone", "@here")


def question_cooldown() -> Callable[[T], T]:
    """At most `discord.cooldown.rate` questions per `per_seconds` per user, over all commands
    and free-text questions together."""

    async def predicate(interaction: discord.Interaction) -> bool:
        cooldown = interaction.client.cooldown
        retry_after = cooldown.hit(interaction.user.id, QUESTION_COST)
        if retry_after is not None:
            raise app_commands.CommandOnCooldown(cooldown.as_cooldown(), retry_after)
        return True

    return app_commands.check(predicate)


class AdminRoles:
    """The roles that make a member an admin, as role ids per server.

    `entries`: `discord.admin_roles`, role ids (numbers, or strings of digits) and role names.
    Raises ConfigError for @everyone or @here, or an empty name.
    """

    def __init__(self, entries: Iterable[int | str]) -> None:
        self.entries = list(entries)
        ids: set[int] = set()
        names: list[str] = []
        for entry in self.entries:
            if isinstance(entry, int) and not isinstance(entry, bool):
                ids.add(entry)
                continue
            text = str(entry).strip()
            if text.isdigit():
                ids.add(int(text))
            elif not text:
                raise ConfigError("'discord.admin_roles' holds an empty role name")
            elif text.casefold() in EVERYONE_NAMES:
                raise ConfigError(f"'discord.admin_roles' holds {text!r}: that would make every "
                                  "member an admin. Name the admins' own role, or give its id")
            else:
                names.append(text)
        self.ids = frozenset(ids)
        self.names = tuple(names)
        # server id -> the admin role ids there, once resolved
        self._resolved: dict[int, frozenset[int]] = {}

    def describe(self) -> str:
        """The roles as configured, for messages ("Cupbot admin, 1234")."""
        return ", ".join(str(e) for e in self.entries) or "-"

    def resolve(self, guild: discord.Guild) -> frozenset[int]:
        """The admin role ids in `guild`; names are looked up the first time only."""
        known = self._resolved.get(guild.id)
        if known is not None:
            return known
        if not guild.roles:  # a server the bot does not have in its cache: role ids only
            return frozenset(i for i in self.ids if i != guild.id)
        where = f"server {guild.name!r} ({guild.id})"
        allowed: set[int] = set()
        for role_id in sorted(self.ids):
            if role_id == guild.id:  # the @everyone role has the server's id
                log.error("discord.admin_roles: %s is the @everyone role of %s; refused, it "
                          "would make every member an admin", role_id, where)
                continue
            allowed.add(role_id)
        for name in self.names:
            found = [r for r in guild.roles if r.name.casefold() == name.casefold()]
            ids = ", ".join(f"{r.id} ({r.name})" for r in found)
            if any(r.is_default() for r in found):
                log.error("discord.admin_roles: %r is the @everyone role of %s; refused, it "
                          "would make every member an admin", name, where)
            elif len(found) > 1:
                log.error("discord.admin_roles: the name %r fits %d roles in %s: %s; refused, "
                          "it grants no admin rights there. Put the id of the admins' role in "
                          "admin_roles instead of its name", name, len(found), where, ids)
            elif not found:
                log.warning("discord.admin_roles: no role named %r in %s; only members with "
                            "Manage Server are admins there until the role exists and the bot "
                            "restarts (or put its id in admin_roles)", name, where)
            else:
                allowed.add(found[0].id)
                log.info("discord.admin_roles: %r in %s is role id %s", name, where, found[0].id)
        resolved = frozenset(allowed)
        self._resolved[guild.id] = resolved
        log.info("admin roles in %s: %s", where, sorted(resolved) or "none (Manage Server only)")
        return resolved

    def is_admin(self, member: discord.Member, permissions: discord.Permissions) -> bool:
        """Manage Server permission, or a role whose id is an admin role in the member's
        server."""
        if permissions.manage_guild:
            return True
        allowed = self.resolve(member.guild)
        return any(role.id in allowed for role in member.roles)


def admin_refusal(interaction: discord.Interaction) -> UserError | None:
    """Why the user of `interaction` may not change the knowledge base now, or None.

    Checked again at every Confirm: the roles and permissions are those Discord sent with
    this interaction, so a role taken away since the preview counts."""
    if interaction.guild is None or not isinstance(interaction.user, discord.Member):
        return UserError("admin_no_dm")
    roles: AdminRoles = interaction.client.admin_roles
    if not roles.is_admin(interaction.user, interaction.permissions):
        return UserError("admin_only", roles=roles.describe())
    return None


def admin_only() -> Callable[[T], T]:
    """Only admins, and only in a server: refused in DMs and to everyone else."""

    async def predicate(interaction: discord.Interaction) -> bool:
        refusal = admin_refusal(interaction)
        if refusal is not None:
            raise refusal
        return True

    return app_commands.check(predicate)
