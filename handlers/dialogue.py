"""Small talk: greetings, thanks, goodbyes and insults, told apart from questions.

The rules of the dialogue (engine.py applies them):
- A message made only of small-talk phrases (handlers/reference/smalltalk.yaml) and filler
  words gets a short reply of its kind, in the language of its phrase, and never touches the
  conversation: nothing is recalled, nothing remembered, no earlier answer repeated.
- A message that asks nothing and names nothing ("???", "asdfghjkl") is not understood; it
  too leaves the conversation as it was.
- A phrase of several languages ("merci", "hey", "ok") is in the conversation's language.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from handlers.vocabulary import LANGUAGES, REFERENCE_DIR, PhraseTable, tokens_of
from knowledge.reference_loader import ReferenceError, load_yaml

KINDS = ("greeting", "thanks", "goodbye", "insult")


@dataclass(frozen=True)
class SmallTalk:
    """What a small-talk message is: its kind and the languages its phrases belong to."""

    kind: str
    langs: frozenset[str]

    def lang(self, conversation_lang: str) -> str:
        """The reply's language: the phrase's own, the conversation's when it fits several."""
        if conversation_lang in self.langs or not self.langs:
            return conversation_lang
        return next(lang for lang in LANGUAGES if lang in self.langs)


class SmallTalkReader:
    """Recognises messages that are small talk from smalltalk.yaml's phrases."""

    def __init__(self, path: Path = REFERENCE_DIR / "smalltalk.yaml") -> None:
        raw = load_yaml(path)
        kinds = raw.get("kinds") or {}
        self._phrases = PhraseTable()
        found: dict[tuple[str, ...], dict[str, set[str]]] = {}
        for kind in KINDS:
            per_lang = kinds.get(kind)
            if not isinstance(per_lang, dict):
                raise ReferenceError(f"{path}: kinds.{kind} is missing")
            for lang, phrases in per_lang.items():
                if lang not in LANGUAGES:
                    raise ReferenceError(f"{path}: kinds.{kind}: unknown language {lang!r}")
                for phrase in phrases or []:
                    key = tokens_of(str(phrase))
                    found.setdefault(key, {}).setdefault(kind, set()).add(lang)
        for key, by_kind in found.items():
            # The first kind in KINDS order wins a phrase of two kinds ("dag", "salut").
            kind = next(k for k in KINDS if k in by_kind)
            self._phrases.add(key, (kind, frozenset(by_kind[kind])))
        self._filler = PhraseTable()
        for word in raw.get("filler") or []:
            self._filler.add(str(word), True)

    def read(self, text: str) -> SmallTalk | None:
        """The small talk `text` is, or None when it is (or may be) a question."""
        words = list(tokens_of(text))
        if not words:
            return None
        taken = [False] * len(words)
        hits = self._phrases.scan(words, taken)
        self._filler.scan(words, taken)
        if not hits or not all(taken):
            return None
        kind = hits[0][2][0]
        langs = frozenset().union(*(langs for _, _, (k, langs) in hits if k == kind))
        return SmallTalk(kind=kind, langs=langs)


@cache
def default_small_talk() -> SmallTalkReader:
    """The bundled small-talk phrases, loaded once per process."""
    return SmallTalkReader()
