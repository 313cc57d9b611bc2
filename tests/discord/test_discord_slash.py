"""Slash commands: each command's answer, pages, "which one?", limits, cooldown, localisation."""

from __future__ import annotations

import pytest
import simcord
from simworld import bot_messages, embed_of, embed_text, no_pings


def fields(embed) -> dict[str, str]:
    return {f.name: f.value for f in embed.fields}


async def test_ask_answers_in_the_channel(world):
    async with world() as w:
        result = await w.alice.slash(w.channel, "ask",
                                     question="wie scoorde voor Genk tegen Kortrijk?")
        assert result.acknowledged and not result.ephemeral
        embed = embed_of(result.response)
        assert embed.title == "KRC Genk 1-0 KV Kortrijk"
        assert "Mbwana Samatta" in fields(embed)["Doelpunten"]


async def test_ask_in_a_dm(world):
    async with world() as w:
        result = await w.alice.user.slash("ask", question="qui a gagné la coupe 2017-18 ?")
        embed = embed_of(result.response)
        assert "Standard Liège a gagné" in embed.description
        assert fields(embed)["Tour"] == "finale"


async def test_score_pages_through_both_legs(world):
    async with world() as w:
        result = await w.alice.slash(w.channel, "score", club="KRC Genk", opponent="KV Kortrijk")
        first = embed_of(result.response)
        assert first.title == "KRC Genk 1-0 KV Kortrijk"
        assert first.footer.text.startswith("1/2 · ")
        assert "genk-kortrijk-terug.txt" in first.footer.text
        assert fields(first)["Aggregate"].startswith("3-3")
        message = result.response
        await w.alice.click(message, label="Next")
        second = embed_of(w.channel.last_message)
        assert second.title == "KV Kortrijk 3-2 KRC Genk"
        assert fields(second)["Leg"] == "first leg" and fields(second)["Venue"] == \
            "Guldensporenstadion"
        with pytest.raises(simcord.SetupError):  # last page: Next is disabled
            await w.alice.click(message, label="Next")
        await w.alice.click(message, label="Previous")
        assert embed_of(w.channel.last_message).title == "KRC Genk 1-0 KV Kortrijk"


async def test_only_the_asker_can_turn_the_pages(world):
    async with world() as w:
        result = await w.alice.slash(w.channel, "score", club="KRC Genk", opponent="KV Kortrijk")
        other = await w.bob.click(result.response, label="Next")
        assert other.ephemeral
        assert other.response.content == "Only the person who asked can use these buttons."
        assert embed_of(w.channel.last_message).title == "KRC Genk 1-0 KV Kortrijk"


async def test_page_buttons_go_away_after_the_timeout(world):
    async with world() as w:
        result = await w.alice.slash(w.channel, "score", club="KRC Genk", opponent="KV Kortrijk")
        assert result.response.components
        await w.env.advance_time(301)
        assert w.channel.last_message.components == []


async def test_score_with_round_leg_and_season(world):
    async with world() as w:
        result = await w.alice.slash(w.channel, "score", club="Genk", round="semi-final", leg=1,
                                     season="2017-18")
        embed = embed_of(result.response)
        assert embed.title == "KV Kortrijk 3-2 KRC Genk"
        assert "kortrijk-genk-heen.txt" in embed.footer.text
        assert not result.response.components  # one match, one page


async def test_scorers(world):
    async with world() as w:
        result = await w.alice.slash(w.channel, "scorers", club="KV Kortrijk", round="semi-final",
                                     leg=1)
        embed = embed_of(result.response)
        assert embed.title == "KV Kortrijk 3-2 KRC Genk"
        goals = fields(embed)["Goals"].split("\n")
        assert [g.split(" (")[0] for g in goals] == [
            "Idriss Saadi", "Leandro Trossard", "Idriss Saadi", "Ruslan Malinovskyi",
            "Sander Coopman"]
        assert ["12'" in goals[0], "55'" in goals[2], "88'" in goals[4]] == [True] * 3


async def test_finalists(world):
    async with world() as w:
        result = await w.alice.slash(w.channel, "finalists", season="2017-18")
        embed = embed_of(result.response)
        assert "KRC Genk" in embed.description and "Standard Liège" in embed.description
        assert "finale-2018.txt" in embed.footer.text


async def test_winner(world):
    async with world() as w:
        result = await w.alice.slash(w.channel, "winner", season="2016-17")
        embed = embed_of(result.response)
        assert "SV Zulte Waregem won" in embed.description
        assert "4-2" in fields(embed)["Score"]


async def test_cup_run(world):
    async with world() as w:
        result = await w.alice.slash(w.channel, "cup", club="Genk", season="2017-18")
        embed = embed_of(result.response)
        for played in ("KV Kortrijk 3-2 KRC Genk", "KRC Genk 1-0 KV Kortrijk",
                       "Standard Liège 1-0 KRC Genk"):
            assert played in embed.description
        assert embed.footer.text.startswith("1/3 · ")


async def test_history(world):
    async with world() as w:
        result = await w.alice.slash(w.channel, "history", club="KRC Genk")
        embed = embed_of(result.response)
        assert "KRC Genk lost" in embed.description and "2018" in embed.description


async def test_help(world):
    async with world() as w:
        result = await w.alice.slash(w.channel, "help")
        embed = embed_of(result.response)
        assert embed.title == "Cupbot"
        assert embed.description.startswith("I ")  # in English


