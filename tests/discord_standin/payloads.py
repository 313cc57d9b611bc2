"""JSON objects in the shapes Discord's API v10 sends: users, channels, guilds, messages.

Only the fields discord.py 2.x reads (plus a few common ones) are filled in; ids are
snowflakes made from the clock so `created_at` looks sane.
"""

from __future__ import annotations

import itertools
import threading
import time
from datetime import UTC, datetime
from typing import Any

DISCORD_EPOCH_MS = 1420070400000

# Channel types (https://discord.com/developers/docs/resources/channel#channel-object-channel-types)
GUILD_TEXT = 0
DM = 1

_counter = itertools.count(1)
_counter_lock = threading.Lock()


def snowflake() -> str:
    """A fresh, increasing snowflake id (as Discord sends it: a string)."""
    with _counter_lock:
        n = next(_counter)
    ms = int(time.time() * 1000) - DISCORD_EPOCH_MS
    return str((ms << 22) | (n & 0x3FFFFF))


def now_iso() -> str:
    return datetime.now(UTC).isoformat()


def user(user_id: str, name: str, *, bot: bool = False) -> dict[str, Any]:
    return {
        "id": str(user_id),
        "username": name,
        "global_name": name,
        "discriminator": "0",
        "avatar": None,
        "bot": bot,
        "system": False,
        "public_flags": 0,
        "flags": 0,
    }


def bot_user(user_id: str, name: str) -> dict[str, Any]:
    """GET /users/@me for a bot account."""
    data = user(user_id, name, bot=True)
    data.update({"verified": True, "mfa_enabled": False, "locale": "en-US", "email": None})
    return data


def application(app_id: str, name: str, owner: dict[str, Any]) -> dict[str, Any]:
    """GET /oauth2/applications/@me (and /applications/@me)."""
    return {
        "id": str(app_id),
        "name": name,
        "icon": None,
        "description": "Cupbot stand-in application",
        "summary": "",
        "type": None,
        "bot_public": False,
        "bot_require_code_grant": False,
        "verify_key": "0" * 64,
        "owner": owner,
        "team": None,
        "flags": 0,
        "tags": [],
        "rpc_origins": [],
        "redirect_uris": [],
        "interactions_endpoint_url": None,
        "role_connections_verification_url": None,
        "approximate_guild_count": 1,
        "bot": owner,
    }


def dm_channel(channel_id: str, recipient: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": str(channel_id),
        "type": DM,
        "last_message_id": None,
        "recipients": [recipient],
        "flags": 0,
    }


def text_channel(channel_id: str, guild_id: str, name: str, position: int = 0) -> dict[str, Any]:
    return {
        "id": str(channel_id),
        "type": GUILD_TEXT,
        "guild_id": str(guild_id),
        "name": name,
        "position": position,
        "permission_overwrites": [],
        "nsfw": False,
        "parent_id": None,
        "topic": None,
        "last_message_id": None,
        "rate_limit_per_user": 0,
        "flags": 0,
    }


def member(user_data: dict[str, Any], roles: list[str] | None = None) -> dict[str, Any]:
    return {
        "user": user_data,
        "nick": None,
        "avatar": None,
        "roles": list(roles or []),
        "joined_at": now_iso(),
        "premium_since": None,
        "deaf": False,
        "mute": False,
        "pending": False,
        "flags": 0,
        "communication_disabled_until": None,
    }


# Everything an @everyone role may do in a plain server, as a permissions bit string.
EVERYONE_PERMISSIONS = str((1 << 10) | (1 << 11) | (1 << 14) | (1 << 15) | (1 << 16) | (1 << 31))


def role(role_id: str, name: str, permissions: str = EVERYONE_PERMISSIONS,
         position: int = 0) -> dict[str, Any]:
    return {
        "id": str(role_id),
        "name": name,
        "color": 0,
        "hoist": False,
        "icon": None,
        "unicode_emoji": None,
        "position": position,
        "permissions": permissions,
        "managed": False,
        "mentionable": False,
        "flags": 0,
    }


