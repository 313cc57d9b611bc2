"""Smoke tests against a stand-in for Discord on 127.0.0.1 (tests/discord_standin).

First the stand-in itself is proven with plain discord.py clients in this process; then the
real bot (`python -m bot`) runs as a subprocess against it: login, gateway, IDENTIFY,
command sync, a DM question answered without pings, a clean exit on SIGTERM, and a rejected
token that ends in a one-line error. Nothing here reaches beyond loopback: the subprocess
runs with an offline guard that refuses any other address.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest

discord = pytest.importorskip("discord", reason="discord.py is not installed")

from discord.gateway import DiscordWebSocket  # noqa: E402
from yarl import URL  # noqa: E402

try:
    from tests.discord_standin import (
        INTENT_MESSAGE_CONTENT,
        OFFLINE_GUARD_MARK,
        DiscordStandIn,
        offline_env,
    )
except ImportError:  # tests/ without __init__.py: its folder is on sys.path instead
    from discord_standin import (
        INTENT_MESSAGE_CONTENT,
        OFFLINE_GUARD_MARK,
        DiscordStandIn,
        offline_env,
    )

REPO = Path(__file__).resolve().parent.parent
TOKEN = "fake-token"
QUESTION = "wie scoorde voor Genk?"
TEST_GUILD = 1200000000000000001
TEST_TIMEOUT = 30.0  # seconds, per test, for everything it waits on


def _assert_loopback(url: str) -> None:
    host = urlsplit(url).hostname
    assert host == "127.0.0.1", f"stand-in must be on loopback, not {url}"


@pytest.fixture
def standin():
    with DiscordStandIn(token=TOKEN, guild_ids=[TEST_GUILD]) as server:
        _assert_loopback(server.api_base)
        _assert_loopback(server.gateway_url)
        yield server


@pytest.fixture
def local_discord(monkeypatch, standin):
    """Point discord.py in this process at the stand-in (REST base and first gateway)."""
    monkeypatch.setattr(discord.http.Route, "BASE", standin.api_base)
    monkeypatch.setattr(DiscordWebSocket, "DEFAULT_GATEWAY", URL(standin.gateway_url))
    return standin


def _client(intents: discord.Intents | None = None) -> discord.Client:
    # A short guild_ready_timeout: READY does not wait 2 s for more GUILD_CREATEs.
    return discord.Client(intents=intents or discord.Intents.default(), guild_ready_timeout=0.2)


def _run(coro) -> object:
    return asyncio.run(asyncio.wait_for(coro, TEST_TIMEOUT))


async def _started(client: discord.Client, token: str = TOKEN) -> asyncio.Task:
    """Start the client; return its task once on_ready fired (or raise what start raised)."""
    ready = asyncio.Event()
    client.event(_setter("on_ready", ready))
    task = asyncio.create_task(client.start(token))
    waiter = asyncio.create_task(ready.wait())
    done, _ = await asyncio.wait({task, waiter}, timeout=15,
                                 return_when=asyncio.FIRST_COMPLETED)
    if task in done:
        waiter.cancel()
        task.result()  # raises the start failure
        raise AssertionError("client stopped before READY")
    if waiter not in done:
        waiter.cancel()
        raise AssertionError("no on_ready within 15 s")
    return task


def _setter(name: str, event: asyncio.Event):
    async def handler() -> None:
        event.set()

    handler.__name__ = name
    return handler


async def _stop(client: discord.Client, task: asyncio.Task | None) -> None:
    await client.close()
    if task is not None:
        with contextlib.suppress(Exception, asyncio.CancelledError):
            await asyncio.wait_for(task, 5)


# --------------------------------------------------------------------------- the stand-in


def test_standin_plain_client_logs_in_and_answers_a_dm(local_discord):
    standin = local_discord

    async def scenario() -> None:
        client = _client()

        @client.event
        async def on_message(message: discord.Message) -> None:
            if message.author == client.user or message.guild is not None:
                return
            await message.channel.send(f"echo: {message.content}",
                                       allowed_mentions=discord.AllowedMentions.none())

        task = await _started(client)
        try:
            assert client.user.id == int(standin.BOT_ID)
            assert [g.id for g in client.guilds] == [TEST_GUILD]
            identify = standin.wait_for(standin.is_identify, 1)
            assert identify.data["token"] == TOKEN
            assert not identify.data["intents"] & INTENT_MESSAGE_CONTENT
            opened = standin.wait_for(lambda r: r.kind == "ws_open", 1)
            assert opened.query == {"v": "10", "encoding": "json", "compress": "zlib-stream"}
            assert standin.find(standin.is_request("GET", "/users/@me", 200))
            assert standin.find(standin.is_request("GET", "/oauth2/applications/@me", 200))

            mark = standin.mark()
            sent = await asyncio.to_thread(standin.push_dm, QUESTION)
            reply = await standin.wait_for_async(
                standin.is_request("POST", f"/channels/{standin.DM_CHANNEL_ID}/messages"),
                10, since=mark)
            assert reply.status == 200 and reply.authorized
            assert reply.body["content"] == f"echo: {QUESTION}"
            assert reply.body["allowed_mentions"] == {"parse": []}
            # Sequence numbers only go up.
            seqs = [r.seq for r in standin.find(lambda r: r.kind == "ws_out" and r.op == 0)]
            assert seqs == sorted(seqs) and len(set(seqs)) == len(seqs) and seqs[0] == 1
            assert sent["channel_id"] == standin.DM_CHANNEL_ID
            # Heartbeats are acknowledged.
            standin.wait_for(standin.is_op(11, kind="ws_out"), 1)
        finally:
            await _stop(client, task)
        assert not standin.unknown_routes, standin.transcript()

    _run(scenario())


def test_standin_slash_command_sync_and_interaction(local_discord):
    standin = local_discord

    async def scenario() -> None:
        client = _client()
        tree = discord.app_commands.CommandTree(client)
        guild = discord.Object(TEST_GUILD)

        @tree.command(name="cup", description="Ask a cup question")
        async def cup(interaction: discord.Interaction, question: str) -> None:
            await interaction.response.defer(thinking=True)
            await interaction.followup.send(f"answer to {question}",
                                            allowed_mentions=discord.AllowedMentions.none())

        async def setup_hook() -> None:
            tree.copy_global_to(guild=guild)
            await tree.sync(guild=guild)

        client.setup_hook = setup_hook
        task = await _started(client)
        try:
            sync = standin.wait_for(
                standin.is_request("PUT", f"/applications/{{app}}/guilds/{TEST_GUILD}/commands"), 1)
            assert sync.status == 200
            assert [c["name"] for c in sync.body] == ["cup"]
            assert sync.body[0]["options"][0]["name"] == "question"

            mark = standin.mark()
            await asyncio.to_thread(standin.push_slash_command, "cup",
                                    [{"name": "question", "type": 3, "value": QUESTION}],
                                    guild_id=str(TEST_GUILD))
            callback = await standin.wait_for_async(
                standin.is_request("POST", "/interactions/{id}/{token}/callback"), 10, since=mark)
            assert callback.status == 200 and callback.body["type"] == 5
            followup = await standin.wait_for_async(
                standin.is_request("POST", "/webhooks/{app}/{token}"), 10, since=mark)
            assert followup.body["content"] == f"answer to {QUESTION}"
            assert followup.body["allowed_mentions"] == {"parse": []}
        finally:
            await _stop(client, task)
        assert not standin.unknown_routes, standin.transcript()

    _run(scenario())


def test_standin_rejects_a_wrong_token(local_discord):
    standin = local_discord

    async def scenario() -> None:
        client = _client()
        try:
            with pytest.raises(discord.LoginFailure):
                await client.start("not-the-token")
        finally:
            await client.close()

    _run(scenario())
    login = standin.wait_for(standin.is_request("GET", "/users/@me"), 1)
    assert login.status == 401 and not login.authorized
    assert not standin.find(lambda r: r.kind == "ws_open")


def test_standin_refuses_privileged_intents_not_enabled(local_discord):
    standin = local_discord

    async def scenario() -> None:
        intents = discord.Intents.default()
        intents.message_content = True
        client = _client(intents)
        try:
            with pytest.raises(discord.PrivilegedIntentsRequired):
                await client.start(TOKEN)
        finally:
            await client.close()

    _run(scenario())
    closed = standin.wait_for(lambda r: r.kind == "ws_close", 1)
    assert closed.close_code == 4014


def test_standin_unknown_route_is_a_logged_404(local_discord):
    standin = local_discord

    async def scenario() -> None:
        client = _client()
        task = await _started(client)
        try:
            with pytest.raises(discord.NotFound):
                await client.fetch_guild_preview(TEST_GUILD)
        finally:
            await _stop(client, task)

    _run(scenario())
    assert standin.unknown_routes == [f"GET /api/v10/guilds/{TEST_GUILD}/preview"]
    assert f"unknown routes: GET /api/v10/guilds/{TEST_GUILD}/preview" in standin.transcript()


# --------------------------------------------------------------------------- the real bot

DIRECT_MESSAGES = 1 << 12


@pytest.fixture(scope="module")
def knowledge_base(tmp_path_factory) -> Path:
    """A knowledge base built by the real ingest from the project's sample reports."""
    kb = tmp_path_factory.mktemp("discord-smoke") / "kb"
    done = subprocess.run(
        [sys.executable, "-m", "bot", "ingest", str(REPO / "data" / "reports"), "--kb", str(kb),
         "--quiet"], cwd=REPO, env=offline_env(_clean_env()), capture_output=True, text=True,
        timeout=120)
    assert done.returncode == 0, f"ingest failed:\n{done.stdout}\n{done.stderr}"
    return kb


