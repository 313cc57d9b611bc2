"""Finding, reading and validating config.yaml; errors name the key that is wrong.

Which settings file: `--config FILE`, else the file named by CUPBOT_CONFIG, else
`config.yaml` in the working directory, else `config.yaml` in the user's config folder
(`kb stats` names the files in use), else the defaults. Which knowledge base: `--kb DIR`, else
CUPBOT_KB, else `knowledge_base` in the settings file, else `kb` in the user's data folder,
built from the bundled demo reports on first use.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

from bot.locations import default_kb_dir, user_config_file
from knowledge.reference_loader import ReferenceError, load_yaml

CONFIG_ENV = "CUPBOT_CONFIG"
KB_ENV = "CUPBOT_KB"
CONFIG_NAME = "config.yaml"
LANGUAGES = ("nl", "fr", "en")
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")


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
class LogSettings:
    level: str = "INFO"
    # A rotating log file besides standard error (None: standard error only).
    file: Path | None = None
    max_bytes: int = 5_000_000
    backups: int = 3

    @property
    def level_number(self) -> int:
        return logging.getLevelName(self.level)


@dataclass
class IngestSettings:
    # a larger report is refused unread; a report whose extraction takes longer is skipped
    max_report_bytes: int = 1_000_000
    report_seconds: float = 60.0


@dataclass
class Settings:
    # the settings file read (None: the defaults, no file found)
    path: Path | None
    knowledge_base: Path
    competition: str = "belgian-cup"
    default_language: str = "nl"
    context_ttl_seconds: float = 900.0
    discord: DiscordSettings = field(default_factory=DiscordSettings)
    logging: LogSettings = field(default_factory=LogSettings)
    ingest: IngestSettings = field(default_factory=IngestSettings)
    # True when the knowledge base is the default one in the user's data folder, which is
    # built from the bundled demo reports when it does not exist yet.
    default_kb: bool = False


def _expect(value: object, kind: type | tuple[type, ...], key: str, path: Path) -> object:
    # bool is an int in Python; a "true" where a number belongs is still a mistake.
    if isinstance(value, bool) and kind in (int, float, (int, float)):
        raise ConfigError(f"{path}: '{key}' must be a number, not {value!r}")
    if not isinstance(value, kind):
        names = kind.__name__ if isinstance(kind, type) else " or ".join(k.__name__ for k in kind)
        raise ConfigError(f"{path}: '{key}' must be {names}, not {value!r}")
    return value


def find_config(explicit: Path | None = None) -> Path | None:
    """The settings file to read (see the module docstring); None: use the defaults."""
    if explicit:
        return Path(explicit)
    if os.environ.get(CONFIG_ENV):
        return Path(os.environ[CONFIG_ENV])
    for candidate in (Path.cwd() / CONFIG_NAME, user_config_file()):
        if candidate.is_file():
            return candidate
    return None


def load_settings(path: Path | None = None) -> Settings:
    """Find and read the settings file, validate every key, resolve paths."""
    path = find_config(path)
    try:
        raw = load_yaml(path) if path else {}
    except ReferenceError as exc:
        raise ConfigError(str(exc)) from exc
    where = path or Path(CONFIG_NAME)
    known = {"knowledge_base", "competition", "default_language", "context_ttl_seconds",
             "discord", "logging", "ingest"}
    for key in raw:
        if key not in known:
            raise ConfigError(f"{where}: unknown key '{key}' (known: {', '.join(sorted(known))})")
    kb, default_kb = _knowledge_base(raw, where)
    found, path = path, where  # errors name the file, or config.yaml when there is none
    lang = _expect(raw.get("default_language", "nl"), str, "default_language", path)
    if lang not in LANGUAGES:
        raise ConfigError(f"{path}: 'default_language' must be one of {', '.join(LANGUAGES)}")
    ttl = _expect(raw.get("context_ttl_seconds", 900), (int, float), "context_ttl_seconds", path)
    if ttl <= 0:
        raise ConfigError(f"{path}: 'context_ttl_seconds' must be positive")
    settings = Settings(
        path=found,
        knowledge_base=kb,
        competition=_expect(raw.get("competition", "belgian-cup"), str, "competition", path),
        default_language=lang,
        context_ttl_seconds=float(ttl),
        discord=_discord_settings(raw.get("discord") or {}, path),
        logging=_log_settings(raw.get("logging") or {}, path),
        ingest=_ingest_settings(raw.get("ingest") or {}, path),
        default_kb=default_kb,
    )
    return settings


def _knowledge_base(raw: dict, path: Path) -> tuple[Path, bool]:
    """The knowledge-base folder, and whether it is the default one."""
    if os.environ.get(KB_ENV):
        return Path(os.environ[KB_ENV]).expanduser().resolve(), False
    if raw.get("knowledge_base") is not None:
        kb = _expect(raw["knowledge_base"], str, "knowledge_base", path)
        return (path.parent / Path(kb).expanduser()).resolve(), False
    return default_kb_dir(), True


def _ingest_settings(raw: object, path: Path) -> IngestSettings:
    _expect(raw, dict, "ingest", path)
    for key in raw:
        if key not in ("max_report_bytes", "report_seconds"):
            raise ConfigError(f"{path}: unknown key 'ingest.{key}'")
    out = IngestSettings()
    out.max_report_bytes = _expect(raw.get("max_report_bytes", out.max_report_bytes), int,
                                   "ingest.max_report_bytes", path)
    out.report_seconds = float(_expect(raw.get("report_seconds", out.report_seconds),
                                       (int, float), "ingest.report_seconds", path))
    if out.max_report_bytes < 1 or out.report_seconds <= 0:
        raise ConfigError(f"{path}: 'ingest' needs max_report_bytes >= 1 and "
                          "report_seconds > 0")
    return out


def _log_settings(raw: object, path: Path) -> LogSettings:
    _expect(raw, dict, "logging", path)
    known = {"level", "file", "max_bytes", "backups"}
    for key in raw:
        if key not in known:
            raise ConfigError(f"{path}: unknown key 'logging.{key}'")
    out = LogSettings()
    out.level = str(_expect(raw.get("level", out.level), str, "logging.level", path)).upper()
    if out.level not in LOG_LEVELS:
        raise ConfigError(f"{path}: 'logging.level' must be one of {', '.join(LOG_LEVELS)}")
    file = raw.get("file")
    if file is not None:
        out.file = (path.parent / Path(_expect(file, str, "logging.file", path))
                    .expanduser()).resolve()
    out.max_bytes = _expect(raw.get("max_bytes", out.max_bytes), int, "logging.max_bytes", path)
    out.backups = _expect(raw.get("backups", out.backups), int, "logging.backups", path)
    if out.max_bytes < 10_000 or out.backups < 1:
        raise ConfigError(f"{path}: 'logging' needs max_bytes >= 10000 and backups >= 1")
    return out


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
