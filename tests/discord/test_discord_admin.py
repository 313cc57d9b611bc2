"""/kb ingest and /kb reload: preview, Confirm / Cancel, who may use them, limits, logging."""

from __future__ import annotations

import logging
from pathlib import Path

import discord
import kb_fixture
import pytest
import simcord
from simworld import embed_of, open_world

from knowledge.ingest import ingest_paths

# A made-up two-paragraph Dutch report, with the header line reports start with.
REPORT = b"""date 2019-01-16
Anderlecht naar de kwartfinale na zege tegen Gent

Anderlecht heeft zich woensdagavond geplaatst voor de kwartfinales van de Croky Cup. In het \
Lotto Park won paars-wit met 2-1 van KAA Gent in de achtste finale. Kapitein Sven Kums opende \
in de 23ste minuut de score, Gent kwam via Jonathan David op gelijke hoogte (51').

Tien minuten voor tijd besliste Adrien Trebel de wedstrijd met een strafschop. Anderlecht speelt \
in de kwartfinale tegen KV Mechelen.
"""
FILE = "anderlecht-gent.txt"


def snapshot(kb_dir: Path) -> tuple[int, str, list[str]]:
    return kb_fixture.snapshot(kb_dir)


async def preview(w, actor=None):
    result = await (actor or w.admin).slash(w.channel, "kb ingest", report=(FILE, REPORT))
    assert result.ephemeral
    return result, result.response


async def test_ingest_shows_a_preview_and_writes_only_on_confirm(world, kb_dir, caplog):
    caplog.set_level(logging.INFO, logger="bot.cogs.admin")
    before = snapshot(kb_dir)
    async with world() as w:
        _, shown = await preview(w)
        embed = embed_of(shown)
        assert embed.title == f"Preview: {FILE}"
        assert embed.description == "Nothing is written until you press Confirm."
        added = embed.fields[0]
        assert added.name == "Matches added (1)"
        assert added.value.startswith("• ") and "RSC Anderlecht 2-1 KAA Gent" in added.value
        assert [c.label for c in shown.message.components[0].children] == ["Confirm", "Cancel"]
        assert snapshot(kb_dir) == before

        await w.admin.click(shown, label="Confirm")
        assert shown.content == ("Written (knowledge base version 2); Cupbot now answers from "
                                 "the new knowledge base.")
        assert shown.message.components == []
        version, facts, reports = snapshot(kb_dir)
        assert version == before[0] + 1 and reports == [FILE]
        assert "season: \"2018-19\"" in facts and facts.startswith(before[1])

        answer = await w.alice.slash(w.channel, "score", club="Anderlecht", opponent="Gent")
        assert embed_of(answer.response).title == "RSC Anderlecht 2-1 KAA Gent"
    logged = [r.getMessage() for r in caplog.records if "kb ingest by" in r.getMessage()]
    assert len(logged) == 1
    assert logged[0].startswith(f"kb ingest by {w.admin.id} (kim): file {FILE}; added [")
    assert "RSC Anderlecht 2-1 KAA Gent" in logged[0] and "seasons ['2018-19']" in logged[0]


async def test_cancel_writes_nothing(world, kb_dir):
    before = snapshot(kb_dir)
    async with world() as w:
        _, shown = await preview(w)
        await w.admin.click(shown, label="Cancel")
        assert shown.content == "Cancelled; nothing was written."
        assert snapshot(kb_dir) == before
        answer = await w.alice.slash(w.channel, "score", club="Anderlecht", opponent="Gent")
        assert embed_of(answer.response).title is None  # no such match: an unknown answer


async def test_preview_expires_without_writing(world, kb_dir):
    before = snapshot(kb_dir)
    async with world() as w:
        _, shown = await preview(w)
        await w.env.advance_time(121)
        assert shown.content == "No answer in time; nothing was written."
        assert shown.message.components == []
        assert snapshot(kb_dir) == before


