"""The one entry point every front end uses: `Responder.ask(question, user, channel) -> Answer`."""

from __future__ import annotations

import logging
import time
import traceback
from collections.abc import Callable

from handlers.answer import Answer
from handlers.answers import help, respond
from handlers.answers.common import Knowledge, Reply
from handlers.context import DEFAULT_CAPACITY, Conversations
from handlers.dialogue import SmallTalk, default_small_talk
from handlers.lexicon import Lexicon
from handlers.replies import Speaker, default_replies
from handlers.understand import Question, prepare, understand
from handlers.vocabulary import LANGUAGES, default_vocabulary
from knowledge.index import KnowledgeIndex

log = logging.getLogger(__name__)
# How much of a failed question, and of its error, the log line quotes.
LOG_QUOTE_CHARS = 200


class Responder:
    """Answers questions from one knowledge index, remembering each conversation briefly.

    `ask` is total: any string gets an Answer (over-long questions are cut, empty ones get a
    hint, and should answering one fail on a bug, the asker gets an apology of kind "error"
    and the log one line saying where). `reload` swaps in a new index without losing
    conversations.
    """

    def __init__(self, index: KnowledgeIndex, default_lang: str = "nl",
                 context_ttl: float = 900, *, capacity: int = DEFAULT_CAPACITY,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.default_lang = default_lang if default_lang in LANGUAGES else LANGUAGES[0]
        self._vocabulary = default_vocabulary()
        self._replies = default_replies()
        self._speakers = {lang: Speaker(lang, self._replies) for lang in LANGUAGES}
        self.conversations = Conversations(context_ttl, capacity, clock)
        self._small_talk = default_small_talk()
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
        try:
            return self._ask(question, user, channel)
        except Exception as exc:  # a bug: the asker still gets an answer, the log says where
            return self._failed(question, exc)

    def _failed(self, question: object, exc: Exception) -> Answer:
        """The apology for a question whose answering raised `exc`, which is logged."""
        text = question if isinstance(question, str) else ""
        frames = traceback.extract_tb(exc.__traceback__)
        where = f" at {frames[-1].filename}:{frames[-1].lineno}" if frames else ""
        log.error("could not answer %r: %s: %s%s", text[:LOG_QUOTE_CHARS], type(exc).__name__,
                  str(exc)[:LOG_QUOTE_CHARS], where)
        log.debug("the error answering %r", text[:LOG_QUOTE_CHARS], exc_info=exc)
        q = Question(text=prepare(text)[0], lang=self.default_lang)
        return help.failed(Reply(q=q, sp=self._speakers[q.lang], intent="error"), self._kb)

    def _ask(self, question: str, user: str, channel: str) -> Answer:
        kb = self._kb
        text, truncated = prepare(question if isinstance(question, str) else "")
        if not text:
            q = Question(text="", lang=self.default_lang)
            return help.empty(Reply(q=q, sp=self._speakers[q.lang], intent="help"), kb)
        user, channel = str(user), str(channel)
        # Very short messages say little of their language: the conversation's decides then.
        conversation_lang = self.conversations.language(user, channel) or self.default_lang
        talk = self._small_talk.read(text)
        if talk is not None:
            answer = self._small_talk_answer(text, talk, conversation_lang)
            self.conversations.note_language(user, channel, answer.lang)
            return answer
        q = understand(text, kb.lexicon, conversation_lang)
        q.truncated = truncated
        if q.asks_nothing():
            return help.not_understood(Reply(q=q, sp=self._speakers[q.lang], intent="help"), kb)
        q = self.conversations.recall(user, channel, q)
        answer = respond(q, kb, self._speakers[q.lang])
        self.conversations.remember(user, channel, q)
        return answer

    def _small_talk_answer(self, text: str, talk: SmallTalk, conversation_lang: str) -> Answer:
        """A short reply of the small talk's kind; the conversation is left untouched."""
        lang = talk.lang(conversation_lang)
        sp = self._speakers[lang]
        examples = sp.examples()
        reply = Reply(q=Question(text=text, lang=lang), sp=sp, intent="smalltalk")
        reply.say(f"smalltalk_{talk.kind}", example=f'"{examples[0]}"' if examples else "")
        return reply.finish("help")
