"""Limits: replies cut to Discord's sizes with a visible mark; one cooldown budget for
questions, /help, autocomplete and buttons; a reload that fails after a write says so."""

from __future__ import annotations

import logging
import sys

import discord
from simworld import bot_messages, embed_of
from test_discord_admin import FILE, preview, snapshot

from bot.safety import (
    EMBED_TOTAL_LIMIT,
    MESSAGE_LIMIT,
    TRUNCATED,
    UserCooldown,
    fit_embed,
    truncate,
)
from knowledge.reference_loader import ReferenceError

COOLDOWN = "Easy! You can ask again in 60 s."


def test_truncate_marks_what_it_cuts():
    assert truncate("short") == "short"
    cut = truncate("x" * 2500)
    assert len(cut) == MESSAGE_LIMIT and cut.endswith(TRUNCATED) and cut.startswith("xxx")
    assert truncate("abcdefghijklmnopqrstuvwxyz", 20) == "abcdefgh…(truncated)"


def test_fit_embed_keeps_every_limit():
    embed = discord.Embed(title="t" * 300, description="d" * 5000)
    for i in range(30):
        embed.add_field(name="n" * 300, value=f"{i} " + "v" * 2000)
    embed.set_footer(text="f" * 3000)
    fit_embed(embed)
    assert len(embed) <= EMBED_TOTAL_LIMIT
    assert len(embed.title) == 256 and embed.title.endswith(TRUNCATED)
    assert len(embed.fields) <= 25
    assert all(len(f.name) <= 256 and len(f.value) <= 1024 for f in embed.fields)
    assert TRUNCATED in (embed.description or "") or embed.fields[-1].value.endswith(TRUNCATED)
    small = discord.Embed(title="fine", description="also fine")
    assert fit_embed(small).to_dict() == discord.Embed(title="fine",
                                                       description="also fine").to_dict()


def test_costs_share_one_budget(monkeypatch):
    now = [0.0]
    monkeypatch.setattr("bot.safety.time.monotonic", lambda: now[0])
    cooldown = UserCooldown(rate=1, per=10.0)
    assert all(cooldown.hit(1, 0.2) is None for _ in range(5))  # five autocompletes
    assert cooldown.hit(1, 0.2) == 10.0 and cooldown.hit(1) == 10.0
    now[0] = 10.0
    assert cooldown.hit(1, 0.5) is None and cooldown.hit(1, 0.5) is None
    assert cooldown.hit(1, 0.5) is not None


async def test_a_long_admin_error_is_cut_and_marked(world):
    async with world() as w:
        def broken():
            raise ReferenceError("corrections.yaml: " + "a very long problem " * 300)

        w.bot.load_kb = broken
        result = await w.admin.slash(w.channel, "kb reload")
        text = result.response.content
        assert len(text) == MESSAGE_LIMIT and text.endswith(TRUNCATED)
        assert text.startswith("Reload failed; the previous knowledge base stays in use: "
                               "corrections.yaml: a very long problem")


async def test_a_long_error_at_confirm_is_cut_and_marked(world, kb_dir, monkeypatch):
    before = snapshot(kb_dir)
    async with world() as w:
        def failing(*args):
            raise OSError("disk trouble " * 400)

        monkeypatch.setattr(sys.modules["bot.cogs.admin"], "apply_plan", failing)
        _, shown = await preview(w)
        await w.admin.click(shown, label="Confirm")
        assert len(shown.content) == MESSAGE_LIMIT and shown.content.endswith(TRUNCATED)
        assert shown.content.startswith("Writing failed; the knowledge base is unchanged: disk")
        assert snapshot(kb_dir) == before
        assert all(len(body.get("content") or "") <= MESSAGE_LIMIT
                   for body in bot_messages(w.env))


async def test_help_counts_against_the_cooldown(world):
    async with world(cooldown_rate=2, cooldown_per_seconds=60.0) as w:
        for _ in range(2):
            assert embed_of((await w.alice.slash(w.channel, "help")).response).title == "Cupbot"
        refused = await w.alice.slash(w.channel, "help")
        assert refused.ephemeral and refused.response.content == COOLDOWN
        assert len(w.env.errors) == 1


