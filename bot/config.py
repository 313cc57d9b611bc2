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

import yaml

from bot.locations import default_kb_dir, user_config_file
from knowledge import validation as v
from knowledge.extract.clubs import competitions
from knowledge.ingest import MAX_REPORT_BYTES, REPORT_SECONDS, Limits
from knowledge.reference_loader import ReferenceError

CONFIG_ENV = "CUPBOT_CONFIG"
KB_ENV = "CUPBOT_KB"
CONFIG_NAME = "config.yaml"
LANGUAGES = ("nl", "fr", "en")
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")


class ConfigError(ValueError):
    """config.yaml is missing, malformed or has a bad value; the message names the file, the
    line and the key."""


@dataclass
class DiscordSettings:
    prefix: str = "!cup "
    message_content: bool = False
    # role ids (digits, kept as text) or role names; the bot turns names into ids at start
    # (bot.checks)
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
    max_report_bytes: int = MAX_REPORT_BYTES
    report_seconds: float = REPORT_SECONDS

    @property
    def limits(self) -> Limits:
        return Limits(self.max_report_bytes, self.report_seconds)


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


# Upper bounds that keep a setting sane (a cooldown of a year blocks a user for good).
MAX_CONTEXT_TTL = 7 * 24 * 3600.0
MAX_COOLDOWN = 24 * 3600.0
MAX_CONFIG_BYTES = 1_000_000
MAX_REPORT_SECONDS = 3600.0


def _role(node: yaml.Node, where: str) -> str:
    """A role: its name, or its id (a Discord snowflake, a whole number); kept as text."""
    if isinstance(node, yaml.ScalarNode) and node.tag.endswith(":int"):
        return str(v.integer(1, 2**64 - 1, "a role id")(node, where))
    try:
        return v.text(node, where)
    except v.Problem:
        raise v.Problem(node, where, "must be a role name or a role id (a whole number)") \
            from None


def _shards(node: yaml.Node, where: str) -> str | int:
    if isinstance(node, yaml.ScalarNode) and node.tag.endswith(":str") and \
            node.value in ("off", "auto"):
        return node.value
    try:
        return v.integer(1, 10_000)(node, where)
    except v.Problem:
        raise v.Problem(node, where, 'must be "off", "auto" or a number of shards from 1 to '
                                     '10,000') from None


def _shard_ids_fit(fields: dict, node: yaml.Node, where: str) -> None:
    ids, shards = fields.get("shard_ids") or [], fields.get("shards", "off")
    if ids and not isinstance(shards, int):
        raise v.Problem(v.value_node(node, "shard_ids"), f"{where}.shard_ids",
                        "needs 'discord.shards' set to the total")
    if ids and any(i >= shards for i in ids):
        raise v.Problem(v.value_node(node, "shard_ids"), f"{where}.shard_ids",
                        "must be between 0 and shards-1")


def _level(node: yaml.Node, where: str) -> str:
    value = v.text(node, where).upper()
    if value not in LOG_LEVELS:
        raise v.Problem(node, where, f"must be one of {', '.join(LOG_LEVELS)}, not "
                                     f"{node.value!r}{v.suggestion(value, LOG_LEVELS)}")
    return value