def guild(guild_id: str, name: str, owner_id: str, channels: list[dict[str, Any]],
          members: list[dict[str, Any]], roles: list[dict[str, Any]] | None = None
          ) -> dict[str, Any]:
    """A GUILD_CREATE payload for an available guild."""
    return {
        "id": str(guild_id),
        "name": name,
        "icon": None,
        "splash": None,
        "discovery_splash": None,
        "owner_id": str(owner_id),
        "afk_channel_id": None,
        "afk_timeout": 300,
        "verification_level": 0,
        "default_message_notifications": 0,
        "explicit_content_filter": 0,
        "roles": roles if roles is not None else [role(guild_id, "@everyone")],
        "emojis": [],
        "stickers": [],
        "features": [],
        "mfa_level": 0,
        "system_channel_id": None,
        "system_channel_flags": 0,
        "rules_channel_id": None,
        "joined_at": now_iso(),
        "large": False,
        "unavailable": False,
        "member_count": len(members),
        "voice_states": [],
        "members": members,
        "channels": channels,
        "threads": [],
        "presences": [],
        "stage_instances": [],
        "guild_scheduled_events": [],
        "soundboard_sounds": [],
        "premium_tier": 0,
        "premium_subscription_count": 0,
        "preferred_locale": "nl",
        "nsfw_level": 0,
        "premium_progress_bar_enabled": False,
        "application_id": None,
        "description": None,
        "banner": None,
        "vanity_url_code": None,
    }


def message(channel_id: str, author: dict[str, Any], content: str, *,
            guild_id: str | None = None, member_data: dict[str, Any] | None = None,
            embeds: list[dict[str, Any]] | None = None,
            mentions: list[dict[str, Any]] | None = None,
            message_id: str | None = None, extra: dict[str, Any] | None = None
            ) -> dict[str, Any]:
    """A message object (MESSAGE_CREATE data, or a REST response)."""
    data: dict[str, Any] = {
        "id": message_id or snowflake(),
        "channel_id": str(channel_id),
        "author": author,
        "content": content,
        "timestamp": now_iso(),
        "edited_timestamp": None,
        "tts": False,
        "mention_everyone": False,
        "mentions": list(mentions or []),
        "mention_roles": [],
        "attachments": [],
        "embeds": list(embeds or []),
        "reactions": [],
        "pinned": False,
        "type": 0,
        "flags": 0,
        "components": [],
    }
    if guild_id is not None:
        data["guild_id"] = str(guild_id)
        if member_data is not None:
            m = dict(member_data)
            m.pop("user", None)
            data["member"] = m
    if extra:
        data.update(extra)
    return data


def slash_command_interaction(*, application_id: str, command_id: str, name: str,
                              options: list[dict[str, Any]], channel: dict[str, Any],
                              invoker: dict[str, Any], guild_id: str | None = None,
                              member_data: dict[str, Any] | None = None,
                              locale: str = "nl", token: str | None = None
                              ) -> dict[str, Any]:
    """An INTERACTION_CREATE payload for a chat-input (slash) command.

    `options` is Discord's list, e.g. [{"name": "question", "type": 3, "value": "..."}].
    In a DM pass `invoker` (a user); in a guild pass `guild_id` and `member_data`.
    """
    data: dict[str, Any] = {
        "id": snowflake(),
        "application_id": str(application_id),
        "type": 2,
        "data": {"id": str(command_id), "name": name, "type": 1, "options": options},
        "channel_id": channel["id"],
        "channel": channel,
        "token": token or f"interaction-token-{snowflake()}",
        "version": 1,
        "locale": locale,
        "app_permissions": str((1 << 11) | (1 << 14) | (1 << 15) | (1 << 10)),
        "entitlements": [],
        "authorizing_integration_owners": {"0": "0"} if guild_id is None else {"0": guild_id},
        "context": 1 if guild_id is None else 0,
        "attachment_size_limit": 8 * 1024 * 1024,
    }
    if guild_id is None:
        data["user"] = invoker
    else:
        data["guild_id"] = str(guild_id)
        data["guild_locale"] = "nl"
        m = dict(member_data or member(invoker))
        m["user"] = invoker
        m.setdefault("permissions", EVERYONE_PERMISSIONS)
        data["member"] = m
    return data