async def test_autocomplete_past_the_cooldown_offers_nothing(world):
    async with world(cooldown_rate=2, cooldown_per_seconds=60.0) as w:
        assert (await w.alice.slash(w.channel, "winner")).response.embeds  # 1 of 2
        for _ in range(5):  # a fifth each
            assert await w.alice.autocomplete(w.channel, "score", "club", "genk")
        assert await w.alice.autocomplete(w.channel, "score", "club", "genk") == []
        assert await w.alice.autocomplete(w.channel, "winner", "season", "") == []
        refused = await w.alice.slash(w.channel, "winner")  # the budget is shared
        assert refused.response.content == COOLDOWN
        assert await w.bob.autocomplete(w.channel, "score", "club", "genk")  # bob has his own
        await w.env.advance_time(60)
        assert await w.alice.autocomplete(w.channel, "score", "club", "genk")
        w.env.errors  # noqa: B018 - the refused /winner


async def test_admin_autocomplete_is_limited_too(world):
    async with world(cooldown_rate=1, cooldown_per_seconds=60.0) as w:
        for _ in range(5):
            await w.admin.autocomplete(w.channel, "kb remove", "report", "finale")
        assert await w.admin.autocomplete(w.channel, "kb remove", "report", "finale") == []


async def test_buttons_count_against_the_cooldown(world):
    async with world(cooldown_rate=2, cooldown_per_seconds=60.0) as w:
        result = await w.alice.slash(w.channel, "score", club="KRC Genk", opponent="KV Kortrijk")
        await w.alice.click(result.response, label="Next")  # 1.5 of 2
        await w.alice.click(result.response, label="Previous")  # 2 of 2
        refused = await w.alice.click(result.response, label="Next")
        assert refused.ephemeral and refused.response.content == COOLDOWN
        assert embed_of(w.channel.last_message).title == "KRC Genk 1-0 KV Kortrijk"  # page 1
        others = [await w.bob.click(result.response, label="Next") for _ in range(5)]
        assert others[0].response.content == "Only the person who asked can use these buttons."
        assert others[-1].response.content == COOLDOWN  # pressing others' buttons costs too
        await w.env.advance_time(60)
        await w.alice.click(result.response, label="Next")
        assert embed_of(w.channel.last_message).title == "KV Kortrijk 3-2 KRC Genk"


async def test_a_reload_failing_after_the_write_says_what_was_written(world, kb_dir, caplog):
    caplog.set_level(logging.INFO, logger="bot.cogs.admin")
    async with world() as w:
        _, shown = await preview(w)
        (kb_dir / "corrections.yaml").write_text("matches: [", encoding="utf-8")
        await w.admin.click(shown, label="Confirm")
        text = shown.content
        assert text.startswith(
            f"Written to the knowledge base (version 2): {kb_dir / 'cupbot.db'} (report {FILE} "
            "ingested; seasons 2018-19). But the running bot could not read it back, so Cupbot "
            "still answers from the knowledge base it had before this change: ")
        assert "corrections.yaml: line 2, column 1" in text
        assert text.endswith("\nFix that, then run /kb reload (or restart the bot). Do not make "
                             "the change again: it is saved.")
        assert "unchanged" not in text
        assert shown.message.components == []
        version, _, reports = snapshot(kb_dir)
        assert version == 2 and reports == [FILE]
        old = await w.alice.slash(w.channel, "score", club="Anderlecht", opponent="Gent")
        assert embed_of(old.response).title is None  # still the old knowledge base

        (kb_dir / "corrections.yaml").unlink()
        reloaded = await w.admin.slash(w.channel, "kb reload")
        assert reloaded.response.content == "Knowledge base reloaded - 5 matches in 3 seasons."
        new = await w.alice.slash(w.channel, "score", club="Anderlecht", opponent="Gent")
        assert embed_of(new.response).title == "RSC Anderlecht 2-1 KAA Gent"
    messages = [r.getMessage() for r in caplog.records]
    assert sum(m.startswith("kb ingest by") for m in messages) == 1  # the write is logged
    assert any(m.startswith(f"kb ingest of {FILE} by {w.admin.id} (kim): written (version 2) "
                            "but the running bot could not load it") for m in messages)
