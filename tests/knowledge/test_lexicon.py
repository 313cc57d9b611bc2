"""Phrase matching of the lexicon: whole words, split verbs, elided French phrases."""

from __future__ import annotations

from knowledge.lexicon import PhraseSet


def _phrases(found: list) -> list[str]:
    return [hit.phrase for hit in found]


def test_phrases_match_whole_words_only():
    words = PhraseSet(dict.fromkeys(["bat", "won"]))
    assert _phrases(words.find("le standard bat genk")) == ["bat"]
    assert words.find("la bataille de wonck") == []


def test_an_elided_phrase_of_several_words_runs_into_the_next_word():
    words = PhraseSet(dict.fromkeys(["tombeur d'", "tombeur de"]))
    assert _phrases(words.find("le standard, tombeur d'anderlecht")) == ["tombeur d'"]
    assert _phrases(words.find("tombeur de genk")) == ["tombeur de"]


def test_a_bare_elision_stays_a_word_of_its_own():
    words = PhraseSet(dict.fromkeys(["n'"]))
    assert words.find("avant que peeters n'egalise") == []


def test_a_split_verb_finds_its_parts_around_a_few_words():
    words = PhraseSet(dict.fromkeys(["rekende ... af met"]))
    assert _phrases(words.find("genk rekende woensdag vlot af met lierse")) == [
        "rekende woensdag vlot af met"]
