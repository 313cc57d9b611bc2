"""Who may change the knowledge base: admin roles by id, resolved once at start; Confirm checks
the presser's rights and the preview's age again."""

from __future__ import annotations

import logging
import sys
from dataclasses import replace

import discord
import pytest
from simworld import embed_of, forged_click, make_bot
from test_discord_admin import FILE, REPORT, preview, snapshot

from bot.checks import AdminRoles
from bot.config import ConfigError, load_settings
from bot.discord_app import API_BASE_ENV, TOKEN_ENV, run

REFUSED = ("Only admins (Manage Server permission, or the role Cupbot admin) can change the "
           "knowledge base.")
RELOADED = "Knowledge base reloaded - 4 matches in 2 seasons."
GUILD_ID = 1300000000000000001


def with_roles(settings, roles):
    return replace(settings, discord=replace(settings.discord, admin_roles=roles))


async def test_names_become_role_ids_at_start_and_are_logged(world, caplog):
    caplog.set_level(logging.INFO, logger="bot.checks")
    async with world() as w:
        guild = w.bot.get_guild(w.guild.id)
        assert w.bot.admin_roles.resolve(guild) == {w.admin_role.id}
        assert (await w.admin.slash(w.channel, "kb reload")).response.content == RELOADED
    logged = [r.getMessage() for r in caplog.records if r.name == "bot.checks"]
    assert (f"discord.admin_roles: 'Cupbot admin' in server 'Bekerfans' ({w.guild.id}) is "
            f"role id {w.admin_role.id}") in logged


async def test_a_role_made_later_with_the_admin_roles_name_grants_nothing(world, kb_dir):
    """Anyone with Manage Roles can make a role called "Cupbot admin": rights go by id."""
    before = snapshot(kb_dir)
    async with world() as w:
        for name in ("Cupbot admin", "CUPBOT ADMIN"):
            fake = w.guild.create_role(name)
            mallory = w.guild.add_member(w.env.create_user(f"mallory-{name}"), roles=[fake])
            refused = await mallory.slash(w.channel, "kb ingest", report=(FILE, REPORT))
            assert refused.ephemeral and refused.response.content == REFUSED
        assert snapshot(kb_dir) == before
        assert (await w.admin.slash(w.channel, "kb reload")).response.content == RELOADED
        assert len(w.env.errors) == 2


async def test_a_name_that_fits_several_roles_grants_nothing_and_says_why(world, caplog):
    def second_role(env, guild):
        other = guild.create_role("cupbot Admin")
        guild.add_member(env.create_user("lee"), roles=[other])

    async with world(setup=second_role) as w:
        refused = await w.admin.slash(w.channel, "kb reload")
        assert refused.response.content == REFUSED
        w.env.errors  # noqa: B018 - the refusal seen by the error handler
    errors = [r.getMessage() for r in caplog.records if r.levelname == "ERROR"]
    assert len(errors) == 1
    assert errors[0].startswith(f"discord.admin_roles: the name 'Cupbot admin' fits 2 roles in "
                                f"server 'Bekerfans' ({w.guild.id}): ")
    assert f"{w.admin_role.id} (Cupbot admin)" in errors[0] and "(cupbot Admin)" in errors[0]
    assert "Put the id of the admins' role in admin_roles" in errors[0]


@pytest.mark.parametrize("entry", ["@everyone", "@Here", " @everyone "])
def test_everyone_in_admin_roles_stops_the_bot_at_start(settings, entry):
    with pytest.raises(ConfigError, match="would make every member an admin"):
        make_bot(with_roles(settings, ["Cupbot admin", entry]))


def test_everyone_in_admin_roles_is_a_one_line_error_and_exit_1(settings, monkeypatch, capsys):
    monkeypatch.setenv(TOKEN_ENV, "not-used")
    monkeypatch.delenv(API_BASE_ENV, raising=False)
    assert run(with_roles(settings, ["@everyone"])) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith("python -m bot: error: ") and "'@everyone'" in err


