"""Fixtures for the Discord tests. Tests are `async def`; the hook below runs each one in its
own event loop with asyncio.run (no pytest-asyncio needed)."""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Callable
from contextlib import AbstractAsyncContextManager
from dataclasses import replace
from pathlib import Path

import kb_fixture
import pytest
from simworld import Setup, World, open_world

from bot.config import DiscordSettings, Settings


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem: pytest.Function) -> bool | None:
    """Run `async def` tests of this folder with asyncio.run."""
    if not inspect.iscoroutinefunction(pyfuncitem.obj):
        return None
    names = pyfuncitem._fixtureinfo.argnames
    asyncio.run(pyfuncitem.obj(**{name: pyfuncitem.funcargs[name] for name in names}))
    return True


@pytest.fixture
def kb_dir(tmp_path: Path) -> Path:
    return kb_fixture.write_kb(tmp_path / "kb")


@pytest.fixture
def settings(kb_dir: Path, tmp_path: Path) -> Settings:
    return Settings(path=tmp_path / "config.yaml", knowledge_base=kb_dir,
                    discord=DiscordSettings(admin_roles=["Cupbot admin"], cooldown_rate=5,
                                            cooldown_per_seconds=30.0,
                                            max_question_length=300))


@pytest.fixture
def world(settings: Settings) -> Callable[..., AbstractAsyncContextManager[World]]:
    """`async with world() as w:`; keyword arguments change the Discord settings, except
    `setup` (a function of the simcord env and the server, run before the bot starts) and
    `guild_id` (the server's id)."""

    def opener(setup: Setup | None = None, guild_id: int | None = None,
               **discord_changes: object) -> AbstractAsyncContextManager[World]:
        changed = replace(settings, discord=replace(settings.discord, **discord_changes))
        return open_world(changed, setup=setup, guild_id=guild_id)

    return opener


