"""The question vocabulary: intent phrasings and words per language, loaded from YAML.

`handlers/reference/vocabulary.yaml` and `intents.yaml` hold every phrasing; this module
normalises them the way questions are normalised and compiles them once per process.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from knowledge.reference_loader import ReferenceError, load_yaml
from knowledge.text import fold

REFERENCE_DIR = Path(__file__).parent / "reference"
LANGUAGES: tuple[str, ...] = ("nl", "fr", "en")
GAP_WORDS = 4
# The per-language lists of vocabulary.yaml that become plain word sets of the Vocabulary.
WORD_SETS = ("articles", "for_club", "versus", "pronouns", "determiners", "hosting")
_NON_WORD = re.compile(r"[^\w]+|_+")


def normalise(text: str) -> str:
    """Folded text with every run of non-letters/digits (punctuation, emoji) as one space."""
    return " ".join(_NON_WORD.sub(" ", fold(text)).split())


def tokens_of(text: str) -> tuple[str, ...]:
    return tuple(normalise(text).split())


class PhraseTable:
    """Exact multi-word lookups: normalised phrase -> value, longest match first."""

    def __init__(self) -> None:
        self._table: dict[tuple[str, ...], object] = {}
        self.longest = 0
        # The first words of the phrases: a scan passes over any other word at once.
        self._firsts: set[str] = set()

    def add(self, phrase: str | tuple[str, ...], value: object, replace: bool = True) -> None:
        key = phrase if isinstance(phrase, tuple) else tokens_of(phrase)
        if not key or (not replace and key in self._table):
            return
        self._table[key] = value
        self.longest = max(self.longest, len(key))
        self._firsts.add(key[0])

    def get(self, key: tuple[str, ...]) -> object | None:
        return self._table.get(key)

    def phrases(self) -> list[tuple[str, ...]]:
        return list(self._table)

    def scan(self, words: list[str], taken: list[bool]) -> list[tuple[int, int, object]]:
        """Non-overlapping (start, end, value) hits over free words, longest first; marks them."""
        hits = []
        i = 0
        while i < len(words):
            if words[i] not in self._firsts:
                i += 1
                continue
            for n in range(min(self.longest, len(words) - i), 0, -1):
                if any(taken[i:i + n]):
                    continue
                value = self._table.get(tuple(words[i:i + n]))
                if value is not None:
                    hits.append((i, i + n, value))
                    for k in range(i, i + n):
                        taken[k] = True
                    i += n - 1
                    break
            i += 1
        return hits


def compile_phrase(phrase: str) -> str:
    """Regex source for one phrase: words, pre*, *suf and * (a gap of a few words)."""
    parts = []
    for raw in phrase.split():
        if raw == "*":
            parts.append(rf"(?:\S+ ){{0,{GAP_WORDS}}}")
            continue
        prefix, suffix = raw.endswith("*"), raw.startswith("*")
        words = normalise(raw.strip("*")).split()
        if not words:
            continue
        pieces = [re.escape(w) for w in words]
        if prefix:
            pieces[-1] += r"\S*"
        if suffix:
            pieces[0] = r"\S*" + pieces[0]
        parts.append(" ".join(pieces) + " ")
    return " " + "".join(parts)


def phrase_words(phrase: str) -> set[str]:
    """The plain words of a phrase (wildcards dropped): vocabulary, never names."""
    return {w for raw in phrase.split() if "*" not in raw for w in normalise(raw).split()}


@dataclass
class Intent:
    name: str
    patterns: dict[str, re.Pattern]  # language -> compiled alternation


@dataclass
class Vocabulary:
    """Everything compiled from the YAML files."""

    intents: list[Intent]
    language_words: dict[str, frozenset[str]]
    stopwords: frozenset[str]
    articles: frozenset[str]
    for_club: frozenset[str]
    versus: frozenset[str]
    # Pronouns that stand for the club of the conversation ("for them", "voor hen").
    pronouns: frozenset[str] = frozenset()
    # Words before a noun: a vocabulary word after one is that word, not a name ("which club").
    determiners: frozenset[str] = frozenset()
    # Words saying that the first club named played at home ("where did Genk host ...").
    hosting: frozenset[str] = frozenset()
    followup: dict[str, PhraseTable] = field(default_factory=dict)
    # Phrases pointing back at the match of the conversation ("in die match", "that game").
    same_match: PhraseTable = field(default_factory=PhraseTable)
    rounds: PhraseTable = field(default_factory=PhraseTable)
    not_rounds: PhraseTable = field(default_factory=PhraseTable)
    legs: PhraseTable = field(default_factory=PhraseTable)
    relative_seasons: PhraseTable = field(default_factory=PhraseTable)  # value: 0 this, 1 last
    moments: PhraseTable = field(default_factory=PhraseTable)  # value: the minute
    # Word beginnings ("finalist*") and endings ("*finale") the phrases allow.
    prefixes: tuple[str, ...] = ()
    suffixes: tuple[str, ...] = ()
    minute_words: frozenset[str] = frozenset()
    months: PhraseTable = field(default_factory=PhraseTable)  # value: month number
    # "het jaar ervoor": value -1, "the year after": 1 (from the conversation's season).
    season_shifts: PhraseTable = field(default_factory=PhraseTable)
    range_words: frozenset[str] = frozenset()
    question_words: frozenset[str] = frozenset()
    # Topic -> compiled phrases of things the knowledge base does not keep.
    not_kept: dict[str, re.Pattern] = field(default_factory=dict)

    def topic_not_kept(self, words: list[str]) -> str | None:
        """The first topic the knowledge base does not keep that the words ask about."""
        padded = " " + " ".join(words) + " "
        return next((topic for topic, pattern in self.not_kept.items()
                     if pattern.search(padded)), None)

    def intents_of(self, words: list[str], lang: str) -> list[str]:
        """Every intent with a phrase in the words, in `intents.yaml` order (first the
        question's language's)."""
        padded = " " + " ".join(words) + " "
        found: list[str] = []
        for intent in self.intents:
            pattern = intent.patterns.get(lang)
            if pattern is not None and pattern.search(padded) and intent.name not in found:
                found.append(intent.name)
        return found

    def knows(self, word: str) -> bool:
        """Whether `word` is a vocabulary word or fits one of the phrases' word patterns."""
        return word in self.stopwords or word.startswith(self.prefixes) \
            or word.endswith(self.suffixes)

    def intent_of(self, words: list[str], lang: str) -> str | None:
        """The first intent with a phrase in the normalised words, in `lang` first."""
        padded = " " + " ".join(words) + " "
        order = [lang] + [other for other in LANGUAGES if other != lang]
        for candidate in order:
            for intent in self.intents:
                pattern = intent.patterns.get(candidate)
                if pattern is not None and pattern.search(padded):
                    return intent.name
        return None


