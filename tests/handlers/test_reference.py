"""The YAML reference files: every template in every language, every intent handled."""

from __future__ import annotations

from handlers.answers import HANDLERS
from handlers.replies import default_replies, placeholders
from handlers.vocabulary import LANGUAGES, compile_phrase, default_vocabulary


def _flatten(tree: object, prefix: str = "") -> dict[str, object]:
    if isinstance(tree, dict):
        out: dict[str, object] = {}
        for key, value in tree.items():
            out |= _flatten(value, f"{prefix}{key}.")
        return out
    return {prefix.rstrip("."): tree}


def test_every_reply_in_every_language_with_the_same_placeholders() -> None:
    replies = {lang: _flatten(default_replies()[lang]) for lang in LANGUAGES}
    keys = set(replies["nl"])
    for lang in LANGUAGES:
        assert set(replies[lang]) == keys, lang
    for key in keys:
        if all(isinstance(replies[lang][key], str) for lang in LANGUAGES):
            wanted = placeholders(str(replies["nl"][key]))
            for lang in LANGUAGES:
                assert placeholders(str(replies[lang][key])) == wanted, (lang, key)


def test_every_intent_has_a_handler_and_phrases_in_every_language() -> None:
    vocabulary = default_vocabulary()
    for intent in vocabulary.intents:
        assert intent.name in HANDLERS
        assert set(intent.patterns) == set(LANGUAGES), intent.name
    assert set(HANDLERS) == {i.name for i in vocabulary.intents}


def test_phrase_syntax() -> None:
    assert compile_phrase("wie * scoorde") == r" wie (?:\S+ ){0,4}scoorde "
    assert compile_phrase("*finale") == r" \S*finale "
    assert compile_phrase("finalist*") == r" finalist\S* "
    assert compile_phrase("l'aller") == " l aller "
