"""A stand-in for Discord on 127.0.0.1: the REST API (/api/v10) and the gateway websocket.

It runs in a thread with its own event loop, so a test can drive it from plain code while
the bot under test runs in a subprocess (or in-process on another loop). Everything the
client does is recorded as a `Record`; `wait_for` blocks until a record matches.

    with DiscordStandIn(guild_ids=[123]) as discord_:
        env["CUPBOT_DISCORD_API_BASE"] = discord_.api_base
        ...
        discord_.wait_for(discord_.is_identify, timeout=10)
        discord_.push_dm("wie scoorde voor Genk?")
        reply = discord_.wait_for(discord_.is_request("POST", "/channels/{dm}/messages"))
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import re
import threading
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import WSMsgType, web

from . import payloads as P

log = logging.getLogger("discord_standin")

API_PREFIX = "/api/v10"

# Gateway opcodes (https://discord.com/developers/docs/topics/opcodes-and-status-codes)
OP_DISPATCH = 0
OP_HEARTBEAT = 1
OP_IDENTIFY = 2
OP_PRESENCE = 3
OP_RESUME = 6
OP_RECONNECT = 7
OP_REQUEST_MEMBERS = 8
OP_INVALID_SESSION = 9
OP_HELLO = 10
OP_HEARTBEAT_ACK = 11

# Intents Discord calls privileged: they must be switched on in the Developer Portal.
INTENT_MEMBERS = 1 << 1
INTENT_PRESENCES = 1 << 8
INTENT_MESSAGE_CONTENT = 1 << 15
PRIVILEGED_INTENTS = INTENT_MEMBERS | INTENT_PRESENCES | INTENT_MESSAGE_CONTENT


class StandInTimeout(AssertionError):
    """wait_for saw no matching record in time; the message carries the transcript."""


@dataclass
class Record:
    """One thing that happened between the client and the stand-in.

    kind: "http" (a REST request), "ws_open" / "ws_close" (a gateway connection),
    "ws_in" (a payload the client sent), "ws_out" (a payload the stand-in sent).
    """

    kind: str
    index: int = 0  # position in the transcript
    at: float = field(default_factory=time.monotonic)
    # http
    method: str = ""
    path: str = ""  # under /api/v10, e.g. "/users/@me"
    query: dict[str, str] = field(default_factory=dict)
    body: Any = None  # parsed JSON body (payload_json for multipart)
    files: list[dict[str, Any]] = field(default_factory=list)
    status: int = 0
    authorized: bool = False
    response: Any = None
    # gateway
    conn: int = 0
    op: int | None = None
    event: str | None = None  # "t"; for ws_close: who closed ("stand-in" or "client")
    data: Any = None
    seq: int | None = None
    close_code: int | None = None

    def summary(self) -> str:
        if self.kind == "http":
            body = "" if self.body is None else " " + _short(self.body)
            return f"#{self.index} http {self.method} {self.path} -> {self.status}{body}"
        if self.kind in ("ws_in", "ws_out"):
            arrow = "<-" if self.kind == "ws_in" else "->"
            name = f" {self.event}" if self.event else ""
            data = self.data
            if self.op == OP_IDENTIFY and isinstance(data, dict):
                data = {k: ("***" if k == "token" else v) for k, v in data.items()}
            return f"#{self.index} ws{self.conn} {arrow} op={self.op}{name} s={self.seq} " \
                   f"{_short(data)}"
        if self.kind == "ws_close":
            return f"#{self.index} ws{self.conn} closed by {self.event} code={self.close_code}"
        return f"#{self.index} ws{self.conn} {self.kind} {_short(self.query)}"


def _short(value: Any, limit: int = 160) -> str:
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= limit else text[: limit - 3] + "..."


# aiohttp >= 3.12 wants typed request keys; older versions take a plain string.
_WEBHOOK_TOKEN_ROUTE = re.compile(r"^/webhooks/[^/]+/[^/]+(/|$)")

RECORD: Any = web.RequestKey("record", Record) if hasattr(web, "RequestKey") else "record"


class _Connection:
    """One gateway websocket: compression, sequence numbers, the IDENTIFY it sent."""

    def __init__(self, number: int, ws: web.WebSocketResponse, compress: str | None) -> None:
        self.number = number
        self.ws = ws
        self.seq = 0
        self.identified = False
        self.shard: tuple[int, int] = (0, 1)
        self.session_id = ""
        self.intents: int | None = None
        self.closed_with: int | None = None
        self.compress = compress
        self._zlib = zlib.compressobj() if compress == "zlib-stream" else None
        self._zstd = None
        if compress == "zstd-stream":
            self._zstd = _zstd_compressor()
            if self._zstd is None:
                # The client also accepts plain text frames; fall back to those.
                self.compress = None

    async def close(self, code: int, reason: str) -> None:
        """Close from the stand-in's side (the code is what the client sees)."""
        self.closed_with = code
        await self.ws.close(code=code, message=reason.encode("utf-8"))

    async def send(self, payload: dict[str, Any]) -> None:
        raw = json.dumps(payload, separators=(",", ":")).encode("utf-8")
        if self._zlib is not None:
            await self.ws.send_bytes(self._zlib.compress(raw) + self._zlib.flush(zlib.Z_SYNC_FLUSH))
        elif self._zstd is not None:
            await self.ws.send_bytes(self._zstd(raw))
        else:
            await self.ws.send_str(raw.decode("utf-8"))


