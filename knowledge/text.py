"""Text normalisation shared by report reading and question understanding."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2212"), "-")
_QUOTES = dict.fromkeys(map(ord, "\u2018\u2019\u201a\u201b\u00b4`"), "'")
_DQUOTES = dict.fromkeys(map(ord, "\u201c\u201d\u201e\u00ab\u00bb"), '"')


def clean(text: str) -> str:
    """Unify dashes, quotes and spaces without changing case. "ß" becomes "ss" here, as
    folding does, so a cleaned text and its folded form have the same length and positions
    found in one are valid in the other."""
    text = unicodedata.normalize("NFC", text)
    text = text.translate(_DASHES).translate(_QUOTES).translate(_DQUOTES)
    return text.replace("\u00a0", " ").replace("\u202f", " ").replace("ß", "ss")


def fold(text: str) -> str:
    """Lower case, accents stripped, dashes and quotes unified: the form used for lookups."""
    # words and names recur in a report and across reports: short texts are folded once
    return _fold_short(text) if len(text) <= 48 else _fold(text)


def _fold(text: str) -> str:
    if text.isascii():
        # the common case, done quickly: in ASCII only the backtick is cleaned, and nothing
        # has accents or case folding beyond lower case
        return text.replace("`", "'").lower()
    text = clean(text).casefold()
    decomposed = unicodedata.normalize("NFKD", text)
    return decomposed if decomposed.isascii() else decomposed.translate(_combining_marks())


@lru_cache(maxsize=1)
def _combining_marks() -> dict[int, None]:
    """Every combining mark (what unicodedata.combining() flags), to drop them in one
    translate; made on the first accented text (a tenth of a second)."""
    return dict.fromkeys(cp for cp in range(0x110000) if unicodedata.combining(chr(cp)))


_fold_short = lru_cache(maxsize=100_000)(_fold)


_WORD = re.compile(r"[\w']+(?:-[\w']+)*")


def last_words(text: str, at: int, stops: str, count: int = 3) -> str:
    """The last `count` words before `at`, inside the piece the last break (`stops`, a
    regex) leaves: what stands right before a mention or a score."""
    piece = re.split(stops, text[max(0, at - 40):at])[-1]
    return " ".join(piece.split()[-count:])


def words(text: str) -> list[str]:
    """Folded words of a text (hyphenated words kept whole)."""
    return _WORD.findall(fold(text))
