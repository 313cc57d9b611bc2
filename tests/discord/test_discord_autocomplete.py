"""Autocomplete on club, season and round options, fed from the knowledge base and club registry."""

from __future__ import annotations

import kb_fixture


def values(choices: list[dict]) -> list[str]:
    return [c["value"] for c in choices]


async def test_club_names_aliases_nicknames_and_typos(world):
    async with world() as w:
        ask = w.alice.autocomplete
        assert values(await ask(w.channel, "score", "club", "courtrai")) == ["KV Kortrijk"]
        assert values(await ask(w.channel, "score", "opponent", "de Kerels")) == ["KV Kortrijk"]
        assert values(await ask(w.channel, "scorers", "club", "kortijk")) == ["KV Kortrijk"]
        assert values(await ask(w.channel, "cup", "club", "rouches")) == ["Standard Liège"]
        # Several clubs fit: the one with matches in the knowledge base first.
        assert values(await ask(w.channel, "history", "club", "gen")) == ["KRC Genk", "KAA Gent"]
        assert await ask(w.channel, "history", "club", "xq") == []


async def test_empty_club_shows_the_clubs_with_matches(world):
    async with world() as w:
        choices = await w.alice.autocomplete(w.channel, "score", "club", "")
        assert values(choices) == ["KRC Genk", "KV Kortrijk", "KV Oostende", "SV Zulte Waregem",
                                   "Standard Liège"]
        assert all(c["name"] == c["value"] for c in choices)


async def test_at_most_25_choices(world, kb_dir):
    clubs = kb_fixture.add_every_club(kb_dir)
    assert len(clubs) > 25
    async with world() as w:
        choices = await w.alice.autocomplete(w.channel, "score", "club", "")
        assert len(choices) == 25
        assert values(choices) == clubs[:25]


async def test_seasons_newest_first_and_the_clubs_own_first(world):
    async with world() as w:
        ask = w.alice.autocomplete
        assert values(await ask(w.channel, "winner", "season", "")) == ["2017-18", "2016-17"]
        assert values(await ask(w.channel, "finalists", "season", "2016")) == ["2016-17"]
        filled = await ask(w.channel, "score", "season", "", club="SV Zulte Waregem")
        assert values(filled) == ["2016-17", "2017-18"]


async def test_rounds_final_first_in_the_users_language(world):
    async with world() as w:
        rounds = await w.alice.autocomplete(w.channel, "score", "round", "")
        assert values(rounds) == ["final", "semi-final", "quarter-final", "round of 16",
                                  "round of 32", "round of 64"]
        semi = await w.alice.autocomplete(w.channel, "scorers", "round", "semi")
        assert semi == [{"name": "semi-final", "value": "semi-final"}]