def _zstd_compressor() -> Callable[[bytes], bytes] | None:
    try:  # Python 3.14+
        from compression import zstd  # type: ignore[import-not-found]

        comp = zstd.ZstdCompressor()
        return lambda raw: comp.compress(raw, mode=zstd.ZstdCompressor.FLUSH_BLOCK)
    except ImportError:
        pass
    try:
        import zstandard  # type: ignore[import-not-found]
    except ImportError:
        return None
    cobj = zstandard.ZstdCompressor().compressobj()
    return lambda raw: cobj.compress(raw) + cobj.flush(zstandard.COMPRESSOBJ_FLUSH_BLOCK)


class DiscordStandIn:
    """Discord's REST API and gateway, on 127.0.0.1 at a free port, for tests.

    token: the only accepted bot token (REST: "Authorization: Bot <token>", else 401;
    gateway IDENTIFY with another token: close 4004).
    guild_ids: guilds the bot is in (READY lists them, a GUILD_CREATE follows each).
    allowed_privileged_intents: privileged intent bits switched on "in the portal";
    an IDENTIFY asking for others is closed with 4014 (Disallowed intent(s)), as Discord does.
    """

    BOT_ID = "1100000000000000001"
    APPLICATION_ID = "1100000000000000001"
    OWNER_ID = "1100000000000000002"
    USER_ID = "1100000000000000003"
    DM_CHANNEL_ID = "1100000000000000004"

    def __init__(self, *, token: str = "fake-token", guild_ids: list[int | str] | None = None,
                 allowed_privileged_intents: int = 0, heartbeat_interval_ms: int = 41250,
                 recommended_shards: int = 1, bot_name: str = "Cupbot") -> None:
        self.token = token
        self.guild_ids = [str(g) for g in (guild_ids or [])]
        self.allowed_privileged_intents = allowed_privileged_intents
        self.heartbeat_interval_ms = heartbeat_interval_ms
        self.recommended_shards = recommended_shards

        self.bot = P.bot_user(self.BOT_ID, bot_name)
        self.owner = P.user(self.OWNER_ID, "cup-owner")
        self.user = P.user(self.USER_ID, "supporter")
        self.dm_channel = P.dm_channel(self.DM_CHANNEL_ID, self.user)
        self.channels: dict[str, dict[str, Any]] = {self.DM_CHANNEL_ID: self.dm_channel}
        self.dm_channels: dict[str, dict[str, Any]] = {self.USER_ID: self.dm_channel}
        self.guilds: dict[str, dict[str, Any]] = {}
        self.guild_text_channel: dict[str, str] = {}
        for gid in self.guild_ids:
            channel = P.text_channel(P.snowflake(), gid, "cup-vragen")
            self.channels[channel["id"]] = channel
            self.guild_text_channel[gid] = channel["id"]
            members = [P.member(self.bot), P.member(self.user), P.member(self.owner)]
            self.guilds[gid] = P.guild(gid, f"Test guild {gid}", self.OWNER_ID, [channel], members)
        # Application commands: key None = global, else the guild id.
        self.commands: dict[str | None, list[dict[str, Any]]] = {}
        self.messages: dict[str, dict[str, Any]] = {}
        self.interaction_messages: dict[str, dict[str, Any]] = {}  # token -> @original
        self.interaction_channels: dict[str, str] = {}  # token -> channel id
        self.unknown_routes: list[str] = []

        self.records: list[Record] = []
        self._cond = threading.Condition()
        self._connections: list[_Connection] = []
        self._conn_counter = 0
        self._session_counter = 0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._runner: web.AppRunner | None = None
        self.port = 0

    # ----------------------------------------------------------------- lifecycle

    @property
    def api_base(self) -> str:
        """What discord.http.Route.BASE must be set to."""
        return f"http://127.0.0.1:{self.port}{API_PREFIX}"

    @property
    def gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/gateway"

    def start(self) -> DiscordStandIn:
        if self._thread is not None:
            raise RuntimeError("stand-in already started")
        loop = asyncio.new_event_loop()
        self._loop = loop
        self._thread = threading.Thread(target=loop.run_forever, name="discord-standin",
                                        daemon=True)
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self._start_app(), loop).result(10)
        log.info("stand-in listening on 127.0.0.1:%s", self.port)
        return self

    def stop(self) -> None:
        loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            return
        try:
            asyncio.run_coroutine_threadsafe(self._stop_app(), loop).result(10)
        finally:
            loop.call_soon_threadsafe(loop.stop)
            thread.join(10)
            if not thread.is_alive():
                loop.close()
            self._loop = self._thread = None

    def __enter__(self) -> DiscordStandIn:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    async def _start_app(self) -> None:
        app = web.Application(middlewares=[self._middleware], client_max_size=64 * 1024 * 1024)
        app.router.add_get("/gateway", self._gateway)
        r = app.router
        a = API_PREFIX
        r.add_get(a + "/users/@me", self._get_me)
        r.add_get(a + "/gateway", self._get_gateway)
        r.add_get(a + "/gateway/bot", self._get_gateway_bot)
        r.add_get(a + "/applications/@me", self._get_application)
        r.add_get(a + "/oauth2/applications/@me", self._get_application)
        for path in ("/applications/{app_id}/commands",
                     "/applications/{app_id}/guilds/{guild_id}/commands"):
            r.add_get(a + path, self._get_commands)
            r.add_put(a + path, self._put_commands)
            r.add_post(a + path, self._post_command)
        r.add_post(a + "/users/@me/channels", self._create_dm)
        r.add_get(a + "/channels/{channel_id}", self._get_channel)
        r.add_post(a + "/channels/{channel_id}/messages", self._post_message)
        r.add_get(a + "/channels/{channel_id}/messages/{message_id}", self._get_message)
        r.add_patch(a + "/channels/{channel_id}/messages/{message_id}", self._patch_message)
        r.add_delete(a + "/channels/{channel_id}/messages/{message_id}", self._no_content)
        r.add_post(a + "/channels/{channel_id}/typing", self._no_content)
        r.add_route("*", a + "/channels/{channel_id}/messages/{message_id}/reactions/{rest:.*}",
                    self._no_content)
        r.add_post(a + "/interactions/{interaction_id}/{token}/callback",
                   self._interaction_callback)
        r.add_post(a + "/webhooks/{app_id}/{token}", self._webhook_post)
        r.add_get(a + "/webhooks/{app_id}/{token}/messages/{message_id}", self._webhook_get)
        r.add_patch(a + "/webhooks/{app_id}/{token}/messages/{message_id}", self._webhook_patch)
        r.add_delete(a + "/webhooks/{app_id}/{token}/messages/{message_id}", self._no_content)
        r.add_route("*", "/{tail:.*}", self._unknown)

        self._runner = web.AppRunner(app, handle_signals=False, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        server = site._server  # the asyncio.Server: the only way to learn the chosen port
        assert server is not None and server.sockets
        self.port = server.sockets[0].getsockname()[1]

    async def _stop_app(self) -> None:
        for conn in list(self._connections):
            with contextlib.suppress(Exception):
                await conn.close(1001, "stand-in stopping")
        if self._runner is not None:
            await self._runner.cleanup()

    # ----------------------------------------------------------------- records

    def _add(self, record: Record) -> Record:
        with self._cond:
            record.index = len(self.records)
            self.records.append(record)
            self._cond.notify_all()
        log.debug("%s", record.summary())
        return record

    def mark(self) -> int:
        """The current end of the transcript: pass it as `since` to wait for newer records."""
        with self._cond:
            return len(self.records)

    def find(self, predicate: Callable[[Record], bool], since: int = 0) -> list[Record]:
        with self._cond:
            return [r for r in self.records[since:] if predicate(r)]

    def wait_for(self, predicate: Callable[[Record], bool], timeout: float = 10.0,
                 since: int = 0, what: str = "") -> Record:
        """The first record (from `since` on) that matches; StandInTimeout after `timeout` s."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                for rec in self.records[since:]:
                    if predicate(rec):
                        return rec
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                self._cond.wait(left)
        label = what or getattr(predicate, "__doc__", None) or "a matching record"
        raise StandInTimeout(f"stand-in: no {label} within {timeout:.0f}s\n{self.transcript()}")

    async def wait_for_async(self, predicate: Callable[[Record], bool], timeout: float = 10.0,
                             since: int = 0, what: str = "") -> Record:
        """wait_for for code running on an event loop (does not block that loop)."""
        return await asyncio.to_thread(self.wait_for, predicate, timeout, since, what)

    def transcript(self, last: int = 80) -> str:
        with self._cond:
            lines = [r.summary() for r in self.records[-last:]]
        if self.unknown_routes:
            lines.append("unknown routes: " + ", ".join(self.unknown_routes))
        return "transcript:\n  " + "\n  ".join(lines) if lines else "transcript: (nothing)"

    # Predicates, for wait_for and find.

    @staticmethod
    def is_request(method: str, path: str, status: int | None = None) -> Callable[[Record], bool]:
        """A REST request; `path` may hold {placeholders} matching one segment each."""
        pattern = re.compile("^" + re.sub(r"\\\{[^/]*?\\\}", "[^/]+", re.escape(path)) + "$")

        def pred(r: Record) -> bool:
            return (r.kind == "http" and r.method == method.upper() and bool(pattern.match(r.path))
                    and (status is None or r.status == status))

        pred.__doc__ = f"{method.upper()} {path}" + (f" -> {status}" if status else "")
        return pred

    @staticmethod
    def is_op(op: int, kind: str = "ws_in", event: str | None = None) -> Callable[[Record], bool]:
        def pred(r: Record) -> bool:
            return r.kind == kind and r.op == op and (event is None or r.event == event)

        direction = "from the client" if kind == "ws_in" else "to the client"
        pred.__doc__ = f"gateway op {op}{' ' + event if event else ''} {direction}"
        return pred

    is_identify = staticmethod(is_op(OP_IDENTIFY))
    is_ready_sent = staticmethod(is_op(OP_DISPATCH, kind="ws_out", event="READY"))

    # ----------------------------------------------------------------- pushing events

    def push_event(self, name: str, data: dict[str, Any], *, shard_id: int | None = None,
                   timeout: float = 5.0) -> int:
        """Dispatch an event (op 0, t=name) on an identified gateway connection; its seq."""
        if self._loop is None:
            raise RuntimeError("stand-in not started")
        fut = asyncio.run_coroutine_threadsafe(self._push(name, data, shard_id), self._loop)
        return fut.result(timeout)

    async def _push(self, name: str, data: dict[str, Any], shard_id: int | None) -> int:
        live = [c for c in self._connections if c.identified and not c.ws.closed]
        if not live:
            raise RuntimeError(f"no identified gateway connection to push {name} on\n"
                               f"{self.transcript()}")
        if shard_id is None:
            guild_id = data.get("guild_id")
            count = live[-1].shard[1]
            shard_id = (int(guild_id) >> 22) % count if guild_id else 0
        targets = [c for c in live if c.shard[0] == shard_id] or live[-1:]
        conn = targets[-1]
        return await self._dispatch(conn, name, data)

    def push_dm(self, content: str, *, author: dict[str, Any] | None = None,
                channel_id: str | None = None) -> dict[str, Any]:
        """A user sends the bot a direct message (MESSAGE_CREATE without guild_id)."""
        msg = P.message(channel_id or self.DM_CHANNEL_ID, author or self.user, content)
        self.push_event("MESSAGE_CREATE", msg)
        return msg

    def push_guild_message(self, content: str, *, guild_id: str | None = None,
                           mention_bot: bool = False,
                           author: dict[str, Any] | None = None) -> dict[str, Any]:
        """A user writes in a guild text channel (optionally mentioning the bot)."""
        gid = str(guild_id or self.guild_ids[0])
        author = author or self.user
        mentions = []
        if mention_bot:
            content = f"<@{self.BOT_ID}> {content}"
            mentions = [dict(P.member(self.bot), **self.bot)]
        msg = P.message(self.guild_text_channel[gid], author, content, guild_id=gid,
                        member_data=P.member(author), mentions=mentions)
        self.push_event("MESSAGE_CREATE", msg)
        return msg

    def push_slash_command(self, name: str, options: list[dict[str, Any]], *,
                           guild_id: str | None = None, locale: str = "nl") -> dict[str, Any]:
        """A user runs a slash command (in a guild, or in the DM when guild_id is None).

        The command id is taken from the synced commands when one has that name.
        """
        scope = [str(guild_id)] if guild_id else []
        command_id = None
        for key in [*scope, None]:
            for cmd in self.commands.get(key, []):
                if cmd.get("name") == name:
                    command_id = cmd["id"]
        channel = (self.channels[self.guild_text_channel[str(guild_id)]] if guild_id
                   else self.dm_channel)
        data = P.slash_command_interaction(
            application_id=self.APPLICATION_ID, command_id=command_id or P.snowflake(), name=name,
            options=options, channel=channel, invoker=self.user,
            guild_id=str(guild_id) if guild_id else None,
            member_data=P.member(self.user) if guild_id else None, locale=locale)
        self.interaction_channels[data["token"]] = channel["id"]
        self.push_event("INTERACTION_CREATE", data)
        return data

    # ----------------------------------------------------------------- REST

    @web.middleware
    async def _middleware(self, request: web.Request, handler: Callable) -> web.StreamResponse:
        if request.path == "/gateway":
            return await handler(request)
        path = request.path
        if path.startswith(API_PREFIX):
            path = path[len(API_PREFIX):] or "/"
        rec = Record(kind="http", method=request.method, path=path, query=dict(request.query))
        await self._read_body(request, rec)
        # Discord wants no bot token for GET /gateway, nor for interaction callbacks and
        # webhook-token routes (the token in the URL is the credential).
        open_route = (path == "/gateway" and request.method == "GET") or \
            path.startswith("/interactions/") or bool(_WEBHOOK_TOKEN_ROUTE.match(path))
        rec.authorized = request.headers.get("Authorization") == f"Bot {self.token}"
        if not rec.authorized and not open_route and request.path.startswith(API_PREFIX):
            response: web.StreamResponse = _json({"message": "401: Unauthorized", "code": 0},
                                                 status=401)
            rec.response = {"message": "401: Unauthorized", "code": 0}
        else:
            request[RECORD] = rec
            response = await handler(request)
        rec.status = response.status
        self._add(rec)
        return response

    @staticmethod
    async def _read_body(request: web.Request, rec: Record) -> None:
        if not request.can_read_body:
            return
        if request.content_type.startswith("multipart/"):
            reader = await request.multipart()
            while (part := await reader.next()) is not None:
                data = await part.read()  # type: ignore[union-attr]
                if part.name == "payload_json":  # type: ignore[union-attr]
                    rec.body = json.loads(data.decode("utf-8"))
                else:
                    rec.files.append({"name": part.name,  # type: ignore[union-attr]
                                      "filename": part.filename,  # type: ignore[union-attr]
                                      "size": len(data)})
            return
        raw = await request.read()
        if not raw:
            return
        try:
            rec.body = json.loads(raw)
        except ValueError:
            rec.body = raw.decode("utf-8", "replace")

    def _respond(self, request: web.Request, data: Any, status: int = 200) -> web.Response:
        request[RECORD].response = data
        return _json(data, status)

    async def _unknown(self, request: web.Request) -> web.Response:
        line = f"{request.method} {request.path}"
        self.unknown_routes.append(line)
        log.warning("stand-in: unknown route %s -> 404", line)
        data = {"message": "404: Not Found", "code": 0}
        if RECORD in request:
            return self._respond(request, data, 404)
        return _json(data, 404)

    async def _no_content(self, request: web.Request) -> web.Response:
        return web.Response(status=204)

    async def _get_me(self, request: web.Request) -> web.Response:
        return self._respond(request, self.bot)

    async def _get_gateway(self, request: web.Request) -> web.Response:
        return self._respond(request, {"url": self.gateway_url})

    async def _get_gateway_bot(self, request: web.Request) -> web.Response:
        return self._respond(request, {
            "url": self.gateway_url,
            "shards": self.recommended_shards,
            "session_start_limit": {"total": 1000, "remaining": 999, "reset_after": 14400000,
                                    "max_concurrency": 1},
        })

    async def _get_application(self, request: web.Request) -> web.Response:
        return self._respond(request, P.application(self.APPLICATION_ID, self.bot["username"],
                                                    self.owner))

    def _command_scope(self, request: web.Request) -> str | None:
        return request.match_info.get("guild_id")

    def _store_command(self, scope: str | None, cmd: dict[str, Any]) -> dict[str, Any]:
        existing = {c["name"]: c for c in self.commands.get(scope, [])}
        out = dict(cmd)
        out["id"] = existing.get(cmd.get("name"), {}).get("id") or P.snowflake()
        out["application_id"] = self.APPLICATION_ID
        out["version"] = P.snowflake()
        out.setdefault("type", 1)
        out.setdefault("description", "")
        out.setdefault("default_member_permissions", None)
        out.setdefault("nsfw", False)
        if scope is not None:
            out["guild_id"] = scope
        return out

    async def _get_commands(self, request: web.Request) -> web.Response:
        return self._respond(request, self.commands.get(self._command_scope(request), []))

    async def _put_commands(self, request: web.Request) -> web.Response:
        body = request[RECORD].body
        if not isinstance(body, list):
            return self._respond(request, {"message": "Invalid Form Body", "code": 50035}, 400)
        scope = self._command_scope(request)
        stored = [self._store_command(scope, cmd) for cmd in body]
        self.commands[scope] = stored
        return self._respond(request, stored)

    async def _post_command(self, request: web.Request) -> web.Response:
        body = request[RECORD].body
        if not isinstance(body, dict):
            return self._respond(request, {"message": "Invalid Form Body", "code": 50035}, 400)
        scope = self._command_scope(request)
        cmd = self._store_command(scope, body)
        others = [c for c in self.commands.get(scope, []) if c["name"] != cmd["name"]]
        self.commands[scope] = [*others, cmd]
        return self._respond(request, cmd, 201)

    async def _create_dm(self, request: web.Request) -> web.Response:
        body = request[RECORD].body or {}
        recipient_id = str(body.get("recipient_id", ""))
        if not recipient_id:
            return self._respond(request, {"message": "Invalid Form Body", "code": 50035}, 400)
        channel = self.dm_channels.get(recipient_id)
        if channel is None:
            recipient = self.user if recipient_id == self.USER_ID else \
                self.owner if recipient_id == self.OWNER_ID else P.user(recipient_id, "someone")
            channel = P.dm_channel(P.snowflake(), recipient)
            self.dm_channels[recipient_id] = channel
            self.channels[channel["id"]] = channel
        return self._respond(request, channel)

    async def _get_channel(self, request: web.Request) -> web.Response:
        channel = self.channels.get(request.match_info["channel_id"])
        if channel is None:
            return self._respond(request, {"message": "Unknown Channel", "code": 10003}, 404)
        return self._respond(request, channel)

    def _bot_message(self, channel_id: str, body: dict[str, Any],
                     extra: dict[str, Any] | None = None) -> dict[str, Any]:
        channel = self.channels.get(channel_id, {})
        guild_id = channel.get("guild_id")
        msg = P.message(channel_id, self.bot, str(body.get("content") or ""),
                        guild_id=guild_id, member_data=P.member(self.bot) if guild_id else None,
                        embeds=body.get("embeds") or [], extra=extra)
        if body.get("flags"):
            msg["flags"] = body["flags"]
        if body.get("message_reference"):
            msg["message_reference"] = body["message_reference"]
            msg["type"] = 19  # reply
        self.messages[msg["id"]] = msg
        return msg

    async def _post_message(self, request: web.Request) -> web.Response:
        body = request[RECORD].body
        if not isinstance(body, dict) or not (body.get("content") or body.get("embeds")
                                              or request[RECORD].files):
            return self._respond(request, {"message": "Cannot send an empty message",
                                           "code": 50006}, 400)
        content = str(body.get("content") or "")
        if len(content) > 2000:
            return self._respond(request, {"message": "Invalid Form Body", "code": 50035,
                                           "errors": {"content": "Must be 2000 or fewer in "
                                                                 "length."}}, 400)
        return self._respond(request, self._bot_message(request.match_info["channel_id"], body))

    async def _get_message(self, request: web.Request) -> web.Response:
        msg = self.messages.get(request.match_info["message_id"])
        if msg is None:
            return self._respond(request, {"message": "Unknown Message", "code": 10008}, 404)
        return self._respond(request, msg)

    async def _patch_message(self, request: web.Request) -> web.Response:
        msg = self.messages.get(request.match_info["message_id"])
        if msg is None:
            return self._respond(request, {"message": "Unknown Message", "code": 10008}, 404)
        body = request[RECORD].body or {}
        for key in ("content", "embeds", "flags", "components"):
            if key in body:
                msg[key] = body[key]
        msg["edited_timestamp"] = P.now_iso()
        return self._respond(request, msg)

    async def _interaction_callback(self, request: web.Request) -> web.Response:
        body = request[RECORD].body or {}
        kind = body.get("type")
        data = body.get("data") or {}
        token = request.match_info["token"]
        resource: dict[str, Any] = {"type": kind}
        message_id = None
        if kind in (4, 5):  # CHANNEL_MESSAGE_WITH_SOURCE, DEFERRED_CHANNEL_MESSAGE
            flags = int(data.get("flags") or 0) | (128 if kind == 5 else 0)  # 128: loading
            channel_id = self.interaction_channels.get(token, self.DM_CHANNEL_ID)
            msg = self._bot_message(channel_id, dict(data, flags=flags),
                                    extra={"webhook_id": self.APPLICATION_ID,
                                           "application_id": self.APPLICATION_ID})
            self.interaction_messages[token] = msg
            resource["message"] = msg
            message_id = msg["id"]
        if "with_response" not in request.query:
            return web.Response(status=204)
        flags = int(data.get("flags") or 0)
        return self._respond(request, {
            "interaction": {
                "id": request.match_info["interaction_id"],
                "type": 2,
                "response_message_id": message_id,
                "response_message_loading": kind == 5,
                "response_message_ephemeral": bool(flags & 64),
            },
            "resource": resource,
        })

    async def _webhook_post(self, request: web.Request) -> web.Response:
        body = request[RECORD].body or {}
        channel_id = self.interaction_channels.get(request.match_info["token"],
                                                   self.DM_CHANNEL_ID)
        msg = self._bot_message(channel_id, body,
                                extra={"webhook_id": request.match_info["app_id"]})
        return self._respond(request, msg)

    def _webhook_message(self, request: web.Request) -> dict[str, Any] | None:
        mid = request.match_info["message_id"]
        if mid == "@original":
            return self.interaction_messages.get(request.match_info["token"])
        return self.messages.get(mid)

    async def _webhook_get(self, request: web.Request) -> web.Response:
        msg = self._webhook_message(request)
        if msg is None:
            return self._respond(request, {"message": "Unknown Message", "code": 10008}, 404)
        return self._respond(request, msg)

    async def _webhook_patch(self, request: web.Request) -> web.Response:
        msg = self._webhook_message(request)
        if msg is None:
            return self._respond(request, {"message": "Unknown Message", "code": 10008}, 404)
        body = request[RECORD].body or {}
        for key in ("content", "embeds", "components", "allowed_mentions"):
            if key in body:
                msg[key] = body[key]
        msg["flags"] = int(msg.get("flags") or 0) & ~128
        msg["edited_timestamp"] = P.now_iso()
        return self._respond(request, msg)

    # ----------------------------------------------------------------- gateway

    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(max_msg_size=0, autoping=True)
        await ws.prepare(request)
        self._conn_counter += 1
        compress = request.query.get("compress")
        conn = _Connection(self._conn_counter, ws, compress)
        self._connections.append(conn)
        # data: how the stand-in frames what it sends ("zlib-stream", "zstd-stream" or None).
        self._add(Record(kind="ws_open", conn=conn.number, query=dict(request.query),
                         data={"framing": conn.compress}))
        try:
            if request.query.get("encoding", "json") != "json":
                log.warning("stand-in: gateway encoding %s not supported",
                            request.query.get("encoding"))
                await conn.close(4002, "Decode error")
                return ws
            await self._send(conn, {"op": OP_HELLO, "s": None, "t": None,
                                    "d": {"heartbeat_interval": self.heartbeat_interval_ms,
                                          "_trace": ["[\"standin-gateway\"]"]}})
            async for msg in ws:
                if msg.type == WSMsgType.TEXT:
                    text = msg.data
                elif msg.type == WSMsgType.BINARY:
                    text = msg.data.decode("utf-8")
                else:
                    break
                try:
                    payload = json.loads(text)
                except ValueError:
                    await conn.close(4002, "Decode error")
                    break
                await self._on_client_payload(conn, payload)
        finally:
            if conn in self._connections:
                self._connections.remove(conn)
            by = "stand-in" if conn.closed_with is not None else "client"
            code = conn.closed_with if conn.closed_with is not None else ws.close_code
            self._add(Record(kind="ws_close", conn=conn.number, close_code=code, event=by))
        return ws

    async def _send(self, conn: _Connection, payload: dict[str, Any]) -> None:
        self._add(Record(kind="ws_out", conn=conn.number, op=payload.get("op"),
                         event=payload.get("t"), data=payload.get("d"), seq=payload.get("s")))
        await conn.send(payload)

    async def _dispatch(self, conn: _Connection, name: str, data: dict[str, Any]) -> int:
        conn.seq += 1
        await self._send(conn, {"op": OP_DISPATCH, "t": name, "s": conn.seq, "d": data})
        return conn.seq

    async def _on_client_payload(self, conn: _Connection, payload: dict[str, Any]) -> None:
        op = payload.get("op")
        data = payload.get("d")
        self._add(Record(kind="ws_in", conn=conn.number, op=op, data=data, seq=payload.get("s")))
        if op == OP_HEARTBEAT:
            await self._send(conn, {"op": OP_HEARTBEAT_ACK, "s": None, "t": None, "d": None})
        elif op == OP_IDENTIFY:
            await self._identify(conn, data or {})
        elif op == OP_RESUME:
            await self._resume(conn, data or {})
        elif op == OP_REQUEST_MEMBERS:
            data = data or {}
            gid = str(data.get("guild_id"))
            members = self.guilds.get(gid, {}).get("members", [])
            await self._dispatch(conn, "GUILD_MEMBERS_CHUNK", {
                "guild_id": gid, "members": members, "chunk_index": 0, "chunk_count": 1,
                "not_found": [], "nonce": data.get("nonce")})
        elif op in (OP_PRESENCE, 4):  # presence update, voice state: nothing to answer
            pass
        else:
            log.warning("stand-in: unexpected gateway op %s: %s", op, _short(payload))

    async def _identify(self, conn: _Connection, data: dict[str, Any]) -> None:
        if data.get("token") != self.token:
            await conn.close(4004, "Authentication failed.")
            return
        intents = data.get("intents")
        if not isinstance(intents, int):
            await conn.close(4013, "Invalid intent(s).")
            return
        if intents & PRIVILEGED_INTENTS & ~self.allowed_privileged_intents:
            await conn.close(4014, "Disallowed intent(s).")
            return
        shard = data.get("shard") or [0, 1]
        conn.shard = (int(shard[0]), int(shard[1]))
        conn.intents = intents
        conn.identified = True
        self._session_counter += 1
        conn.session_id = f"standin-session-{self._session_counter}"
        shard_id, count = conn.shard
        mine = [g for g in self.guild_ids if (int(g) >> 22) % count == shard_id]
        await self._dispatch(conn, "READY", {
            "v": 10,
            "user": self.bot,
            "guilds": [{"id": g, "unavailable": True} for g in mine],
            "session_id": conn.session_id,
            "session_type": "normal",
            "resume_gateway_url": self.gateway_url,
            "shard": [shard_id, count],
            "application": {"id": self.APPLICATION_ID, "flags": 0},
            "private_channels": [],
            "relationships": [],
            "presences": [],
            "guild_join_requests": [],
            "geo_ordered_rtc_regions": [],
            "user_settings": {},
            "_trace": ["[\"standin-gateway\"]"],
        })
        for gid in mine:
            await self._dispatch(conn, "GUILD_CREATE", self.guilds[gid])

    async def _resume(self, conn: _Connection, data: dict[str, Any]) -> None:
        if data.get("token") != self.token:
            await conn.close(4004, "Authentication failed.")
            return
        # Nothing was missed in a test: say RESUMED and carry on from the client's seq.
        conn.seq = int(data.get("seq") or 0)
        conn.session_id = str(data.get("session_id") or "")
        conn.identified = True
        await self._dispatch(conn, "RESUMED", {"_trace": ["[\"standin-gateway\"]"]})


def _json(data: Any, status: int = 200) -> web.Response:
    # Exactly "application/json", as Discord sends it: discord.py compares the header verbatim
    # and treats anything else (even with "; charset=utf-8") as plain text.
    body = json.dumps(data, ensure_ascii=False).encode("utf-8")
    return web.Response(body=body, status=status, headers={"Content-Type": "application/json"})