def _lang_map(raw: object, where: str) -> dict[str, list[str]]:
    if not isinstance(raw, dict):
        raise ReferenceError(f"{where}: expected a mapping of language to phrases")
    out = {}
    for lang, phrases in raw.items():
        if lang not in LANGUAGES:
            raise ReferenceError(f"{where}: unknown language {lang!r}")
        if not isinstance(phrases, list):
            raise ReferenceError(f"{where}.{lang}: expected a list")
        out[lang] = [str(p) for p in phrases]
    return out


def load_vocabulary(reference_dir: Path = REFERENCE_DIR) -> Vocabulary:
    """Load and compile vocabulary.yaml and intents.yaml; errors name the file and entry."""
    vocab_path = reference_dir / "vocabulary.yaml"
    intents_path = reference_dir / "intents.yaml"
    raw = load_yaml(vocab_path)
    words: dict[str, set[str]] = {lang: set() for lang in LANGUAGES}
    stop: set[str] = set()
    # Vocabulary fields that are plain word sets, gathered over the languages.
    word_sets: dict[str, set[str]] = {key: set() for key in WORD_SETS}
    same_match = PhraseTable()
    followup: dict[str, PhraseTable] = {}
    relative = PhraseTable()
    languages = raw.get("languages") or {}
    for lang in LANGUAGES:
        entry = languages.get(lang)
        if not isinstance(entry, dict):
            raise ReferenceError(f"{vocab_path}: languages.{lang} is missing")
        table = PhraseTable()
        for phrase in entry.get("followup") or []:
            table.add(str(phrase), True)
        followup[lang] = table
        for phrase in entry.get("this_season") or []:
            relative.add(str(phrase), 0)
        for phrase in entry.get("last_season") or []:
            relative.add(str(phrase), 1)
        for key, found in word_sets.items():
            found |= {w for a in entry.get(key) or [] for w in tokens_of(str(a))}
        for phrase in entry.get("same_match") or []:
            same_match.add(str(phrase), True)
        for key in ("words", "followup", "this_season", "last_season", "yes", "no",
                    "same_match", *WORD_SETS):
            for phrase in entry.get(key) or []:
                words[lang] |= phrase_words(str(phrase))
    stop |= {w for phrase in raw.get("cup_words") or [] for w in phrase_words(str(phrase))}

    rounds, not_rounds, legs = PhraseTable(), PhraseTable(), PhraseTable()
    for name, per_lang in (raw.get("rounds") or {}).items():
        for lang, phrases in _lang_map(per_lang, f"{vocab_path}: rounds.{name}").items():
            for phrase in phrases:
                rounds.add(phrase, str(name))
                words[lang] |= phrase_words(phrase)
    not_round_phrases = _lang_map(raw.get("not_rounds") or {}, f"{vocab_path}: not_rounds")
    for lang, phrases in not_round_phrases.items():
        for phrase in phrases:
            not_rounds.add(phrase, True)
            words[lang] |= phrase_words(phrase)
    for leg, per_lang in (raw.get("legs") or {}).items():
        if leg not in (1, 2):
            raise ReferenceError(f"{vocab_path}: legs: expected 1 and 2, not {leg!r}")
        for lang, phrases in _lang_map(per_lang, f"{vocab_path}: legs.{leg}").items():
            for phrase in phrases:
                legs.add(phrase, int(leg))
                words[lang] |= phrase_words(phrase)

    moments = PhraseTable()
    for minute, per_lang in (raw.get("moments") or {}).items():
        if not isinstance(minute, int):
            raise ReferenceError(f"{vocab_path}: moments: expected minutes, not {minute!r}")
        for lang, phrases in _lang_map(per_lang, f"{vocab_path}: moments.{minute}").items():
            for phrase in phrases:
                moments.add(phrase, minute)
                words[lang] |= phrase_words(phrase)
    minute_words = {w for phrase in raw.get("minute_words") or [] for w in tokens_of(str(phrase))}
    stop |= minute_words

    months, shifts = PhraseTable(), PhraseTable()
    for table, key, kind in ((months, "months", int), (shifts, "season_shifts", int)):
        for value, per_lang in (raw.get(key) or {}).items():
            if not isinstance(value, kind):
                raise ReferenceError(f"{vocab_path}: {key}: expected numbers, not {value!r}")
            for lang, phrases in _lang_map(per_lang, f"{vocab_path}: {key}.{value}").items():
                for phrase in phrases:
                    table.add(phrase, value)
                    words[lang] |= phrase_words(phrase)
    range_words = {w for phrases in _lang_map(raw.get("range_words") or {},
                                              f"{vocab_path}: range_words").values()
                   for phrase in phrases for w in tokens_of(phrase)}
    question_words = {w for phrases in _lang_map(raw.get("question_words") or {},
                                                 f"{vocab_path}: question_words").values()
                      for phrase in phrases for w in tokens_of(phrase)}
    not_kept: dict[str, re.Pattern] = {}
    for topic, per_lang in (raw.get("not_kept") or {}).items():
        phrases = []
        for lang, found in _lang_map(per_lang, f"{vocab_path}: not_kept.{topic}").items():
            phrases += found
            for phrase in found:
                words[lang] |= phrase_words(phrase)
        not_kept[str(topic)] = re.compile("|".join(f"(?:{compile_phrase(p)})" for p in phrases))

    prefixes: set[str] = set()
    suffixes: set[str] = set()
    intents = []
    for i, entry in enumerate(load_yaml(intents_path).get("intents") or []):
        where = f"{intents_path}: intents[{i}]"
        if not isinstance(entry, dict) or not entry.get("name"):
            raise ReferenceError(f"{where}: every intent needs a name")
        patterns = {}
        for lang in LANGUAGES:
            phrases = [str(p) for p in entry.get(lang) or []]
            for phrase in phrases:
                words[lang] |= phrase_words(phrase)
                for raw in phrase.split():
                    stem = normalise(raw.strip("*"))
                    if raw.endswith("*") and stem:
                        prefixes.add(stem)
                    elif raw.startswith("*") and stem:
                        suffixes.add(stem)
            if phrases:
                patterns[lang] = re.compile("|".join(f"(?:{compile_phrase(p)})" for p in phrases))
        intents.append(Intent(name=str(entry["name"]), patterns=patterns))
    for lang_words in words.values():
        stop |= lang_words
    return Vocabulary(
        intents=intents,
        language_words={lang: frozenset(w) for lang, w in words.items()},
        stopwords=frozenset(stop), **{key: frozenset(found) for key, found in word_sets.items()},
        same_match=same_match, followup=followup, rounds=rounds, not_rounds=not_rounds, legs=legs,
        relative_seasons=relative, moments=moments, minute_words=frozenset(minute_words),
        prefixes=tuple(sorted(prefixes)), suffixes=tuple(sorted(suffixes)),
        months=months, season_shifts=shifts, range_words=frozenset(range_words),
        not_kept=not_kept, question_words=frozenset(question_words),
    )


@cache
def default_vocabulary() -> Vocabulary:
    """The bundled vocabulary, compiled once per process."""
    return load_vocabulary()