async def test_only_the_invoking_admin_sees_the_buttons(world):
    async with world() as w:
        _, shown = await preview(w)
        with pytest.raises(simcord.SetupError, match="not visible"):
            await w.bob.click(shown, label="Confirm")


async def test_a_report_already_ingested_offers_nothing_to_confirm(world):
    async with world() as w:
        _, shown = await preview(w)
        await w.admin.click(shown, label="Confirm")
        _, again = await preview(w)
        assert embed_of(again).description == "This report is already in the knowledge base."
        assert again.message.components == []


async def test_a_preview_made_before_another_change_is_stale(world, kb_dir, tmp_path):
    """A command-line ingest between the preview and Confirm: Confirm must not overwrite it."""
    other = tmp_path / "other.txt"
    other.write_bytes(REPORT.replace(b"2-1", b"3-1").replace(b"Gent", b"Genk"))
    async with world() as w:
        _, first = await preview(w)
        ingest_paths([other], kb_dir)
        before = snapshot(kb_dir)
        await w.admin.click(first, label="Confirm")
        assert first.content == ("The knowledge base changed since this preview; ingest the "
                                 "report again.")
        assert snapshot(kb_dir) == before and before[2] == ["other.txt"]


async def test_members_without_the_role_or_permission_are_refused(world, kb_dir):
    before = snapshot(kb_dir)
    async with world() as w:
        for command, options in (("kb ingest", {"report": (FILE, REPORT)}), ("kb reload", {})):
            result = await w.alice.slash(w.channel, command, **options)
            assert result.ephemeral and not result.deferred
            assert result.response.content == (
                "Only admins (Manage Server permission, or the role Cupbot admin) can change the "
                "knowledge base.")
        assert snapshot(kb_dir) == before
        assert len(w.env.errors) == 2


async def test_manage_server_permission_is_enough(world):
    async with world() as w:
        mods = w.guild.create_role("Mods", permissions=discord.Permissions(manage_guild=True))
        mod = w.guild.add_member(w.env.create_user("mod"), roles=[mods])
        result = await mod.slash(w.channel, "kb reload")
        assert result.response.content == ("Knowledge base reloaded - 4 matches in 2 "
                                               "seasons.")


async def test_refused_in_a_dm(world):
    async with world() as w:
        result = await w.admin.user.slash("kb reload")
        assert result.ephemeral
        assert result.response.content == ("The knowledge-base commands only work in a server, "
                                           "not in direct messages.")
        w.env.errors  # noqa: B018 - acknowledge the refusal seen by the error handler


@pytest.mark.parametrize(("name", "data", "message"), [
    ("big.txt", b"a" * 1_000_001, "That file is too big (1001 KB); at most 1000 KB."),
    ("photo.png", b"\x89PNG\r\n\x1a\n", "That file is not a plain-text report (UTF-8 text, "
                                        "e.g. .txt)."),
])
async def test_big_or_non_text_files_are_refused(world, kb_dir, name, data, message):
    before = snapshot(kb_dir)
    async with world() as w:
        result = await w.admin.slash(w.channel, "kb ingest", report=(name, data))
        assert result.ephemeral and result.response.content == message
        assert snapshot(kb_dir) == before
        w.env.errors  # noqa: B018


async def test_the_upload_limit_is_the_configured_one(settings, kb_dir):
    settings.ingest.max_report_bytes = 2000
    before = snapshot(kb_dir)
    async with open_world(settings) as w:
        result = await w.admin.slash(w.channel, "kb ingest", report=("r.txt", b"a" * 2001))
        assert result.response.content == "That file is too big (3 KB); at most 2 KB."
        assert snapshot(kb_dir) == before
        w.env.errors  # noqa: B018


async def test_binary_content_in_a_text_file_is_refused(world):
    async with world() as w:
        result = await w.admin.slash(w.channel, "kb ingest", report=("r.txt", b"date\x00\x01"))
        assert result.response.content == ("That file is not a plain-text report (UTF-8 "
                                               "text, e.g. .txt).")