def _clean_env() -> dict[str, str]:
    """This process's environment without any Discord or Cupbot setting that could leak in."""
    return {k: v for k, v in os.environ.items()
            if not k.startswith(("DISCORD_", "CUPBOT_"))}


class BotProcess:
    """`python -m bot --config FILE` against the stand-in, its output in files."""

    def __init__(self, tmp_path: Path, standin: DiscordStandIn, token: str, kb: Path) -> None:
        _assert_loopback(standin.api_base)
        self.standin = standin
        self.token = token
        config = tmp_path / "config.yaml"
        config.write_text(
            f"knowledge_base: {kb.as_posix()!r}\n"
            "default_language: nl\n"
            "discord:\n"
            f"  guild_ids: [{TEST_GUILD}]\n", encoding="utf-8")
        env = offline_env(_clean_env())
        env.update({"DISCORD_TOKEN": token, "CUPBOT_DISCORD_API_BASE": standin.api_base,
                    "PYTHONUNBUFFERED": "1", "PYTHONIOENCODING": "utf-8"})
        self.out_path = tmp_path / "bot.stdout"
        self.err_path = tmp_path / "bot.stderr"
        with open(self.out_path, "wb") as out, open(self.err_path, "wb") as err:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "bot", "--config", str(config)], cwd=REPO, env=env,
                stdin=subprocess.DEVNULL, stdout=out, stderr=err)
        self.deadline = time.monotonic() + TEST_TIMEOUT

    def output(self) -> tuple[str, str]:
        return (self.out_path.read_text("utf-8", "replace"),
                self.err_path.read_text("utf-8", "replace"))

    def left(self) -> float:
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise AssertionError(f"test took more than {TEST_TIMEOUT:.0f} s\n{self.describe()}")
        return left

    def describe(self) -> str:
        out, err = self.output()
        return (f"bot exit code: {self.proc.poll()}\n--- bot stdout ---\n{out[-3000:]}"
                f"\n--- bot stderr ---\n{err[-6000:]}\n--- stand-in ---\n"
                f"{self.standin.transcript()}")

    def wait_for(self, predicate, what: str, timeout: float = 15.0, since: int = 0):
        """A stand-in record, failing early (with everything known) if the bot dies or
        tries to reach the internet."""
        end = time.monotonic() + min(timeout, self.left())
        while True:
            found = self.standin.find(predicate, since)
            if found:
                return found[0]
            _, err = self.output()
            if OFFLINE_GUARD_MARK in err:
                raise AssertionError(f"the bot tried to reach beyond 127.0.0.1 while waiting "
                                     f"for {what}\n{self.describe()}")
            if self.proc.poll() is not None:
                raise AssertionError(f"the bot exited while waiting for {what}\n"
                                     f"{self.describe()}")
            if time.monotonic() >= end:
                raise AssertionError(f"no {what} within {timeout:.0f} s\n{self.describe()}")
            with contextlib.suppress(AssertionError):
                self.standin.wait_for(predicate, 0.2, since)

    def wait_exit(self, timeout: float) -> int:
        try:
            return self.proc.wait(min(timeout, self.left()))
        except subprocess.TimeoutExpired:
            raise AssertionError(f"the bot did not exit within {timeout:.0f} s\n"
                                 f"{self.describe()}") from None

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.proc.wait(5)


