"""The Discord bot: `build_bot` (used by tests) and `run` (`python -m bot` with DISCORD_TOKEN set).

Environment variables:

- DISCORD_TOKEN: the bot token. Read from the environment only, never from a file, never
  logged. Missing or rejected: a one-line message and exit status 1.
- CUPBOT_DISCORD_API_BASE: for testing and proxies only. The REST base URL discord.py talks
  to instead of Discord's, e.g. http://127.0.0.1:8080/api/v10 (a local stand-in for Discord in
  the loopback smoke test). The gateway URL then comes from that server's GET /gateway/bot
  (discord.py otherwise connects a single-connection bot straight to Discord's gateway).

The bot is a `commands.Bot`, or a `commands.AutoShardedBot` when `discord.shards` is "auto" or
a number (with `discord.shard_ids` for the shards this process runs). It never pings anyone
(AllowedMentions.none() on the bot and on every reply), asks Discord for the privileged
message-content intent only when `discord.message_content` is on, and stops cleanly on SIGINT
and SIGTERM (exit status 0).

Admin rights (/kb) go by role id: the names in `discord.admin_roles` become role ids once per
server when the bot starts there (bot.checks.AdminRoles); @everyone in `admin_roles` stops the
bot at start with a one-line error.
"""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import sys
from collections.abc import Coroutine

import aiohttp
import discord
import yarl
from discord.ext import commands
from discord.gateway import DiscordWebSocket

from bot.checks import AdminRoles
from bot.cli import PROG
from bot.config import ConfigError, Settings
from bot.errors import CupTree
from bot.localization import CupTranslator
from bot.safety import NO_MENTIONS, UserCooldown
from handlers.engine import Responder
from knowledge.index import KnowledgeIndex, load_index
from knowledge.reference_loader import ReferenceError

log = logging.getLogger(__name__)

TOKEN_ENV = "DISCORD_TOKEN"
API_BASE_ENV = "CUPBOT_DISCORD_API_BASE"
EXTENSIONS = ("bot.cogs.ask", "bot.cogs.lookup", "bot.cogs.admin")


class CupBot(commands.Bot):
    """Cupbot on Discord: slash commands, free-text questions, admin commands.

    `responder` answers every question; `switch_index` makes the whole bot answer from a new
    knowledge index (after /kb reload, or a confirmed /kb ingest or /kb remove) without a
    restart.
    """

    def __init__(self, settings: Settings, responder: Responder, api_base: str | None = None,
                 **options: object) -> None:
        intents = discord.Intents.default()
        intents.message_content = settings.discord.message_content
        super().__init__(command_prefix=commands.when_mentioned, help_command=None,
                         intents=intents, allowed_mentions=NO_MENTIONS, tree_cls=CupTree,
                         **options)
        self.settings = settings
        self.responder = responder
        # Raises ConfigError for @everyone: refused before the bot connects.
        self.admin_roles = AdminRoles(settings.discord.admin_roles)
        self.api_base = api_base
        self.cooldown = UserCooldown(settings.discord.cooldown_rate,
                                     settings.discord.cooldown_per_seconds)
        # One knowledge-base change at a time from this bot (the store queues other
        # processes); answers never wait for it.
        self.kb_lock = asyncio.Lock()

    @property
    def default_lang(self) -> str:
        """The language of askers whose language is not known: the Responder's default."""
        return self.responder.default_lang

    async def setup_hook(self) -> None:
        if self.api_base:
            # Not Discord: connect to the gateway that server names, not Discord's default.
            _, url, _ = await self.http.get_bot_gateway()
            DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(url)
            log.warning("using the gateway at %s", url)
        await self.tree.set_translator(CupTranslator())
        for extension in EXTENSIONS:
            await self.load_extension(extension)
        for guild_id in self.settings.discord.guild_ids:
            guild = discord.Object(guild_id)
            self.tree.copy_global_to(guild=guild)
            synced = await self.tree.sync(guild=guild)
            log.info("synced %d commands to guild %s", len(synced), guild_id)

    async def on_ready(self) -> None:
        log.info("ready as %s (%s) in %d servers, %s shard(s)", self.user,
                 self.user.id if self.user else "?", len(self.guilds), self.shard_count or 1)
        for guild in self.guilds:
            self._admin_roles_in(guild)

    async def on_guild_join(self, guild: discord.Guild) -> None:
        self._admin_roles_in(guild)

    async def on_guild_available(self, guild: discord.Guild) -> None:
        self._admin_roles_in(guild)

    def _admin_roles_in(self, guild: discord.Guild) -> None:
        """Turn the admin role names into this server's role ids, the first time only (a
        role made later with an admin role's name grants nothing)."""
        if not guild.unavailable:
            self.admin_roles.resolve(guild)

    async def on_message(self, message: discord.Message, /) -> None:
        """No text commands: free-text questions are the Ask cog's listener's job."""

    def load_kb(self) -> KnowledgeIndex:
        """The knowledge base on disk as an index (raises ReferenceError when broken)."""
        return load_index(self.settings.knowledge_base, registry=self.responder.index.clubs,
                          competition=self.settings.competition)

    def switch_index(self, index: KnowledgeIndex) -> None:
        """Answer from `index` from now on. Builds the question lexicon first, so it runs in
        a worker thread (asyncio.to_thread): answers meanwhile come from the old index."""
        self.responder.reload(index)


