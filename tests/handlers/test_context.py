"""Follow-up memory: what is borrowed, what starts over, expiry and the size cap."""

from __future__ import annotations

from handlers.context import Conversations, merge
from handlers.engine import Responder
from handlers.understand import Question
from knowledge.index import KnowledgeIndex


def q(**fields: object) -> Question:
    return Question(text="", lang="nl", **fields)


def test_followup_borrows_and_replaces() -> None:
    before = q(intent="score", clubs=["KRC Genk", "KV Kortrijk"], round="semi-final", leg=2,
               season="2017-18")
    after = merge(q(leg=1), before)
    assert (after.intent, after.clubs, after.round, after.leg, after.season) == \
        ("score", ["KRC Genk", "KV Kortrijk"], "semi-final", 1, "2017-18")
    assert after.inherited == {"intent", "clubs", "for_club", "round", "season", "alt_season"}


def test_new_clubs_start_over_but_keep_the_intent() -> None:
    before = q(intent="scorers", clubs=["KRC Genk"], leg=2, season="2017-18")
    after = merge(q(clubs=["Standard Liège"]), before)
    assert after.clubs == ["Standard Liège"] and after.leg is None and after.season is None
    assert after.intent == "scorers"


def test_other_round_drops_the_leg() -> None:
    after = merge(q(round="final"), q(intent="score", round="semi-final", leg=2))
    assert after.round == "final" and after.leg is None


def test_unknown_name_blocks_borrowing_names() -> None:
    after = merge(q(intent="did_score", leftovers=[("Mbappe", True)]),
                  q(intent="did_score", players=["Ibrahima Seck"], clubs=["KRC Genk"]))
    assert after.players == [] and after.clubs == []


def test_expiry_and_capacity() -> None:
    now = [0.0]
    memory = Conversations(ttl_seconds=10, capacity=2, clock=lambda: now[0])
    memory.remember("a", "c", q(intent="score", clubs=["KRC Genk"]))
    assert memory.recall("a", "c", q()).clubs == ["KRC Genk"]
    now[0] = 11
    assert memory.recall("a", "c", q()).clubs == []
    for user in ("a", "b", "c"):
        memory.remember(user, "c", q(clubs=["KRC Genk"]))
    assert len(memory) == 2
    assert memory.recall("a", "c", q()).clubs == []  # least recently active: forgotten


def test_conversations_are_per_user_and_channel(seed_index: KnowledgeIndex) -> None:
    bot = Responder(seed_index)
    bot.ask("uitslag Standard Club Brugge", user="a", channel="x")
    bot.ask("uitslag Genk Kortrijk", user="b", channel="x")
    first = bot.ask("en de heenwedstrijd?", user="a", channel="x").text
    assert "4-1" in first and "3-2" not in first
    first = bot.ask("en de heenwedstrijd?", user="b", channel="x").text
    assert "3-2" in first and "4-1" not in first
    fresh = bot.ask("en de heenwedstrijd?", user="a", channel="y").text  # no conversation yet
    assert "3-2" in fresh and "4-1" in fresh


def test_expired_context_is_not_used(seed_index: KnowledgeIndex) -> None:
    now = [0.0]
    bot = Responder(seed_index, context_ttl=60, clock=lambda: now[0])
    bot.ask("uitslag Standard Club Brugge", user="a", channel="x")
    assert "3-2" not in bot.ask("en de heenwedstrijd?", user="a", channel="x").text
    now[0] = 200
    assert "3-2" in bot.ask("en de heenwedstrijd?", user="a", channel="x").text


def test_followup_with_new_clubs_keeps_round_and_leg() -> None:
    before = q(intent="scorers", clubs=["KRC Genk"], round="semi-final", leg=2, season="2017-18")
    after = merge(q(clubs=["Standard Liège"], followup=True), before)
    assert (after.clubs, after.round, after.leg, after.season, after.intent) == \
        (["Standard Liège"], "semi-final", 2, "2017-18", "scorers")
    assert merge(q(clubs=["Standard Liège"]), before).leg is None


def test_small_talk_never_touches_the_conversation(responder) -> None:
    first = responder.ask("uitslag genk kortrijk terugwedstrijd", user="st", channel="c")
    for message in ("dank je", "bonjour", "thanks", "???", "asdfghjkl", "stomme bot"):
        said = responder.ask(message, user="st", channel="c")
        assert first.text not in said.text and "1-0" not in said.text
    assert "Seck" in responder.ask("en wie scoorde?", user="st", channel="c").text


def test_small_talk_answers_in_its_own_language(responder) -> None:
    assert responder.ask("bonjour", user="fr", channel="c").lang == "fr"
    assert responder.ask("thanks!", user="en", channel="c").lang == "en"
    # "merci" is Dutch and French: the conversation's language decides.
    responder.ask("uitslag genk kortrijk", user="nl", channel="c")
    assert responder.ask("merci", user="nl", channel="c").lang == "nl"


def test_canonical_names_of_players() -> None:
    from handlers.lexicon import canonical_names
    names = canonical_names(["Emond", "Renaud Emond", "Mitrovic", "Mitrović", "Vanaken",
                             "Hans Vanaken", "Ruud Vanaken"], {})
    assert names["Emond"] == "Renaud Emond"
    assert names["Mitrovic"] == names["Mitrović"] == "Mitrović"
    assert names["Vanaken"] == "Vanaken"  # two full names end in it: not merged