@pytest.fixture
def run_bot(tmp_path, standin, knowledge_base):
    started: list[BotProcess] = []

    def start(token: str = TOKEN) -> BotProcess:
        bot = BotProcess(tmp_path, standin, token, knowledge_base)
        started.append(bot)
        return bot

    yield start
    for bot in started:
        bot.kill()


def _assert_no_pings(body: dict) -> None:
    """allowed_mentions that let nobody be pinged (what AllowedMentions.none() sends)."""
    mentions = body.get("allowed_mentions")
    assert isinstance(mentions, dict), f"no allowed_mentions: {body}"
    assert mentions.get("parse") == [], mentions
    assert not mentions.get("users") and not mentions.get("roles"), mentions
    assert not mentions.get("replied_user"), mentions


def _reply_text(body: dict) -> str:
    """Everything a person reads in a message payload: content and embed texts."""
    parts = [body.get("content") or ""]
    for embed in body.get("embeds") or []:
        parts += [embed.get("title") or "", embed.get("description") or ""]
        parts += [f"{f.get('name', '')} {f.get('value', '')}" for f in embed.get("fields") or []]
        parts.append((embed.get("footer") or {}).get("text") or "")
    return "\n".join(p for p in parts if p)


def test_bot_logs_in_syncs_and_answers_a_dm_then_stops_on_sigterm(standin, run_bot):
    bot = run_bot()
    app = standin.APPLICATION_ID

    login = bot.wait_for(standin.is_request("GET", "/users/@me"), "login (GET /users/@me)")
    assert login.status == 200 and login.authorized, bot.describe()
    opened = bot.wait_for(lambda r: r.kind == "ws_open", "a gateway connection")
    assert opened.query.get("encoding") == "json", bot.describe()
    fetched = standin.find(lambda r: r.kind == "http" and r.method == "GET"
                           and r.path in ("/gateway/bot", "/gateway") and r.status == 200)
    assert fetched and fetched[0].index < opened.index, \
        f"the gateway URL was not fetched from the stand-in first\n{bot.describe()}"
    identify = bot.wait_for(standin.is_identify, "IDENTIFY")
    intents = identify.data["intents"]
    assert identify.data["token"] == TOKEN
    assert not intents & INTENT_MESSAGE_CONTENT, f"message_content requested: {intents:#x}"
    assert intents & DIRECT_MESSAGES, f"no DIRECT_MESSAGES intent: {intents:#x}"
    bot.wait_for(standin.is_ready_sent, "READY")
    sync = bot.wait_for(
        standin.is_request("PUT", f"/applications/{app}/guilds/{TEST_GUILD}/commands"),
        "command sync to the test guild")
    assert sync.status == 200 and sync.body, bot.describe()
    names = [c["name"] for c in sync.body]
    assert len(names) == len(set(names)), names

    mark = standin.mark()
    standin.push_dm(QUESTION)
    reply = bot.wait_for(standin.is_request("POST", f"/channels/{standin.DM_CHANNEL_ID}/messages"),
                         "the answer to the DM", since=mark)
    assert reply.status == 200, bot.describe()
    _assert_no_pings(reply.body)
    text = _reply_text(reply.body)
    assert "genk" in text.lower(), f"the reply does not answer {QUESTION!r}: {text!r}"
    assert "@everyone" not in text and "<@" not in text

    # The same question as /ask in the test guild: answered in the interaction response.
    ask = next((c for c in sync.body if c["name"] == "ask"), None)
    assert ask is not None, f"no /ask among the synced commands: {names}"
    option = ask["options"][0]["name"]
    mark = standin.mark()
    standin.push_slash_command("ask", [{"name": option, "type": 3, "value": QUESTION}],
                               guild_id=str(TEST_GUILD))
    callback = bot.wait_for(standin.is_request("POST", "/interactions/{id}/{token}/callback"),
                            "the /ask interaction response", since=mark)
    assert callback.status == 200 and callback.body["type"] in (4, 5), bot.describe()
    if callback.body["type"] == 4:
        answer = callback.body["data"]
    else:  # deferred: the answer comes as an edit of the original response or a follow-up
        answer = bot.wait_for(
            lambda r: r.kind == "http" and r.path.startswith("/webhooks/")
            and r.method in ("PATCH", "POST"), "the deferred /ask answer", since=mark).body
    _assert_no_pings(answer)
    assert "genk" in _reply_text(answer).lower(), answer

    bot.proc.send_signal(signal.SIGTERM)
    code = bot.wait_exit(5)
    out, err = bot.output()
    assert code == 0, bot.describe()
    assert "Traceback" not in out + err, bot.describe()
    assert TOKEN not in out + err
    closed = standin.find(lambda r: r.kind == "ws_close")
    assert closed and closed[-1].event == "client", bot.describe()
    assert not standin.unknown_routes, bot.describe()


def test_bot_with_rejected_token_exits_1_with_one_line(standin, run_bot):
    secret = "rejected.SECRET-token-0123456789"
    bot = run_bot(secret)
    code = bot.wait_exit(20)
    out, err = bot.output()
    assert code == 1, bot.describe()
    login = standin.find(standin.is_request("GET", "/users/@me"))
    assert login and login[0].status == 401, bot.describe()
    assert not standin.find(lambda r: r.kind == "ws_open"), "connected to the gateway anyway"
    assert secret not in out + err, "the token was printed"
    assert secret[:12] not in out + err, "part of the token was printed"
    assert "Traceback" not in out + err, bot.describe()
    # Log lines may come first; the error itself is one line, the last, naming the token.
    lines = [line for line in (out + err).splitlines() if line.strip()]
    errors = [line for line in lines if "error" in line.lower()]
    assert len(errors) == 1, f"expected one error line, got:\n{out}{err}"
    assert errors[0] == lines[-1], f"the error is not the last line:\n{out}{err}"
    assert "DISCORD_TOKEN" in errors[0] or "token" in errors[0].lower(), errors[0]
    assert OFFLINE_GUARD_MARK not in err
