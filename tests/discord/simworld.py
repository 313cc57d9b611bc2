"""The Cupbot Discord bot running in simcord's simulated Discord, and what tests ask of it.

simcord runs discord.py's own client code (gateway parsers, HTTP client, command tree, views)
against an in-memory Discord, offline and with virtual time.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

import discord
import kb_fixture
import simcord

from bot.config import Settings
from bot.discord_app import CupBot, build_bot
from handlers.engine import Responder
from knowledge.index import load_index


def make_bot(settings: Settings) -> CupBot:
    index = load_index(settings.knowledge_base, registry=kb_fixture.registry(),
                       competition=settings.competition)
    responder = Responder(index, default_lang=settings.default_language,
                          context_ttl=settings.context_ttl_seconds)
    return build_bot(settings, responder)


@dataclass
class World:
    """A running bot in a simulated server with a channel, an admin and two members."""

    env: simcord.Env
    guild: simcord.GuildHandle
    channel: simcord.ChannelHandle
    alice: simcord.MemberActor
    bob: simcord.MemberActor
    admin: simcord.MemberActor
    admin_role: simcord.RoleHandle

    @property
    def bot(self) -> CupBot:
        return self.env.bot  # type: ignore[return-value]


Setup = Callable[[simcord.Env, simcord.GuildHandle], object]


@asynccontextmanager
async def open_world(settings: Settings, setup: Setup | None = None, guild_id: int | None = None,
                     **options: object) -> AsyncIterator[World]:
    """The bot logged in to simcord, its commands synced globally, a server populated.

    The server (and whatever `setup(env, guild)` adds to it) exists before the bot starts,
    as when the bot is restarted in a server it serves: it reads the server's roles at start.
    """
    bot = make_bot(settings)
    runner = simcord.run(bot, **options)
    env: simcord.Env = runner._env  # populated before the bot logs in (simcord.run starts it)
    guild = env.create_guild("Bekerfans", id=guild_id)
    channel = guild.create_text_channel("beker")
    role = guild.create_role("Cupbot admin")
    world_members = {
        "alice": guild.add_member(env.create_user("alice")),
        "bob": guild.add_member(env.create_user("bob")),
        "admin": guild.add_member(env.create_user("kim"), roles=[role]),
    }
    if setup is not None:
        setup(env, guild)
    async with runner:
        await bot.tree.sync()
        yield World(env=env, guild=guild, channel=channel, admin_role=role, **world_members)


async def forged_click(actor: simcord.MemberActor, message: Any, label: str) -> Any:
    """A button press on `message` by `actor` although `actor` cannot see it (another user's
    private message): what a modified client could send. The bot must not rely on Discord
    hiding the buttons."""
    from simcord import actors  # simcord's own click, without its visibility check

    channel_id = actors._channel_id_of(message, actor._env)
    stored = actor._env.backend.get_message(channel_id, message.id)
    button = next(c for row in stored.components for c in row["components"]
                  if c.get("label") == label)
    data = {"custom_id": button["custom_id"], "component_type": 2}
    return await actors._component_interaction(actor, stored, data)


def bot_messages(env: simcord.Env) -> list[dict]:
    """Every message-sending REST request the bot made (channel messages, interaction
    responses, follow-ups and edits) as its JSON body."""
    sending = ("/messages", "/callback", "/webhooks/")
    return [entry.json for entry in env.http_requests
            if entry.method in ("POST", "PATCH") and any(s in entry.path for s in sending)
            and isinstance(entry.json, dict)]


def no_pings(body: dict) -> bool:
    """True when a message body allows no mention at all (AllowedMentions.none())."""
    data = body.get("data", body) if "type" in body and "data" in body else body
    mentions = data.get("allowed_mentions")
    if mentions is None:
        # Bodies without content or embeds (deferrals, autocomplete) cannot ping.
        return not (data.get("content") or data.get("embeds"))
    return mentions.get("parse") == [] and not mentions.get("users") \
        and not mentions.get("roles") and not mentions.get("replied_user")


def embed_of(message: discord.Message | simcord.ResponseMessage) -> discord.Embed:
    assert message is not None and message.embeds, f"no embed in {message!r}"
    return message.embeds[0]


def embed_text(embed: discord.Embed) -> str:
    """Title, description, fields and footer of an embed as one string."""
    parts = [embed.title or "", embed.description or ""]
    parts += [f"{f.name}: {f.value}" for f in embed.fields]
    parts.append(embed.footer.text or "")
    return "\n".join(parts)