def _schema() -> v.Spec:
    discord = v.each(v.mapping({
        "prefix": v.text,
        "message_content": v.boolean,
        "admin_roles": v.list_of(_role, what="a list of role names or ids"),
        "cooldown": v.optional(v.mapping({
            "rate": v.integer(1, 1000, "a number of questions"),
            "per_seconds": v.number(0, MAX_COOLDOWN, "a number of seconds")})),
        "max_question_length": v.integer(10, 2000, "a number of characters"),
        "guild_ids": v.list_of(v.integer(1, 2**64 - 1, "a server id"), what="a list of ids"),
        "shards": _shards,
        "shard_ids": v.list_of(v.integer(0, 9_999, "a shard id"), what="a list of ids"),
    }), _shard_ids_fit)
    logs = v.mapping({
        "level": _level, "file": v.optional(v.text),
        "max_bytes": v.integer(10_000, 10**12, "a size in bytes"),
        "backups": v.integer(1, 1000, "a number of files"),
    })
    return v.mapping({
        "knowledge_base": v.optional(v.text),
        "competition": v.choice((c.id for c in competitions()), "a competition of "
                                "knowledge/reference/competitions.yaml"),
        "default_language": v.choice(LANGUAGES),
        "context_ttl_seconds": v.number(0, MAX_CONTEXT_TTL, "a number of seconds"),
        "discord": v.optional(discord),
        "logging": v.optional(logs),
        "ingest": v.optional(v.mapping({
            "max_report_bytes": v.integer(1, 10**10, "a size in bytes"),
            "report_seconds": v.number(0, MAX_REPORT_SECONDS, "a number of seconds")})),
    })


def load_settings(path: Path | None = None) -> Settings:
    """Find and read the settings file, validate every key, resolve paths.

    Every key is checked against the schema (known keys only, a typo gets a "did you mean";
    numbers finite and within bounds; true/false as such); a mistake is a ConfigError of one
    line naming the file, the line and the key."""
    path = find_config(path)
    try:
        raw = v.load_checked(path, _schema(), MAX_CONFIG_BYTES) if path else {}
    except ReferenceError as exc:
        raise ConfigError(str(exc)) from exc
    where = path or Path(CONFIG_NAME)
    kb, default_kb = _knowledge_base(raw, where)
    return Settings(
        path=path,
        knowledge_base=kb,
        competition=raw.get("competition", "belgian-cup"),
        default_language=raw.get("default_language", "nl"),
        context_ttl_seconds=float(raw.get("context_ttl_seconds", 900.0)),
        discord=_discord_settings(raw.get("discord") or {}),
        logging=_log_settings(raw.get("logging") or {}, where),
        ingest=_ingest_settings(raw.get("ingest") or {}),
        default_kb=default_kb,
    )


def _knowledge_base(raw: dict, path: Path) -> tuple[Path, bool]:
    """The knowledge-base folder, and whether it is the default one."""
    if os.environ.get(KB_ENV):
        return Path(os.environ[KB_ENV]).expanduser().resolve(), False
    if raw.get("knowledge_base") is not None:
        return (path.parent / Path(raw["knowledge_base"]).expanduser()).resolve(), False
    return default_kb_dir(), True


def _ingest_settings(raw: dict) -> IngestSettings:
    out = IngestSettings()
    out.max_report_bytes = raw.get("max_report_bytes", out.max_report_bytes)
    out.report_seconds = float(raw.get("report_seconds", out.report_seconds))
    return out


def _log_settings(raw: dict, path: Path) -> LogSettings:
    out = LogSettings()
    out.level = raw.get("level", out.level)
    if raw.get("file") is not None:
        out.file = (path.parent / Path(raw["file"]).expanduser()).resolve()
    out.max_bytes = raw.get("max_bytes", out.max_bytes)
    out.backups = raw.get("backups", out.backups)
    return out


def _discord_settings(raw: dict) -> DiscordSettings:
    out = DiscordSettings()
    cooldown = raw.get("cooldown") or {}
    for key, value in (("prefix", raw.get("prefix")),
                       ("message_content", raw.get("message_content")),
                       ("admin_roles", raw.get("admin_roles")),
                       ("cooldown_rate", cooldown.get("rate")),
                       ("cooldown_per_seconds", cooldown.get("per_seconds")),
                       ("max_question_length", raw.get("max_question_length")),
                       ("guild_ids", raw.get("guild_ids")),
                       ("shards", raw.get("shards")),
                       ("shard_ids", raw.get("shard_ids"))):
        if value is not None:
            setattr(out, key, value)
    out.cooldown_per_seconds = float(out.cooldown_per_seconds)
    return out
