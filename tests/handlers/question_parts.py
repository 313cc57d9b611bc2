"""The pieces fuzzed questions are made of, shared by tests/handlers/test_fuzz_questions.py
(hypothesis) and benchmarks/fuzz_long.py (100,000 questions from a seeded random).

Question words of the three languages and club names steer the reader into its rules (years,
minutes, rounds, follow-ups, fuzzy names); digits of every script, control, format and
zero-width characters, line separators, combining marks and lone surrogates are mixed in.
"""

from __future__ import annotations

import sys
from functools import cache

WORDS = (
    "wie", "scoorde", "voor", "Genk", "genk", "Kortrijk", "KVK", "Courtrai", "Standard",
    "les Rouches", "de Limburgers", "Sint-Truiden", "Sclessin", "Club", "Brugge", "Anderlecht",
    "uitslag", "score", "finale", "halve", "kwartfinale", "beker", "heenwedstrijd",
    "terugwedstrijd", "first leg", "second leg", "who", "won", "the", "cup", "in", "2018",
    "2017-18", "2017", "2019", "1998", "na", "90", "minuten", "minutes", "rust", "half-time",
    "december", "17", "mars", "tussen", "en", "et", "and", "waar", "wanneer", "qui", "a",
    "marqué", "gagné", "la", "coupe", "du", "match", "aller", "retour", "hoe", "ging", "door",
    "totaalscore", "heeft", "gescoord", "Samatta", "Emond", "het", "jaar", "ervoor",
    "the year after", "en wie scoorde?", "and the first leg?", "in die match", "voor hen",
    "hoeveel", "bekers", "how many cups", "finnale", "scorde", "Kortrjik", "Stnadard",
    "toeschouwers", "red card", "dag", "merci", "hey", "?", "!", "-", "'", '"', "(", ")", ":",
    "/", "#12", "@everyone", "<@123>", "```", "{", "}", "[", "]",
)
# Characters that print as nothing, move the text, or break lines for some readers.
INVISIBLE = (
    "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u202e", "\u202d",
    "\u2066", "\u2069", "\u180e", "\u034f", "\u2028", "\u2029", "\x85", "\x0b", "\x0c",
    "\x1c", "\x1d", "\x1e", "\r", "\t", "\x00", "\x1b", "\x7f", "\u0301", "\u0308",
    "\ud800", "\udfff", "\U000e0001", "\ufffd", "\ufe0f",
)
# Letters that change length or form when folded ("ß" -> "ss", "İ" -> "i̇", "ﬁ" -> "fi").
AWKWARD = ("ß", "İ", "ı", "ﬁ", "ẞ", "ǅ", "Ⅻ", "㍻", "🙂", "👨‍👩‍👧", "🇧🇪", "ﷺ", "ꙮ", "𒐫")
SEPARATORS = (" ", "", "-", " - ", "\u200b", "\t", ", ", "\u00a0")


@cache
def digits() -> tuple[str, ...]:
    """Every character Python calls a digit or numeric, in every script: "5", "٥", "⓹",
    "❺", "፩", "²", "五", "Ⅻ" (`int()` reads only the decimal ones)."""
    return tuple(ch for ch in map(chr, range(sys.maxunicode + 1))
                 if ch.isdigit() or ch.isnumeric())


@cache
def decimal_digits() -> tuple[str, ...]:
    """The decimal digits of every script ("0".."9", "٠".."٩", "०".."९", "𝟎".."𝟗", ...)."""
    return tuple(ch for ch in digits() if ch.isdecimal())