async def test_unknown_answer_suggests_what_it_knows(world):
    async with world() as w:
        result = await w.alice.slash(w.channel, "score", club="RSC Anderlecht", season="2019-20")
        embed = embed_of(result.response)
        assert embed.title is None
        assert "RSC Anderlecht" in embed.description
        assert embed.fields[0].name == "You could ask"
        assert "• KRC Genk" in embed.fields[0].value


async def test_clarify_offers_a_menu_and_answers_the_choice(world):
    async with world() as w:
        result = await w.alice.slash(w.channel, "ask",
                                     question="wie scoorde voor de West-Vlamingen?")
        embed = embed_of(result.response)
        assert "KV Kortrijk" in embed.description
        menu = result.response.components[0]["components"][0]
        labels = [o["label"] for o in menu["options"]]
        assert labels == ["KV Kortrijk", "SV Zulte Waregem", "KV Oostende"]
        assert menu["placeholder"] == "Welke bedoel je?"
        refused = await w.bob.select(result.response, ["0"])
        assert refused.ephemeral
        await w.alice.select(result.response, ["0"])
        chosen = w.channel.last_message
        assert chosen.id == result.response.id  # the question is answered in place
        answer = embed_of(chosen)
        assert answer.title == "KRC Genk 1-0 KV Kortrijk"  # the scorers of Kortrijk's matches
        assert "Idriss Saadi" in answer.description
        buttons = [b.label for b in chosen.components[0].children]
        assert buttons == ["Vorige", "Volgende"]  # the menu made way for the answer's pages


async def test_too_long_question_is_refused_privately(world):
    async with world(max_question_length=20) as w:
        result = await w.alice.slash(w.channel, "ask", question="who scored in the final of 2018?")
        assert result.ephemeral
        assert result.response.content == "Your question is too long, at most 20 characters."
        assert w.env.errors  # the refusal went through the tree's error handler


async def test_cooldown_is_per_user_and_shared_with_free_text(world):
    async with world(cooldown_rate=2, cooldown_per_seconds=60.0) as w:
        await w.alice.send_dm("who won the cup in 2018?")
        assert (await w.alice.slash(w.channel, "winner")).response.embeds
        refused = await w.alice.slash(w.channel, "winner")
        assert refused.ephemeral
        assert refused.response.content == "Easy! You can ask again in 60 s."
        assert (await w.bob.slash(w.channel, "winner")).response.embeds  # bob has his own
        await w.env.advance_time(60)
        assert (await w.alice.slash(w.channel, "winner")).response.embeds
        assert len(w.env.errors) == 1


async def test_commands_are_localised_for_dutch_and_french(world):
    async with world() as w:
        synced = next(entry.json for entry in w.env.http_requests if entry.method == "PUT")
        score = next(c for c in synced if c["name"] == "score")
        assert score["name_localizations"]["nl"] == "uitslag"
        assert score["description_localizations"]["fr"] == "Le score d'un match de coupe"
        club = next(o for o in score["options"] if o["name"] == "opponent")
        assert club["name_localizations"] == {"nl": "tegenstander", "fr": "adversaire",
                                              "en-US": "opponent", "en-GB": "opponent"}
        leg = next(o for o in score["options"] if o["name"] == "leg")
        assert leg["choices"][0]["name_localizations"]["nl"] == "heenwedstrijd"
        kb = next(c for c in synced if c["name"] == "kb")
        assert [o["name_localizations"]["fr"] for o in kb["options"]] == [
            "recharger", "importer", "liste", "afficher", "retirer"]
        names = {c["name"] for c in synced}
        assert names == {"ask", "help", "score", "scorers", "finalists", "winner", "cup",
                         "history", "kb"}


async def test_no_reply_can_ping(world):
    async with world() as w:
        await w.alice.slash(w.channel, "ask", question="@everyone @here wie won de beker?")
        await w.alice.slash(w.channel, "ask", question=f"uitslag {w.bob.mention} <@&1234567890>")
        paged = await w.alice.slash(w.channel, "score", club="@everyone", opponent=w.bob.mention)
        await w.alice.click(paged.response, label="Next")
        for message in w.channel.history():
            if message.author.id == w.bot.user.id:
                assert not message.mentions and not message.role_mentions
                assert not message.mention_everyone
                text = embed_text(embed_of(message))
                assert "@everyone" not in text and w.bob.mention not in text
        bodies = bot_messages(w.env)
        assert len(bodies) >= 3 and all(no_pings(body) for body in bodies)


async def test_unexpected_errors_are_logged_and_answered_privately(world, caplog):
    async with world() as w:
        def broken(*args, **kwargs):
            raise RuntimeError("index exploded")

        w.bot.responder.ask = broken
        result = await w.alice.slash(w.channel, "winner")
        assert result.ephemeral
        assert result.response.content == "Something went wrong on my side; please try again later."
        await w.alice.send_dm("who won the cup?")
        reply = w.alice.user.dm_channel.last_message
        assert reply.content == "Something went wrong on my side; please try again later."
        assert [type(e.__cause__ or e) for e in w.env.errors] == [RuntimeError]
    logged = [r for r in caplog.records if r.levelname == "ERROR"]
    assert [r.getMessage() for r in logged] == [
        f"unexpected error in /winner for user {w.alice.id}",
        f"error answering a message of user {w.alice.id}"]
    assert all(r.exc_info for r in logged)
