"""Slash commands: each command's answer, pages, "which one?", limits, cooldown, localisation."""

from __future__ import annotations

import pytest
import simcord
from simworld import bot_messages, embed_of, embed_text, no_pings


def fields(embed) -> dict[str, str]:
    return {f.name: f.value for f in embed.fields}


async def test_ask_answers_in_the_channel(world):
    async with world() as w:
        result = await w.alice.slash(w.channel, "ask", question="wie scoorde voor Genk tegen Kortrijk?")
        assert result.acknowledged and not result.ephemeral
        embed = embed_of(result.response)
        assert embed.title == "KRC Genk 1-0 KV Kortrijk"
        assert fields(embed)["Doelpunten"] == "Mbwana Samatta (KRC Genk, 64')"


async def test_ask_in_a_dm(world):
    async with world() as w:
        result = await w.alice.user.slash("ask", question="qui a gagné la coupe 2017-18 ?")
        embed = embed_of(result.response)
        assert embed.description.startswith("Standard Liège a gagné la coupe 2017-18.")
        assert fields(embed)["Tour"] == "finale"


async def test_score_pages_through_both_legs(world):
    async with world() as w:
        result = await w.alice.slash(w.channel, "score", club="KRC Genk", opponent="KV Kortrijk")
        first = embed_of(result.response)
        assert first.title == "KRC Genk 1-0 KV Kortrijk"
        assert first.footer.text.startswith("1/2 · source: genk-kortrijk-terug.txt")
        assert fields(first)["Aggregate"] == "3-3, KRC Genk through"
        message = result.response
        await w.alice.click(message, label="Next")
        second = embed_of(w.channel.last_message)
        assert second.title == "KV Kortrijk 3-2 KRC Genk"
        assert fields(second)["Leg"] == "first leg"
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
        assert embed.footer.text == "source: kortrijk-genk-heen.txt, 2018-01-31"
        assert not result.response.components  # one match, one page


async def test_scorers(world):
    async with world() as w:
        result = await w.alice.slash(w.channel, "scorers", club="KV Kortrijk", round="semi-final",
                                     leg=1)
        embed = embed_of(result.response)
        assert embed.title == "KV Kortrijk 3-2 KRC Genk"
        goals = fields(embed)["Goals"].split("\n")
        assert goals == ["Idriss Saadi (KV Kortrijk, 12')", "Leandro Trossard (KRC Genk, 30')",
                         "Idriss Saadi (KV Kortrijk, 55', penalty)",
                         "Ruslan Malinovskyi (KRC Genk, 70')",
                         "Sander Coopman (KRC Genk, 88', own goal)"]


async def test_finalists(world):
    async with world() as w:
        result = await w.alice.slash(w.channel, "finalists", season="2017-18")
        embed = embed_of(result.response)
        assert embed.description == "Finalists of the 2017-18 cup: KRC Genk and Standard Liège."
        assert embed.footer.text == "source: finale-2018.txt, 2018-03-17"


async def test_winner(world):
    async with world() as w:
        result = await w.alice.slash(w.channel, "winner", season="2016-17")
        embed = embed_of(result.response)
        assert embed.description.startswith("SV Zulte Waregem won the 2016-17 cup.")
        assert fields(embed)["Score"] == "after extra time, 4-2 on penalties"


async def test_cup_run(world):
    async with world() as w:
        result = await w.alice.slash(w.channel, "cup", club="Genk", season="2017-18")
        embed = embed_of(result.response)
        assert embed.description.startswith("KRC Genk in the 2017-18 cup: semi-final, first leg: "
                                            "KV Kortrijk 3-2 KRC Genk")
        assert "KRC Genk was knocked out by Standard Liège." in embed.description
        assert embed.footer.text.startswith("1/3 · ")


async def test_history(world):
    async with world() as w:
        result = await w.alice.slash(w.channel, "history", club="KRC Genk")
        embed = embed_of(result.response)
        assert embed.description == "KRC Genk lost the cup finals of 2018."


async def test_help(world):
    async with world() as w:
        result = await w.alice.slash(w.channel, "help")
        embed = embed_of(result.response)
        assert embed.title == "Cupbot"
        assert embed.description.startswith("I answer questions about the cup")


async def test_unknown_answer_suggests_what_it_knows(world):
    async with world() as w:
        result = await w.alice.slash(w.channel, "score", club="RSC Anderlecht", season="2019-20")
        embed = embed_of(result.response)
        assert embed.title is None
        assert embed.description.startswith("I don't know: no match found for RSC Anderlecht")
        assert embed.fields[0].name == "You could ask"
        assert "• KRC Genk" in embed.fields[0].value


async def test_clarify_offers_a_menu_and_answers_the_choice(world):
    async with world() as w:
        result = await w.alice.slash(w.channel, "ask",
                                     question="wie scoorde voor de West-Vlamingen?")
        embed = embed_of(result.response)
        assert embed.description.startswith("Welke ploeg bedoel je: KV Kortrijk")
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
        assert "Idriss Saadi (KV Kortrijk, 12')" in answer.description
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
        assert [o["name_localizations"]["fr"] for o in kb["options"]] == ["recharger", "importer"]
        names = {c["name"] for c in synced}
        assert names == {"ask", "help", "score", "scorers", "finalists", "winner", "cup",
                         "history", "kb"}


async def test_no_reply_can_ping(world):
    async with world() as w:
        await w.alice.slash(w.channel, "ask", question="@everyone @here wie won de beker?")
        await w.alice.slash(w.channel, "ask", question=f"uitslag {w.bob.mention} <@&1234567890>")
        await w.alice.slash(w.channel, "score", club="@everyone", opponent=w.bob.mention)
        for message in w.channel.history():
            if message.author.id == w.bot.user.id:
                assert not message.mentions and not message.role_mentions
                assert not message.mention_everyone
                text = embed_text(embed_of(message))
                assert "@everyone" not in text and w.bob.mention not in text
        bodies = bot_messages(w.env)
        assert len(bodies) >= 3 and all(no_pings(body) for body in bodies)
