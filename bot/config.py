"""Reading and validating config.yaml; errors name the key that is wrong."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from knowledge.reference_loader import ReferenceError, load_yaml

PROJECT_DIR = Path(__file__).resolve().parent.parent
DEFAULT_CONFIG = PROJECT_DIR / "config.yaml"
LANGUAGES = ("nl", "fr", "en")


class ConfigError(ValueError):
    """config.yaml is missing, malformed or has a bad value; the message names the key."""


@dataclass
class DiscordSettings:
    prefix: str = "!cup "
    message_content: bool = False
    admin_roles: list[str] = field(default_factory=list)
    cooldown_rate: int = 5
    cooldown_per_seconds: float = 30.0
    max_question_length: int = 300
    guild_ids: list[int] = field(default_factory=list)
    shards: str | int = "off"
    shard_ids: list[int] = field(default_factory=list)


@dataclass
class Settings:
    path: Path
    knowledge_base: Path
    competition: str = "belgian-cup"
    default_language: str = "nl"
    context_ttl_seconds: float = 900.0
    discord: DiscordSettings = field(default_factory=DiscordSettings)


def _expect(value: object, kind: type | tuple[type, ...], key: str, path: Path) -> object:
    # bool is an int in Python; a "true" where a number belongs is still a mistake.
    if isinstance(value, bool) and kind in (int, float, (int, float)):
        raise ConfigError(f"{path}: '{key}' must be a number, not {value!r}")
    if not isinstance(value, kind):
        names = kind.__name__ if isinstance(kind, type) else " or ".join(k.__name__ for k in kind)
        raise ConfigError(f"{path}: '{key}' must be {names}, not {value!r}")
    return value


def load_settings(path: Path | None = None) -> Settings:
    """Read config.yaml (default: the project's), validate every key, resolve paths."""
    path = Path(path) if path else DEFAULT_CONFIG
    try:
        raw = load_yaml(path)
    except ReferenceError as exc:
        raise ConfigError(str(exc)) from exc
    known = {"knowledge_base", "competition", "default_language", "context_ttl_seconds", "discord"}
    for key in raw:
        if key not in known:
            raise ConfigError(f"{path}: unknown key '{key}' (known: {', '.join(sorted(known))})")
    kb = _expect(raw.get("knowledge_base", "data/kb"), str, "knowledge_base", path)
    lang = _expect(raw.get("default_language", "nl"), str, "default_language", path)
    if lang not in LANGUAGES:
        raise ConfigError(f"{path}: 'default_language' must be one of {', '.join(LANGUAGES)}")
    ttl = _expect(raw.get("context_ttl_seconds", 900), (int, float), "context_ttl_seconds", path)
    if ttl <= 0:
        raise ConfigError(f"{path}: 'context_ttl_seconds' must be positive")
    settings = Settings(
        path=path,
        knowledge_base=(path.parent / kb).resolve(),
        competition=_expect(raw.get("competition", "belgian-cup"), str, "competition", path),
        default_language=lang,
        context_ttl_seconds=float(ttl),
        discord=_discord_settings(raw.get("discord") or {}, path),
    )
    return settings


def _discord_settings(raw: object, path: Path) -> DiscordSettings:
    _expect(raw, dict, "discord", path)
    known = {"prefix", "message_content", "admin_roles", "cooldown", "max_question_length",
             "guild_ids", "shards", "shard_ids"}
    for key in raw:
        if key not in known:
            raise ConfigError(f"{path}: unknown key 'discord.{key}'")
    out = DiscordSettings()
    out.prefix = _expect(raw.get("prefix", out.prefix), str, "discord.prefix", path)
    if not out.prefix.strip():
        raise ConfigError(f"{path}: 'discord.prefix' must not be empty")
    out.message_content = _expect(raw.get("message_content", False), bool,
                                  "discord.message_content", path)
    roles = _expect(raw.get("admin_roles", []), list, "discord.admin_roles", path)
    out.admin_roles = [str(_expect(r, str, "discord.admin_roles[]", path)) for r in roles]
    cooldown = _expect(raw.get("cooldown", {}), dict, "discord.cooldown", path)
    out.cooldown_rate = _expect(cooldown.get("rate", 5), int, "discord.cooldown.rate", path)
    out.cooldown_per_seconds = float(_expect(cooldown.get("per_seconds", 30), (int, float),
                                             "discord.cooldown.per_seconds", path))
    if out.cooldown_rate < 1 or out.cooldown_per_seconds <= 0:
        raise ConfigError(f"{path}: 'discord.cooldown' needs rate >= 1 and per_seconds > 0")
    out.max_question_length = _expect(raw.get("max_question_length", 300), int,
                                      "discord.max_question_length", path)
    if not 10 <= out.max_question_length <= 2000:
        raise ConfigError(f"{path}: 'discord.max_question_length' must be 10..2000")
    guilds = _expect(raw.get("guild_ids", []), list, "discord.guild_ids", path)
    out.guild_ids = [_expect(g, int, "discord.guild_ids[]", path) for g in guilds]
    shards = raw.get("shards", "off")
    if shards not in ("off", "auto") and not (isinstance(shards, int) and not
                                               isinstance(shards, bool) and shards >= 1):
        raise ConfigError(f"{path}: 'discord.shards' must be \"off\", \"auto\" or a number >= 1")
    out.shards = shards
    ids = _expect(raw.get("shard_ids", []), list, "discord.shard_ids", path)
    out.shard_ids = [_expect(i, int, "discord.shard_ids[]", path) for i in ids]
    if out.shard_ids and not isinstance(shards, int):
        raise ConfigError(f"{path}: 'discord.shard_ids' needs 'discord.shards' set to the total")
    if out.shard_ids and any(not 0 <= i < shards for i in out.shard_ids):
        raise ConfigError(f"{path}: 'discord.shard_ids' must be between 0 and shards-1")
    return out
