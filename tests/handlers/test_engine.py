"""The Responder: total over any string, bounded time, reload without restart."""

from __future__ import annotations

import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from handlers.engine import Responder
from handlers.understand import MAX_QUESTION_CHARS
from knowledge.clubs import ClubRegistry
from knowledge.index import KnowledgeIndex
from knowledge.model import Facts
from tests.handlers.rich_kb import rich_index

TIME_BOUND = 1.0
WORDS = ["uitslag", "wie", "scoorde", "Genk", "gnek", "Kortrijk", "finale", "2018", "2017-18",
         "heenwedstrijd", "match retour", "en", "and", "?", "🙂", "Seck", "Vanaken", "Limburgse",
         "coach", "totaalscore", "help", "de", "qui a marqué", "x" * 40, "-", "'", "\n"]
PROPERTY = settings(max_examples=300, derandomize=True, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture,
                                           HealthCheck.too_slow])


_BOTS: dict[int, Responder] = {}


def _bot(registry: ClubRegistry) -> Responder:
    """One Responder per registry for the property tests (building one per example is slow)."""
    if id(registry) not in _BOTS:
        _BOTS[id(registry)] = Responder(rich_index(registry))
    return _BOTS[id(registry)]


def _check(bot: Responder, text: str) -> None:
    start = time.perf_counter()
    answer = bot.ask(text, user="p", channel="p")
    assert time.perf_counter() - start < TIME_BOUND
    assert answer.lang in ("nl", "fr", "en")
    assert answer.kind in ("answer", "unknown", "clarify", "help")
    assert answer.text.strip()
    answer.to_json()


@PROPERTY
@given(st.text(max_size=2000))
def test_any_text_gets_an_answer_in_bounded_time(registry: ClubRegistry, text: str) -> None:
    _check(_bot(registry), text)


@PROPERTY
@given(st.lists(st.sampled_from(WORDS), max_size=30).map(" ".join))
def test_question_like_text_gets_an_answer(registry: ClubRegistry, text: str) -> None:
    _check(_bot(registry), text)


def test_conversation_of_random_questions_never_fails(registry: ClubRegistry) -> None:
    bot = Responder(rich_index(registry))
    for i in range(200):
        _check(bot, " ".join(WORDS[(i * 7 + k) % len(WORDS)] for k in range(i % 6)))


def test_empty_huge_and_odd_input(seed_index: KnowledgeIndex) -> None:
    bot = Responder(seed_index)
    assert bot.ask("").kind == "help"
    assert bot.ask("   \n\t ").kind == "help"
    huge = bot.ask("uitslag genk kortrijk " + "bla " * 10_000)
    assert "1-0" in huge.text and "alleen het begin" in huge.text
    assert len(huge.question) == MAX_QUESTION_CHARS
    assert bot.ask("\x00\ud800?").text
    assert bot.ask("⚽" * 600).text


def test_reload_swaps_the_knowledge_base(registry: ClubRegistry,
                                         seed_index: KnowledgeIndex) -> None:
    bot = Responder(KnowledgeIndex(clubs=registry, facts=Facts()))
    assert bot.ask("uitslag genk kortrijk").kind == "unknown"
    bot.reload(seed_index)
    assert "1-0" in bot.ask("uitslag genk kortrijk").text
    assert bot.index is seed_index
