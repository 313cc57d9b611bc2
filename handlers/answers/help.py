"""Help, and what to say to an empty question or one the bot does not understand."""

from __future__ import annotations

from handlers.answer import Answer
from handlers.answers.common import Knowledge, Reply


def _examples(reply: Reply) -> str:
    return "; ".join(f'"{e}"' for e in reply.sp.examples())


def answer(reply: Reply, kb: Knowledge) -> Answer:
    """What the bot can answer, with example questions."""
    reply.say("help", examples=_examples(reply))
    return reply.finish("help")


def empty(reply: Reply, kb: Knowledge) -> Answer:
    """The answer to an empty question."""
    reply.say("empty_question", examples=_examples(reply))
    return reply.finish("help")


def not_understood(reply: Reply, kb: Knowledge) -> Answer:
    """The answer to a question without an intent or anything to look up."""
    reply.say("not_understood", examples=_examples(reply))
    return reply.finish("unknown")


def failed(reply: Reply, kb: Knowledge) -> Answer:
    """The answer when answering went wrong (a bug, logged by the engine): an apology with
    example questions, of kind "error"."""
    reply.say("failed", examples=_examples(reply))
    return reply.finish("error")
