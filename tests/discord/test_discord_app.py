"""Building and starting the bot: sharding, intents, no pings by default, the token rules."""

from __future__ import annotations

from dataclasses import replace

import discord
import simcord
from discord.ext import commands
from simworld import embed_of, make_bot

from bot.discord_app import API_BASE_ENV, TOKEN_ENV, CupBot, run


def with_discord(settings, **changes):
    return replace(settings, discord=replace(settings.discord, **changes))


def test_one_connection_by_default(settings):
    bot = make_bot(settings)
    assert isinstance(bot, CupBot) and not isinstance(bot, discord.AutoShardedClient)
    mentions = bot.allowed_mentions
    assert not (mentions.everyone or mentions.users or mentions.roles or mentions.replied_user)
    assert not bot.intents.message_content and not bot.intents.members


def test_shards_from_the_config(settings):
    auto = make_bot(with_discord(settings, shards="auto"))
    assert isinstance(auto, commands.AutoShardedBot) and isinstance(auto, CupBot)
    assert auto.shard_count is None  # Discord's recommendation, asked at start
    part = make_bot(with_discord(settings, shards=4, shard_ids=[2, 3]))
    assert isinstance(part, commands.AutoShardedBot)
    assert part.shard_count == 4 and part.shard_ids == [2, 3]


async def test_a_sharded_bot_answers_in_a_guild_of_its_shard(settings):
    bot = make_bot(with_discord(settings, shards=2, shard_ids=[0, 1]))
    async with simcord.run(bot) as env:
        await bot.tree.sync()
        guild = env.create_guild("Tweede shard", shard_id=1)
        channel = guild.create_text_channel("beker")
        fan = guild.add_member(env.create_user("fan"))
        await fan.send(channel, f"{bot.user.mention} wie won de beker in 2017?")
        assert bot.get_guild(guild.id).shard_id == 1
        assert embed_of(channel.last_message).title == "SV Zulte Waregem 3-3 KV Oostende"


def test_missing_token_is_one_line_and_exit_1(settings, monkeypatch, capsys):
    monkeypatch.delenv(TOKEN_ENV, raising=False)
    monkeypatch.delenv(API_BASE_ENV, raising=False)
    assert run(settings) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith("python -m bot: error: DISCORD_TOKEN is not set")