def test_admin_roles_in_the_config_take_ids_and_names(tmp_path):
    config = tmp_path / "config.yaml"
    config.write_text("discord:\n  admin_roles: [1234567890123, \"Cupbot admin\", "
                      "\"2345678901234\"]\n", encoding="utf-8")
    roles = AdminRoles(load_settings(config).discord.admin_roles)
    assert roles.ids == {1234567890123, 2345678901234}
    assert roles.names == ("Cupbot admin",)


async def test_the_everyone_roles_id_grants_nothing(world, caplog):
    """The @everyone role's id is the server's id."""
    async with world(admin_roles=[GUILD_ID], guild_id=GUILD_ID) as w:
        refused = await w.alice.slash(w.channel, "kb reload")
        assert refused.response.content.startswith("Only admins")
        w.env.errors  # noqa: B018
    errors = [r.getMessage() for r in caplog.records if r.levelname == "ERROR"]
    assert errors == [f"discord.admin_roles: {GUILD_ID} is the @everyone role of server "
                      f"'Bekerfans' ({GUILD_ID}); refused, it would make every member an admin"]


async def test_role_ids_are_taken_as_they_are(world):
    async with world() as w:
        w.bot.admin_roles = AdminRoles([str(w.admin_role.id)])
        assert (await w.admin.slash(w.channel, "kb reload")).response.content == RELOADED
        refused = await w.alice.slash(w.channel, "kb reload")
        assert refused.response.content == ("Only admins (Manage Server permission, or the "
                                            f"role {w.admin_role.id}) can change the knowledge "
                                            "base.")
        w.env.errors  # noqa: B018


async def test_confirm_pressed_by_someone_else_writes_nothing(world, kb_dir):
    before = snapshot(kb_dir)
    async with world() as w:
        _, shown = await preview(w)
        for intruder in (w.bob, w.guild.add_member(
                w.env.create_user("mod"), roles=[w.guild.create_role(
                    "Mods", permissions=discord.Permissions(manage_guild=True))])):
            refused = await forged_click(intruder, shown, "Confirm")
            assert refused.ephemeral
            assert refused.response.content == "Only the person who asked can use these buttons."
            assert snapshot(kb_dir) == before
        await w.admin.click(shown, label="Confirm")  # the preview is still the admin's
        assert shown.content.startswith("Written (knowledge base version 2)")


async def test_confirm_after_the_admin_role_was_taken_away_writes_nothing(world, kb_dir, caplog):
    before = snapshot(kb_dir)
    async with world() as w:
        _, shown = await preview(w)
        w.env.backend.remove_member_role(w.guild.id, w.admin.id, w.admin_role.id)
        await w.env.settle()
        await w.admin.click(shown, label="Confirm")
        assert shown.content == f"Nothing was written: {REFUSED}"
        assert shown.message.components == []
        assert snapshot(kb_dir) == before
        answer = await w.alice.slash(w.channel, "score", club="Anderlecht", opponent="Gent")
        assert embed_of(answer.response).title is None
    assert any(r.getMessage() == f"kb ingest of {FILE} refused at Confirm: {w.admin.id} (kim) "
               "is not an admin (any more)" for r in caplog.records)


async def test_confirm_after_the_preview_is_too_old_writes_nothing(world, kb_dir, monkeypatch):
    """The buttons go when the preview expires; Confirm also checks the age itself."""
    before = snapshot(kb_dir)
    async with world() as w:
        # the module as the bot loaded it (an extension is imported afresh at each start)
        monkeypatch.setattr(sys.modules["bot.cogs.admin"], "PREVIEW_MAX_AGE", 60.0)
        _, shown = await preview(w)
        await w.env.advance_time(61)
        await w.admin.click(shown, label="Confirm")
        assert shown.content == ("This preview is too old (more than 1 min); nothing was "
                                 "written. Run the command again.")
        assert shown.message.components == []
        assert snapshot(kb_dir) == before