async def test_reload_picks_up_changes_on_disk(world, kb_dir):
    async with world() as w:
        kb_fixture.add_every_club(kb_dir)
        result = await w.admin.slash(w.channel, "kb reload")
        assert result.ephemeral
        assert result.response.content == ("Knowledge base reloaded - 20 matches in 3 "
                                               "seasons.")
        choices = await w.alice.autocomplete(w.channel, "score", "club", "")
        assert len(choices) == 25


async def test_a_broken_knowledge_base_is_not_loaded(world, kb_dir):
    async with world() as w:
        (kb_dir / "corrections.yaml").write_text("matches: [", encoding="utf-8")
        result = await w.admin.slash(w.channel, "kb reload")
        assert result.response.content.startswith(
            "Reload failed; the previous knowledge base stays in use: ")
        assert "corrections.yaml: line 2, column 1" in result.response.content
        answer = await w.alice.slash(w.channel, "winner", season="2017-18")
        assert embed_of(answer.response).title == "Standard Liège 1-0 KRC Genk"


async def test_list_and_show_answer_admins_privately(world):
    async with world() as w:
        listed = await w.admin.slash(w.channel, "kb list")
        assert listed.ephemeral
        assert "2017-18 belgian-cup: 3 matches (semi-final 2, final 1)" in listed.response.content
        assert listed.response.content.startswith("```\nknowledge base ")
        shown = await w.admin.slash(w.channel, "kb show", what="2016-17")
        text = shown.response.content
        assert "2016-17 final: SV Zulte Waregem 3-3 KV Oostende" in text
        assert "[finale-2017.txt, 2017-03-18] Zulte Waregem won de finale" in text
        missing = await w.admin.slash(w.channel, "kb show", what="nope.txt")
        assert missing.response.content.startswith("nope.txt: not a report, season")
        refused = await w.alice.slash(w.channel, "kb list")
        assert refused.response.content.startswith("Only admins")
        w.env.errors  # noqa: B018 - the refusal seen by the error handler


async def test_remove_shows_what_goes_and_takes_it_back_on_confirm(world, kb_dir):
    async with world() as w:
        before = snapshot(kb_dir)
        result = await w.admin.slash(w.channel, "kb remove", report="finale-2017.txt")
        shown = result.response
        assert shown.content.startswith("Nothing is written until you press Confirm.\n```\n"
                                        "finale-2017.txt: 1 facts removed, 1 changed")
        assert "- 2016-17 final: SV Zulte Waregem 3-3 KV Oostende" in shown.content
        assert snapshot(kb_dir) == before
        await w.admin.click(shown, label="Confirm")
        assert shown.content.startswith("Written (knowledge base version 2)")
        answer = await w.alice.slash(w.channel, "score", club="Zulte Waregem", opponent="Oostende")
        assert embed_of(answer.response).title is None  # the match is gone
        final = await w.alice.slash(w.channel, "winner", season="2017-18")
        assert embed_of(final.response).title == "Standard Liège 1-0 KRC Genk"


async def test_a_removal_previewed_before_an_ingest_is_stale(world, kb_dir):
    async with world() as w:
        result = await w.admin.slash(w.channel, "kb remove", report="finale-2017.txt")
        ingest_paths([_write(kb_dir.parent / FILE, REPORT)], kb_dir)
        before = snapshot(kb_dir)
        await w.admin.click(result.response, label="Confirm")
        assert result.response.content.startswith("The knowledge base changed since this preview")
        assert snapshot(kb_dir) == before


async def test_remove_offers_the_ingested_reports(world):
    async with world() as w:
        _, shown = await preview(w)
        await w.admin.click(shown, label="Confirm")
        choices = await w.admin.autocomplete(w.channel, "kb remove", "report", "anderlecht")
        assert [c["value"] for c in choices] == [FILE]


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path
