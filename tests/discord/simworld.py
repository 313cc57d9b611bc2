"""The Cupbot Discord bot running in simcord's simulated Discord, and what tests ask of it.

simcord runs discord.py's own client code (gateway parsers, HTTP client, command tree, views)
against an in-memory Discord, offline and with virtual time.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass

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


@asynccontextmanager
async def open_world(settings: Settings, **options: object) -> AsyncIterator[World]:
    """The bot logged in to simcord, its commands synced globally, a server populated."""
    bot = make_bot(settings)
    async with simcord.run(bot, **options) as env:
        await bot.tree.sync()
        guild = env.create_guild("Bekerfans")
        channel = guild.create_text_channel("beker")
        role = guild.create_role("Cupbot admin")
        yield World(
            env=env, guild=guild, channel=channel,
            alice=guild.add_member(env.create_user("alice")),
            bob=guild.add_member(env.create_user("bob")),
            admin=guild.add_member(env.create_user("kim"), roles=[role]),
            admin_role=role,
        )


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
