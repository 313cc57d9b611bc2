"""Free-text questions: in a DM, when the bot is mentioned, after the prefix (message content
on), with the cooldown, the length limit and no pings."""

from __future__ import annotations

from simworld import bot_messages, embed_of, no_pings

MENTION_FREE = {"parse": [], "replied_user": False}


async def test_dm_question_is_answered_with_an_embed(world):
    async with world() as w:
        await w.alice.send_dm("wie scoorde voor Genk tegen Kortrijk?")
        reply = w.alice.user.dm_channel.last_message
        embed = embed_of(reply)
        assert reply.author.id == w.bot.user.id
        assert embed.title == "KRC Genk 1-0 KV Kortrijk"
        assert "Mbwana Samatta" in embed.description
        fields = {f.name: f.value for f in embed.fields}
        assert fields["Ronde"] == "halve finale"
        assert fields["Wedstrijd"] == "terugwedstrijd"
        assert fields["Seizoen"] == "2017-18"
        assert fields["Totaalscore"].startswith("3-3")
        assert "Mbwana Samatta" in fields["Doelpunten"] and "64'" in fields["Doelpunten"]
        # Both legs: two pages, the source line in the footer and not in the text.
        assert embed.footer.text.startswith("1/2 · ")
        assert "genk-kortrijk-terug.txt" in embed.footer.text
        assert "genk-kortrijk-terug.txt" not in embed.description
        assert [b["allowed_mentions"] for b in bot_messages(w.env)] == [MENTION_FREE]


async def test_mention_in_a_server_channel_is_answered_as_a_reply(world):
    async with world() as w:
        asked = await w.alice.send(w.channel, f"{w.bot.user.mention} who won the cup in 2018?")
        reply = w.channel.last_message
        assert reply.author.id == w.bot.user.id
        assert reply.reference is not None and reply.reference.message_id == asked.id
        embed = embed_of(reply)
        assert embed.title == "Standard Liège 1-0 KRC Genk"
        assert "Standard Liège won" in embed.description  # in English, as asked
        assert {f.name: f.value for f in embed.fields}["Season"] == "2017-18"
        assert not reply.mentions and not reply.mention_everyone


async def test_follow_up_in_the_same_channel_keeps_the_conversation(world):
    async with world() as w:
        me = w.bot.user.mention
        await w.alice.send(w.channel, f"{me} uitslag Genk Kortrijk")
        await w.alice.send(w.channel, f"{me} en de heenwedstrijd?")
        embed = embed_of(w.channel.last_message)
        assert embed.title == "KV Kortrijk 3-2 KRC Genk"
        assert {f.name: f.value for f in embed.fields}["Wedstrijd"] == "heenwedstrijd"


async def test_messages_not_addressed_to_the_bot_are_ignored(world):
    async with world() as w:
        await w.alice.send(w.channel, "wie won de beker in 2018?")
        await w.alice.send(w.channel, "!cup wie won de beker in 2018?")
        assert w.channel.last_message.author.id == w.alice.id
        assert bot_messages(w.env) == []


async def test_prefix_works_when_message_content_is_on(world):
    async with world(message_content=True) as w:
        assert w.bot.intents.message_content
        await w.alice.send(w.channel, "!cup qui a gagné la coupe 2016-17 ?")
        embed = embed_of(w.channel.last_message)
        assert embed.title == "SV Zulte Waregem 3-3 KV Oostende"
        fields = {f.name: f.value for f in embed.fields}
        assert "4-2" in fields["Score"] and fields["Tour"] == "finale"


async def test_message_content_intent_is_off_by_default(world):
    async with world() as w:
        assert not w.bot.intents.message_content
        assert w.bot.intents.dm_messages and w.bot.intents.guild_messages


async def test_bare_mention_gets_the_help(world):
    async with world() as w:
        await w.alice.send(w.channel, w.bot.user.mention)
        embed = embed_of(w.channel.last_message)
        assert embed.title == "Cupbot"
        assert embed.description


async def test_pings_in_a_question_are_answered_without_pinging(world):
    async with world() as w:
        role = w.guild.create_role("Supporters", mentionable=True)
        question = (f"{w.bot.user.mention} @everyone @here {w.bob.mention} {role.mention} "
                    "<@123456789012345678> wie scoorde voor Genk tegen Kortrijk?")
        await w.alice.send(w.channel, question)
        reply = w.channel.last_message
        assert reply.author.id == w.bot.user.id
        assert not reply.mentions and not reply.role_mentions and not reply.mention_everyone
        assert "Samatta" in embed_of(reply).description
        await w.alice.send(w.channel, f"{w.bot.user.mention} uitslag @everyone {w.bob.mention}")
        unknown = w.channel.last_message
        assert not unknown.mentions and not unknown.mention_everyone
        text = embed_of(unknown).description or ""
        assert "@everyone" not in text and w.bob.mention not in text
        assert all(no_pings(body) for body in bot_messages(w.env))


async def test_too_long_question_gets_a_short_note(world):
    async with world(max_question_length=40) as w:
        await w.alice.send_dm("wie scoorde er allemaal in de terugwedstrijd van Genk-Kortrijk?")
        reply = w.alice.user.dm_channel.last_message
        assert reply.content == "Je vraag is te lang, hoogstens 40 tekens."
        assert not reply.embeds


async def test_cooldown_on_free_text_warns_once_then_lets_the_user_ask_again(world):
    async with world(cooldown_rate=2, cooldown_per_seconds=30.0) as w:
        dm = w.alice.user.dm_channel
        for _ in range(2):
            await w.alice.send_dm("who won the cup in 2018?")
            assert dm.last_message.embeds
        await w.alice.send_dm("who won the cup in 2018?")
        assert dm.last_message.content.startswith("Easy! You can ask again in ")
        warned = dm.last_message.id
        await w.alice.send_dm("who won the cup in 2018?")
        assert dm.last_message.author.id == w.alice.id  # no second warning
        assert dm.last_message.id != warned
        await w.env.advance_time(31)
        await w.alice.send_dm("who won the cup in 2018?")
        assert embed_of(dm.last_message).title == "Standard Liège 1-0 KRC Genk"
