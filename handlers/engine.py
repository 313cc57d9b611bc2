"""The one entry point every front end uses: `Responder.ask(question, user, channel) -> Answer`."""

from __future__ import annotations

import time
from collections.abc import Callable

from handlers.answer import Answer
from handlers.answers import help, respond
from handlers.answers.common import Knowledge, Reply
from handlers.context import DEFAULT_CAPACITY, Conversations
from handlers.lexicon import Lexicon
from handlers.replies import Speaker, default_replies
from handlers.understand import Question, prepare, understand
from handlers.vocabulary import LANGUAGES, default_vocabulary
from knowledge.index import KnowledgeIndex


class Responder:
    """Answers questions from one knowledge index, remembering each conversation briefly.

    `ask` is total: any string gets an Answer (over-long questions are cut, empty ones get a
    hint). `reload` swaps in a new index without losing conversations.
    """

    def __init__(self, index: KnowledgeIndex, default_lang: str = "nl",
                 context_ttl: float = 900, *, capacity: int = DEFAULT_CAPACITY,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.default_lang = default_lang if default_lang in LANGUAGES else LANGUAGES[0]
        self._vocabulary = default_vocabulary()
        self._replies = default_replies()
        self._speakers = {lang: Speaker(lang, self._replies) for lang in LANGUAGES}
        self.conversations = Conversations(context_ttl, capacity, clock)
        self._kb = self._knowledge(index)

    def _knowledge(self, index: KnowledgeIndex) -> Knowledge:
        return Knowledge(index=index, lexicon=Lexicon(index=index, vocabulary=self._vocabulary))

    @property
    def index(self) -> KnowledgeIndex:
        return self._kb.index

    def reload(self, index: KnowledgeIndex) -> None:
        """Answer from `index` from now on (built first, then swapped in one step)."""
        self._kb = self._knowledge(index)

    def ask(self, question: str, user: str = "console", channel: str = "console") -> Answer:
        """The answer to one question in the conversation of (user, channel)."""
        kb = self._kb
        text, truncated = prepare(question if isinstance(question, str) else "")
        if not text:
            q = Question(text="", lang=self.default_lang)
            return help.empty(Reply(q=q, sp=self._speakers[q.lang], intent="help"), kb)
        q = understand(text, kb.lexicon, self.default_lang)
        q.truncated = truncated
        q = self.conversations.recall(str(user), str(channel), q)
        answer = respond(q, kb, self._speakers[q.lang])
        self.conversations.remember(str(user), str(channel), q)
        return answer