class ShardedCupBot(CupBot, commands.AutoShardedBot):
    """CupBot over several gateway connections (discord.py's AutoShardedBot)."""


def build_bot(settings: Settings, responder: Responder, api_base: str | None = None) -> CupBot:
    """The bot for these settings: sharded when `discord.shards` asks for it.

    `api_base`: the REST base URL in use when it is not Discord's (see `use_api_base`); the
    bot then also asks that server for its gateway URL.
    """
    shards = settings.discord.shards
    options: dict[str, object] = {"api_base": api_base}
    if shards == "off":
        return CupBot(settings, responder, **options)
    if isinstance(shards, int):
        options["shard_count"] = shards
        if settings.discord.shard_ids:
            options["shard_ids"] = list(settings.discord.shard_ids)
    return ShardedCupBot(settings, responder, **options)


def use_api_base(base: str | None) -> None:
    """Point discord.py's REST client at `base` (testing and proxies); None: Discord itself."""
    if base:
        discord.http.Route.BASE = base.rstrip("/")
        log.warning("using the Discord REST API at %s (%s is set)", base, API_BASE_ENV)


async def _serve(bot: CupBot, token: str) -> bool:
    """Run the bot until SIGINT or SIGTERM, then close it; True once it has stopped.

    Errors of the connection (a rejected token, say) are raised.
    """
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, _signalled, sig, stop)
    async with bot:
        running = asyncio.create_task(bot.start(token))
        stopping = asyncio.create_task(stop.wait())
        await asyncio.wait({running, stopping}, return_when=asyncio.FIRST_COMPLETED)
        stopping.cancel()
        if not running.done():
            await bot.close()
        await running
    return True


def _signalled(sig: signal.Signals, stop: asyncio.Event) -> None:
    log.info("%s received: closing", sig.name)
    stop.set()


def _prepare(settings: Settings) -> tuple[CupBot, str] | None:
    """The bot and token, logging set up; None (after a one-line message) when impossible."""
    token = os.environ.get(TOKEN_ENV, "").strip()
    if not token:
        _fail(f"{TOKEN_ENV} is not set; create a bot token in the Discord Developer Portal "
              "and export it (see docs/discord.md)")
        return None
    try:
        AdminRoles(settings.discord.admin_roles)  # @everyone: refused before anything starts
    except ConfigError as exc:
        _fail(f"{settings.path}: {exc}" if settings.path else str(exc))
        return None
    try:
        index = load_index(settings.knowledge_base, competition=settings.competition)
    except ReferenceError as exc:
        _fail(str(exc))
        return None
    discord.utils.setup_logging(level=settings.logging.level_number)
    api_base = os.environ.get(API_BASE_ENV) or None
    use_api_base(api_base)
    responder = Responder(index, default_lang=settings.default_language,
                          context_ttl=settings.context_ttl_seconds)
    return build_bot(settings, responder, api_base), token


def _fail(message: str) -> None:
    print(f"{PROG}: error: {message}", file=sys.stderr)


def _connect(work: Coroutine[object, object, object]) -> object | None:
    """Run `work`; None (after a one-line message) when Discord refuses or cannot be reached."""
    try:
        return asyncio.run(work)
    except discord.LoginFailure:
        _fail(f"Discord rejected the token in {TOKEN_ENV}; check it in the Developer Portal")
    except discord.PrivilegedIntentsRequired:
        _fail("discord.message_content is on in config.yaml but the Message Content intent "
              "is not enabled for this bot in the Developer Portal")
    except (OSError, aiohttp.ClientError, discord.GatewayNotFound) as exc:
        _fail(f"cannot reach Discord: {exc}")
    return None


def run(settings: Settings) -> int:
    """Run the bot until SIGINT or SIGTERM; the exit status (1: no token, token rejected,
    Discord unreachable, broken knowledge base)."""
    prepared = _prepare(settings)
    if prepared is None:
        return 1
    bot, token = prepared
    done = _connect(_serve(bot, token))
    return 0 if done else 1


def sync(settings: Settings) -> int:
    """Register the slash commands globally (`python -m bot sync`); the exit status."""
    prepared = _prepare(settings)
    if prepared is None:
        return 1
    bot, token = prepared

    async def register() -> int:
        async with bot:
            await bot.login(token)
            return len(await bot.tree.sync())

    count = _connect(register())
    if count is None:
        return 1
    print(f"synced {count} global commands; Discord clients may take a while to show them")
    return 0
